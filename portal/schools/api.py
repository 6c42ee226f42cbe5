"""GET /api/schools/ (contract): the current site's schools for a search, for the assistant and for tools."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from search.schools import FACETS, Vocabulary, search_schools

from .params import BadParameter, parse_search

MAX_RESULTS = 20


@require_GET
def schools(request):
    site = Site.find_for_request(request)
    if site is None:
        return JsonResponse({"error": "Onbekende site."}, status=404)
    vocabulary = Vocabulary.for_site(site)
    try:
        search = parse_search(request.GET, vocabulary)
    except BadParameter as problem:
        return JsonResponse({"error": str(problem)}, status=400)
    result = search_schools(site, search, vocabulary)
    if result.unavailable:
        return JsonResponse({"error": "Zoeken in de scholen lukt nu even niet."}, status=503)
    return JsonResponse({
        "count": result.total,
        "results": [{"id": int(h["doc_id"]), "name": h["name"], "brin": h["brin"], "vestiging": h["vestiging"],
                     "place": h.get("place") or h["municipality"], "type": h["type"],
                     "url": request.build_absolute_uri(h["url"])} for h in result.hits[:MAX_RESULTS]],
        "facets": {name: [{"value": v.value, "label": v.label, "count": v.count} for v in result.facets[name]]
                   for name in FACETS},
        "understood": {"needs": [slug for slug, _, _ in result.needs], "places": result.understood_places},
    })
