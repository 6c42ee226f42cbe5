"""Bot API, part one (contract): a site's effective answer for a topic key, as JSON."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from .rendering import answer_body_html
from .selectors import answer_url, effective_answer


@require_GET
def answer_detail(request, key):
    site = Site.find_for_request(request)
    answer = effective_answer(site=site, key=key) if site else None
    if answer is None:
        return JsonResponse({"error": f"Er is geen antwoord over '{key[:60]}'."}, status=404)
    return JsonResponse({
        "key": answer.topic.key,
        "question": answer.title,
        "short": answer.short_answer,
        "body_html": answer_body_html(answer),
        "url": answer_url(site=site, answer=answer),
        "last_reviewed": answer.last_reviewed.isoformat(),
    })
