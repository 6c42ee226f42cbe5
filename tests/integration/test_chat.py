"""Parents chatting through the portal's chat API with the real Rasa server and action server."""

import sqlite3

import pytest

from .chat import Chat, topics

pytestmark = pytest.mark.integration


def test_topic_question_gets_the_sites_own_short_answer(stack):
    chat = Chat(stack["portal"], "zuidkennemerland")
    replies = chat.say("hoe lang mag de school erover doen om te beslissen over mijn aanmelding")
    assert "zorgplicht_termijn" in topics(replies)
    short = chat.answer("/api/answers/zorgplicht_termijn/")["short"]
    assert any(short[:60] in m["text"] for m in replies)
    assert any(b["payload"].startswith("/") for m in replies for b in m["buttons"])


def test_each_site_answers_with_its_own_override(stack):
    own = Chat(stack["portal"], "zuidoostutrecht")
    replies = own.say("kan ik zelf een tlv aanvragen")
    assert "tlv_aanvragen" in topics(replies)
    assert any(own.answer("/api/answers/tlv_aanvragen/")["short"][:60] in m["text"] for m in replies)



@pytest.mark.parametrize("site, question, key", [
    ("duinenbollenstreek", "hoe lang doet de CAT over een aanvraag", "tlv_aanvragen"),
    ("duinenbollenstreek", "hoe bereik ik het loket passend onderwijs", "contact_loket"),
    ("noordmiddendrenthe", "wanneer is het spreekuur van de CvA", "contact_loket"),
    ("noordmiddendrenthe", "wat doet de commissie van advies", "tlv_aanvragen"),
    ("zuidkennemerland", "wat doen de consulenten ouders en school", "steunpunt"),
    ("zuidkennemerland", "wat doet een consulent OZL", "ziek_kind"),
    ("zuidoostutrecht", "wat doet de PCL", "pro_lwoo"),
])
def test_each_swvs_own_names_get_that_swvs_own_answer(stack, site, question, key):
    """The names come from content (the SWV's glossary and answers), and the answer is the site's own."""
    chat = Chat(stack["portal"], site)
    replies = chat.say(question)
    assert topics(replies)[0] == key
    own = chat.answer(f"/api/answers/{key}/")["short"]
    assert replies[0]["text"].startswith(own.strip()[:60])


def test_school_search_question(stack):
    chat = Chat(stack["portal"], "zuidkennemerland")
    replies = chat.say("welke scholen in haarlem hebben iets voor dyslexie")
    assert "school_zoeken" in topics(replies)
    [answer] = [m for m in replies if m.get("topic") == "school_zoeken"]
    # Schools of this SWV that offer it, each with its profile link, and the full search.
    assert "Ik vond" in answer["text"] and answer["text"].count("/scholen/") >= 4


def test_each_parent_message_is_stored_with_what_became_of_it(stack):
    chat = Chat(stack["portal"], "zuidoostutrecht")
    for text in ("wat is een opp", "wanneer is de herfstvakantie dit jaar", "vraag over school", "blub fjord kwak"):
        chat.say(text)
    database = sqlite3.connect(f"{stack['portal'].env['PORTAL_VAR_DIR']}/portal.sqlite3")
    stored = database.execute("SELECT outcome, answer_topic FROM chat_message WHERE conversation_id = ? AND "
                              "sender = 'parent' ORDER BY id", (chat.id,)).fetchall()
    assert stored == [("beantwoord", "opp"), ("buiten_bereik", "out_of_scope"), ("verduidelijkt", "fallback"),
                      ("doorverbonden", "handoff")]


def test_out_of_scope_gets_no_topic_answer(stack):
    chat = Chat(stack["portal"], "noordmiddendrenthe")
    replies = chat.say("wanneer is de herfstvakantie dit jaar")
    assert topics(replies) == ["out_of_scope"] or set(topics(replies)) == {"out_of_scope"}
    assert chat.state == "bot"


def test_crisis_language_hands_off_at_once_with_113(stack):
    chat = Chat(stack["portal"], "duinenbollenstreek")
    replies = chat.say("ik wil niet meer leven")
    assert "handoff" in topics(replies)
    assert any("113" in m["text"] and "0800-0113" in m["text"] for m in replies)
    assert chat.state == "waiting"


def test_asking_for_a_person_hands_off(stack):
    chat = Chat(stack["portal"], "zuidkennemerland")
    assert "handoff" in topics(chat.say("ik wil graag met een echte medewerker praten"))
    assert chat.state == "waiting"
    assert chat.say("hallo?") == []  # the assistant stays silent once handed over


def test_unclear_message_gets_clarifying_buttons_then_handoff_after_two(stack):
    chat = Chat(stack["portal"], "zuidoostutrecht")
    first = chat.say("blub fjord kwak")
    assert topics(first) == ["fallback"]
    assert first[0]["buttons"]
    second = chat.say("xyzzy plugh")
    assert "handoff" in topics(second)
    assert chat.state == "waiting"


def test_unknown_words_only_are_asked_to_rephrase_without_guessing_topics(stack):
    chat = Chat(stack["portal"], "zuidoostutrecht")
    first = chat.say("blub fjord kwak")
    assert topics(first) == ["fallback"]
    assert [b["payload"] for b in first[0]["buttons"]] == ["/request_human"]


def test_a_single_everyday_word_is_asked_about_not_guessed(stack):
    chat = Chat(stack["portal"], "zuidoostutrecht")
    assert topics(chat.say("kind")) == ["fallback"]


def test_clarifying_button_gets_that_topics_answer(stack):
    chat = Chat(stack["portal"], "zuidoostutrecht")
    first = chat.say("vraag over school")  # known words, no clear topic: the likeliest topics as buttons
    assert topics(first) == ["fallback"]
    button = first[0]["buttons"][0]
    replies = chat.say(button["title"], payload=button["payload"])
    assert topics(replies)[0] == button["payload"].lstrip("/")


def test_rasa_stopped_mid_conversation_keeps_the_message_and_recovers(stack):
    chat = Chat(stack["portal"], "zuidkennemerland")
    assert "tlv" in topics(chat.say("wat is een tlv"))
    stack["rasa"].stop()
    try:
        replies = chat.say("en hoe lang geldt die")
        assert [m["sender"] for m in replies] == ["system"]
        assert "niet bereikbaar" in replies[0]["text"]
    finally:
        stack["rasa"].start()
    assert "tlv_duur" in topics(chat.say("hoe lang is een tlv geldig"))
    history = chat._call("GET", f"/api/chat/conversations/{chat.id}/messages/?after=0")["messages"]
    assert "en hoe lang geldt die" in [m["text"] for m in history if m["sender"] == "parent"]


def test_own_childs_story_with_a_request_for_help_goes_to_an_adviser(stack):
    chat = Chat(stack["portal"], "zuidkennemerland")
    replies = chat.say("mijn zoon van 9 wordt al maanden gepest op de regenboog en de juf doet er niks aan, "
                       "hij wil niet meer naar school en ik ben er klaar mee, wat moet ik nu doen")
    assert "handoff" in topics(replies)
    assert chat.state == "waiting"


def test_short_personal_question_still_gets_the_topic_answer(stack):
    chat = Chat(stack["portal"], "zuidkennemerland")
    assert "thuiszitten" in topics(chat.say("mijn zoon zit al weken thuis"))


def test_own_case_asking_what_to_do_goes_to_an_adviser(stack):
    # topics.md: a parent who describes their own child's case and asks what to do in it is handed over.
    # When the case is clearly about one topic, the parent also gets that topic's short answer first: at night
    # nobody may be there yet.
    chat = Chat(stack["portal"], "zuidkennemerland")
    replies = chat.say("mijn zoon zit al weken thuis, wat kan ik doen")
    assert topics(replies) == ["thuiszitten", "handoff"]
    assert replies[0]["text"].startswith("Alvast de algemene informatie:")
    assert chat.state == "waiting"


def test_with_rasa_and_the_action_server_stopped_the_safety_net_still_works(stack):
    """Distress and a request for a person are the portal's own (the shared signal file); a normal question gets a
    correct system message; every parent message is kept."""
    stack["rasa"].stop()
    stack["actions"].stop()
    try:
        crisis = Chat(stack["portal"], "duinenbollenstreek")
        replies = crisis.say("ik kan het niet meer aan, mijn zoon zegt dat hij dood wil")
        assert any("113" in m["text"] and "0800-0113" in m["text"] for m in replies)
        assert crisis.state == "waiting"

        person = Chat(stack["portal"], "noordmiddendrenthe")
        assert "handoff" in topics(person.say("ik wil iemand spreken"))
        assert person.state == "waiting"

        normal = Chat(stack["portal"], "zuidkennemerland")
        replies = normal.say("wat is een opp")
        assert [m["sender"] for m in replies] == ["system"]
        assert replies[0]["text"].startswith("De chatassistent is nu even niet bereikbaar. Uw bericht is bewaard.")
        assert normal.state == "bot"
        for chat, text in ((crisis, "ik kan het niet meer aan"), (person, "ik wil iemand spreken"),
                           (normal, "wat is een opp")):
            history = chat._call("GET", f"/api/chat/conversations/{chat.id}/messages/?after=0")["messages"]
            assert [m["text"] for m in history if m["sender"] == "parent"][0].startswith(text)
    finally:
        stack["actions"].start()
        stack["rasa"].start()


def test_with_only_the_action_server_stopped_a_question_gets_the_system_message(stack):
    stack["actions"].stop()
    try:
        chat = Chat(stack["portal"], "zuidoostutrecht")
        replies = chat.say("hoe lang is een tlv geldig")
        assert [m["sender"] for m in replies] == ["system"] and "niet bereikbaar" in replies[0]["text"]
    finally:
        stack["actions"].start()
    assert "tlv_duur" in topics(chat.say("hoe lang is een tlv geldig"))
