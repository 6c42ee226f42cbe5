"""The assistant in English and in other languages (issue 14): the English signals, the English variations of the
domain's responses, the English topic labels, and the short texts in other languages (each in its own script and
detected as its own language by actions/language.py)."""

import importlib.util
import json
import unicodedata

import pytest
import yaml

from tests.bot.conftest import BOT_PYTHON, run_bot
from tests.bot.test_signals import training_examples
from tests.servers import BOT_DIR

spec = importlib.util.spec_from_file_location("safety", BOT_DIR / "actions" / "safety.py")
safety = importlib.util.module_from_spec(spec)
spec.loader.exec_module(safety)
spec = importlib.util.spec_from_file_location("language", BOT_DIR / "actions" / "language.py")
language = importlib.util.module_from_spec(spec)
spec.loader.exec_module(language)


@pytest.mark.parametrize("text", ["my daughter says she wants to die", "he threatened to jump off the balcony",
                                  "my son wrote a goodbye letter", "she is harming herself again",
                                  "he says we are better off without him", "my daughter is not safe with her father",
                                  "I don't want to live anymore"])
def test_english_distress_is_crisis(text):
    assert safety.is_crisis(text)


DISTRESS_IN_OTHER_LANGUAGES = {
    "tr": "Oğlum artık yaşamak istemiyor, intihar etmekten bahsediyor", "pl": "Moja córka mówi, że chce umrzeć",
    "uk": "Мій син каже, що думає про самогубство", "ru": "Моя дочь говорит, что хочет умереть",
    "ar": "ابني يقول إنه يريد أن يموت", "de": "Mein Sohn sagt, er will nicht mehr leben",
    "fr": "Ma fille dit qu'elle a envie de mourir", "es": "Mi hijo dice que quiere morir"}


@pytest.mark.parametrize("code", sorted(DISTRESS_IN_OTHER_LANGUAGES))
def test_distress_in_another_language_gets_112_and_113_first_in_that_language(code):
    assert safety.is_crisis(DISTRESS_IN_OTHER_LANGUAGES[code])
    line = safety.CRISIS_LINES[code]
    assert "112" in line and "113" in line and "0800-0113" in line
    assert language.language_of(line) == code
    assert safety.crisis_reply(code) == f"{line} {safety.CRISIS_REPLY_EN}" and safety.crisis_language(code) == code
    assert safety.crisis_reply("so") == safety.CRISIS_REPLY_EN and safety.crisis_language("so") == "en"


@pytest.mark.parametrize("text", ["Bir TLV ne kadar sürer?",
                                  "Jak zapisać dziecko do szkoły?", "Как записать ребенка в школу?",
                                  "Wie lange dauert eine TLV?", "Comment inscrire mon fils?"])
def test_an_ordinary_question_in_another_language_is_not_distress(text):
    assert not safety.is_crisis(text)


@pytest.mark.parametrize("text", ["I want to talk to someone", "connect me to an adviser please",
                                  "please let a person take over this chat", "is there an adviser who speaks english",
                                  "could one of your advisers phone me tomorrow", "I'd like a call back",
                                  "Could a Loket adviser phone me about my son?",
                                  "could an adviser ring the leerplichtambtenaar for us",
                                  "I'd like a consulent from the steunpunt to help me with the school",
                                  "can i make an appointment with someone from the loket", "adviser please",
                                  "I don't want to chat with a bot"])
def test_an_english_request_for_a_person(text):
    assert safety.asks_for_person(text)


@pytest.mark.parametrize("text", [
    "My son has been at home for 3 weeks because the school cannot handle him. What should we do?",
    "My daughter has an OPP but the school is not following it. Can you help?",
    "My son was suspended again. I don't know what to do anymore.", "our kid was refused by 3 schools, we are desperate",
    "we're at our wits' end with our daughter's school"])
def test_an_english_parent_stuck_in_their_own_case_goes_to_a_person(text):
    assert safety.is_personal_case(text)


@pytest.mark.parametrize("text", [
    "What should I do to register my child for a new school?", "What should we do if the school refuses our son?",
    "My daughter needs extra help in class, who decides?", "can you help with my son's math homework",
    "Can you help my daughter with her maths homework?",
    "My son is 12 and has autism. How long is a TLV valid?"])
def test_an_english_question_with_a_personal_detail_gets_its_answer(text):
    assert not safety.is_personal_case(text)


@pytest.mark.parametrize("text", ["how do I contact the loket", "what does an adviser do",
                                  "what is an onderwijsconsulent", "who can I call about school transport",
                                  "my son is bored at school"])
def test_an_english_question_is_not_a_request_for_a_person_nor_distress(text):
    assert not safety.asks_for_person(text) and not safety.is_crisis(text)


def test_no_dutch_or_english_training_example_is_taken_for_another_language():
    """Telegraphic Dutch and English ("avg rechten ouders", "tlv expiry date") must not get a text in German."""
    files = [path.stem for path in (BOT_DIR / "data" / "nlu").glob("*.yml")]
    examples = list(training_examples(*files))
    assert len(examples) > 8000
    assert [e for e in examples if language.language_of(e) not in ("nl", "en", None)] == []


def test_no_english_example_of_another_intent_is_taken_for_distress_or_a_request_for_a_person():
    examples = list(training_examples("english_smalltalk", "english_out_of_scope"))
    assert examples and [e for e in examples if safety.asks_for_person(e) or safety.is_crisis(e)] == []


def test_every_response_has_an_english_variation_and_says_what_the_portal_says():
    responses = yaml.safe_load((BOT_DIR / "domain.yml").read_text(encoding="utf-8"))["responses"]
    for name, variations in responses.items():
        dutch = [v for v in variations if "condition" not in v]
        english = [v for v in variations if v.get("condition") == [{"type": "slot", "name": "language", "value": "en"}]]
        assert len(dutch) == 1 and len(english) == 1, name
        assert dutch[0]["custom"]["lang"] == "nl" and english[0]["custom"]["lang"] == "en"
        assert english[0]["custom"]["topic"] == dutch[0]["custom"]["topic"]
        assert [b["payload"] for b in english[0]["custom"]["buttons"]] == [
            b["payload"] for b in dutch[0]["custom"]["buttons"]]
        assert language.language_of(english[0]["custom"]["text"]) == "en", name
    assert " ".join(responses["utter_crisis"][1]["custom"]["text"].split()) == safety.CRISIS_REPLY_EN
    assert " ".join(responses["utter_handoff"][1]["custom"]["text"].split()) == safety.HANDOFF_REPLY_EN


SCRIPTS = {"ar": "ARABIC", "uk": "CYRILLIC", "ru": "CYRILLIC"}


def test_the_texts_in_other_languages_are_in_their_own_script_and_language_and_english_labels_cover_all_topics(
        bot_venv):
    result = run_bot([BOT_PYTHON, "-c", (
        "import json; from actions.other_languages import TEXTS, other_language_message as m; "
        "from actions.messages import TOPIC_LABELS_EN, TEXTS as FIXED; from actions.topics import TOPIC_LABELS; "
        "print(json.dumps({'texts': {c: [m(c, with_answer=w) for w in (True, False)] for c in TEXTS}, "
        "'labels': [sorted(TOPIC_LABELS_EN), sorted(TOPIC_LABELS)], 'en': FIXED['en'], 'nl': sorted(FIXED['nl'])}))")])
    data = json.loads(result.stdout.strip().splitlines()[-1])
    labels_en, labels = data["labels"]
    assert labels_en == labels
    assert set(data["nl"]) <= set(data["en"])
    assert all(language.language_of(text) == "en" for text in data["en"].values() if len(text.split()) > 4)
    assert {"ar", "tr", "pl", "uk"} <= set(data["texts"])
    for code, variants in data["texts"].items():
        for message in variants:
            assert message["lang"] == code and message["topic"] == "other_language"
            for text in (message["text"], message["buttons"][0]["title"]):
                assert language.language_of(text) == code, (code, text)
                letters = [ch for ch in text if ch.isalpha()]
                script = SCRIPTS.get(code, "LATIN")
                assert all(unicodedata.name(ch).startswith(script) for ch in letters), (code, text)
            assert message["buttons"] == [{"title": message["buttons"][0]["title"], "payload": "/request_human"}]
