"""Bot API, part one (contract): a site's effective answer for a topic key, as JSON, in Dutch or English.

`?lang=en` gives the English translation of the answer the site gives; where it has none yet, the Dutch answer,
with `"lang": "nl"` so that the assistant can say so. `lang` absent or `nl`: Dutch. Every answer says its `lang`.
"""

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from wagtail.models import Site

from portal.core.translations import DUTCH

from .rendering import answer_body_html
from .selectors import answer_url, effective_answer


@require_GET
def answer_detail(request, key):
    language = request.GET.get("lang") or DUTCH
    codes = [code for code, _ in settings.LANGUAGES]
    if language not in codes:
        return JsonResponse({"error": f"Onbekende taal '{language[:10]}': kies {' of '.join(codes)}. "
                                      f"Unknown language '{language[:10]}': choose {' or '.join(codes)}."},
                            status=400)
    site = Site.find_for_request(request)
    answer = effective_answer(site=site, key=key) if site else None
    if answer is None:
        error = f"Er is geen antwoord over '{key[:60]}'."
        if language != DUTCH:
            error += f" There is no answer about '{key[:60]}'."
        return JsonResponse({"error": error}, status=404)
    if language != DUTCH:
        answer = effective_answer(site=site, key=key, language=language) or answer
    return JsonResponse({
        "key": answer.topic.key,
        "lang": answer.locale.language_code,
        "question": answer.title,
        "short": answer.short_answer,
        "body_html": answer_body_html(answer),
        "url": answer_url(site=site, answer=answer),
        "last_reviewed": answer.last_reviewed.isoformat(),
    })
