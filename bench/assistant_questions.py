"""Benchmark: what the trained assistant does with questions written apart from its training data.

Run with the bot's Python from steunpunt_bot/ (`make bench-assistant` does that):
    assistant_questions.py MODEL QUESTIONS.yml [QUESTIONS.yml ...]

Each question file (bench/questions/) lists {text, expect} and optionally `register` (faq, short, story, a2, english,
names) and `site`: `expect` is a topic key, `handoff`, `out_of_scope` or small talk. A message is handed off when NLU
gives request_human, personal_case or crisis (the signals included, as in the assistant); `nlu_fallback` means the
assistant asks which topic was meant, with the likely topics as buttons (as actions/answers.py chooses them), so a
topic question counts "right or right button" when the expected topic is among those buttons; when out of scope is
the most likely reading, the assistant says where to go instead and offers the buttons too. Prints, per file: right
topic, right topic or button, right answer shown (alone, or before the handover of an own case), handed off when
needed, off-topic kept out, small talk, the same per register, and the dev sets' misses (to look at while improving
the data). The final*.yml sets are only measured: their misses are never
shown.
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

from actions.answers import clarifying_topics, most_likely_off_topic, topic_behind_the_case  # noqa: E402

HANDOFF_INTENTS = {"request_human", "personal_case", "crisis"}
SMALL_TALK = {"greet", "goodbye", "thanks", "bot_challenge"}
NON_TOPICS = {"handoff", "out_of_scope"} | SMALL_TALK


def outcome(intent: str) -> str:
    """What the assistant does with an intent, in the terms of the question files."""
    if intent in HANDOFF_INTENTS:
        return "handoff"
    if intent == "nlu_fallback":
        return "asks"
    return intent


def tally(results) -> str:
    """One line of figures for (expect, got, buttons, beside) results: `beside` is the topic whose answer an own
    case gets before the handover (actions/answers.py, ActionHandoffPersonal)."""
    topic = [(e, g, b, s) for e, g, b, s in results if e not in NON_TOPICS]
    handoff = [g for e, g, _, _ in results if e == "handoff"]
    off_topic = [g for e, g, _, _ in results if e == "out_of_scope"]
    small_talk = [(e, g) for e, g, _, _ in results if e in SMALL_TALK]
    parts = []
    if topic:
        right = sum(g == e for e, g, _, _ in topic)
        button = sum(g != e and e in b for e, g, b, _ in topic)
        beside = sum(g == "handoff" and s == e for e, g, _, s in topic)
        wrong = sum(g != e and g != "asks" for e, g, _, _ in topic)
        parts.append(f"topic {right / len(topic):6.1%} right, {(right + button) / len(topic):6.1%} right or button, "
                     f"{(right + beside) / len(topic):6.1%} answer shown, {wrong / len(topic):5.1%} wrong "
                     f"(n={len(topic)})")
    if handoff:
        parts.append(f"handed off {sum(g == 'handoff' for g in handoff)}/{len(handoff)}")
    if off_topic:
        parts.append(f"off-topic kept out {sum(g == 'out_of_scope' for g in off_topic)}/{len(off_topic)}")
    if small_talk:
        parts.append(f"small talk {sum(e == g for e, g in small_talk)}/{len(small_talk)}")
    return "; ".join(parts)


async def evaluate(agent: Agent, path: str) -> None:
    questions = yaml.safe_load(open(path, encoding="utf-8"))["questions"]
    results, per_register, per_key, misses = [], defaultdict(list), defaultdict(Counter), []
    for question in questions:
        parsed = await agent.parse_message(question["text"])
        got = outcome(parsed["intent"]["name"])
        expect = question["expect"]
        buttons = clarifying_topics(parsed["intent_ranking"]) if got == "asks" else []
        if got == "asks" and most_likely_off_topic(parsed["intent_ranking"]):
            got = "out_of_scope"  # the assistant says where to go instead, and offers the topics as buttons too
        beside = (topic_behind_the_case(parsed["intent_ranking"]) if parsed["intent"]["name"] == "personal_case"
                  else None)
        result = (expect, got, buttons, beside)
        results.append(result)
        per_register[question.get("register", "-")].append(result)
        per_key[expect]["right" if got == expect else "asks" if got == "asks" else "wrong"] += 1
        if got != expect:
            misses.append((expect, got, round(parsed["intent"]["confidence"], 2), question["text"]))

    print(f"\n{path}: {len(questions)} questions")
    print(f"  all       {tally(results)}")
    if len(per_register) > 1:
        for register, register_results in sorted(per_register.items()):
            print(f"  {register:<9} {tally(register_results)}")
    topics = [k for k in per_key if k not in NON_TOPICS]
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
