"""The chat API (contract in shared/design.md): JSON over HTTP, the site from the request's host, and the
conversation's token in the X-Chat-Token header."""

import hashlib
import json

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from . import services

NEW_CONVERSATION_WINDOW_SECONDS = 600


def _error(exc: services.ChatError) -> JsonResponse:
    return JsonResponse({"error": exc.message}, status=exc.status)


def _turn(conversation, messages) -> dict:
    return {"state": conversation.state, "messages": [m.as_json() for m in messages]}


def _limit_new_conversations(request) -> None:
    """Per client address, counted in the cache only: the address itself is never stored."""
    address = hashlib.sha256(request.META.get("REMOTE_ADDR", "").encode()).hexdigest()[:32]
    key = f"chat-new:{address}"
    count = cache.get_or_set(key, 0, NEW_CONVERSATION_WINDOW_SECONDS)
    if count >= settings.CHAT_NEW_CONVERSATIONS_PER_ADDRESS:
        raise services.ChatError("Er zijn veel gesprekken gestart vanaf uw verbinding. Probeer het later opnieuw.",
                                 429)
    cache.incr(key)


@csrf_exempt
@require_http_methods(["POST"])
def conversations(request):
    site = Site.find_for_request(request)
    try:
        _limit_new_conversations(request)
    except services.ChatError as exc:
        return _error(exc)
    conversation, token = services.start_conversation(site=site)
    return JsonResponse({"id": conversation.pk, "token": token, **_turn(conversation, [])}, status=201)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def messages(request, conversation_id):
    try:
        conversation = services.find_conversation(site=Site.find_for_request(request), conversation_id=conversation_id,
                                                  token=request.headers.get("X-Chat-Token", ""))
        if request.method == "GET":
            return JsonResponse(_turn(conversation, services.messages_after(
                conversation=conversation, after=_after_id(request.GET.get("after", "0")))))
        data = _json_body(request)
        # post_parent_message keeps `conversation.state` current (services.hand_off sets it on this instance).
        produced = services.post_parent_message(conversation=conversation, text=data.get("text"),
                                                payload=data.get("payload"))
        return JsonResponse(_turn(conversation, produced))
    except services.ChatError as exc:
        return _error(exc)


def _after_id(value: str) -> int:
    try:
        after = int(value)
    except ValueError:
        raise services.ChatError("De parameter 'after' moet een berichtnummer zijn.") from None
    if after < 0:
        raise services.ChatError("De parameter 'after' moet een berichtnummer zijn.")
    return after


def _json_body(request) -> dict:
    if len(request.body) > 3 * services.MAX_TEXT_CHARS * 4:
        raise services.ChatError("Uw bericht is te lang.", 413)
    try:
        data = json.loads(request.body or b"")
    except ValueError:
        raise services.ChatError("Stuur uw bericht als JSON, bijvoorbeeld {\"text\": \"Hallo\"}.") from None
    if not isinstance(data, dict):
        raise services.ChatError("Stuur uw bericht als JSON, bijvoorbeeld {\"text\": \"Hallo\"}.")
    return data
