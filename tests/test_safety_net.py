"""The portal's own safety net: distress words and a request for a person are answered by the portal before the
assistant is asked, with the assistant's own signal list, so they work while Rasa is down (here: nothing listens).
The same with the real Rasa and action servers stopped is in tests/integration/test_chat.py."""

import re

import pytest
from django.conf import settings as django_settings

from portal.chat import safety_net
from portal.chat.models import Conversation, Message
from portal.chat.services import assistant_unavailable_text
from portal.core.models import SWVSettings

HOST = "noordmiddendrenthe.localhost"


pytestmark = pytest.mark.usefixtures("assistant_unreachable")


@pytest.fixture
def say(client, db):
    data = client.post("/api/chat/conversations/", HTTP_HOST=HOST).json()

    def say(text):
        response = client.post(f"/api/chat/conversations/{data['id']}/messages/", data={"text": text},
                               content_type="application/json", HTTP_HOST=HOST, HTTP_X_CHAT_TOKEN=data["token"])
        assert response.status_code == 200
        return response.json()

    say.conversation_id = data["id"]
    return say


def test_distress_gets_113_and_a_person_without_the_assistant(say):
    data = say("mijn dochter zegt steeds dat ze niet meer wil leven")
    parent, reply = data["messages"][:2]
    assert parent["sender"] == "parent" and parent["text"].startswith("mijn dochter")
    assert reply["sender"] == "bot" and reply["topic"] == "handoff"
    assert "113" in reply["text"] and "0800-0113" in reply["text"] and "huisarts" in reply["text"]
    assert data["state"] == "waiting"
    conversation = Conversation.objects.get(pk=say.conversation_id)
    assert conversation.handoff_reason == "crisis" and conversation.urgent


def test_violence_at_home_gets_veilig_thuis_and_a_person_without_the_assistant(say):
    data = say("Mijn man slaat mij als hij drinkt. De kinderen zijn bang.")
    reply = data["messages"][1]
    assert reply["topic"] == "handoff" and "Veilig Thuis" in reply["text"] and "0800-2000" in reply["text"]
    assert Conversation.objects.get(pk=say.conversation_id).handoff_reason == "crisis"


def test_distress_in_turkish_gets_112_and_113_in_turkish_first_and_a_person(say):
    data = say("Oğlum artık yaşamak istemiyor diyor, ne yapacağımı bilmiyorum")
    reply = data["messages"][1]
    assert reply["lang"] == "tr" and reply["text"].startswith("Acil bir tehlike varsa 112")
    assert "0800-0113" in reply["text"] and "huisarts" in reply["text"]  # the English text follows
    assert data["state"] == "waiting"
    assert Conversation.objects.get(pk=say.conversation_id).handoff_reason == "crisis"


@pytest.mark.parametrize("text", ["ik wil iemand spreken", "Kunt u mij morgen even bellen?", "medewerker aub"])
def test_a_request_for_a_person_is_handed_over_without_the_assistant(say, text):
    data = say(text)
    assert [m["sender"] for m in data["messages"]][:2] == ["parent", "bot"]
    assert data["messages"][1]["topic"] == "handoff"
    assert data["state"] == "waiting"
    # The handover tells the parent who answers and when, or offers the call-back form when nobody is there.
    assert Message.objects.filter(conversation_id=say.conversation_id, sender="system").exists()


def test_an_own_case_waits_for_a_person_while_the_assistant_is_down(say):
    data = say("mijn zoon is voor de derde keer geschorst, wat moeten we nu doen")
    assert data["state"] == "waiting"
    assert "niet bereikbaar" in data["messages"][1]["text"]


def test_a_normal_question_gets_the_system_message_and_stays_with_the_assistant(say):
    data = say("hoe lang is een tlv geldig")
    assert [m["sender"] for m in data["messages"]] == ["parent", "system"]
    assert data["state"] == "bot"
    assert Message.objects.filter(conversation_id=say.conversation_id, sender="parent").count() == 1


@pytest.mark.parametrize("phone, email, route", [
    ("06-83775159", "cva@example.nl", "Heeft u haast? Bel dan 06-83775159 of mail naar cva@example.nl."),
    ("06-83775159", "", "Heeft u haast? Bel dan 06-83775159."),
    ("", "cva@example.nl", "Heeft u haast? Mail dan naar cva@example.nl."),
    ("", "", "Heeft u haast? Kijk dan op de contactpagina van deze site: /contact/."),
])
def test_the_unavailable_message_is_one_correct_sentence_per_route(db, phone, email, route):
    from wagtail.models import Site
    site = Site.objects.get(hostname=HOST)
    swv = SWVSettings.for_site(site)
    swv.phone, swv.email = phone, email
    swv.save()
    text = assistant_unavailable_text(site)
    assert text.startswith("De chatassistent is nu even niet bereikbaar. Uw bericht is bewaard.")
    assert text.endswith(route)
    assert "kunt u kijk" not in text


def test_the_portal_uses_the_assistants_own_signal_file(monkeypatch):
    assert safety_net.signals.__file__ == str(django_settings.BASE_DIR / "steunpunt_bot" / "actions" / "safety.py")
    # A word added to that file's list (here at run time) changes what the portal does.
    monkeypatch.setattr(safety_net.signals, "CRISIS", re.compile("xyzzy-noodwoord"))
    monkeypatch.setattr(safety_net.signals, "REQUEST_HUMAN", re.compile("plugh-mens"))
    assert safety_net.decide("xyzzy-noodwoord").reason == "crisis"
    assert safety_net.decide("plugh-mens").reply == safety_net.signals.HANDOFF_REPLY
    assert safety_net.decide("ik wil niet meer leven") is None
