"""What became of each parent message (portal/chat/outcomes.py): read from the assistant's replies and stored on the
parent's message when its turn ends. The real assistant's turns are in tests/integration/test_chat.py."""

import pytest

from portal.chat.models import Conversation, Message
from portal.chat.outcomes import outcome_of

HOST = "zuidkennemerland.localhost"
HUMAN = {"title": "Een adviseur spreken", "payload": "/request_human"}


def bot(topic, buttons=()):
    return Message(sender="bot", text="…", topic=topic, buttons=list(buttons))


@pytest.mark.parametrize("replies, expected", [
    ([bot("tlv_aanvragen")], ("beantwoord", "tlv_aanvragen")),
    ([bot("greet")], ("beantwoord", "greet")),
    ([bot("school_zoeken", [{"title": "Meer scholen", "payload": "/school_zoeken"}])], ("beantwoord", "school_zoeken")),
    ([bot("fallback", [{"title": "TLV aanvragen", "payload": "/tlv_aanvragen"}, HUMAN])],
     ("verduidelijkt", "fallback")),
    ([bot("fallback", [HUMAN])], ("niet_begrepen", "fallback")),
    ([bot("fallback")], ("niet_begrepen", "fallback")),
    ([bot("handoff")], ("doorverbonden", "handoff")),
    ([bot("out_of_scope")], ("buiten_bereik", "out_of_scope")),
    # Most likely off topic, with the likely topics still offered: the parent was told where to go.
    ([bot("out_of_scope"), bot("fallback", [{"title": "OPP", "payload": "/opp"}, HUMAN])],
     ("buiten_bereik", "out_of_scope")),
    ([Message(sender="system", text="De chatassistent is nu even niet bereikbaar.")], ("niet_begrepen", "")),
    ([], ("niet_begrepen", "")),
])
def test_outcome_of_the_assistants_replies(replies, expected):
    assert outcome_of(replies) == expected


def test_a_message_to_the_loket_counts_as_handed_over_without_a_topic():
    assert outcome_of([], answered_by_staff=True) == ("doorverbonden", "")


@pytest.fixture
def conversation(client, db):
    data = client.post("/api/chat/conversations/", HTTP_HOST=HOST).json()
    return data["id"], data["token"]


def say(client, conversation, text):
    return client.post(f"/api/chat/conversations/{conversation[0]}/messages/", data={"text": text},
                       content_type="application/json", HTTP_HOST=HOST, HTTP_X_CHAT_TOKEN=conversation[1])


@pytest.mark.usefixtures("assistant_unreachable")
def test_each_parent_message_gets_its_outcome_when_the_turn_ends(client, conversation):
    say(client, conversation, "Hoe vraag ik een TLV aan?")  # the assistant cannot be reached
    say(client, conversation, "ik wil iemand spreken")  # the portal's own safety net hands over
    say(client, conversation, "hallo, is daar iemand?")  # now with the Loket: the assistant stays silent
    parent = Message.objects.filter(conversation_id=conversation[0], sender="parent").order_by("id")
    assert [(m.outcome, m.answer_topic) for m in parent] == [
        ("niet_begrepen", ""), ("doorverbonden", "handoff"), ("doorverbonden", "")]
    assert Conversation.objects.get(pk=conversation[0]).state == "waiting"
    # Only parent messages carry an outcome.
    assert not Message.objects.filter(conversation_id=conversation[0]).exclude(sender="parent").exclude(outcome="")
