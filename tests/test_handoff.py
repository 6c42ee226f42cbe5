"""The handoff from the assistant to a Loket adviser: states, moves, the parent's side, e-mail, retention."""

import datetime
import json

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from portal.chat import handoff, retention
from portal.chat.models import CallbackRequest, Conversation, Message, TranscriptAccess
from portal.core.models import SWVSettings

State = Conversation.State


@pytest.fixture
def zk(site_for):
    return site_for("zuidkennemerland")


@pytest.fixture
def adviser(django_user_model, zk):
    def make(username="sam", first_name="Sam", site=None):
        user = django_user_model.objects.create_user(username=username, password="geheim-wachtwoord-123",
                                                     first_name=first_name, email=f"{username}@example.org")
        user.groups.add(SWVSettings.for_site(site or zk).loket_group)
        return user

    return make


@pytest.fixture
def chat(zk):
    conversation = Conversation.objects.create(site=zk, token_hash="x")
    Message.objects.create(conversation=conversation, sender=Message.Sender.PARENT, text="hoe vraag ik een tlv aan")
    return conversation


def texts(conversation, sender=Message.Sender.SYSTEM):
    return [m.text for m in conversation.messages.filter(sender=sender)]


def test_handoff_moves_a_bot_chat_to_waiting_once_and_tells_the_parent(chat):
    assert handoff.hand_off(chat, "assistent")
    assert not handoff.hand_off(chat, "assistent")  # already handed over: nothing happens twice
    chat.refresh_from_db()
    assert chat.state == State.WAITING and chat.handed_off_at and chat.handoff_reason == "assistent"
    assert len(texts(chat)) == 1
    # No office hours are set and no adviser is online: the parent is offered a call-back, never a dead end.
    assert "terugbel" in texts(chat)[0].lower() or "gegevens achter" in texts(chat)[0]


def test_handoff_mails_the_loket_without_what_the_parent_wrote(chat, adviser, mailoutbox, django_capture_on_commit_callbacks):
    adviser()
    with django_capture_on_commit_callbacks(execute=True):
        handoff.hand_off(chat, "assistent")
    [mail] = mailoutbox
    assert mail.to == ["sam@example.org"]
    assert f"/admin/loket/{chat.pk}/" in mail.body
    assert "tlv" not in mail.body.lower()


def test_a_child_out_of_school_makes_the_chat_urgent(zk):
    chat = Conversation.objects.create(site=zk, token_hash="x")
    Message.objects.create(conversation=chat, sender=Message.Sender.PARENT, text="mijn dochter zit al weken thuis")
    handoff.hand_off(chat, "ouder")
    chat.refresh_from_db()
    assert chat.urgent and chat.urgent_reason


def test_with_an_adviser_online_the_parent_hears_who_answers_and_how_long(chat, adviser, client, zk):
    client.force_login(adviser())
    client.get("/admin/loket/", HTTP_HOST=zk.hostname)  # the inbox is open: someone is there
    handoff.hand_off(chat, "assistent")
    assert "neemt dit gesprek over" in texts(chat)[0] and "minuten" in texts(chat)[0]


def test_claim_reply_transfer_hand_back_and_close(chat, adviser):
    sam, kim = adviser(), adviser("kim", "Kim")
    handoff.hand_off(chat, "ouder")
    with pytest.raises(handoff.HandoffError):
        handoff.reply(chat, sam, "nog niet overgenomen")
    handoff.claim(chat, sam)
    assert chat.state == State.STAFF and chat.assigned_to == sam
    message = handoff.reply(chat, sam, "Goedemiddag, ik ben Sam.")
    assert message.as_json()["author"] == "Sam"
    with pytest.raises(handoff.HandoffError):
        handoff.reply(chat, kim, "ik ben niet aan de beurt")
    handoff.transfer(chat, sam, kim)
    assert chat.assigned_to == kim
    handoff.hand_back(chat, kim)
    assert chat.state == State.BOT and chat.assigned_to is None
    handoff.hand_off(chat, "ouder")
    handoff.claim(chat, kim)
    with pytest.raises(handoff.HandoffError):
        handoff.close(chat, kim, outcome="")  # an outcome is required
    handoff.close(chat, kim, outcome="answered")
    assert chat.state == State.CLOSED and chat.outcome == "answered" and chat.closed_at
    assert set(TranscriptAccess.objects.filter(conversation_id=chat.pk).values_list("action", flat=True)) >= {
        "claim", "transfer", "hand_back", "close"}


def test_two_advisers_claiming_the_same_chat_one_wins(chat, adviser):
    sam, kim = adviser(), adviser("kim", "Kim")
    handoff.hand_off(chat, "ouder")
    seen_by_sam = Conversation.objects.get(pk=chat.pk)
    seen_by_kim = Conversation.objects.get(pk=chat.pk)  # both opened the chat while it was waiting
    handoff.claim(seen_by_sam, sam)
    with pytest.raises(handoff.HandoffError, match="al overgenomen"):
        handoff.claim(seen_by_kim, kim)
    chat.refresh_from_db()
    assert chat.assigned_to == sam


def test_two_advisers_in_two_admin_sessions_one_gets_the_chat(chat, adviser, client, django_user_model, zk):
    from django.test import Client

    handoff.hand_off(chat, "ouder")
    sessions = []
    for name in ("sam", "kim"):
        session = Client(HTTP_HOST=zk.hostname)
        session.force_login(adviser(name, name.title()))
        session.get(f"/admin/loket/{chat.pk}/")
        sessions.append(session)
    first = sessions[0].post(f"/admin/loket/{chat.pk}/overnemen/", HTTP_ACCEPT="application/json")
    second = sessions[1].post(f"/admin/loket/{chat.pk}/overnemen/", HTTP_ACCEPT="application/json")
    assert first.status_code == 200 and second.status_code == 409
    assert "al overgenomen door Sam" in second.json()["error"]
    chat.refresh_from_db()
    assert chat.assigned_to.username == "sam"


def test_the_bot_stays_silent_while_an_adviser_answers(chat, adviser, client, zk):
    from portal.chat import services

    handoff.hand_off(chat, "ouder")
    handoff.claim(chat, adviser())
    produced = services.post_parent_message(conversation=chat, text="dank u, nog een vraag")
    assert [m.sender for m in produced] == [Message.Sender.PARENT]  # Rasa is not even asked


def test_parent_sees_the_adviser_and_shares_or_refuses_the_summary(zk, adviser):
    from django.test import Client

    parent = Client(HTTP_HOST=zk.hostname)
    created = parent.post("/api/chat/conversations/").json()
    headers = {"HTTP_X_CHAT_TOKEN": created["token"]}
    base = f"/api/chat/conversations/{created['id']}"
    turn = parent.post(f"{base}/adviser/", **headers).json()
    assert turn["state"] == "waiting" and turn["loket"]["available"] is False
    turn = parent.post(f"{base}/summary/", json.dumps({"summary": "Vraag over een tlv voor mijn zoon"}),
                       content_type="application/json", **headers).json()
    chat = Conversation.objects.get(pk=created["id"])
    assert chat.summary_choice == "shared" and chat.summary == "Vraag over een tlv voor mijn zoon"
    parent.post(f"{base}/summary/", json.dumps({"share": False}), content_type="application/json", **headers)
    chat.refresh_from_db()
    assert chat.summary_choice == "refused" and chat.summary == ""
    handoff.claim(chat, adviser())
    turn = parent.get(f"{base}/messages/?after=0", **headers).json()
    assert turn["state"] == "staff" and turn["loket"]["adviser"] == "Sam"


def test_callback_request_needs_a_way_to_reach_the_parent(zk, mailoutbox, adviser, django_capture_on_commit_callbacks):
    adviser()
    with pytest.raises(handoff.HandoffError, match="naam"):
        handoff.leave_callback(zk, None, {"phone": "0612345678"})
    with pytest.raises(handoff.HandoffError, match="telefoonnummer of een e-mailadres"):
        handoff.leave_callback(zk, None, {"name": "Anna"})
    with pytest.raises(handoff.HandoffError, match="telefoonnummer klopt niet"):
        handoff.leave_callback(zk, None, {"name": "Anna", "phone": "bel me"})
    with pytest.raises(handoff.HandoffError, match="e-mailadres klopt niet"):
        handoff.leave_callback(zk, None, {"name": "Anna", "email": "anna@"})
    with django_capture_on_commit_callbacks(execute=True):
        request = handoff.leave_callback(zk, None, {"name": " Anna ", "phone": "06-12345678", "best_moment": "ochtend"})
    assert request.name == "Anna" and request.status == CallbackRequest.Status.OPEN
    assert len(mailoutbox) == 1 and "Anna" not in mailoutbox[0].body


def test_rating_only_after_closing_and_from_1_to_5(chat):
    with pytest.raises(handoff.HandoffError):
        handoff.rate(chat, 4)
    handoff.close(chat)
    for bad in (0, 6, "5", True, None):
        with pytest.raises(handoff.HandoffError):
            handoff.rate(chat, bad)
    handoff.rate(chat, 5)
    chat.refresh_from_db()
    assert chat.rating == 5


def test_parent_deletes_the_conversation_and_its_token_stops_working(zk):
    from django.test import Client

    parent = Client(HTTP_HOST=zk.hostname)
    created = parent.post("/api/chat/conversations/").json()
    headers = {"HTTP_X_CHAT_TOKEN": created["token"]}
    assert parent.delete(f"/api/chat/conversations/{created['id']}/", **headers).status_code == 204
    assert not Conversation.objects.filter(pk=created["id"]).exists()
    assert parent.get(f"/api/chat/conversations/{created['id']}/messages/", **headers).status_code == 404
    assert parent.delete(f"/api/chat/conversations/{created['id']}/", **headers).status_code == 404


def test_retention_purge_removes_only_what_is_past_each_swvs_term(zk, site_for):
    now = timezone.now()
    zou = site_for("zuidoostutrecht")
    SWVSettings.objects.filter(site=zou).update(retention_days=30)
    old = Conversation.objects.create(site=zk, token_hash="x")
    recent = Conversation.objects.create(site=zk, token_hash="x")
    zou_chat = Conversation.objects.create(site=zou, token_hash="x")
    Conversation.objects.filter(pk=old.pk).update(updated=now - datetime.timedelta(days=91))
    Conversation.objects.filter(pk=recent.pk).update(updated=now - datetime.timedelta(days=89))
    Conversation.objects.filter(pk=zou_chat.pk).update(updated=now - datetime.timedelta(days=31))
    callback = CallbackRequest.objects.create(site=zk, conversation=recent, name="A", phone="0612345678")
    CallbackRequest.objects.filter(pk=callback.pk).update(updated=now - datetime.timedelta(days=100))
    report = retention.purge(now)
    assert not Conversation.objects.filter(pk__in=[old.pk, zou_chat.pk]).exists()
    assert Conversation.objects.filter(pk=recent.pk).exists()
    assert not CallbackRequest.objects.filter(pk=callback.pk).exists()
    assert report.conversations >= 2 and report.callbacks >= 1
    assert retention.purge(now).conversations == 0  # safe to run again


def test_inbox_shows_an_adviser_only_their_own_swvs_chats(chat, adviser, zk, site_for):
    from django.test import Client

    zou = site_for("zuidoostutrecht")
    handoff.hand_off(chat, "ouder")
    theirs = Conversation.objects.create(site=zou, token_hash="x")
    handoff.hand_off(theirs, "ouder")
    session = Client(HTTP_HOST=zk.hostname)
    session.force_login(adviser())
    queue = session.get("/admin/loket/").content.decode()
    assert chat.pk[:8] in queue and theirs.pk[:8] not in queue
    for path in ("", "berichten/", ):
        assert session.get(f"/admin/loket/{theirs.pk}/{path}").status_code == 404
    for path in ("overnemen/", "antwoord/", "notitie/", "afsluiten/", "terug-naar-assistent/"):
        assert session.post(f"/admin/loket/{theirs.pk}/{path}", {"text": "x", "outcome": "answered"}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.state == State.WAITING
    assert "Loket-inbox (1 wachtend)" in session.get("/admin/").content.decode()


def test_someone_outside_every_loket_cannot_open_the_inbox(chat, django_user_model, zk):
    from django.test import Client

    editor = django_user_model.objects.create_user(username="redacteur", password="geheim-wachtwoord-123")
    editor.groups.add(Group.objects.get(name=f"{zk.site_name}: redacteuren"))
    session = Client(HTTP_HOST=zk.hostname)
    session.force_login(editor)
    assert session.get("/admin/loket/").status_code in (302, 403)
    assert session.get(f"/admin/loket/{chat.pk}/").status_code in (302, 403)
    assert "Loket-inbox" not in session.get("/admin/").content.decode()


def test_opening_a_transcript_is_logged(chat, adviser, zk):
    from django.test import Client

    session = Client(HTTP_HOST=zk.hostname)
    sam = adviser()
    session.force_login(sam)
    session.get(f"/admin/loket/{chat.pk}/")
    assert TranscriptAccess.objects.filter(conversation_id=chat.pk, user=sam, action="view").exists()


def test_an_english_conversation_is_handed_over_in_english_and_the_inbox_shows_its_language(zk, adviser):
    from django.test import Client

    chat = Conversation.objects.create(site=zk, token_hash="x")
    Message.objects.create(conversation=chat, sender=Message.Sender.PARENT, text="can I apply for a TLV myself",
                           lang="en")
    dutch = Conversation.objects.create(site=zk, token_hash="y")
    Message.objects.create(conversation=dutch, sender=Message.Sender.PARENT, text="kan ik zelf een tlv aanvragen")
    handoff.hand_off(chat, "assistent")
    handoff.hand_off(dutch, "assistent")
    [told] = chat.messages.filter(sender=Message.Sender.SYSTEM)
    assert told.lang == "en" and told.text.startswith("No adviser of the Loket is available right now.")
    assert dutch.messages.get(sender=Message.Sender.SYSTEM).lang == "nl"
    sam = adviser()
    session = Client(HTTP_HOST=zk.hostname)
    session.force_login(sam)
    queue = session.get("/admin/loket/").content.decode()
    assert queue.count("Taal: Engels") == 1
    detail = session.get(f"/admin/loket/{chat.pk}/").content.decode()
    assert "Antwoord in het Engels" in detail and 'lang="en"' in detail
    assert "Antwoord in het Engels" not in session.get(f"/admin/loket/{dutch.pk}/").content.decode()
    handoff.claim(chat, sam)
    assert chat.messages.filter(sender=Message.Sender.SYSTEM).last().text.startswith("Sam of the Loket is here now")
    assert handoff.reply(chat, sam, "Yes, you can. I will send you the form.").lang == "en"
    assert handoff.reply(chat, sam, "ok").lang == "en"  # too short to tell: the parent's language


def test_the_inbox_asks_the_adviser_to_answer_a_parent_in_another_language_in_english(zk, adviser):
    from django.test import Client

    chat = Conversation.objects.create(site=zk, token_hash="x")
    Message.objects.create(conversation=chat, sender=Message.Sender.PARENT, text="Oğlum okula gidemiyor", lang="tr")
    handoff.hand_off(chat, "assistent")
    assert chat.messages.get(sender=Message.Sender.SYSTEM).lang == "en"
    session = Client(HTTP_HOST=zk.hostname)
    session.force_login(adviser())
    assert "Taal: Turks" in session.get("/admin/loket/").content.decode()
    assert "Turks: de ouder schrijft Turks" in session.get(f"/admin/loket/{chat.pk}/").content.decode()
