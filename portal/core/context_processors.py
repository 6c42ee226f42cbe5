"""Puts the current site's SWV and main pages in every template."""

from wagtail.models import Site

from .models import SWVSettings


def swv(request):
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return {"swv": SWVSettings.for_site(site), "current_site": site}
