"""Benchmark: what the trained assistant does with questions written apart from its training data.

Run with the bot's Python from steunpunt_bot/ (`make bench-assistant` does that):
    assistant_questions.py [--json] MODEL QUESTIONS.yml [QUESTIONS.yml ...]

Each question file (bench/questions/) lists {text, expect} and optionally `register` (faq, short, story, a2, english,
names, typo, whatsapp, speech, forum) and `site`: `expect` is a topic key, `handoff`, `out_of_scope` or small talk. A message is handed off when NLU
gives request_human, personal_case or crisis (the signals included, as in the assistant); `nlu_fallback` means the
assistant asks which topic was meant, with the likely topics as buttons (as actions/answers.py chooses them), so a
topic question counts "right or right button" when the expected topic is among those buttons; when out of scope is
the most likely reading, the assistant says where to go instead and offers the buttons too. An answer has buttons as
well (a close second reading, then the likely next questions): "one click" counts a topic question whose right topic
was answered or is a button of the reply, whichever reply it was. Prints, per file: right topic, right topic or
button, one click, right answer shown (alone, or before the handover of an own case), handed off when needed,
off-topic kept out, small talk, the same per register, and the dev sets' misses (to look at while improving the
data). The final sets (final*.yml, en_final*.yml: every name with "final" in it, as the retraining gate reads
them) are only measured: their misses are never shown.

With --json it prints only the figures, per file and over all files together, as one JSON object (percentages,
0-100, and the number of questions behind each): the retraining gate (portal/learning/gate.py) reads them.
"""

import asyncio
import json
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

from actions.answers import (answer_buttons, clarifying_topics, most_likely_off_topic,  # noqa: E402
                             topic_behind_the_case)
from actions.topics import TOPIC_LABELS  # noqa: E402
from components.signals import HANDOVERS  # noqa: E402

SMALL_TALK = {"greet", "goodbye", "thanks", "bot_challenge"}
NON_TOPICS = {"handoff", "out_of_scope"} | SMALL_TALK


def outcome(intent: str) -> str:
    """What the assistant does with an intent, in the terms of the question files."""
    if intent in HANDOVERS:
        return "handoff"
    if intent == "nlu_fallback":
        return "asks"
    return intent


def figures(results) -> dict:
    """The figures of (expect, got, buttons, beside, offered) results, as percentages with the number of questions
    behind each; a measure without questions is left out. `buttons` are the topics offered when the assistant asks,
    `offered` those under a topic answer, `beside` the topic whose answer an own case gets before the handover
    (actions/answers.py, ActionHandoffPersonal)."""
    topic = [result for result in results if result[0] not in NON_TOPICS]
    handoff = [g for e, g, *_ in results if e == "handoff"]
    off_topic = [g for e, g, *_ in results if e == "out_of_scope"]
    small_talk = [(e, g) for e, g, *_ in results if e in SMALL_TALK]
    found = {}
    if topic:
        right = sum(g == e for e, g, *_ in topic)
        button = sum(g != e and e in b for e, g, b, _, _ in topic)
        offered = sum(g != e and e in o for e, g, _, _, o in topic)
        beside = sum(g == "handoff" and s == e for e, g, _, s, _ in topic)
        wrong = sum(g != e and g != "asks" for e, g, *_ in topic)
        found.update(right_topic=(right, len(topic)), right_topic_or_button=(right + button, len(topic)),
                     one_click=(right + button + offered, len(topic)), answer_shown=(right + beside, len(topic)),
                     wrong_topic=(wrong, len(topic)))
    if handoff:
        found["handed_off"] = (sum(g == "handoff" for g in handoff), len(handoff))
    if off_topic:
        found["off_topic_kept_out"] = (sum(g == "out_of_scope" for g in off_topic), len(off_topic))
    if small_talk:
        found["small_talk"] = (sum(e == g for e, g in small_talk), len(small_talk))
    return {name: {"percent": round(100 * hits / n, 2), "hits": hits, "n": n} for name, (hits, n) in found.items()}


def tally(results) -> str:
    """One line of figures for (expect, got, buttons, beside, offered) results."""
    found = figures(results)
    parts = []
    if "right_topic" in found:
        pct = {name: found[name]["percent"] / 100 for name in
               ("right_topic", "right_topic_or_button", "one_click", "answer_shown", "wrong_topic")}
        parts.append(f"topic {pct['right_topic']:6.1%} right, {pct['right_topic_or_button']:6.1%} right or button, "
                     f"{pct['one_click']:6.1%} one click, {pct['answer_shown']:6.1%} answer shown, "
                     f"{pct['wrong_topic']:5.1%} wrong "
                     f"(n={found['right_topic']['n']})")
    for name, words in (("handed_off", "handed off"), ("off_topic_kept_out", "off-topic kept out"),
                        ("small_talk", "small talk")):
        if name in found:
            parts.append(f"{words} {found[name]['hits']}/{found[name]['n']}")
    return "; ".join(parts)


def decision(question: dict, parsed: dict) -> tuple:
    """What the assistant does with a parsed question: (expect, got, buttons, beside, offered)."""
    got = outcome(parsed["intent"]["name"])
    buttons = clarifying_topics(parsed["intent_ranking"]) if got == "asks" else []
    if got == "asks" and most_likely_off_topic(parsed["intent_ranking"]):
        got = "out_of_scope"  # the assistant says where to go instead, and offers the topics as buttons too
    beside = (topic_behind_the_case(parsed["intent_ranking"]) if parsed["intent"]["name"] == "personal_case"
              else None)
    # school_zoeken lists schools (actions/schools.py) instead of an answer with buttons.
    offered = (answer_buttons(got, parsed["intent_ranking"]) if got in TOPIC_LABELS and got != "school_zoeken"
               else [])
    return question["expect"], got, buttons, beside, offered


async def answers(agent: Agent, questions: list[dict]) -> list[tuple]:
    """What the assistant does with each question: (question, (expect, got, buttons, beside, offered), confidence)."""
    done = []
    for question in questions:
        parsed = await agent.parse_message(question["text"])
        done.append((question, decision(question, parsed), parsed["intent"]["confidence"]))
    return done


async def evaluate(agent: Agent, path: str) -> None:
    questions = yaml.safe_load(open(path, encoding="utf-8"))["questions"]
    results, per_register, per_key, misses = [], defaultdict(list), defaultdict(Counter), []
    for question, result, confidence in await answers(agent, questions):
        expect, got = result[:2]
        results.append(result)
        per_register[question.get("register", "-")].append(result)
        per_key[expect]["right" if got == expect else "asks" if got == "asks" else "wrong"] += 1
        if got != expect:
            misses.append((expect, got, round(confidence, 2), question["text"]))

    print(f"\n{path}: {len(questions)} questions")
    print(f"  all       {tally(results)}")
    if len(per_register) > 1:
        for register, register_results in sorted(per_register.items()):
            print(f"  {register:<9} {tally(register_results)}")
    topics = [k for k in per_key if k not in NON_TOPICS]
    weak = sorted((per_key[k]["right"] / sum(per_key[k].values()), k) for k in topics)[:8]
    print("  weakest topics: " + ", ".join(f"{k} {r:.0%}" for r, k in weak))
    if "final" in Path(path).name:
        return  # only measured: its misses are not shown, so that nobody tunes the data to them
    print("  misses (expected -> assistant, confidence):")
    for expect, got, confidence, text in sorted(misses):
        print(f"    {expect} -> {got} {confidence}: {text}")


async def figures_as_json(agent: Agent, paths: list[str]) -> dict:
    """The figures per file and over all files together (no misses, so the final sets may be measured too)."""
    per_file, everything = {}, []
    for path in paths:
        questions = yaml.safe_load(open(path, encoding="utf-8"))["questions"]
        results = [result for _, result, _ in await answers(agent, questions)]
        per_file[Path(path).name] = figures(results)
        everything += results
    return {"files": per_file, "all": figures(everything)}


async def main(model: str, paths: list[str], as_json: bool) -> None:
    logging.basicConfig(level=logging.WARNING)
    configure_structlog(logging.WARNING)
    agent = Agent.load(model)
    if as_json:
        print(json.dumps(await figures_as_json(agent, paths)))
        return
    for path in paths:
        await evaluate(agent, path)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    as_json = "--json" in arguments
    arguments = [a for a in arguments if a != "--json"]
    asyncio.run(main(arguments[0], arguments[1:], as_json))
