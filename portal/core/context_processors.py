"""Puts the current site's SWV and main pages in every template."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from .models import SWVSettings


def swv(request):
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return {
        "swv": SWVSettings.for_site(site),
        "current_site": site,
        # The site's main sections, for the header and the footer: one query, only when a template asks.
        "menu_pages": SimpleLazyObject(lambda: list(site.root_page.get_children().live().in_menu())),
    }
