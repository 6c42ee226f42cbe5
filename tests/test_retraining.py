"""Retraining the assistant without Rasa: the training data it writes, the gate's decision on real figures, one run
at a time, and a run that cannot reach Rasa ending as "mislukt" with a Dutch reason. The whole path with the real
Rasa (label, retrain, swap, refusal) is in tests/integration/test_retraining.py."""

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Site

from portal.answers.models import Topic
from portal.core.models import SWVSettings
from portal.learning import gate, live_model, retraining, training
from portal.learning.models import LabelledExample, TrainingRun
from tests.servers import free_port

# Real figures (bench/assistant_questions.py --json over bench/questions/*final*.yml, "all", measured on 2026-12-05):
# the committed model of that day, and a model trained on the same data with all but 5 examples of each topic removed
# from every file in steunpunt_bot/data/nlu.
FIGURES = json.loads((Path(__file__).parent / "data" / "gate_figures.json").read_text())


@pytest.fixture
def site(db):
    return Site.objects.get(hostname="zuidkennemerland.localhost")


def label(site, text, kind, topic=None):
    return LabelledExample.objects.create(site=site, text=text, label=kind,
                                          topic=Topic.objects.get(key=topic) if topic else None)


def nlu_examples(path: Path) -> dict[str, list[str]]:
    return {item["intent"]: [line[2:] for line in item["examples"].splitlines()]
            for item in yaml.safe_load(path.read_text())["nlu"]}


def test_labelled_examples_teach_their_intent_without_placeholders_and_new_topics_are_not_trained(site):
    label(site, "wat als de bus niet meer komt voor [NAAM]", "topic", "leerlingenvervoer")
    label(site, "hoe laat gaat de bibliotheek open", "out_of_scope")
    label(site, "ik wil iemand spreken over [NAAM] van [SCHOOL]", "needs_person")
    label(site, "mijn dochter [NAAM] wordt gepest en niemand doet iets", "needs_person")
    label(site, "ik wil niet meer leven", "needs_person")
    label(site, "mag mijn kind een tablet mee naar school", "new_topic")
    label(site, "Wie betaalt de taxi", "topic", "passend_onderwijs")
    label(site, "wie betaalt de taxi", "topic", "leerlingenvervoer")  # the newest label of the same text wins
    assert training.labelled_examples() == {
        "crisis": ["ik wil niet meer leven"],
        "leerlingenvervoer": ["wat als de bus niet meer komt voor", "wie betaalt de taxi"],
        "out_of_scope": ["hoe laat gaat de bibliotheek open"],
        "personal_case": ["mijn dochter wordt gepest en niemand doet iets"],
        "request_human": ["ik wil iemand spreken over van"],
    }


def test_the_training_directory_has_a_fresh_export_and_the_labelled_file_and_a_label_wins(site, tmp_path):
    committed = nlu_examples(training.BOT_DIR / "data" / "nlu" / "topics.yml")
    moved = committed["tlv"][0]  # staff say this phrasing of the library is really about something else
    label(site, moved, "topic", "opp")
    label(site, "hoe laat gaat de bibliotheek open", "out_of_scope")
    assert training.write_training_data(tmp_path) == 2
    data = tmp_path / "data"
    topics = nlu_examples(data / "nlu" / "topics.yml")
    assert moved not in topics["tlv"] and topics["opp"] == committed["opp"]
    assert {k: v for k, v in topics.items() if k != "tlv"} == {k: v for k, v in committed.items() if k != "tlv"}
    assert nlu_examples(data / "nlu" / "labelled.yml") == {"opp": [moved],
                                                             "out_of_scope": ["hoe laat gaat de bibliotheek open"]}
    # The rest of the bot's data is there as it is, and nothing was written into the bot's own directory.
    assert (data / "rules.yml").read_text() == (training.BOT_DIR / "data" / "rules.yml").read_text()
    assert not (training.BOT_DIR / "data" / "nlu" / "labelled.yml").exists()


def test_the_gate_lets_an_equal_model_through_and_refuses_the_worse_one_saying_which_measure():
    start, worse = FIGURES["start_model"], FIGURES["worse_model"]
    assert gate.decide(start, start).live
    refused = gate.decide(start, worse)
    assert not refused.live
    assert f"juiste onderwerp {start['right_topic']['percent']:.1f} % → {worse['right_topic']['percent']:.1f} %" in (
        refused.reason)
    assert "Het huidige model blijft in gebruik" in refused.reason


def test_the_gate_allows_one_point_less_but_not_more_on_any_measure():
    start = FIGURES["start_model"]
    for measure in gate.MEASURES:
        def lower(points):
            return {**start, measure: {**start[measure], "percent": start[measure]["percent"] - points}}
        assert gate.decide(start, lower(1.0)).live, measure
        refused = gate.decide(start, lower(1.01))
        assert not refused.live and gate.MEASURES[measure] in refused.reason, measure
    # A measure the new model lacks is not "not worse".
    assert not gate.decide(start, {k: v for k, v in start.items() if k != "handed_off"}).live


def test_one_run_at_a_time_and_a_run_whose_process_died_is_closed(db):
    first = retraining.start_run()
    with pytest.raises(retraining.AlreadyRunning):
        retraining.start_run()
    with pytest.raises(CommandError, match="Er loopt al een training"):
        call_command("retrain_assistant")
    dead = subprocess.Popen(["true"])
    dead.wait()
    TrainingRun.objects.filter(pk=first.pk).update(pid=dead.pid)
    second = retraining.start_run()
    first.refresh_from_db()
    assert first.decision == "failed" and "onderbroken" in first.reason and first.finished
    assert second.decision == "running" and second.pid == os.getpid()


def test_a_run_that_cannot_reach_rasa_fails_with_a_dutch_reason_and_the_command_says_so(db, settings):
    settings.RASA_URLS = [f"http://127.0.0.1:{free_port()}"]
    with pytest.raises(CommandError, match="De assistent \\(Rasa\\) is niet bereikbaar"):
        call_command("retrain_assistant", stdout=open(os.devnull, "w"))
    run = TrainingRun.objects.get()
    assert run.decision == "failed" and run.finished and "niet bereikbaar" in run.reason
    assert retraining.start_run()  # nothing left "bezig"


def test_the_token_comes_from_the_environment_or_the_file_make_run_writes(settings, tmp_path):
    settings.VAR_DIR, settings.RASA_TOKEN = tmp_path, ""
    assert live_model.token() == ""
    (tmp_path / "rasa-token").write_text("uit-bestand\n")
    assert live_model.token() == "uit-bestand"
    settings.RASA_TOKEN = "uit-omgeving"
    assert live_model.token() == "uit-omgeving"


# --- the admin page "Assistent trainen" ---------------------------------------------------------------------------

@pytest.fixture
def beheerder(django_user_model, site):
    client = Client(HTTP_HOST=site.hostname)
    client.force_login(django_user_model.objects.create_superuser(username="beheerder-test", password="x" * 12))
    return client


def test_only_administrators_see_the_page_and_its_menu_item(site, django_user_model, beheerder):
    editor = django_user_model.objects.create_user(username="eindredacteur-test", password="x" * 12)
    editor.groups.add(SWVSettings.for_site(site).school_reviewers)
    client = Client(HTTP_HOST=site.hostname)
    client.force_login(editor)
    # Wagtail answers a refused admin view with its dashboard and "no permission".
    for response in (client.get("/admin/assistent-trainen/"), client.post("/admin/assistent-trainen/")):
        assert response.status_code == 302 and response.url == "/admin/"
    assert "Assistent trainen" not in client.get("/admin/").content.decode()
    assert not TrainingRun.objects.exists()
    assert "Assistent trainen" in beheerder.get("/admin/").content.decode()


def test_the_page_lists_runs_with_both_models_figures_and_the_reason(beheerder):
    start, worse = FIGURES["start_model"], FIGURES["worse_model"]
    decision = gate.decide(start, worse)
    TrainingRun.objects.create(decision="refused", reason=decision.reason, examples_used=12, old_figures=start,
                               new_figures=worse, old_model="steunpunt.tar.gz", new_model="steunpunt-1.tar.gz",
                               finished=timezone.now())
    TrainingRun.objects.create(decision="failed", reason="De assistent (Rasa) is niet bereikbaar: x.",
                               finished=timezone.now())
    page = beheerder.get("/admin/assistent-trainen/").content.decode()
    assert "<caption>" in page and 'scope="col">Juiste onderwerp: huidig → nieuw</th>' in page
    right_topic = f"{start['right_topic']['percent']:.1f} % → {worse['right_topic']['percent']:.1f} %"
    assert right_topic.replace(".", ",") in page
    assert "Geweigerd" in page and "Mislukt" in page and "De assistent (Rasa) is niet bereikbaar" in page
    assert "Nu trainen" in page


def test_the_button_starts_one_run_in_the_background_and_a_second_press_is_refused_in_dutch(beheerder):
    response = beheerder.post("/admin/assistent-trainen/", follow=True)
    run = TrainingRun.objects.get()
    try:
        assert run.decision == "running" and run.started_by.username == "beheerder-test"
        assert run.pid != os.getpid()  # the run's own process
        page = response.content.decode()
        assert "De training is gestart" in page and "Er loopt een training" in page and "Nu trainen" not in page
        again = beheerder.post("/admin/assistent-trainen/", follow=True)
        assert again.status_code == 200 and "Er loopt al een training" in again.content.decode()
        assert TrainingRun.objects.count() == 1
    finally:
        os.waitpid(run.pid, 0)  # that process cannot see this test's database and stops


def test_the_gate_measures_every_final_set_unless_settings_name_fewer(settings):
    settings.ASSISTANT_GATE_SETS = []
    names = [path.name for path in gate.question_sets()]
    assert "final.yml" in names and "en_final.yml" in names and all("final" in name for name in names)
    assert not any(name.startswith("dev") or name.startswith("en_dev") for name in names)
    settings.ASSISTANT_GATE_SETS = ["final2.yml"]
    assert [path.name for path in gate.question_sets()] == ["final2.yml"]
