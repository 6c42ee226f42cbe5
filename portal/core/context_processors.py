"""Puts the current site's SWV, its home page and main pages in the reader's language in every template."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from .models import SWVSettings


def swv(request):
    site = Site.find_for_request(request)
    if site is None:
        return {}
    # The English home under /en/, where the site has one (`localized` follows the language LocaleMiddleware set).
    home = SimpleLazyObject(lambda: site.root_page.localized)
    return {
        "swv": SWVSettings.for_site(site),
        "current_site": site,
        "home_page": home,
        # The site's main sections, for the header and the footer: one query, only when a template asks.
        "menu_pages": SimpleLazyObject(lambda: list(home.get_children().live().in_menu())),
    }
