"""Which SWV site a conversation belongs to, and which language the parent writes in: the portal sends metadata
{"site": <hostname>, "lang": <code>} with every message."""

from rasa_sdk import Tracker

from .language import language_of, reply_language
from .portal_client import DEFAULT_SITE


def site_of(tracker: Tracker) -> str:
    site = (tracker.latest_message.get("metadata") or {}).get("site")
    if site:
        return site
    for event in reversed(tracker.events):
        if event.get("event") == "user" and (event.get("metadata") or {}).get("site"):
            return event["metadata"]["site"]
    return DEFAULT_SITE


def parent_language(tracker: Tracker) -> str:
    """The language of the parent's latest message ("nl", "en", "ar", ...): the portal's, else its own, else the
    language the conversation was answered in so far (the slot)."""
    return ((tracker.latest_message.get("metadata") or {}).get("lang")
            or language_of(tracker.latest_message.get("text"))
            or tracker.get_slot("language") or "nl")


def answer_language(tracker: Tracker) -> str:
    """The language to answer in: Dutch or English."""
    return reply_language(parent_language(tracker))
