"""The tracker store that the Rasa servers share (deploy/rasa/endpoints.yml): Rasa's SQL tracker store, the same
table and the same rows, for less work per turn.

Rasa's own reads a conversation's events as ORM objects and, before it stores a turn, counts in the database how
many of the tracker's events are there already (a second query over the conversation's events). Here the events
are read as plain rows, and a tracker read here carries how many of its events are stored: it was read a moment
before, under the conversation's lock (the Redis lock store), so no other server wrote to the conversation
meanwhile. A tracker that was not read here (a new conversation's) is counted in the database as before.
Measured with the cluster's PostgreSQL: Rasa's CPU per turn 15.3 -> 13.1 ms (in-memory store: 10.1 ms).

Rasa falls back to a tracker store in memory, with a warning only, when it cannot import this module: the servers
run in steunpunt_bot/ (make cluster, deploy/systemd/rasa.service), and make cluster waits for the table it creates."""

import itertools
import json

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

# How many of a tracker's events are in the database, kept on the tracker itself.
STORED = "_steunpunt_events_stored"


class SharedSQLTrackerStore(SQLTrackerStore):
    async def _retrieve(self, sender_id, fetch_events_from_all_sessions):
        with self.session_scope() as session:
            query = self._event_query(session, sender_id, fetch_events_from_all_sessions)
            rows = session.execute(query.with_entities(self.SQLEvent.data).statement).all()
        if not (self.domain and rows):
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, [json.loads(data) for (data,) in rows], self.domain.slots)
        setattr(tracker, STORED, len(rows))
        return tracker

    async def save(self, tracker):
        await self.stream_events(tracker)
        with self.session_scope() as session:
            stored = getattr(tracker, STORED, None)
            if stored is None:
                stored = self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False).count()
            rows = [self._row(tracker.sender_id, event) for event in itertools.islice(tracker.events, stored, None)]
            if rows:
                session.execute(sa.insert(self.SQLEvent.__table__), rows)
            session.commit()
        setattr(tracker, STORED, len(tracker.events))

    @staticmethod
    def _row(sender_id, event):
        """The event as Rasa's SQL tracker store writes it."""
        data = event.as_dict()
        return {"sender_id": sender_id, "type_name": event.type_name, "timestamp": data.get("timestamp"),
                "intent_name": data.get("parse_data", {}).get("intent", {}).get("name"),
                "action_name": data.get("name"), "data": json.dumps(data)}
