"""The chat API (contract): conversations, tokens, bad input, rate limits, and a parent's message that is kept
when the assistant cannot be reached. Conversations with the real Rasa server are in tests/integration/."""


import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.chat.models import Conversation, Message
from portal.chat.rasa_client import _message_of

HOST = "zuidkennemerland.localhost"


pytestmark = pytest.mark.usefixtures("assistant_unreachable")


@pytest.fixture
def conversation(client, db):
    data = client.post("/api/chat/conversations/", HTTP_HOST=HOST).json()
    return data["id"], data["token"]


def post(client, conversation, body, token=None, host=HOST, **headers):
    conversation_id, own_token = conversation
    return client.post(f"/api/chat/conversations/{conversation_id}/messages/", data=body,
                       content_type="application/json", HTTP_HOST=host, HTTP_X_CHAT_TOKEN=token or own_token,
                       **headers)


def test_new_conversation_has_an_id_a_token_and_the_bot_state(client, db):
    response = client.post("/api/chat/conversations/", HTTP_HOST=HOST)
    assert response.status_code == 201
    data = response.json()
    assert set(data) == {"id", "token", "state", "messages"}
    assert data["state"] == "bot" and data["messages"] == []
    stored = Conversation.objects.get(pk=data["id"])
    assert stored.site.hostname == HOST
    assert data["token"] not in stored.token_hash  # only a hash is kept


def test_parent_message_is_stored_even_when_the_assistant_is_unreachable(client, conversation):
    response = post(client, conversation, {"text": "Hoe vraag ik een TLV aan?"})
    assert response.status_code == 200
    data = response.json()
    assert [m["sender"] for m in data["messages"]] == ["parent", "system"]
    assert data["messages"][0]["text"] == "Hoe vraag ik een TLV aan?"
    assert "niet bereikbaar" in data["messages"][1]["text"] and "bewaard" in data["messages"][1]["text"]
    assert Message.objects.filter(conversation_id=conversation[0], sender="parent").count() == 1
    message = data["messages"][0]
    assert set(message) == {"id", "sender", "text", "created", "topic", "buttons", "lang"}
    assert [m["lang"] for m in data["messages"]] == ["nl", "nl"]


def test_every_message_carries_its_language_and_a_short_one_keeps_the_conversations(client, conversation):
    english = post(client, conversation, {"text": "How do I apply for extra support for my son?"}).json()["messages"]
    assert [(m["sender"], m["lang"]) for m in english] == [("parent", "en"), ("system", "en")]
    assert english[1]["text"].startswith("The chat assistant cannot be reached right now.")
    ok = post(client, conversation, {"text": "ok"}).json()["messages"]
    assert [m["lang"] for m in ok] == ["en", "en"]
    dutch = post(client, conversation, {"text": "Hoe vraag ik een TLV aan?"}).json()["messages"]
    assert [m["lang"] for m in dutch] == ["nl", "nl"] and dutch[1]["text"].startswith("De chatassistent")
    assert list(Message.objects.filter(conversation_id=conversation[0]).values_list("lang", flat=True)) == [
        "en", "en", "en", "en", "nl", "nl"]
    # The same languages when the messages are fetched again.
    fetched = client.get(f"/api/chat/conversations/{conversation[0]}/messages/", HTTP_HOST=HOST,
                         HTTP_X_CHAT_TOKEN=conversation[1]).json()["messages"]
    assert [m["lang"] for m in fetched] == ["en", "en", "en", "en", "nl", "nl"]


def test_a_message_in_another_language_is_stored_with_its_code_and_never_answered_in_dutch(client, conversation):
    arabic = post(client, conversation, {"text": "ابني لا يذهب إلى المدرسة منذ شهر. ماذا أفعل؟"}).json()["messages"]
    assert [(m["sender"], m["lang"]) for m in arabic] == [("parent", "ar"), ("system", "en")]
    assert "niet bereikbaar" not in arabic[1]["text"]
    polish = post(client, conversation, {"text": "Mój syn nie chodzi do szkoły, co mam zrobić?"}).json()["messages"]
    assert polish[0]["lang"] == "pl"


def test_english_crisis_words_and_a_request_for_a_person_are_answered_in_english_by_the_portal(client, db):
    crisis_chat = client.post("/api/chat/conversations/", HTTP_HOST=HOST).json()
    crisis = post(client, (crisis_chat["id"], crisis_chat["token"]),
                  {"text": "my daughter says she wants to die"}).json()
    assert crisis["state"] == "waiting"
    reply = crisis["messages"][1]
    assert reply["lang"] == "en" and "113" in reply["text"] and "0800-0113" in reply["text"]
    assert reply["text"].startswith("Thank you for telling us.")
    assert [m["lang"] for m in crisis["messages"]] == ["en", "en"]
    person_chat = client.post("/api/chat/conversations/", HTTP_HOST=HOST).json()
    person = post(client, (person_chat["id"], person_chat["token"]), {"text": "I want to talk to someone"}).json()
    assert person["state"] == "waiting"
    assert [m["lang"] for m in person["messages"]] == ["en", "en"]
    assert person["messages"][1]["text"].startswith("I am asking an adviser of the Loket")
    # The handover's own message (who answers and when, or a call-back) is in English too.
    handover = Message.objects.filter(conversation_id=person_chat["id"], sender="system").get()
    assert handover.lang == "en" and "Loket" in handover.text and "adviseur" not in handover.text


def test_messages_after_an_id(client, conversation):
    first = post(client, conversation, {"text": "eerste"}).json()["messages"][0]["id"]
    post(client, conversation, {"text": "tweede"})
    response = client.get(f"/api/chat/conversations/{conversation[0]}/messages/", {"after": first},
                          HTTP_HOST=HOST, HTTP_X_CHAT_TOKEN=conversation[1])
    texts = [m["text"] for m in response.json()["messages"]]
    assert "eerste" not in texts and "tweede" in texts


@pytest.mark.parametrize("body, status, words", [
    ({"text": ""}, 400, "Typ eerst"),
    ({"text": "   \n\t "}, 400, "Typ eerst"),
    ({"text": "x" * 2001}, 400, "te lang"),
    ({"text": 42}, 400, "als tekst"),
    ({}, 400, "als tekst"),
    (["geen", "object"], 400, "JSON"),
])
def test_bad_input_gets_a_dutch_error_and_stores_nothing(client, conversation, body, status, words):
    response = post(client, conversation, body)
    assert response.status_code == status
    assert words in response.json()["error"]
    assert not Message.objects.filter(conversation_id=conversation[0]).exists()


def test_non_json_body_is_refused(client, conversation):
    response = client.post(f"/api/chat/conversations/{conversation[0]}/messages/", data="hallo",
                           content_type="text/plain", HTTP_HOST=HOST, HTTP_X_CHAT_TOKEN=conversation[1])
    assert response.status_code == 400 and "JSON" in response.json()["error"]


def test_wrong_token_unknown_id_and_other_site_are_all_404(client, conversation):
    assert post(client, conversation, {"text": "hoi"}, token="fout").status_code == 404
    assert post(client, ("bestaatniet", conversation[1]), {"text": "hoi"}).status_code == 404
    assert post(client, conversation, {"text": "hoi"}, host="zuidoostutrecht.localhost").status_code == 404
    response = client.get(f"/api/chat/conversations/{conversation[0]}/messages/", HTTP_HOST=HOST)
    assert response.status_code == 404 and "bestaat niet" in response.json()["error"]
    assert not Message.objects.filter(conversation_id=conversation[0]).exists()


def test_bad_after_parameter(client, conversation):
    response = client.get(f"/api/chat/conversations/{conversation[0]}/messages/", {"after": "x"},
                          HTTP_HOST=HOST, HTTP_X_CHAT_TOKEN=conversation[1])
    assert response.status_code == 400 and "after" in response.json()["error"]


def test_more_than_twenty_messages_a_minute_are_refused(client, conversation, settings):
    assert settings.CHAT_MESSAGES_PER_MINUTE == 20  # the limit
    for n in range(settings.CHAT_MESSAGES_PER_MINUTE):
        Message.objects.create(conversation_id=conversation[0], sender="parent", text=f"bericht {n}")
    response = post(client, conversation, {"text": "nog een"})
    assert response.status_code == 429 and "minuut" in response.json()["error"]
    assert not Message.objects.filter(conversation_id=conversation[0], text="nog een").exists()


def test_too_many_new_conversations_from_one_address(client, db):
    statuses = [client.post("/api/chat/conversations/", HTTP_HOST=HOST).status_code for _ in range(12)]
    assert statuses[:10] == [201] * 10 and statuses[10:] == [429, 429]


def test_closed_conversation_takes_no_messages(client, conversation):
    Conversation.objects.filter(pk=conversation[0]).update(state="closed")
    response = post(client, conversation, {"text": "hallo?"})
    assert response.status_code == 409 and "afgesloten" in response.json()["error"]


def test_after_handoff_the_assistant_stays_silent(client, conversation):
    Conversation.objects.filter(pk=conversation[0]).update(state="waiting")
    data = post(client, conversation, {"text": "is er al iemand?"}).json()
    assert data["state"] == "waiting"
    assert [m["sender"] for m in data["messages"]] == ["parent"]


def test_only_offered_buttons_are_passed_on(client, conversation):
    response = post(client, conversation, {"text": "Hoe lang geldt een TLV?", "payload": "/tlv_duur"})
    assert response.status_code == 400 and "keuze" in response.json()["error"]


def test_only_get_and_post(client, conversation):
    response = client.delete(f"/api/chat/conversations/{conversation[0]}/messages/", HTTP_HOST=HOST)
    assert response.status_code == 405


def test_rasa_custom_payload_becomes_a_message_with_topic_and_buttons():
    reply = {"recipient_id": "x", "custom": {"text": "Een TLV is…", "topic": "tlv",
                                             "buttons": [{"title": "Hoe lang?", "payload": "/tlv_duur"}]}}
    assert _message_of(reply) == {"text": "Een TLV is…", "topic": "tlv", "lang": "",
                                  "buttons": [{"title": "Hoe lang?", "payload": "/tlv_duur"}]}
    assert _message_of({"recipient_id": "x", "text": "Hallo"}) == {"text": "Hallo", "buttons": [], "topic": "",
                                                                   "lang": ""}
    assert _message_of({"custom": {"text": "A TLV is…", "topic": "tlv", "lang": "en"}})["lang"] == "en"


def test_a_request_sent_again_by_the_balancer_gets_the_same_turn_and_stores_nothing_twice(client, conversation):
    first = post(client, conversation, {"text": "mag de school weigeren"}, HTTP_X_REQUEST_ID="req-1").json()
    again = post(client, conversation, {"text": "mag de school weigeren"}, HTTP_X_REQUEST_ID="req-1").json()
    assert again["messages"] == first["messages"] and len(first["messages"]) == 2
    assert Message.objects.filter(conversation_id=conversation[0], sender="parent").count() == 1
    other = post(client, conversation, {"text": "mag de school weigeren"}, HTTP_X_REQUEST_ID="req-2").json()
    assert other["messages"][0]["id"] != first["messages"][0]["id"]


def test_a_new_conversation_sent_again_by_the_balancer_is_the_same_conversation(client, db, settings):
    settings.PORTAL_TRUSTED_PROXIES = {"127.0.0.1"}

    def start(request_id):
        response = client.post("/api/chat/conversations/", HTTP_HOST=HOST, HTTP_X_REQUEST_ID=request_id)
        assert response.status_code == 201
        return response.json()["id"], response.json()["token"]

    first = start("c0a80001-req-1")
    assert start("c0a80001-req-1") == first
    assert Conversation.objects.count() == 1
    assert Conversation.objects.get(pk=first[0]).token_matches(first[1])
    other = start("c0a80001-req-2")
    assert other[0] != first[0] and other[1] != first[1]


def test_a_request_id_from_anyone_but_the_balancer_starts_a_conversation_of_its_own(client, db, settings):
    settings.PORTAL_TRUSTED_PROXIES = {"192.0.2.1"}
    ids = {client.post("/api/chat/conversations/", HTTP_HOST=HOST, HTTP_X_REQUEST_ID="guessed").json()["id"]
           for _ in range(2)}
    assert len(ids) == 2


def test_a_message_whose_node_died_before_the_assistant_answered_is_answered_when_sent_again(client, conversation):
    # What a node that died after storing the parent's message leaves behind.
    stored = Message.objects.create(conversation_id=conversation[0], sender="parent", text="hallo", request_id="req-9")
    data = post(client, conversation, {"text": "hallo"}, HTTP_X_REQUEST_ID="req-9").json()
    assert [(m["id"], m["sender"]) for m in data["messages"]][0] == (stored.id, "parent")
    assert [m["sender"] for m in data["messages"][1:]] == ["system"]  # the assistant is unreachable in these tests
    assert Message.objects.filter(conversation_id=conversation[0], sender="parent").count() == 1


def test_a_turn_reads_neither_the_site_again_nor_the_conversations_language_when_the_message_tells(client,
                                                                                                  conversation):
    post(client, conversation, {"text": "hallo"})
    with CaptureQueriesContext(connection) as queries:
        assert post(client, conversation, {"text": "Hoe vraag ik een TLV aan?"}).status_code == 200
    assert not [q["sql"] for q in queries.captured_queries
                if "wagtailcore_site" in q["sql"] or q["sql"].startswith('SELECT "chat_message"."lang"')]
