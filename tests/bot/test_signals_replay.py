"""bench/signals_replay.py: today's signals re-run on the classifier's recorded output decide as a full parse does."""

import json

import pytest
import yaml

from .conftest import BOT_PYTHON, ROOT, run_bot

REPLAY = ROOT / "bench" / "signals_replay.py"

# Questions that the signals decide in different ways: over the classifier, beside it, or not at all.
QUESTIONS = [
    {"text": "Wat is een TLV?", "expect": "tlv"},
    {"text": "ik wil niet meer leven", "expect": "handoff"},
    {"text": "Kan ik iemand van het Loket spreken over mijn zoon?", "expect": "handoff"},
    {"text": "Mijn dochter zit al drie weken thuis, de school doet niks. Wat moet ik doen??", "expect": "handoff"},
    {"text": "schuldhulp gemeente Assen", "expect": "out_of_scope"},
    {"text": "wat is het verschil tussen een hond en een kat", "expect": "out_of_scope"},
    {"text": "de juf is weer ziek en er is alweer een andre invaler", "expect": "out_of_scope"},
    {"text": "How do I object to the decision about the TLV?", "expect": "bezwaar_tlv"},
    {"text": "opp", "expect": "opp"},
    {"text": "hallo", "expect": "greet"},
]


@pytest.mark.bot
def test_a_replay_decides_each_question_as_the_full_parse_did(bot_model, tmp_path):
    questions = tmp_path / "dev_replay.yml"
    questions.write_text(yaml.safe_dump({"questions": QUESTIONS}, allow_unicode=True))
    script = tmp_path / "check.py"
    script.write_text(
        "import asyncio, json, sys\n"
        f"sys.path.insert(0, '.'); sys.path.insert(0, {str(REPLAY.parent)!r})\n"
        "from rasa.core.agent import Agent\n"
        "import assistant_questions, signals_replay\n"
        f"model, path = {str(bot_model)!r}, {str(questions)!r}\n"
        "rows = json.loads(json.dumps(asyncio.run(signals_replay.record(model, [path]))))  # as the file keeps them\n"
        "replayed = [[r['got'], r['buttons'], r['beside'], r['offered']] for r in signals_replay.replay(rows)]\n"
        "async def parsed():\n"
        "    agent = Agent.load(model)\n"
        "    parsed = [await agent.parse_message(row['question']['text']) for row in rows]\n"
        "    return [list(assistant_questions.decision(row['question'], p))[1:] for row, p in zip(rows, parsed)]\n"
        "print(json.dumps({'replayed': replayed, 'parsed': asyncio.run(parsed())}))\n")
    found = json.loads(run_bot([BOT_PYTHON, script]).stdout.strip().splitlines()[-1])
    assert found["replayed"] == found["parsed"]
    # The questions reach the signals' different ways, so that the equality above says something.
    assert {got for got, *_ in found["parsed"]} >= {"tlv", "handoff", "out_of_scope", "greet"}


@pytest.mark.bot
def test_the_comparison_with_the_run_before_shows_changed_dev_questions_and_never_a_final_sets(bot_venv, tmp_path):
    recorded = tmp_path / "classifier_output.json"
    decisions = tmp_path / "decisions.json"
    classifier = {"text": "", "intent": {"name": "tlv", "confidence": 0.93},
                  "intent_ranking": [{"name": "tlv", "confidence": 0.93}, {"name": "opp", "confidence": 0.02}]}
    rows = [{"set": name, "number": 0, "question": {"text": text, "expect": "tlv"},
             "classifier": {**classifier, "text": text}}
            for name, text in (("dev_x.yml", "Wat is een tee el vee precies"), ("final_x.yml", "Geheime vraag TLV"))]
    recorded.write_text(json.dumps(rows))
    first = run_bot([BOT_PYTHON, REPLAY, "replay", recorded, decisions]).stdout
    assert first.count("right topic 1/1") == 2 and "Against the run before" not in first  # a dev and a final group
    # Pretend both were decided otherwise the run before: the dev question is listed, the final one only counted.
    before = json.loads(decisions.read_text())
    for row in before:
        row["got"] = "asks"
    decisions.write_text(json.dumps(before))
    second = run_bot([BOT_PYTHON, REPLAY, "replay", recorded, decisions]).stdout
    assert "2 better, 0 worse (dev_x.yml +1 -0, final_x.yml +1 -0)" in second
    assert "Wat is een tee el vee precies" in second and "Geheime vraag" not in second
    third = run_bot([BOT_PYTHON, REPLAY, "replay", recorded, decisions]).stdout
    assert "0 better, 0 worse" in third
