"""Asks the Rasa server (REST channel) for the assistant's replies to one parent message."""

import json
import logging
import urllib.error
import urllib.request

from django.conf import settings

log = logging.getLogger(__name__)


class BotUnavailable(Exception):
    """Rasa (or the action server behind it) did not answer in time or answered with an error."""


def ask(*, conversation_id: str, text: str, site_hostname: str) -> list[dict]:
    """The bot's messages as [{"text", "buttons", "topic"}]; raises BotUnavailable."""
    body = json.dumps({"sender": conversation_id, "message": text, "metadata": {"site": site_hostname}}).encode()
    request = urllib.request.Request(
        settings.RASA_URL.rstrip("/") + "/webhooks/rest/webhook", data=body, method="POST",
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.RASA_TIMEOUT_SECONDS) as response:
            replies = json.loads(response.read() or b"[]")
    except (OSError, ValueError, urllib.error.URLError) as exc:
        log.warning("Rasa did not answer for conversation %s: %s", conversation_id, exc)
        raise BotUnavailable(str(exc)) from exc
    if not isinstance(replies, list):
        raise BotUnavailable("unexpected reply from Rasa")
    return [message for message in map(_message_of, replies) if message["text"]]


def _message_of(reply: dict) -> dict:
    """Our actions send a custom payload {"text", "buttons", "topic"}; plain texts are taken as they come."""
    custom = reply.get("custom") if isinstance(reply.get("custom"), dict) else {}
    buttons = custom.get("buttons", reply.get("buttons")) or []
    return {
        "text": str(custom.get("text", reply.get("text")) or "").strip(),
        "buttons": [{"title": str(b.get("title", ""))[:120], "payload": str(b.get("payload", ""))[:200]}
                    for b in buttons if isinstance(b, dict)],
        "topic": (str(custom.get("topic"))[:60] if custom.get("topic") else ""),
    }
