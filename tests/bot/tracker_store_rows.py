"""Run with the bot's Python: the same conversation through Rasa's SQL tracker store and through ours
(steunpunt_bot/stores.py), each on its own SQLite file, two servers taking turns on each; prints both databases'
rows and what each store gives back, as JSON."""

import asyncio
import json
import os
import sys

sys.path.insert(0, os.getcwd())  # the bot project, as the Rasa server imports stores.py

from rasa.core.tracker_store import SQLTrackerStore  # noqa: E402
from rasa.shared.core.domain import Domain  # noqa: E402
from rasa.shared.core.events import (ActionExecuted, BotUttered, SessionStarted, SlotSet,  # noqa: E402
                                     UserUttered)
from rasa.shared.core.trackers import DialogueStateTracker  # noqa: E402

from stores import SharedSQLTrackerStore  # noqa: E402


def turn(number):
    return [UserUttered(f"vraag {number}", {"name": "tlv", "confidence": 0.9}, timestamp=1000 + number),
            ActionExecuted("action_answer_topic", timestamp=1000.1 + number),
            BotUttered(f"antwoord {number}", timestamp=1000.2 + number),
            ActionExecuted("action_listen", timestamp=1000.3 + number)]


async def conversation(store_class, database):
    domain = Domain.load("domain.yml")
    servers = [store_class(domain=domain, dialect="sqlite", db=database) for _ in range(2)]
    # A tracker that no store read: the first turn of a new conversation.
    tracker = DialogueStateTracker.from_events("ouder-1", [
        ActionExecuted("action_session_start", timestamp=999), SessionStarted(timestamp=999.1),
        ActionExecuted("action_listen", timestamp=999.2)], domain.slots)
    await servers[0].save(tracker)
    for number in range(1, 6):
        server = servers[number % 2]
        tracker = await server.retrieve("ouder-1")
        for event in turn(number):
            tracker.update(event)
        if number == 3:  # saved halfway through a turn, and again at its end
            await server.save(tracker)
            tracker.update(SlotSet("fallbacks", 1.0, timestamp=1003.5))
        await server.save(tracker)
    with servers[0].session_scope() as session:
        rows = [[row.sender_id, row.type_name, row.timestamp, row.intent_name, row.action_name, row.data]
                for row in session.query(servers[0].SQLEvent).order_by(servers[0].SQLEvent.id)]
    retrieved = await servers[1].retrieve("ouder-1")
    return {"rows": rows, "retrieved": [event.as_dict() for event in retrieved.events]}


async def main(directory):
    print(json.dumps({"rasa": await conversation(SQLTrackerStore, os.path.join(directory, "rasa.db")),
                      "ours": await conversation(SharedSQLTrackerStore, os.path.join(directory, "ours.db"))}))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
