"""Benchmark: the assistant's signals re-run on what its classifier said, in a minute or two instead of six.

Most changes while improving the assistant's understanding are to its signals (components/signals.py and
actions/safety.py), which run after the classifier and change nothing in the model. Parsing every question set again
for each such change costs minutes; the classifier's output is the same each time. So, with the bot's Python from
steunpunt_bot/ (`make bench-signals` does both steps):

    signals_replay.py record MODEL OUTPUT.json QUESTIONS.yml [QUESTIONS.yml ...]
        parses each question once with the trained model and keeps what reached the signals (intent, ranking,
        entities, language);
    signals_replay.py replay OUTPUT.json DECISIONS.json
        runs today's signals on that output, decides as bench/assistant_questions.py does, prints the figures per
        group of sets, compares each decision with DECISIONS.json when it exists (the run before), and saves the new
        decisions there.

The comparison counts per set the questions decided better and worse than the run before, and lists the changed
questions of the dev sets only: the final sets are only measured, their texts are never shown. A replay decides
exactly as a full parse does (tests/bot/test_signals_replay.py); after retraining, record again.
"""

import asyncio
import copy
import json
import logging
import os
import sys
from collections import defaultdict
from pathlib import Path

import yaml

# The model names custom components by module path inside the bot project (the working directory).
sys.path.insert(0, os.getcwd())
sys.path.insert(0, str(Path(__file__).resolve().parent))

from rasa.core.agent import Agent  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402
from rasa.utils.log_utils import configure_structlog  # noqa: E402

from assistant_questions import NON_TOPICS, decision, figures  # noqa: E402
from components.signals import IntentSignals  # noqa: E402
from dev_sets_to_training import NOT_TRAINED  # noqa: E402

# What the classifier and the components before the signals leave on a message (config.yml: the signals come last).
KEPT = ("text", "intent", "intent_ranking", "entities", "language")


async def record(model: str, paths: list[str]) -> list[dict]:
    """Each question with what reached the signals when the model parsed it."""
    reached = {}
    process = IntentSignals.process

    def keeping_what_reaches_the_signals(self, messages):
        for message in messages:
            reached[message.get("text")] = {key: copy.deepcopy(message.get(key)) for key in KEPT
                                            if message.get(key) is not None}
        return process(self, messages)

    IntentSignals.process = keeping_what_reaches_the_signals  # the graph calls the class's method: wrap it there
    agent = Agent.load(model)
    rows = []
    for path in paths:
        for number, question in enumerate(yaml.safe_load(open(path, encoding="utf-8"))["questions"]):
            await agent.parse_message(question["text"])
            rows.append({"set": Path(path).name, "number": number, "question": question,
                         "classifier": reached[question["text"]]})
    return rows


def replay(rows: list[dict]) -> list[dict]:
    """Today's signals on the recorded output: the decision per question, as bench-assistant makes it."""
    signals = IntentSignals()
    decided = []
    for row in rows:
        message = Message(data=copy.deepcopy(row["classifier"]))
        signals.process([message])
        parsed = {"intent": message.get("intent"), "intent_ranking": message.get("intent_ranking") or []}
        expect, got, buttons, beside, offered = decision(row["question"], parsed)
        decided.append({"set": row["set"], "number": row["number"], "text": row["question"]["text"],
                        "expect": expect, "got": got, "buttons": buttons, "beside": beside, "offered": offered,
                        "intent": parsed["intent"]["name"], "confidence": round(parsed["intent"]["confidence"], 3)})
    return decided


def group_of(name: str) -> str:
    if name.startswith("en_final"):
        return "English final sets"
    if "final" in name:
        return "Dutch final sets"
    return "dev sets held out from training" if name in NOT_TRAINED else "dev sets trained on"


def result(row: dict) -> tuple:
    return row["expect"], row["got"], row["buttons"], row["beside"], row["offered"]


def line(rows: list[dict]) -> str:
    found = figures([result(row) for row in rows])
    parts = [f"{label} {found[name]['hits']}/{found[name]['n']} ({found[name]['percent']:.1f} %)"
             for name, label in (("right_topic", "right topic"), ("right_topic_or_button", "or button"),
                                 ("handed_off", "handed off"), ("off_topic_kept_out", "off-topic kept out"))
             if name in found]
    return ", ".join(parts)


def score(row: dict) -> int:
    """1 when the question was decided as expected (a topic question: answered, or its topic a button)."""
    if row["got"] == row["expect"]:
        return 1
    return int(row["expect"] not in NON_TOPICS and row["expect"] in row["buttons"])


def print_figures(decided: list[dict]) -> None:
    groups = defaultdict(list)
    for row in decided:
        groups[group_of(row["set"])].append(row)
    for group in ("Dutch final sets", "English final sets", "dev sets held out from training", "dev sets trained on"):
        if groups[group]:
            print(f"{group:<32} {line(groups[group])}")


def print_changes(before: list[dict], decided: list[dict]) -> None:
    earlier = {(row["set"], row["number"]): row for row in before}
    better, worse, shown = defaultdict(int), defaultdict(int), []
    for row in decided:
        old = earlier.get((row["set"], row["number"]))
        if old is None or old["text"] != row["text"] or (old["got"], old["buttons"]) == (row["got"], row["buttons"]):
            continue
        change = score(row) - score(old)
        better[row["set"]] += change > 0
        worse[row["set"]] += change < 0
        if "final" not in row["set"]:
            shown.append(f"  {row['set']} {row['expect']}: {old['got']} -> {row['got']} {row['buttons'] or ''}"
                         f"  {row['text']}")
    changed = sorted(name for name in set(better) | set(worse) if better[name] or worse[name])
    print(f"\nAgainst the run before: {sum(better.values())} better, {sum(worse.values())} worse"
          + (" (" + ", ".join(f"{name} +{better[name]} -{worse[name]}" for name in changed) + ")" if changed else ""))
    print("\n".join(sorted(shown)))


def main(arguments: list[str]) -> None:
    logging.basicConfig(level=logging.WARNING)
    configure_structlog(logging.WARNING)
    if arguments[:1] == ["record"] and len(arguments) >= 4:
        rows = asyncio.run(record(arguments[1], arguments[3:]))
        Path(arguments[2]).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        print(f"recorded what reached the signals for {len(rows)} questions in {arguments[2]}")
    elif arguments[:1] == ["replay"] and len(arguments) == 3:
        decided = replay(json.loads(Path(arguments[1]).read_text(encoding="utf-8")))
        print_figures(decided)
        saved = Path(arguments[2])
        if saved.exists():
            print_changes(json.loads(saved.read_text(encoding="utf-8")), decided)
        saved.write_text(json.dumps(decided, ensure_ascii=False), encoding="utf-8")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
