"""School search in chat: up to three of the site's schools from the portal's schools API, and the full search."""

import logging
from typing import Any
from urllib.parse import urlencode

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from . import messages
from .answers import send_crisis_if_needed
from .portal_client import PortalClient, PortalError, PortalUnavailable
from .site import answer_language, site_of

logger = logging.getLogger(__name__)

SEARCH_PATH = "/scholen/"
SHOWN = 3


def entity_values(tracker: Tracker) -> dict[str, str]:
    """The first place, need and school type of the latest message (after synonyms)."""
    found = {}
    for entity in tracker.latest_message.get("entities") or []:
        found.setdefault(entity.get("entity"), str(entity.get("value", "")).strip())
    return {name: found.get(name, "") for name in ("place", "need", "school_type")}


def search_link(query: dict[str, str]) -> str:
    query = {k: v for k, v in query.items() if v}
    return SEARCH_PATH + ("?" + urlencode(query) if query else "")


def describe(school: dict) -> str:
    details = ", ".join(str(school[k]) for k in ("type", "place") if school.get(k))
    line = f"- {school.get('name', 'School')}" + (f" ({details})" if details else "")
    return line + (f": {school['url']}" if school.get("url") else "")


class ActionSearchSchools(Action):
    def name(self) -> str:
        return "action_search_schools"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        if send_crisis_if_needed(tracker, dispatcher):
            return []
        site = site_of(tracker)
        lang = answer_language(tracker)
        wanted = entity_values(tracker)
        # The schools API reads needs, school types and places from plain words itself (with the site's own
        # synonyms), so the bot passes the words it recognised and never has to know the facet values.
        words = [wanted["need"], wanted["school_type"], wanted["place"]]
        query = {"q": " ".join(v for v in words if v) or tracker.latest_message.get("text", "")[:200]}
        try:
            result = await PortalClient().schools(site=site, **query)
        except PortalError as error:
            logger.warning("School search failed on %s: %s", site, error)
            dispatcher.utter_message(json_message=self.search_unavailable(error, query, lang))
            return []
        link = search_link(query)
        schools = (result.get("results") or [])[:SHOWN]
        if not schools:
            text = messages.text("no_schools", lang, link=link)
        else:
            count = result.get("count", len(schools))
            intro = (messages.text("these_schools", lang) if count <= SHOWN
                     else messages.text("found_schools", lang, count=count, shown=len(schools)))
            text = "\n".join([intro, *map(describe, schools), "", messages.text("compare_schools", lang, link=link)])
        buttons = messages.topic_buttons(["ondersteuningsprofiel", "aanmelden"], lang)
        dispatcher.utter_message(json_message=messages.message(text, topic="school_zoeken", buttons=buttons, url=link,
                                                               lang=lang))
        return []

    @staticmethod
    def search_unavailable(error: PortalError, query: dict[str, str], lang: str = "nl") -> dict:
        text = messages.text("search_unavailable", lang, link=search_link(query))
        if isinstance(error, PortalUnavailable):
            text += " " + messages.text("contact_route", lang)
        return messages.message(text, topic="school_zoeken", url=search_link(query), lang=lang)
