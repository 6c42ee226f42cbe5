"""The review list in the admin (portal/learning/review.py): which parent messages it shows, who may see them
(another SWV's staff get 404 on every review URL), and labelling end to end: the stored text has no personal data,
an edit of the preview is kept, a labelled message leaves the list, reading the conversation is logged."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from portal.answers.models import Topic
from portal.chat import handoff, signals
from portal.chat.models import Conversation, Message, TranscriptAccess
from portal.core.models import SWVSettings
from portal.learning import selection
from portal.learning.models import LabelledExample

PASSWORD = "geheim-wachtwoord-123"
HUMAN = {"title": "Een adviseur spreken", "payload": "/request_human"}


@pytest.fixture
def zk(site_for):
    return site_for("zuidkennemerland")


@pytest.fixture
def zou(site_for):
    return site_for("zuidoostutrecht")


@pytest.fixture
def staff(django_user_model):
    """A user in one SWV's Loket ("loket") or eindredactie ("eindredactie") group, or an administrator."""
    def make(site=None, role="loket", username=None):
        username = username or f"{role}-{site.pk if site else 'admin'}"
        if site is None:
            return django_user_model.objects.create_superuser(username=username, password=PASSWORD)
        user = django_user_model.objects.create_user(username=username, password=PASSWORD, first_name="Sam")
        swv = SWVSettings.for_site(site)
        user.groups.add(swv.loket_group if role == "loket" else swv.school_reviewers)
        return user
    return make


def session(user, site):
    client = Client(HTTP_HOST=site.hostname)
    client.force_login(user)
    return client


class Chat:
    """A conversation built turn by turn, with the outcomes portal/chat/outcomes.py would have stored."""

    def __init__(self, site, rating=None):
        self.conversation = Conversation.objects.create(site=site, token_hash="x", rating=rating)

    def turn(self, text, outcome, topic="", reply="Een antwoord.", buttons=()) -> Message:
        parent = Message.objects.create(conversation=self.conversation, sender="parent", text=text, outcome=outcome,
                                        answer_topic=topic)
        if outcome != "doorverbonden" or topic == "handoff":
            Message.objects.create(conversation=self.conversation, sender="bot", text=reply, topic=topic,
                                   buttons=list(buttons))
        signals.turn_ended.send(sender=Message, message=parent)  # as portal/chat/services.py does
        return parent

    def rate(self, score):
        """Closed by the parent, then rated (the only way a chat gets a rating)."""
        handoff.close(self.conversation)
        handoff.rate(self.conversation, score)


def listed(site_ids):
    """The list's messages; the rules as one query (selection.to_review) must say the same."""
    shown = set(selection.to_do(site_ids).values_list("message__text", flat=True))
    assert shown == set(selection.to_review(site_ids).filter(labelled_example__isnull=True)
                        .values_list("text", flat=True))
    return shown


# --- the selection rules -----------------------------------------------------------------------------------------

def test_the_list_holds_exactly_the_messages_the_assistant_did_not_serve_well(zk):
    good = Chat(zk, rating=5)
    good.turn("wat is een tlv", "beantwoord", "tlv")
    good.turn("dank je", "beantwoord", "thanks")

    missed = Chat(zk)
    missed.turn("mijn kind krijgt geen rugzakje meer", "niet_begrepen", "fallback", buttons=[HUMAN])
    missed.turn("wie betaalt de taxi", "verduidelijkt", "fallback",
                buttons=[{"title": "Leerlingenvervoer", "payload": "/leerlingenvervoer"}, HUMAN])
    missed.turn("huh dat bedoel ik niet", "doorverbonden", "handoff")  # failed twice: the assistant handed over
    missed.turn("hallo?", "doorverbonden", "")  # to the Loket: not the assistant's

    asked_for_person = Chat(zk)
    asked_for_person.turn("mag school mijn zoon weigeren", "beantwoord", "zorgplicht")
    asked_for_person.turn("ik wil iemand spreken", "doorverbonden", "handoff")

    out_of_scope = Chat(zk)
    out_of_scope.turn("wat is het weer morgen", "buiten_bereik", "out_of_scope")
    out_of_scope.turn("ik wil een mens", "doorverbonden", "handoff")  # after out of scope, not after an answer

    low = Chat(zk, rating=2)
    low.turn("hoe lang duurt een tlv", "beantwoord", "tlv_duur")
    low.turn("ik wil een adviseur", "doorverbonden", "handoff")
    low.turn("ben je daar", "doorverbonden", "")  # written to the adviser

    one_star = Chat(zk, rating=1)
    one_star.turn("wat is passend onderwijs", "beantwoord", "passend_onderwijs")

    unfinished = Chat(zk)
    Message.objects.create(conversation=unfinished.conversation, sender="parent", text="nog bezig", outcome="")

    assert listed({zk.pk}) == {
        "mijn kind krijgt geen rugzakje meer", "wie betaalt de taxi", "huh dat bedoel ik niet",
        "mag school mijn zoon weigeren", "hoe lang duurt een tlv", "ik wil een adviseur", "wat is passend onderwijs"}
    reasons = selection.reasons(list(selection.to_do({zk.pk})))
    by_text = {Message.objects.get(pk=pk).text: why for pk, why in reasons.items()}
    assert by_text["mijn kind krijgt geen rugzakje meer"] == ["Niet begrepen"]
    assert by_text["wie betaalt de taxi"] == ["Alleen onderwerpen als knoppen"]
    assert by_text["huh dat bedoel ik niet"] == ["Doorverbonden na twee keer niet begrepen"]
    assert by_text["mag school mijn zoon weigeren"] == ["Beantwoord, daarna vroeg de ouder om een persoon"]
    assert by_text["hoe lang duurt een tlv"] == ["Beantwoord, daarna vroeg de ouder om een persoon",
                                                 "In een gesprek met een lage waardering (2 van 5)"]
    assert by_text["wat is passend onderwijs"] == ["In een gesprek met een lage waardering (1 van 5)"]


def test_a_rating_given_later_puts_the_chat_on_the_list_and_a_better_one_takes_it_off(zk):
    chat = Chat(zk)
    chat.turn("wat is een opp", "beantwoord", "opp")
    chat.turn("en wie schrijft het", "beantwoord", "opp")
    chat.turn("snap er niks van", "niet_begrepen", "fallback")
    assert listed({zk.pk}) == {"snap er niks van"}
    chat.rate(2)
    assert listed({zk.pk}) == {"wat is een opp", "en wie schrijft het", "snap er niks van"}
    handoff.rate(chat.conversation, 4)  # the parent changed their mind
    assert listed({zk.pk}) == {"snap er niks van"}


def test_an_answered_turn_costs_the_list_one_query_and_a_late_turn_still_counts(zk, django_assert_num_queries):
    chat = Chat(zk)
    answered = Message.objects.create(conversation=chat.conversation, sender="parent", text="wat is een opp",
                                      outcome="beantwoord", answer_topic="opp")
    with django_assert_num_queries(1):  # is a parent message after it? (refresh alone takes five)
        signals.turn_ended.send(sender=Message, message=answered)
    # A turn whose outcome is stored late (the node died, the request came again) after the parent wrote on.
    late = Message.objects.create(conversation=chat.conversation, sender="parent", text="wie betaalt de taxi")
    chat.turn("ik wil iemand spreken", "doorverbonden", "handoff")
    Message.objects.filter(pk=late.pk).update(outcome="beantwoord", answer_topic="leerlingenvervoer")
    late.refresh_from_db()
    signals.turn_ended.send(sender=Message, message=late)
    assert listed({zk.pk}) == {"wie betaalt de taxi"}


def test_turns_through_the_chat_api_reach_the_list(client, zk, assistant_unreachable):
    """The real turn: portal/chat/services.py stores the outcome and tells the list (portal/chat/signals.py)."""
    data = client.post("/api/chat/conversations/", HTTP_HOST=zk.hostname).json()
    client.post(f"/api/chat/conversations/{data['id']}/messages/", data={"text": "waar is het rugzakje gebleven"},
                content_type="application/json", HTTP_HOST=zk.hostname, HTTP_X_CHAT_TOKEN=data["token"])
    assert listed({zk.pk}) == {"waar is het rugzakje gebleven"}  # the assistant could not be reached


def test_a_failing_list_never_breaks_a_parents_turn(client, zk, assistant_unreachable, monkeypatch):
    def broken(ids):
        raise RuntimeError("the review list is broken")

    monkeypatch.setattr(selection, "refresh", broken)
    data = client.post("/api/chat/conversations/", HTTP_HOST=zk.hostname).json()
    response = client.post(f"/api/chat/conversations/{data['id']}/messages/", data={"text": "hallo"},
                           content_type="application/json", HTTP_HOST=zk.hostname, HTTP_X_CHAT_TOKEN=data["token"])
    assert response.status_code == 200
    assert Message.objects.get(conversation_id=data["id"], sender="parent").outcome == "niet_begrepen"


def test_rebuild_gives_the_same_list(zk, zou):
    from portal.learning.models import ReviewItem

    Chat(zk).turn("niet begrepen", "niet_begrepen", "fallback")
    low = Chat(zou, rating=1)
    low.turn("beantwoord maar slecht", "beantwoord", "tlv")
    before = set(ReviewItem.objects.values_list("message_id", "failed_twice", "person_after_answer", "low_rating"))
    assert selection.rebuild() == 2
    assert set(ReviewItem.objects.values_list("message_id", "failed_twice", "person_after_answer",
                                              "low_rating")) == before


def test_filters_by_outcome_topic_and_week(zk, staff):
    old = Chat(zk).turn("oude vraag", "niet_begrepen", "fallback")
    Message.objects.filter(pk=old.pk).update(created=timezone.now() - datetime.timedelta(days=15))
    selection.refresh([old.pk])
    Chat(zk).turn("nieuwe vraag", "verduidelijkt", "fallback", buttons=[{"title": "OPP", "payload": "/opp"}])
    Chat(zk, rating=1).turn("een antwoord dat niet hielp", "beantwoord", "opp")
    client = session(staff(zk), zk)

    def shown(**params):
        page = client.get("/admin/leren/", params).content.decode()
        return {t for t in ("oude vraag", "nieuwe vraag", "een antwoord dat niet hielp") if t in page}

    assert shown() == {"nieuwe vraag", "een antwoord dat niet hielp", "oude vraag"}
    assert shown(uitkomst="verduidelijkt") == {"nieuwe vraag"}
    assert shown(onderwerp="opp") == {"een antwoord dat niet hielp"}
    year, week, _ = (timezone.localdate() - datetime.timedelta(days=15)).isocalendar()
    assert shown(week=f"{year}-W{week:02}") == {"oude vraag"}
    assert shown(week="geen-week") == shown()  # a bad week is no filter


# --- who sees what -------------------------------------------------------------------------------------------------

def test_loket_and_eindredactie_see_their_own_swv_only(zk, zou, staff):
    ours = Chat(zk).turn("vraag in kennemerland", "niet_begrepen", "fallback")
    theirs = Chat(zou).turn("vraag in utrecht", "niet_begrepen", "fallback")
    for user in (staff(zk, "loket"), staff(zk, "eindredactie")):
        client = session(user, zk)
        page = client.get("/admin/leren/")
        assert page.status_code == 200
        assert "vraag in kennemerland" in page.content.decode()
        assert "vraag in utrecht" not in page.content.decode()
        assert "Gesprekken nakijken" in client.get("/admin/").content.decode()
        # Every review URL that names the other SWV or its message does not exist.
        assert client.get("/admin/leren/", {"swv": zou.pk}).status_code == 404
        assert client.get(f"/admin/leren/{theirs.pk}/").status_code == 404
        assert client.post(f"/admin/leren/{theirs.pk}/labelen/",
                           {f"m{theirs.pk}-label": "out_of_scope", f"m{theirs.pk}-text": "x"}).status_code == 404
        assert client.get(f"/admin/leren/{ours.pk}/").status_code == 200
    assert not LabelledExample.objects.filter(message=theirs).exists()
    assert not TranscriptAccess.objects.filter(conversation_id=theirs.conversation_id).exists()


def test_the_beheerder_sees_every_swv_and_can_pick_one(zk, zou, staff):
    Chat(zk).turn("vraag in kennemerland", "niet_begrepen", "fallback")
    Chat(zou).turn("vraag in utrecht", "niet_begrepen", "fallback")
    client = session(staff(), zk)
    page = client.get("/admin/leren/").content.decode()
    assert "vraag in kennemerland" in page and "vraag in utrecht" in page
    page = client.get("/admin/leren/", {"swv": zou.pk}).content.decode()
    assert "vraag in kennemerland" not in page and "vraag in utrecht" in page


def test_someone_outside_the_loket_and_the_eindredactie_gets_404(zk, django_user_model):
    message = Chat(zk).turn("een vraag", "niet_begrepen", "fallback")
    editor = django_user_model.objects.create_user(username="redacteur", password=PASSWORD)
    editor.groups.add(Group.objects.get(name=f"{zk.site_name}: redacteuren"))
    client = session(editor, zk)
    assert client.get("/admin/leren/").status_code == 404
    assert client.get(f"/admin/leren/{message.pk}/").status_code == 404
    assert client.post(f"/admin/leren/{message.pk}/labelen/").status_code == 404
    assert "Gesprekken nakijken" not in client.get("/admin/").content.decode()


def test_a_message_that_is_not_on_the_list_is_not_found(zk, staff):
    answered = Chat(zk, rating=5).turn("wat is een opp", "beantwoord", "opp")
    client = session(staff(zk), zk)
    assert client.get(f"/admin/leren/{answered.pk}/").status_code == 404


# --- labelling end to end ------------------------------------------------------------------------------------------

PERSONAL = ("mijn zoon daan de vries zit op obs de regenboog in hillegom, de juf zegt dat hij geen rugzakje meer "
            "krijgt. bel me op 06-12345678")


def test_labelling_stores_the_text_without_personal_data_and_the_message_leaves_the_list(zk, staff):
    message = Chat(zk).turn(PERSONAL, "niet_begrepen", "fallback", buttons=[HUMAN])
    follows = Chat(zk).turn("wie betaalt de taxi", "niet_begrepen", "fallback")
    sam = staff(zk)
    client = session(sam, zk)
    page = client.get("/admin/leren/").content.decode()
    # The list shows the de-identified text only.
    preview = ("mijn zoon [NAAM] zit op [SCHOOL] in hillegom, de juf zegt dat hij geen rugzakje meer krijgt. "
               "bel me op [TELEFOON]")
    assert preview in page
    for personal in ("daan", "vries", "regenboog", "12345678"):
        assert not re.search(rf"\b{personal}\b", page.lower())
    assert not TranscriptAccess.objects.exists()  # nothing of the parent's own words was shown

    response = client.post(f"/admin/leren/{message.pk}/labelen/", {
        f"m{message.pk}-label": "topic:extra_ondersteuning", f"m{message.pk}-text": preview,
        f"m{message.pk}-note": "", "terug": "uitkomst=niet_begrepen", "volgende": follows.pk})
    assert response.status_code == 302
    example = LabelledExample.objects.get(message=message)
    assert (example.text, example.label, example.topic.key, example.site, example.labelled_by) == (
        preview, "topic", "extra_ondersteuning", zk, sam)
    assert response.url.startswith("/admin/leren/?uitkomst=niet_begrepen&focus=")
    assert f"focus={follows.pk}" in response.url
    page = client.get(response.url).content.decode()
    assert f'id="bericht-{message.pk}"' not in page and f'id="bericht-{follows.pk}"' in page  # it left the list
    assert PERSONAL[:20] not in page
    assert f'id="id_m{follows.pk}-label" required autofocus' in page  # the next message's label, ready to type
    assert 'role="status"' in page and "Extra ondersteuning" in page


def test_an_edit_of_the_preview_is_kept(zk, staff):
    message = Chat(zk).turn("mijn dochter sanne heeft een pgb en de school wil geld", "niet_begrepen", "fallback")
    client = session(staff(zk), zk)
    edited = "mijn dochter heeft een pgb en de school wil geld"
    client.post(f"/admin/leren/{message.pk}/labelen/", {
        f"m{message.pk}-label": "new_topic", f"m{message.pk}-text": edited,
        f"m{message.pk}-note": "pgb en onderwijs"})
    example = LabelledExample.objects.get(message=message)
    assert (example.text, example.label, example.topic, example.note) == (edited, "new_topic", None,
                                                                          "pgb en onderwijs")


def test_personal_data_typed_back_needs_a_check_first(zk, staff):
    message = Chat(zk).turn("hoe zit het met de taxi", "niet_begrepen", "fallback")
    client = session(staff(zk), zk)
    form = {f"m{message.pk}-label": "topic:leerlingenvervoer",
            f"m{message.pk}-text": "hoe zit het met de taxi van sanne, bel 0612345678"}
    response = client.post(f"/admin/leren/{message.pk}/labelen/", form)
    assert response.status_code == 400
    page = response.content.decode()
    assert "persoonsgegevens" in page and "hoe zit het met de taxi van [NAAM], bel [TELEFOON]" in page
    assert not LabelledExample.objects.exists()
    # Staff who are sure (it was a word, not a name) tick the box, and their text is stored as it is.
    form[f"m{message.pk}-text"] = "hoe zit het met de taxi van Sanne Wijers"  # the name of a street, say
    form[f"m{message.pk}-checked"] = "on"
    assert client.post(f"/admin/leren/{message.pk}/labelen/", form).status_code == 302
    assert LabelledExample.objects.get(message=message).text == "hoe zit het met de taxi van Sanne Wijers"


@pytest.mark.parametrize("label, note, error", [
    ("", "", "Kies een label."),
    ("new_topic", "", "Schrijf in de notitie welk nieuw onderwerp dit is."),
    ("topic:bestaat_niet", "", "Kies een label uit de lijst."),
])
def test_a_label_form_with_a_mistake_says_what_to_do(zk, staff, label, note, error):
    message = Chat(zk).turn("een vraag", "niet_begrepen", "fallback")
    client = session(staff(zk), zk)
    response = client.post(f"/admin/leren/{message.pk}/labelen/", {
        f"m{message.pk}-label": label, f"m{message.pk}-text": "een vraag", f"m{message.pk}-note": note})
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not LabelledExample.objects.exists()


def test_each_label_kind(zk, staff):
    client = session(staff(zk), zk)
    for value, kind in (("out_of_scope", "out_of_scope"), ("needs_person", "needs_person"),
                        ("topic:tlv", "topic")):
        message = Chat(zk).turn(f"vraag {value}", "niet_begrepen", "fallback")
        client.post(f"/admin/leren/{message.pk}/labelen/", {
            f"m{message.pk}-label": value, f"m{message.pk}-text": f"vraag {value}"})
        example = LabelledExample.objects.get(message=message)
        assert example.label == kind and (example.topic == Topic.objects.get(key="tlv")) == (kind == "topic")


def test_labelling_twice_keeps_the_first(zk, staff):
    message = Chat(zk).turn("een vraag", "niet_begrepen", "fallback")
    client = session(staff(zk), zk)
    for label in ("out_of_scope", "needs_person"):
        client.post(f"/admin/leren/{message.pk}/labelen/", {
            f"m{message.pk}-label": label, f"m{message.pk}-text": "een vraag"})
    assert list(LabelledExample.objects.values_list("label", flat=True)) == ["out_of_scope"]


def test_the_conversation_shows_the_parents_words_and_the_opening_is_logged(zk, staff):
    chat = Chat(zk)
    chat.turn("hallo", "beantwoord", "greet", reply="Hallo! Waar gaat uw vraag over?")
    message = chat.turn(PERSONAL, "niet_begrepen", "fallback", reply="Ik weet niet zeker wat u bedoelt.")
    sam = staff(zk)
    page = session(sam, zk).get(f"/admin/leren/{message.pk}/").content.decode()
    assert "daan de vries" in page and "Hallo! Waar gaat uw vraag over?" in page
    assert "Ik weet niet zeker wat u bedoelt." in page and 'aria-current="true"' in page
    assert TranscriptAccess.objects.filter(conversation_id=chat.conversation.pk, user=sam, action="review").exists()


def test_a_labelled_example_outlives_the_chat(zk, staff):
    message = Chat(zk).turn(PERSONAL, "niet_begrepen", "fallback")
    client = session(staff(zk), zk)
    client.post(f"/admin/leren/{message.pk}/labelen/", {
        f"m{message.pk}-label": "needs_person", f"m{message.pk}-text": "een vraag zonder naam"})
    other = Chat(zk).turn("nog een vraag", "niet_begrepen", "fallback")
    from portal.learning.models import ReviewItem

    assert ReviewItem.objects.filter(message=other).exists()
    message.conversation.delete()
    other.conversation.delete()  # purged: it leaves the list with its chat
    assert not ReviewItem.objects.exists()
    example = LabelledExample.objects.get()
    assert example.message is None and example.text == "een vraag zonder naam"
    assert client.get(f"/admin/leren/{message.pk}/").status_code == 404


def test_after_the_last_message_of_a_page_the_focus_goes_to_the_one_that_moved_up(zk, staff, monkeypatch):
    from portal.learning import review

    monkeypatch.setattr(review, "PER_PAGE", 2)
    third, second, first = [Chat(zk).turn(f"vraag {n}", "niet_begrepen", "fallback") for n in (3, 2, 1)]
    client = session(staff(zk), zk)
    page = client.get("/admin/leren/").content.decode()
    assert 'name="volgende" value="einde"' in page
    response = client.post(f"/admin/leren/{second.pk}/labelen/", {
        f"m{second.pk}-label": "out_of_scope", f"m{second.pk}-text": "vraag 2", "volgende": "einde"})
    page = client.get(response.url).content.decode()
    assert f'id="id_m{third.pk}-label" required autofocus' in page  # it moved up from the next page
    assert f'id="id_m{first.pk}-label" required>' in page


def test_a_label_given_by_mistake_can_be_undone_by_its_own_swv_only(zk, zou, staff):
    message = Chat(zk).turn("een vraag", "niet_begrepen", "fallback")
    client = session(staff(zk), zk)
    client.post(f"/admin/leren/{message.pk}/labelen/", {
        f"m{message.pk}-label": "out_of_scope", f"m{message.pk}-text": "een vraag"})
    example = LabelledExample.objects.get()
    assert listed({zk.pk}) == set()
    assert session(staff(zou), zou).post(f"/admin/leren/gelabeld/{example.pk}/ongedaan-maken/").status_code == 404
    response = client.post(f"/admin/leren/gelabeld/{example.pk}/ongedaan-maken/")
    assert response.status_code == 302 and f"focus={message.pk}" in response.url
    assert not LabelledExample.objects.exists()
    assert listed({zk.pk}) == {"een vraag"}  # back on the list
