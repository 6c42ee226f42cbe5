"""Parents who write English or another language, through the portal's chat API with the real Rasa server and
action server (issue 14): every message carries its language, English gets English, another language a short text
in that language, and the safety net answers English while Rasa is down."""

import pytest

from .test_chat import Chat, topics

pytestmark = pytest.mark.integration

# What the assistant says when the portal has no English version of an answer yet (actions/messages.py).
DUTCH_ONLY = "This answer is not available in English yet. Here it is in Dutch:"


def say(chat, text):
    """The parent's message and the replies, each with its language."""
    data = chat._call("POST", f"/api/chat/conversations/{chat.id}/messages/", {"text": text})
    chat.state = data["state"]
    return data["messages"][0], data["messages"][1:]


def test_an_english_topic_question_gets_the_english_answer_or_the_dutch_one_said_in_english(stack):
    chat = Chat(stack["portal"], "zuidkennemerland")
    parent, replies = say(chat, "How long is a TLV valid for my son?")
    assert parent["lang"] == "en"
    [reply] = replies
    assert reply["topic"] == "tlv_duur"
    english = chat.answer("/api/answers/tlv_duur/?lang=en")
    if english.get("lang") == "en":
        assert reply["lang"] == "en" and english["short"][:60] in reply["text"]
        assert "Read the full answer:" in reply["text"]
    else:  # no English version yet, or a portal without them: Dutch, with one English line that says so
        assert reply["lang"] == "nl" and reply["text"].startswith(DUTCH_ONLY)
        assert chat.answer("/api/answers/tlv_duur/")["short"][:60] in reply["text"]
    assert reply["buttons"] and all(b["title"] in ENGLISH_LABELS for b in reply["buttons"])


ENGLISH_LABELS = {"The TLV for special education", "Objecting to a TLV decision", "Disagreeing with the school",
                  "Applying for a TLV", "How long a TLV is valid", "Special education (speciaal onderwijs)",
                  "Passend onderwijs and the samenwerkingsverband", "Extra support and arrangements",
                  "Going back to a regular school", "The development plan (OPP)"}


def test_english_greeting_and_a_short_reply_stay_english_and_dutch_stays_dutch(stack):
    chat = Chat(stack["portal"], "duinenbollenstreek")
    parent, replies = say(chat, "hello, can I ask something in English?")
    assert parent["lang"] == "en"
    assert topics(replies) == ["greet"] and replies[0]["lang"] == "en" and replies[0]["text"].startswith("Hello!")
    assert [b["title"] for b in replies[0]["buttons"]][1] == "Applying to a school"
    parent, replies = say(chat, "ok")
    assert parent["lang"] == "en" and all(m["lang"] == "en" for m in replies)
    dutch = Chat(stack["portal"], "duinenbollenstreek")
    parent, replies = say(dutch, "hallo")
    assert parent["lang"] == "nl" and replies[0]["lang"] == "nl" and replies[0]["text"].startswith("Hallo!")


def test_an_unclear_english_message_is_asked_about_in_english(stack):
    chat = Chat(stack["portal"], "zuidoostutrecht")
    parent, replies = say(chat, "hmm not sure")
    assert parent["lang"] == "en"
    assert "fallback" in topics(replies)
    assert all(m["lang"] == "en" for m in replies)
    assert any(b["title"] == "Talk to an adviser" for m in replies for b in m["buttons"])
    # Not understood twice in a row: handed over, in English.
    parent, replies = say(chat, "hmm not sure")
    assert "handoff" in topics(replies) and all(m["lang"] == "en" for m in replies)


def test_an_english_request_for_a_person_is_handed_over_in_english(stack):
    # A wording the portal's own safety net does not know: the assistant's classifier hands it over.
    chat = Chat(stack["portal"], "zuidkennemerland")
    parent, replies = say(chat, "I would rather have a human being help me with this")
    assert parent["lang"] == "en"
    assert "handoff" in topics(replies) and chat.state == "waiting"
    assert all(m["lang"] == "en" for m in replies)
    history = chat._call("GET", f"/api/chat/conversations/{chat.id}/messages/?after=0")["messages"]
    handover = [m for m in history if m["sender"] == "system"]
    assert handover and handover[0]["lang"] == "en" and "Loket" in handover[0]["text"]


def test_an_english_own_case_goes_to_an_adviser_in_english(stack):
    chat = Chat(stack["portal"], "noordmiddendrenthe")
    parent, replies = say(chat, "my son has been suspended three times and the school wants him out, "
                                "we are desperate, please help us")
    assert "handoff" in topics(replies) and chat.state == "waiting"
    assert all(m["lang"] in ("en", "nl") for m in replies)
    assert replies[-1]["lang"] == "en" and "your own situation" in replies[-1]["text"]


def test_english_crisis_words_get_113_in_english(stack):
    chat = Chat(stack["portal"], "duinenbollenstreek")
    parent, replies = say(chat, "my daughter wrote a goodbye letter and says she wants to disappear")
    assert parent["lang"] == "en" and chat.state == "waiting"
    [reply] = replies
    assert reply["lang"] == "en" and "113" in reply["text"] and "0800-0113" in reply["text"]
    assert reply["text"].startswith("Thank you for telling us.")


@pytest.mark.parametrize("site,text,lang,start", [
    ("zuidkennemerland", "ابني لا يذهب إلى المدرسة منذ شهر. ماذا أفعل؟", "ar", "أستطيع الإجابة"),
    ("zuidoostutrecht", "Oğlum iki aydır okula gidemiyor, ne yapmalıyım?", "tr", "Hollandaca ve İngilizce"),
    ("noordmiddendrenthe", "Mój syn nie chodzi do szkoły od miesiąca, co mam zrobić?", "pl", "Mogę odpowiadać"),
    ("duinenbollenstreek", "Мій син не ходить до школи вже місяць, що робити?", "uk", "Я можу відповідати"),
])
def test_another_language_gets_the_short_text_in_that_language_and_never_a_dutch_fallback(stack, site, text, lang,
                                                                                          start):
    chat = Chat(stack["portal"], site)
    parent, replies = say(chat, text)
    assert parent["lang"] == lang
    first = replies[0]
    assert first["topic"] == "other_language" and first["lang"] == lang and first["text"].startswith(start)
    assert all(m["lang"] in (lang, "en", "nl") for m in replies)
    assert not any(m["lang"] == "nl" and not m["text"].startswith(DUTCH_ONLY) for m in replies)
    [button] = first["buttons"]
    assert button["payload"] == "/request_human"
    # The button: an adviser (or, when nobody is there, a call-back), told in English.
    data = chat._call("POST", f"/api/chat/conversations/{chat.id}/messages/",
                      {"text": button["title"], "payload": button["payload"]})
    assert data["state"] == "waiting" and data["messages"][0]["lang"] == lang
    assert all(m["lang"] == "en" for m in data["messages"][1:])


def test_a_dutch_term_in_a_turkish_sentence_gets_the_english_answer_too(stack):
    chat = Chat(stack["portal"], "zuidkennemerland")
    parent, replies = say(chat, "Oğlum için TLV nasıl aanvragen yapılır, tlv aanvragen?")
    assert parent["lang"] == "tr"
    assert replies[0]["lang"] == "tr"
    if len(replies) > 1:  # the classifier was sure of the topic
        assert replies[1]["topic"].startswith("tlv") and replies[1]["lang"] in ("en", "nl")
        assert "Here is the answer in English" not in replies[0]["text"] and "İngilizce cevap" in replies[0]["text"]


def test_with_rasa_down_the_safety_net_answers_english_in_english(stack):
    stack["rasa"].stop()
    stack["actions"].stop()
    try:
        crisis = Chat(stack["portal"], "duinenbollenstreek")
        parent, replies = say(crisis, "my son says he wants to die")
        assert parent["lang"] == "en" and crisis.state == "waiting"
        assert replies[0]["lang"] == "en" and "113" in replies[0]["text"] and "0800-0113" in replies[0]["text"]
        person = Chat(stack["portal"], "zuidkennemerland")
        parent, replies = say(person, "I want to talk to someone")
        assert person.state == "waiting" and replies[0]["lang"] == "en"
        assert replies[0]["text"].startswith("I am asking an adviser")
        normal = Chat(stack["portal"], "zuidoostutrecht")
        parent, replies = say(normal, "what is an OPP and who writes it")
        assert [(m["sender"], m["lang"]) for m in replies] == [("system", "en")]
        assert replies[0]["text"].startswith("The chat assistant cannot be reached right now.")
    finally:
        stack["actions"].start()
        stack["rasa"].start()
