"""The site search page, /zoeken/?q= (contract), and /en/zoeken/?q= in the English pages."""

from django.shortcuts import render
from wagtail.models import Site

from portal.core.translations import current_language
from portal.insights.models import SearchKind
from portal.insights.tally import count_search_miss

from .query import search


def search_page(request):
    site = Site.find_for_request(request)
    raw = request.GET.get("q", "")
    try:
        page = int(request.GET.get("p", "1"))
    except ValueError:
        page = 1
    result = (search(site=site, raw_query=raw, page=min(max(page, 1), 1000), language=current_language())
              if raw.strip() else None)
    response = render(request, "search/search_page.html", {"result": result, "query": raw[:200]})
    if result is not None and not result.total and not result.unavailable:
        count_search_miss(response, site=site, kind=SearchKind.SITE, text=raw)
    return response
