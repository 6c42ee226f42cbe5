"""Topic answers fetched from the portal (so an editor's change shows at once), and the clarifying question."""

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from . import messages
from .portal_client import PortalClient, PortalError, PortalNotFound
from .safety import CRISIS_LINES, crisis_reply, is_crisis
from .site import answer_language, parent_language, site_of
from .topics import NEXT_TOPICS, TOPIC_LABELS

logger = logging.getLogger(__name__)

CLARIFY_MAX_TOPICS = 3
# Topics this unlikely are not worth a button when the assistant is unsure.
CLARIFY_MIN_CONFIDENCE = 0.05


def send_crisis_if_needed(tracker: Tracker, dispatcher: CollectingDispatcher) -> bool:
    if not is_crisis(tracker.latest_message.get("text")):
        return False
    lang = parent_language(tracker)
    if lang in CRISIS_LINES:  # a line in their own language first, then the English text
        dispatcher.utter_message(json_message=messages.message(crisis_reply(lang), topic="handoff", lang=lang))
    else:
        dispatcher.utter_message(response="utter_crisis")
    return True


class ActionAnswerTopic(Action):
    """Answers the topic key of the intent with the site's short answer, a link and the likely next questions."""

    def name(self) -> str:
        return "action_answer_topic"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        if send_crisis_if_needed(tracker, dispatcher):
            return []
        key = (tracker.latest_message.get("intent") or {}).get("name")
        if key not in TOPIC_LABELS:
            dispatcher.utter_message(response="utter_default")
            return []
        reply = await topic_answer(key, site=site_of(tracker), lang=answer_language(tracker),
                                   ranking=tracker.latest_message.get("intent_ranking") or [])
        dispatcher.utter_message(json_message=reply)
        return []


async def topic_answer(key: str, *, site: str, lang: str, ranking: list[dict] = ()) -> dict:
    """The site's short answer on a topic in Dutch or English, its link and buttons (answer_buttons); or what to do
    when the portal has none or cannot be reached."""
    try:
        answer = await PortalClient().answer(key, site=site, lang=lang)
    except PortalNotFound:
        return messages.no_answer_here(lang)
    except PortalError as error:
        logger.warning("No answer for %s on %s: %s", key, site, error)
        return messages.portal_unavailable(lang)
    text, given = messages.answer_text(answer, lang)
    return messages.message(text, topic=key, buttons=messages.topic_buttons(answer_buttons(key, ranking), lang),
                            url=answer.get("url"), lang=given)


# A topic the classifier ranked second at least this likely is offered first among an answer's buttons: a wrong
# answer usually had the right topic second ("klacht of bezwaar, wat is het verschil?"). Of the 109 dev topic
# questions answered with another topic, 67 have the right one a click away then (32 through the next questions
# alone); 4 % of the right answers get a button more. Chosen on the dev sets (0.05: 75 and 11 %; 0.2: 63 and 3 %).
CLOSE_SECOND_MIN_CONFIDENCE = 0.1


def answer_buttons(key: str, ranking: list[dict]) -> list[str]:
    """The topics offered under an answer: a close second reading of the question, then the likely next questions."""
    others = [r for r in ranking if r.get("name") in TOPIC_LABELS and r.get("name") != key]
    second = max(others, key=lambda r: r.get("confidence", 0), default=None)
    close = [second["name"]] if second and second.get("confidence", 0) >= CLOSE_SECOND_MIN_CONFIDENCE else []
    return close + [next_key for next_key in NEXT_TOPICS.get(key, []) if next_key not in close]


class ActionHandoffPersonal(Action):
    """The parent's own case goes to an adviser (shared/domain/topics.md). When the classifier was sure which topic
    the case is about, the parent first gets that topic's short answer: at 22:00 nobody is there yet, and "tlv
    afgewezen voor mijn zoon, wat nu" should learn about the bezwaar and its deadline tonight, not only tomorrow."""

    def name(self) -> str:
        return "action_handoff_personal"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        if send_crisis_if_needed(tracker, dispatcher):
            return []
        key = topic_behind_the_case(tracker.latest_message.get("intent_ranking") or [])
        if key:
            lang = answer_language(tracker)
            try:
                answer = await PortalClient().answer(key, site=site_of(tracker), lang=lang)
            except PortalError:  # PortalNotFound included: the handover alone still helps
                answer = None
            if answer:
                text, given = messages.answer_text(answer, lang)
                dispatcher.utter_message(json_message=messages.message(
                    messages.text("general_first", lang) + text, topic=key, url=answer.get("url"), lang=given))
        dispatcher.utter_message(response="utter_handoff_personal")
        return []


# A case is about a topic when the classifier's likeliest topic has at least this confidence and at least this share
# of what all topics got. Not the 0.5 a topic needs on its own: in a parent's own case the classifier gives most to
# personal_case, so "mijn zoon zit al weken thuis, wat kan ik doen" has thuiszitten at 0.057 and the other topics at
# 0.002 (between 0.057 and 0.39 as the training data grew: the more handover examples, the less is left for the topic,
# so the share decides and the floor only keeps out a case that leans to no topic at all). Of 6,149 questions of all
# sets taken for a personal case, 1,282 get a topic beside the handover at 0.03 and 0.7 (799 at 0.1; of the 66 of them
# a set labels with a topic, 64 right), most of them the right one: klacht beside a complaint about a named teacher,
# opp beside an OPP that nobody follows, thuiszitten beside a son who has no school, leerlingenvervoer beside a refused
# taxi. Read by hand, 30 of 0.02-0.05 had 20 right, 30 of 0.05-0.07 22, 40 of 0.07-0.1 28, 30 of 0.1-0.2 25 (measured
# on 2026-12-06): the right share falls slowly with the confidence. The answer is marked as general information, so a
# near miss costs the parent little.
ANSWER_ALONGSIDE_MIN_CONFIDENCE = 0.03
ANSWER_ALONGSIDE_MIN_SHARE = 0.7


def topic_behind_the_case(ranking: list[dict]) -> str | None:
    """The topic a parent's own case is clearly about, from the classifier's ranking (handover intents aside)."""
    topics = [intent for intent in ranking if intent.get("name") in TOPIC_LABELS]
    if not topics:
        return None
    best = max(topics, key=lambda intent: intent.get("confidence", 0))
    confidence = best.get("confidence", 0)
    total = sum(intent.get("confidence", 0) for intent in topics)
    clear = confidence >= ANSWER_ALONGSIDE_MIN_CONFIDENCE and confidence >= ANSWER_ALONGSIDE_MIN_SHARE * total
    return best["name"] if clear else None


def previous_user_intent(tracker: Tracker) -> str | None:
    """The intent of the parent's message before the latest one."""
    user_events = [e for e in tracker.events if e.get("event") == "user"]
    if len(user_events) < 2:
        return None
    return ((user_events[-2].get("parse_data") or {}).get("intent") or {}).get("name")


class ActionClarify(Action):
    """Not sure what was meant: offer the most likely topics as buttons; not understood twice in a row: hand off.

    "In a row" is read from the conversation itself (the previous message's intent), so any understood message
    in between starts the count again without every other action having to reset a slot.
    """

    def name(self) -> str:
        return "action_clarify"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        if send_crisis_if_needed(tracker, dispatcher):
            return []
        lang = answer_language(tracker)
        if previous_user_intent(tracker) == "nlu_fallback":
            dispatcher.utter_message(json_message=messages.message(
                messages.text("handoff_not_understood", lang), topic="handoff", lang=lang))
            return []
        ranking = tracker.latest_message.get("intent_ranking") or []
        keys = clarifying_topics(ranking)
        if most_likely_off_topic(ranking):
            # Most likely not about support at school: say where to go instead, and still offer the likely topics.
            dispatcher.utter_message(response="utter_out_of_scope")
            text = messages.text("or_one_of_these", lang)
        elif keys:
            text = messages.text("one_of_these", lang)
        else:
            text = messages.text("say_it_otherwise", lang)
        buttons = messages.topic_buttons(keys, lang) + [messages.human_button(lang)]
        dispatcher.utter_message(json_message=messages.message(text, topic="fallback", buttons=buttons, lang=lang))
        return []


def clarifying_topics(ranking: list[dict]) -> list[str]:
    """The likely topics, offered as buttons when the assistant is unsure."""
    keys = [r["name"] for r in ranking
            if r.get("name") in TOPIC_LABELS and r.get("confidence", 0) >= CLARIFY_MIN_CONFIDENCE]
    return keys[:CLARIFY_MAX_TOPICS]


def most_likely_off_topic(ranking: list[dict]) -> bool:
    """Out of scope is the classifier's first choice, though not a confident one."""
    candidates = [r for r in ranking if r.get("name") != "nlu_fallback" and r.get("confidence", 0) > 0]
    return bool(candidates) and candidates[0]["name"] == "out_of_scope"
