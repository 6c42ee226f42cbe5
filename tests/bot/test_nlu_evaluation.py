"""The intent classifier on its own data, 5-fold cross-validated with the assistant's own config (nlu_cv.py)."""

import json
from pathlib import Path

import pytest

from .conftest import BOT_PYTHON, MODEL, ROOT, run_bot

# Issue #5: the weighted F1 on data the classifier did not train on must stay at or above 0.90. Five folds: one
# 80/20 split moved by ±0.005 with every example added anywhere. With this data: 0.907 (folds 0.902-0.911).
MIN_WEIGHTED_F1 = 0.90
CV_SCRIPT = Path(__file__).resolve().parent / "nlu_cv.py"
BENCH = ROOT / "bench" / "assistant_questions.py"


@pytest.mark.bot
def test_cross_validated_weighted_f1_is_at_least_0_90(bot_venv):
    figures = json.loads(run_bot([BOT_PYTHON, CV_SCRIPT]).stdout.strip().splitlines()[-1])
    print(f"\nNLU 5-fold cross-validation: {figures['examples']} examples, weighted F1 per fold {figures['folds']}, "
          f"mean {figures['mean_weighted_f1']:.3f}")
    weakest = sorted(figures["per_intent_f1"].items(), key=lambda item: item[1])[:8]
    print("weakest intents: " + ", ".join(f"{intent} {f1:.3f}" for intent, f1 in weakest))
    assert figures["mean_weighted_f1"] >= MIN_WEIGHTED_F1


@pytest.mark.bot
def test_the_question_benchmark_never_shows_the_misses_of_a_final_set(bot_venv, tmp_path):
    # A question the model gets wrong whatever it learns: its text must appear for a dev set only.
    question = {"questions": [{"text": "Wat is de hoofdstad van Frankrijk, en wat is een TLV?", "expect": "greet"}]}
    names = ["dev_x.yml", "final_x.yml", "en_final_x.yml"]
    for name in names:
        (tmp_path / name).write_text(json.dumps(question))
    output = run_bot([BOT_PYTHON, BENCH, MODEL, *(tmp_path / name for name in names)]).stdout
    shown = [block.strip().split(":")[0] for block in output.split("\n\n") if "hoofdstad van Frankrijk" in block]
    assert shown == [str(tmp_path / "dev_x.yml")]


@pytest.mark.bot
def test_the_classifiers_own_tfidf_gives_the_vectorizers_matrix(bot_venv, tmp_path):
    """components/tfidf_svm.py computes the TF-IDF matrix by hand (sklearn's own rebuilds the idf vector each call)."""
    script = tmp_path / "check.py"
    script.write_text(
        "import sys, numpy\n"
        "sys.path.insert(0, '.')\n"
        "from components.tfidf_svm import TfidfSvmIntentClassifier, tfidf\n"
        "texts = ['Wat is een TLV?', 'mijn zoon zit al 3 weken thuis!!', 'what is a tlv', 'blub', '', 'hoi hoi hoi',\n"
        "         'Geachte heer/mevrouw, kan ik bezwaar maken tegen het besluit van de CAT? Met vriendelijke groet']\n"
        "train = texts * 3 + ['opp nakijken', 'bezwaar tlv', 'leerplicht vrijstelling']\n"
        "labels = numpy.asarray(['a', 'b', 'a', 'c', 'c', 'b', 'a'] * 3 + ['b', 'a', 'c'])\n"
        "pipeline = TfidfSvmIntentClassifier({}, None, None)._new_pipeline().fit(train, labels)\n"
        "for _, vectorizer in pipeline.steps[0][1].transformer_list:\n"
        "    expected, got = vectorizer.transform(texts + ['nieuw woord']), tfidf(vectorizer, texts + ['nieuw woord'])\n"
        "    assert (abs(expected - got) > 1e-12).nnz == 0 and expected.shape == got.shape\n"
        "print('same')\n")
    assert run_bot([BOT_PYTHON, script]).stdout.strip().endswith("same")


def test_a_long_story_is_classified_by_the_questions_it_asks(bot_venv, tmp_path):
    """A story that ends in two questions counts both; one question counts with the short sentence before it."""
    script = tmp_path / "check.py"
    script.write_text(
        "import sys, json\n"
        "sys.path.insert(0, '.')\n"
        "from components.tfidf_svm import question_of\n"
        "two = 'De juf vraagt een TLV aan. Mijn dochter is gevoelig. Wie beslist dat? En hoe lang duurt het?'\n"
        "one = 'Mijn zoon is 11 en zit al weken thuis. Wat zijn de regels?'\n"
        "print(json.dumps([question_of(two), question_of(one)]))\n")
    assert json.loads(run_bot([BOT_PYTHON, script]).stdout.strip().splitlines()[-1]) == [
        "Wie beslist dat? En hoe lang duurt het?", "Mijn zoon is 11 en zit al weken thuis. Wat zijn de regels?"]


def test_an_abbreviation_spelled_out_in_letter_names_is_read_as_the_abbreviation(bot_venv, tmp_path):
    """Parents who write by ear spell "tee el vee" or "oo pee er"; the classifier reads the abbreviation it was
    trained on, in training and in a parent's message alike, and leaves short words that are also letter names."""
    script = tmp_path / "check.py"
    script.write_text(
        "import sys, json, numpy\n"
        "sys.path.insert(0, '.')\n"
        "from rasa.shared.nlu.training_data.message import Message\n"
        "from components.tfidf_svm import TfidfSvmIntentClassifier, letters_spelled_out\n"
        "texts = ['wat is een tee el vee', 'het oh pee pee en de school', 'Tee-el-vee aanvragen', 'oh er is thee']\n"
        "classifier = TfidfSvmIntentClassifier(dict(TfidfSvmIntentClassifier.get_default_config(),\n"
        "                                           calibration_folds=2), None, None)\n"
        "train = ['wat is de opr', 'wie zit in de opr', 'opr lid worden', 'wat is een opp', 'opp tekenen', 'opp lezen']\n"
        "classifier.pipeline = classifier._new_pipeline().fit(train, numpy.asarray(['opr'] * 3 + ['opp'] * 3))\n"
        "classifier._word_idf = None\n"
        "messages = [Message({'text': 'wat is een oo pee er'}), Message({'text': 'wat is een opr'})]\n"
        "classifier.process(messages)\n"
        "spelled, written = (m.get('intent_ranking') for m in messages)\n"
        "print(json.dumps([[letters_spelled_out(t) for t in texts], spelled == written]))\n")
    assert json.loads(run_bot([BOT_PYTHON, script]).stdout.strip().splitlines()[-1]) == [
        ["wat is een tlv", "het opp en de school", "tlv aanvragen", "oh er is thee"], True]


def test_small_talk_beside_a_question_is_taken_for_the_question(bot_venv, tmp_path):
    """"Ben jij een robot? Wat is een opr?" gets the answer about the opr; "hoi! ben jij een robot?" stays small talk."""
    script = tmp_path / "check.py"
    script.write_text(
        "import sys, json, numpy\n"
        "sys.path.insert(0, '.')\n"
        "from rasa.shared.nlu.training_data.message import Message\n"
        "from components.tfidf_svm import TfidfSvmIntentClassifier\n"
        "classifier = TfidfSvmIntentClassifier(dict(TfidfSvmIntentClassifier.get_default_config(),\n"
        "                                           calibration_folds=2), None, None)\n"
        "train = ['ben jij een robot', 'ben je een bot', 'praat ik met een computer', 'ben jij een mens',\n"
        "         'hoi', 'hallo', 'goedemorgen', 'hey daar',\n"
        "         'wat is de opr', 'wie zit in de opr', 'opr lid worden', 'hoe werkt de opr']\n"
        "labels = ['bot_challenge'] * 4 + ['greet'] * 4 + ['opr'] * 4\n"
        "classifier.pipeline = classifier._new_pipeline().fit(train, numpy.asarray(labels))\n"
        "classifier._word_idf = None\n"
        "texts = ['Ben jij een robot? Ik wil weten wat de opr is.', 'hoi! ben jij een robot?', 'ben jij een robot']\n"
        "messages = [Message({'text': text}) for text in texts]\n"
        "classifier.process(messages)\n"
        "print(json.dumps([m.get('intent')['name'] for m in messages]))\n")
    assert json.loads(run_bot([BOT_PYTHON, script]).stdout.strip().splitlines()[-1]) == [
        "opr", "bot_challenge", "bot_challenge"]
