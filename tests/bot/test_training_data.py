"""The assistant's training data: valid for Rasa, and its topic examples exactly the answers library's."""

import yaml
from django.core.management import call_command

from .conftest import BOT_DIR, RASA, run_bot

NON_TOPIC_INTENTS = {"greet", "goodbye", "thanks", "bot_challenge", "out_of_scope", "request_human", "personal_case",
                     "crisis", "other_language"}


def test_committed_topic_files_equal_a_fresh_export(db, tmp_path):
    call_command("export_bot_nlu", output=tmp_path / "topics.yml", topics_output=tmp_path / "topics.json", verbosity=0)
    for committed in (BOT_DIR / "data" / "nlu" / "topics.yml", BOT_DIR / "actions" / "topics.json"):
        assert committed.read_text(encoding="utf-8") == (tmp_path / committed.name).read_text(encoding="utf-8"), (
            f"{committed} differs from the answers library: run manage.py export_bot_nlu")


def test_every_topic_has_at_least_25_examples_and_the_domain_knows_exactly_these_intents(db, tmp_path):
    fresh = tmp_path / "topics.yml"
    call_command("export_bot_nlu", output=fresh, topics_output=tmp_path / "topics.json", verbosity=0)
    topics = {item["intent"]: item["examples"].count("\n- ") + 1 for item in yaml.safe_load(fresh.read_text())["nlu"]}
    assert len(topics) == 33
    assert {key: n for key, n in topics.items() if n < 25} == {}
    domain = yaml.safe_load((BOT_DIR / "domain.yml").read_text())
    assert set(domain["intents"]) == set(topics) | NON_TOPIC_INTENTS


def test_rasa_data_validate_passes(bot_venv):
    run_bot([RASA, "data", "validate"])


def exported_examples(tmp_path) -> dict[str, set[str]]:
    fresh = tmp_path / "topics.yml"
    call_command("export_bot_nlu", output=fresh, topics_output=tmp_path / "topics.json", verbosity=0)
    return {item["intent"]: {line[2:] for line in item["examples"].splitlines()}
            for item in yaml.safe_load(fresh.read_text())["nlu"]}


def test_each_swvs_own_names_and_own_answers_phrasings_are_taught_under_their_topic(db, tmp_path):
    """From content, not code: an SWV's glossary terms with a topic, and its own answers' phrasings."""
    from portal.answers.models import AnswerPage
    from portal.core.models import GlossaryTerm

    examples = exported_examples(tmp_path)
    assert {"wat doet de cat", "wat doet de cva", "wat doet de tlv-commissie"} - examples["tlv_aanvragen"] == set()
    assert "wat is consulent ozl" in examples["ziek_kind"] and "wat is pcl" in examples["pro_lwoo"]
    override = AnswerPage.objects.filter(topic__key="tlv_aanvragen").exclude(
        pk__in=AnswerPage.objects.filter(example_phrasings="").values("pk")).last()
    assert set(override.examples) <= examples["tlv_aanvragen"]
    # A term a new SWV adds in the CMS is taught at the next export, with no code change.
    cat = GlossaryTerm.objects.get(slug="cat")
    GlossaryTerm.objects.create(term="Route-expertteam", slug="route-expertteam", definition="Een team.",
                                site=cat.site, topic=cat.topic, aliases="route team")
    taught = exported_examples(tmp_path)["tlv_aanvragen"]
    assert "wat doet de route-expertteam" in taught
    # An alias is taught with fewer questions, so that many spellings do not drown other topics' questions.
    assert {"route team", "wat is route team"} <= taught and "wat doet de route team" not in taught
