"""Run with the bot's Python: run one custom action on a constructed tracker and print what it sent, as JSON.

Usage: run_action.py '<json case>' where the case holds action, intent, text, and optionally site, entities,
intent_ranking and previous_intent (the intent of the parent's message before this one). The actions talk to
the portal at $PORTAL_URL.
"""

import asyncio
import json
import os
import sys

sys.path.insert(0, os.getcwd())  # the bot project, so that the actions package imports as in the action server

from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402

from actions.answers import ActionAnswerTopic, ActionClarify, ActionHandoffPersonal  # noqa: E402
from actions.schools import ActionSearchSchools  # noqa: E402

ACTIONS = {a.name(a): a for a in (ActionAnswerTopic, ActionClarify, ActionHandoffPersonal, ActionSearchSchools)}


def user_event(intent, text, metadata, entities=(), ranking=()):
    parse = {"intent": {"name": intent, "confidence": 1.0}, "entities": list(entities), "text": text,
             "intent_ranking": list(ranking)}
    return {"event": "user", "text": text, "parse_data": parse, "metadata": metadata}


async def main(case):
    metadata = {"site": case["site"]} if case.get("site") else {}
    events = []
    if case.get("previous_intent"):
        events.append(user_event(case["previous_intent"], "eerder bericht", metadata))
    latest = user_event(case["intent"], case["text"], metadata, case.get("entities", []),
                        case.get("intent_ranking", []))
    events.append(latest)
    latest_message = {**latest["parse_data"], "metadata": metadata}
    tracker = Tracker("test-gesprek", {}, latest_message, events, False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    action = ACTIONS[case["action"]]()
    result = await action.run(dispatcher, tracker, {})
    print(json.dumps({"messages": dispatcher.messages, "events": result}, ensure_ascii=False))


if __name__ == "__main__":
    asyncio.run(main(json.loads(sys.argv[1])))
