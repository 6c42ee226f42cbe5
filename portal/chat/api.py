"""The chat API (contract in shared/design.md): JSON over HTTP, the site from the request's host, and the
conversation's token in the X-Chat-Token header."""

import hashlib
import json

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from portal.core.client_address import client_address

from . import handoff, hours, services
from .models import Conversation

NEW_CONVERSATION_WINDOW_SECONDS = 600


def _error(exc: services.ChatError) -> JsonResponse:
    return JsonResponse({"error": exc.message}, status=exc.status)


def _turn(conversation, messages) -> dict:
    """The contract's state and messages, plus what the widget shows about the Loket while handed over."""
    turn = {"state": conversation.state, "messages": [m.as_json() for m in messages]}
    if conversation.state in (Conversation.State.WAITING, Conversation.State.STAFF):
        turn["loket"] = {
            **hours.availability(conversation.site).as_json(),
            "adviser": (conversation.assigned_to.first_name or "Adviseur") if conversation.assigned_to else None,
            "summary": conversation.summary, "summary_choice": conversation.summary_choice or None,
            "callback_left": conversation.callback_requests.exists(),
        }
    return turn


def _limit_new_conversations(request) -> None:
    """Per client address, counted in the cache only: the address itself is never stored.

    One atomic increment per attempt, so that web nodes sharing the cache (Redis) cannot both let the last one in."""
    address = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    key = f"chat-new:{address}"
    cache.add(key, 0, NEW_CONVERSATION_WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # the window ran out in between: this one starts a new count
        cache.set(key, 1, NEW_CONVERSATION_WINDOW_SECONDS)
        count = 1
    if count > settings.CHAT_NEW_CONVERSATIONS_PER_ADDRESS:
        raise services.ChatError("Er zijn veel gesprekken gestart vanaf uw verbinding. Probeer het later opnieuw.",
                                 429)


def _balancer_request_id(request) -> str:
    """The balancer's id of this request (X-Request-ID, the same when it sends the request again), believed from a
    trusted proxy only: anyone else could start a conversation under someone else's id, and so get its token."""
    if request.META.get("REMOTE_ADDR", "") in settings.PORTAL_TRUSTED_PROXIES:
        return request.headers.get("X-Request-ID", "")[:64]
    return ""


@csrf_exempt
@require_http_methods(["POST"])
def conversations(request):
    site = Site.find_for_request(request)
    try:
        _limit_new_conversations(request)
    except services.ChatError as exc:
        return _error(exc)
    conversation, token = services.start_conversation(site=site, request_id=_balancer_request_id(request))
    return JsonResponse({"id": conversation.pk, "token": token, **_turn(conversation, [])}, status=201)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def messages(request, conversation_id):
    try:
        conversation = _conversation(request, conversation_id)
        if request.method == "GET":
            return JsonResponse(_turn(conversation, services.messages_after(
                conversation=conversation, after=_after_id(request.GET.get("after", "0")))))
        data = _json_body(request)
        # post_parent_message keeps `conversation.state` current (services.hand_off sets it on this instance).
        produced = services.post_parent_message(conversation=conversation, text=data.get("text"),
                                                payload=data.get("payload"),
                                                request_id=request.headers.get("X-Request-ID", ""))
        return JsonResponse(_turn(conversation, produced))
    except services.ChatError as exc:
        return _error(exc)


def _conversation(request, conversation_id) -> Conversation:
    return services.find_conversation(site=Site.find_for_request(request), conversation_id=conversation_id,
                                      token=request.headers.get("X-Chat-Token", ""))


def _parent_action(action):
    """A parent's action on their own conversation: token checked, errors as Dutch JSON, the turn returned."""

    @csrf_exempt
    @require_http_methods(["POST"])
    def view(request, conversation_id):
        try:
            conversation = _conversation(request, conversation_id)
            last = conversation.messages.order_by("-id").values_list("id", flat=True).first() or 0
            # Actions without details (ask for an adviser, close) may come without a JSON body.
            data = _json_body(request) if request.content_type == "application/json" else {}
            status = action(conversation, data) or 200
            conversation.refresh_from_db()
            return JsonResponse(_turn(conversation, services.messages_after(conversation=conversation, after=last)),
                                status=status)
        except services.ChatError as exc:
            return _error(exc)
        except handoff.HandoffError as exc:
            return JsonResponse({"error": exc.message}, status=exc.status)

    return view


# The parent asks for a person directly (also when the assistant is down: never a dead end).
ask_for_adviser = _parent_action(lambda c, data: handoff.hand_off(c, "ouder") and None)
share_summary = _parent_action(lambda c, data: handoff.set_summary(
    c, text=data.get("summary") if isinstance(data.get("summary"), str) else None, share=data.get("share", True)
    is not False))
leave_callback = _parent_action(lambda c, data: handoff.leave_callback(c.site, c, data) and 201)
end_conversation = _parent_action(lambda c, data: handoff.close(c))
rate_conversation = _parent_action(lambda c, data: handoff.rate(c, data.get("score")))


@csrf_exempt
@require_http_methods(["DELETE"])
def delete_conversation(request, conversation_id):
    try:
        handoff.delete_conversation(_conversation(request, conversation_id))
    except services.ChatError as exc:
        return _error(exc)
    return HttpResponse(status=204)


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
