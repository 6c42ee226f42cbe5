"""Asks a Rasa server (REST channel) for the assistant's replies to one parent message.

Several Rasa servers may share one tracker store and lock store (RASA_URLS): any of them can take any turn.
A conversation goes to the same server first (by its id, so the servers share the load); a server that cannot
be connected to, or that dies before it answers, is skipped for a while and the next one is asked. A server that
answered with an error or too late is not: it is alive and may have acted on the message, and the parent is told
the assistant is not reachable (their message is kept). A server that died mid-turn may have stored the message in
the conversation already; asking the next one then repeats the parent's message there, which is better than a lost
turn.
"""

import json
import logging
import threading
import time
import urllib.error
import urllib.request
import zlib

from django.conf import settings

log = logging.getLogger(__name__)
# How long a server that refused a connection is asked last.
SKIP_SECONDS = 10
_unreachable_since: dict[str, float] = {}
_lock = threading.Lock()


class BotUnavailable(Exception):
    """No Rasa server (or the action server behind it) answered in time, or one answered with an error."""


def ask(*, conversation_id: str, text: str, site_hostname: str, lang: str = "nl") -> list[dict]:
    """The bot's messages as [{"text", "buttons", "topic", "lang"}] ("lang" empty when the bot did not say);
    raises BotUnavailable. `lang` is the language of the parent's message, the assistant answers in it."""
    body = json.dumps({"sender": conversation_id, "message": text,
                       "metadata": {"site": site_hostname, "lang": lang}}).encode()
    failure = "no Rasa server configured"
    for url in servers_in_order(conversation_id):
        try:
            replies = _post(url, body)
        except (_NotConnected, _DiedBeforeAnswering) as exc:
            with _lock:
                _unreachable_since[url] = time.monotonic()
            failure = f"{url}: {exc}"
            log.warning("Rasa at %s could not be reached for conversation %s, trying the next: %s",
                        url, conversation_id, exc)
            continue
        except (OSError, ValueError) as exc:
            log.warning("Rasa at %s did not answer for conversation %s: %s", url, conversation_id, exc)
            raise BotUnavailable(str(exc)) from exc
        with _lock:
            _unreachable_since.pop(url, None)
        if not isinstance(replies, list):
            raise BotUnavailable("unexpected reply from Rasa")
        return [message for message in map(_message_of, replies) if message["text"]]
    raise BotUnavailable(failure)


def servers_in_order(conversation_id: str) -> list[str]:
    """The configured servers, starting at the conversation's own; those that recently refused come last."""
    urls = list(settings.RASA_URLS)
    if not urls:
        return []
    start = zlib.crc32(str(conversation_id).encode()) % len(urls)
    urls = urls[start:] + urls[:start]
    now = time.monotonic()
    with _lock:
        recently_down = {url for url, since in _unreachable_since.items() if now - since < SKIP_SECONDS}
    return [u for u in urls if u not in recently_down] + [u for u in urls if u in recently_down]


class _NotConnected(Exception):
    """The request never reached the server: safe to send to another."""


class _DiedBeforeAnswering(Exception):
    """The server closed the connection without a word: it is gone (a live server answers, even with an error)."""


def _post(url: str, body: bytes):
    request = urllib.request.Request(url.rstrip("/") + "/webhooks/rest/webhook", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        response = urllib.request.urlopen(request, timeout=settings.RASA_TIMEOUT_SECONDS)
    except urllib.error.HTTPError:
        raise
    except urllib.error.URLError as exc:
        # urllib raises URLError only while connecting and sending; once sent, errors come through as they are.
        raise _NotConnected(str(exc.reason)) from exc
    except ConnectionResetError as exc:  # also http.client.RemoteDisconnected
        raise _DiedBeforeAnswering(str(exc)) from exc
    with response:
        return json.loads(response.read() or b"[]")


def _message_of(reply: dict) -> dict:
    """Our actions send a custom payload {"text", "buttons", "topic"}; plain texts are taken as they come."""
    custom = reply.get("custom") if isinstance(reply.get("custom"), dict) else {}
    buttons = custom.get("buttons", reply.get("buttons")) or []
    return {
        "text": str(custom.get("text", reply.get("text")) or "").strip(),
        "buttons": [{"title": str(b.get("title", ""))[:120], "payload": str(b.get("payload", ""))[:200]}
                    for b in buttons if isinstance(b, dict)],
        "topic": (str(custom.get("topic"))[:60] if custom.get("topic") else ""),
        "lang": (str(custom.get("lang"))[:8] if custom.get("lang") else ""),
    }
