"""The 33 topic keys (contract, shared/domain/topics.md) with the labels parents see and the likely next questions
(the first related topics of each national answer), for buttons. Read from topics.json, which
`manage.py export_bot_nlu` writes from the answers library: never edited by hand."""

import json
from pathlib import Path

_TOPICS = json.loads(Path(__file__).with_name("topics.json").read_text(encoding="utf-8"))

TOPIC_LABELS = {key: topic["label"] for key, topic in _TOPICS.items()}
NEXT_TOPICS = {key: topic["next"] for key, topic in _TOPICS.items()}
