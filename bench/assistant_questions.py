"""Benchmark: what the trained assistant does with questions written apart from its training data.

Run with the bot's Python from steunpunt_bot/ (`make bench-assistant` does that):
    assistant_questions.py MODEL QUESTIONS.yml [QUESTIONS.yml ...]

Each question file (bench/questions/) lists {text, expect}: a topic key, `handoff`, `out_of_scope` or small talk.
A message is handed off when NLU gives request_human, personal_case or crisis (the signals included, as in the
assistant); `nlu_fallback` means the assistant asks which topic was meant, with buttons. Prints, per file: the share
of topic questions that get the right topic, the share of handoff questions handed off, and dev.yml's misses (to look
at while improving the data). The final*.yml sets are only measured: their misses are never shown.
"""

import asyncio
import logging
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

# The model names custom components by module path inside the bot project (the working directory).
sys.path.insert(0, os.getcwd())

from rasa.core.agent import Agent  # noqa: E402
from rasa.utils.log_utils import configure_structlog  # noqa: E402

HANDOFF_INTENTS = {"request_human", "personal_case", "crisis"}
NON_TOPICS = {"handoff", "out_of_scope", "greet", "goodbye", "thanks", "bot_challenge"}


def outcome(intent: str) -> str:
    """What the assistant does with an intent, in the terms of the question files."""
    if intent in HANDOFF_INTENTS:
        return "handoff"
    if intent == "nlu_fallback":
        return "asks"
    return intent


async def evaluate(agent: Agent, path: str) -> None:
    questions = yaml.safe_load(open(path, encoding="utf-8"))["questions"]
    per_key, misses = defaultdict(Counter), []
    for question in questions:
        parsed = await agent.parse_message(question["text"])
        got = outcome(parsed["intent"]["name"])
        expect = question["expect"]
        per_key[expect]["right" if got == expect else "asks" if got == "asks" else "wrong"] += 1
        if got != expect:
            misses.append((expect, got, round(parsed["intent"]["confidence"], 2), question["text"]))

    def share(keys):
        counts = sum((per_key[k] for k in keys), Counter())
        total = sum(counts.values())
        return counts, total

    topics = [k for k in per_key if k not in NON_TOPICS]
    print(f"\n{path}: {len(questions)} questions")
    for label, keys in (("topic questions", topics), ("handoff", ["handoff"]), ("out of scope", ["out_of_scope"]),
                        ("small talk", ["greet", "goodbye", "thanks", "bot_challenge"])):
        counts, total = share(keys)
        if total:
            print(f"  {label:<16} {counts['right'] / total:6.1%} right, {counts['asks'] / total:6.1%} asked with "
                  f"buttons, {counts['wrong'] / total:6.1%} wrong  (n={total})")
    weak = sorted((per_key[k]["right"] / sum(per_key[k].values()), k) for k in topics)[:8]
    print("  weakest topics: " + ", ".join(f"{k} {r:.0%}" for r, k in weak))
    if Path(path).name.startswith("final"):
        return  # only measured: its misses are not shown, so that nobody tunes the data to them
    print("  misses (expected -> assistant, confidence):")
    for expect, got, confidence, text in sorted(misses):
        print(f"    {expect} -> {got} {confidence}: {text}")


async def main(model: str, paths: list[str]) -> None:
    logging.basicConfig(level=logging.WARNING)
    configure_structlog(logging.WARNING)
    agent = Agent.load(model)
    for path in paths:
        await evaluate(agent, path)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2:]))
