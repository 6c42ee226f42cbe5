"""Which SWV site a conversation belongs to: the portal sends metadata {"site": <hostname>} with every message."""

from rasa_sdk import Tracker

from .portal_client import DEFAULT_SITE


def site_of(tracker: Tracker) -> str:
    site = (tracker.latest_message.get("metadata") or {}).get("site")
    if site:
        return site
    for event in reversed(tracker.events):
        if event.get("event") == "user" and (event.get("metadata") or {}).get("site"):
            return event["metadata"]["site"]
    return DEFAULT_SITE
