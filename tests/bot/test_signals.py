"""The signals that decide before the classifier: distress (crisis) and a parent's own story (personal_case).
Plain Python (actions/safety.py has no dependencies), so tested here directly."""

import importlib.util

import pytest
import yaml

from tests.servers import BOT_DIR

spec = importlib.util.spec_from_file_location("safety", BOT_DIR / "actions" / "safety.py")
safety = importlib.util.module_from_spec(spec)
spec.loader.exec_module(safety)


@pytest.mark.parametrize("text", ["ik wil niet meer leven", "mijn kind praat over doodgaan", "ik kan het niet meer aan",
                                  "het is thuis niet veilig", "hij wordt thuis geslagen", "ze wil er niet meer zijn"])
def test_distress_is_crisis(text):
    assert safety.is_crisis(text)


def test_own_story_asking_what_to_do_is_a_personal_case():
    assert safety.is_personal_case("mijn zoon van 9 wordt al maanden gepest op de regenboog en de juf doet er niks aan, "
                                   "hij wil niet meer naar school en ik ben er klaar mee, wat moet ik nu doen")


def test_no_topic_example_is_taken_for_a_personal_case_or_a_crisis():
    topics = yaml.safe_load((BOT_DIR / "data" / "nlu" / "topics.yml").read_text(encoding="utf-8"))
    examples = [line[2:] for item in topics["nlu"] for line in item["examples"].splitlines() if line.startswith("- ")]
    assert len(examples) > 2000
    assert [e for e in examples if safety.is_personal_case(e)] == []
    assert [e for e in examples if safety.is_crisis(e)] == []
