"""Inzichten (portal/insights): the daily figures, the CSV export (design.md, "Insights export"), the page, who may
see which SWV, and the counting of answer views and searches that found nothing."""

import csv
import datetime
import io
import zoneinfo

import pytest
from django.core.cache import caches
from django.utils import timezone

from django.contrib.auth.models import Group

from portal.answers.selectors import answer_url, effective_answer
from portal.chat import retention
from portal.chat.models import CallbackRequest, Conversation, Message
from portal.core.models import SWVSettings
from portal.insights import daily, tally
from portal.insights.models import AnswerViewDay, SearchMissDay, SearchMissVisit, StoredThrough, UnansweredDay
from portal.learning.deidentify import deidentifier

AMS = zoneinfo.ZoneInfo("Europe/Amsterdam")
EXPORT = "/admin/inzichten/export.csv"
PAGE = "/admin/inzichten/"
PASSWORD = "geheim-wachtwoord-123"


def at(day: str, clock: str = "12:00") -> datetime.datetime:
    return datetime.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=AMS)


def chat(site, when, turns, *, handed_off=None, claimed=None, reason="assistent", rating=None):
    """A conversation started at `when` whose parent messages got these (topic, outcome) one minute apart."""
    conversation = Conversation.objects.create(site=site, token_hash="x", handoff_reason=reason if handed_off else "",
                                               handed_off_at=handed_off, claimed_at=claimed, rating=rating)
    Conversation.objects.filter(pk=conversation.pk).update(created=when, updated=when)
    for i, (topic, outcome) in enumerate(turns):
        message = Message.objects.create(conversation=conversation, sender="parent", text="Een vraag van een ouder",
                                         outcome=outcome, answer_topic=topic)
        Message.objects.create(conversation=conversation, sender="bot", text="…", topic=topic)
        Message.objects.filter(pk=message.pk).update(created=when + datetime.timedelta(minutes=i))
    return conversation


def csv_lines(response):
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.reader(io.StringIO(response.content.decode("utf-8")), delimiter=";"))


@pytest.fixture
def user_in(django_user_model):
    def make(name, *groups, **extra):
        user = django_user_model.objects.create_user(username=name, password=PASSWORD, **extra)
        user.groups.add(*groups)
        return user

    return make


@pytest.fixture
def swvs(site_for):
    kennemerland, utrecht = site_for("zuidkennemerland"), site_for("zuidoostutrecht")
    return (kennemerland, SWVSettings.for_site(kennemerland)), (utrecht, SWVSettings.for_site(utrecht))


@pytest.fixture
def editor(swvs, user_in):
    """The eindredactie of zuidkennemerland."""
    (_, swv), _ = swvs
    return user_in("eindredacteur", swv.school_reviewers)


@pytest.fixture
def history(swvs):
    """Messages in both SWVs around the start of April 2026 (summer time: UTC+2)."""
    (kennemerland, _), (utrecht, _) = swvs
    chat(kennemerland, at("2026-03-31", "23:30"), [("tlv_aanvragen", "beantwoord"), ("fallback", "verduidelijkt")])
    chat(kennemerland, at("2026-04-01", "00:30"), [("tlv_aanvragen", "beantwoord"), ("tlv_aanvragen", "beantwoord"),
                                                   ("", "niet_begrepen")])
    chat(kennemerland, at("2026-04-01", "09:00"), [("handoff", "doorverbonden"), ("", "doorverbonden")],
         handed_off=at("2026-04-01", "09:01"), claimed=at("2026-04-01", "09:08"), rating=4)
    chat(kennemerland, at("2026-04-02", "10:00"), [("out_of_scope", "buiten_bereik"), ("opp", "")])  # turn going on
    chat(utrecht, at("2026-04-01", "10:00"), [("zorgplicht", "beantwoord")] * 7)
    return kennemerland, utrecht


KENNEMERLAND_LINES = [
    ["datum", "onderwerp", "uitkomst", "aantal"],
    ["2026-03-31", "fallback", "verduidelijkt", "1"],
    ["2026-03-31", "tlv_aanvragen", "beantwoord", "1"],
    ["2026-04-01", "", "doorverbonden", "1"],
    ["2026-04-01", "", "niet_begrepen", "1"],
    ["2026-04-01", "handoff", "doorverbonden", "1"],
    ["2026-04-01", "tlv_aanvragen", "beantwoord", "2"],
    ["2026-04-02", "out_of_scope", "buiten_bereik", "1"],
]


# --- the CSV contract ---

def test_export_has_one_line_per_day_topic_and_outcome_in_amsterdam_days(client, editor, history):
    client.force_login(editor)
    response = client.get(EXPORT, {"van": "2026-03-01", "tot": "2026-04-30"})
    assert csv_lines(response) == KENNEMERLAND_LINES
    assert response.content.decode().startswith("datum;onderwerp;uitkomst;aantal\n")


def test_export_holds_only_the_users_own_swv(client, editor, history, swvs, user_in):
    client.force_login(editor)
    lines = csv_lines(client.get(EXPORT, {"van": "2026-04-01", "tot": "2026-04-01"}))
    assert "zorgplicht" not in {line[1] for line in lines}  # zuidoostutrecht's answers
    assert sum(int(line[3]) for line in lines[1:]) == 5
    _, (_, utrecht) = swvs
    client.force_login(user_in("utrecht", utrecht.school_reviewers))
    assert csv_lines(client.get(EXPORT, {"van": "2026-04-01", "tot": "2026-04-01"})) == [
        ["datum", "onderwerp", "uitkomst", "aantal"], ["2026-04-01", "zorgplicht", "beantwoord", "7"]]


def test_the_beheerder_gets_every_swv_with_a_site_column(client, history, user_in):
    client.force_login(user_in("beheer", is_superuser=True, is_staff=True))
    lines = csv_lines(client.get(EXPORT, {"van": "2026-03-31", "tot": "2026-04-30"}))
    assert lines[0] == ["site", "datum", "onderwerp", "uitkomst", "aantal"]
    assert lines[1:] == [["zuidkennemerland", *line] for line in KENNEMERLAND_LINES[1:]] + [
        ["zuidoostutrecht", "2026-04-01", "zorgplicht", "beantwoord", "7"]]


def test_a_period_without_messages_is_the_header_alone(client, editor, history):
    client.force_login(editor)
    assert csv_lines(client.get(EXPORT, {"van": "2025-01-01", "tot": "2025-12-31"})) == [
        ["datum", "onderwerp", "uitkomst", "aantal"]]


@pytest.mark.parametrize("params", [{"van": "1-4-2026", "tot": "2026-04-30"}, {"van": "2026-04-01", "tot": "morgen"},
                                    {"van": "2026-02-30", "tot": "2026-04-30"}, {"van": "20260401", "tot": "2026-04-30"},
                                    {"van": "2026-05-01", "tot": "2026-04-01"}])
def test_a_bad_date_is_a_400_in_dutch(client, editor, params):
    client.force_login(editor)
    response = client.get(EXPORT, params)
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "datum" in text and ("jaar-maand-dag" in text or "vroegste" in text)


def test_not_logged_in_goes_to_the_admin_login(client, db):
    for url in (EXPORT + "?van=2026-04-01&tot=2026-04-30", PAGE):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


# --- who sees what ---

def test_other_staff_get_404_on_every_insights_url(client, swvs, user_in, history):
    (_, kennemerland), (_, utrecht) = swvs
    utrecht_editor = user_in("utrecht", utrecht.school_reviewers)
    editors = Group.objects.get(name=f"{kennemerland.short_name}: redacteuren")
    others = [user_in("loket", kennemerland.loket_group), user_in("redacteur", editors), utrecht_editor]
    for user in others:
        client.force_login(user)
        for url in (PAGE + "?site=zuidkennemerland", PAGE + "?site=zuidkennemerland&van=2026-04-01"):
            assert client.get(url).status_code == 404, (user.username, url)
        if user is not utrecht_editor:
            for url in (PAGE, EXPORT, EXPORT + "?van=2026-04-01&tot=2026-04-02"):
                assert client.get(url).status_code == 404, (user.username, url)
    page = client.get(PAGE)
    assert page.status_code == 200 and page.context["site"].hostname == "zuidoostutrecht.localhost"


def test_the_menu_shows_inzichten_to_the_eindredactie_only(client, editor, swvs, user_in):
    client.force_login(editor)
    assert 'Inzichten' in client.get("/admin/").content.decode()
    (_, kennemerland), _ = swvs
    client.force_login(user_in("loket", kennemerland.loket_group))
    assert 'Inzichten' not in client.get("/admin/").content.decode()


# --- the figures ---

def test_the_page_shows_the_swvs_figures(client, editor, history):
    client.force_login(editor)
    response = client.get(PAGE, {"van": "2026-03-30", "tot": "2026-04-05"})
    assert response.status_code == 200
    figures = response.context["figures"]
    assert figures.conversations == 4 and figures.messages == 8
    assert dict((key, count) for key, _, count in figures.outcomes) == {
        "beantwoord": 3, "verduidelijkt": 1, "niet_begrepen": 1, "doorverbonden": 2, "buiten_bereik": 1}
    assert [(key, count) for key, _, count in figures.topics] == [("tlv_aanvragen", 3)]
    assert figures.handed_over == 1 and figures.median_wait_minutes == 7
    assert figures.ratings[3] == (4, 1) and figures.average_rating == 4
    html = response.content.decode()
    assert "<svg" in html and "<table" in html and "export.csv?van=2026-03-30&amp;tot=2026-04-05" in html


def test_the_page_defaults_to_the_last_12_weeks(client, editor):
    client.force_login(editor)
    figures = client.get(PAGE).context["figures"]
    assert len(figures.weeks) == 12 and figures.period.last == timezone.localdate()
    assert figures.period.first.weekday() == 0


def test_a_bad_date_on_the_page_says_so(client, editor):
    client.force_login(editor)
    response = client.get(PAGE, {"van": "gisteren"})
    assert response.status_code == 400
    assert "jaar-maand-dag" in response.content.decode()


# --- stored days: the figures outlive the chats ---

def test_stored_days_give_the_same_figures_and_outlive_the_purge(client, editor, history, swvs):
    client.force_login(editor)
    params = {"van": "2026-03-01", "tot": "2026-04-30"}
    before = client.get(EXPORT, params).content
    page_before = client.get(PAGE, params).context["figures"]
    (kennemerland, _), _ = swvs
    assert daily.store(kennemerland.pk, datetime.date(2026, 4, 1)) > 0
    assert StoredThrough.objects.get(site=kennemerland).day == datetime.date(2026, 4, 1)
    assert client.get(EXPORT, params).content == before  # stored days and days from the chats, together

    retention.purge(now=at("2026-08-01"))  # every chat of April is past its retention period (90 days)
    assert not Conversation.objects.filter(site=kennemerland).exists()
    assert StoredThrough.objects.get(site=kennemerland).day == datetime.date(2026, 7, 29)
    assert client.get(EXPORT, params).content == before
    after = client.get(PAGE, params).context["figures"]
    assert (after.weeks, after.outcomes, after.topics, after.ratings, after.median_wait_minutes) == (
        page_before.weeks, page_before.outcomes, page_before.topics, page_before.ratings,
        page_before.median_wait_minutes)


def test_a_day_is_stored_once_it_is_settled(swvs):
    (kennemerland, _), _ = swvs
    now = timezone.now()
    chat(kennemerland, now - datetime.timedelta(days=5), [("opp", "beantwoord")])
    chat(kennemerland, now, [("opp", "beantwoord")])
    stored = daily.store_settled_days(now)
    assert stored["zuidkennemerland"] >= 3
    assert StoredThrough.objects.get(site=kennemerland).day == timezone.localdate() - datetime.timedelta(days=3)
    assert daily.store_settled_days(now)["zuidkennemerland"] == 0  # idempotent


def test_callback_requests_count_on_their_day(client, editor, swvs):
    (kennemerland, _), _ = swvs
    request = CallbackRequest.objects.create(site=kennemerland, name="Ouder", phone="0612345678")
    CallbackRequest.objects.filter(pk=request.pk).update(created=at("2026-04-01", "08:00"))
    client.force_login(editor)
    assert client.get(PAGE, {"van": "2026-04-01", "tot": "2026-04-01"}).context["figures"].callback_requests == 1


# --- counting answer views and searches that found nothing ---

def test_answer_views_count_also_from_the_page_cache(host_client, settings, site_for):
    settings.CACHES = {**settings.CACHES, "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                                   "LOCATION": "insights-test"}}
    caches["pages"].clear()
    site = site_for("zuidkennemerland")
    url = answer_url(site=site, answer=effective_answer(site=site, key="tlv_aanvragen"))
    client = host_client("zuidkennemerland")
    for _ in range(3):
        assert client.get(url).status_code == 200
    assert len(caches["pages"]._cache) > 0  # the second and third came from the page cache
    assert AnswerViewDay.objects.get(site=site, day=timezone.localdate(), topic="tlv_aanvragen").views == 3
    caches["pages"].clear()


def test_a_search_query_shows_only_once_three_visitors_asked_it(client, editor, host_client, swvs):
    (kennemerland, _), _ = swvs
    visitor = host_client("zuidkennemerland")
    for n, query in enumerate(["Kwallen  Xylofoon", "kwallen xylofoon", "kwallen xylofoon", "Jan de Vries 0612345678",
                               "een heel lange vraag van veel woorden", "iets@example.org"]):
        visitor.get("/zoeken/", {"q": query}, REMOTE_ADDR=f"10.0.0.{n % 2}")
    assert sorted(SearchMissVisit.objects.values_list("query", flat=True)) == ["kwallen xylofoon"] * 2
    client.force_login(editor)
    assert client.get(PAGE).context["figures"].search_misses["zoeken"] == []  # two visitors: not shown
    visitor.get("/zoeken/", {"q": "kwallen, xylofoon!"}, REMOTE_ADDR="10.0.0.9")
    assert client.get(PAGE).context["figures"].search_misses["zoeken"] == [("kwallen xylofoon", 3)]
    daily.store(kennemerland.pk, timezone.localdate())
    assert not SearchMissVisit.objects.exists()
    assert SearchMissDay.objects.get(site=kennemerland).visitors == 3
    assert client.get(PAGE).context["figures"].search_misses["zoeken"] == [("kwallen xylofoon", 3)]


def test_school_searches_that_find_nothing_are_counted(host_client, swvs):
    visitor = host_client("zuidkennemerland")
    visitor.get("/scholen/", {"q": "xyzzy onbekend"})
    assert SearchMissVisit.objects.filter(kind="scholen", query="xyzzy onbekend").count() == 1


@pytest.mark.parametrize("text, kept", [("TLV aanvragen", "tlv aanvragen"), ("a b c d e", ""), ("bel 0612345678", ""),
                                        ("mail@example.org", ""), ("  ", ""), ("postcode 2011", "postcode 2011")])
def test_queries_are_normalised_and_long_or_personal_ones_dropped(text, kept):
    assert tally.normalised_query(text) == kept


# --- the questions the assistant could not answer ---

def ask(site, when, text, outcome="niet_begrepen"):
    conversation = Conversation.objects.create(site=site, token_hash="x")
    Conversation.objects.filter(pk=conversation.pk).update(created=when, updated=when)
    message = Message.objects.create(conversation=conversation, sender="parent", text=text, outcome=outcome)
    Message.objects.filter(pk=message.pk).update(created=when)
    return conversation


def test_questions_not_understood_show_de_identified_once_three_conversations_asked(client, editor, swvs):
    (kennemerland, _), (utrecht, _) = swvs
    client.force_login(editor)
    now = timezone.now()
    ask(kennemerland, now, "Krijgt mijn zoon Daan de Vries nog een rugzakje?")
    ask(kennemerland, now, "krijgt mijn zoon  Sem Jansen nog een rugzakje")
    ask(kennemerland, now, "wat is een rugzakje", outcome="beantwoord")  # understood: not counted
    ask(utrecht, now, "krijgt mijn zoon Bram nog een rugzakje")  # another SWV's
    assert client.get(PAGE).context["figures"].unanswered == []  # two conversations: not shown
    ask(kennemerland, now - datetime.timedelta(days=4), "krijgt mijn zoon Noah Bakker nog een rugzakje???")
    figures = client.get(PAGE).context["figures"]
    assert figures.unanswered == [("krijgt mijn zoon [NAAM] nog een rugzakje", 3)]

    # Stored, it outlives the chats; the page shows the same.
    daily.store(kennemerland.pk, timezone.localdate())
    retention.purge(now=now + datetime.timedelta(days=400))
    assert not Conversation.objects.filter(site=kennemerland).exists()
    today = daily.local_day(now)  # the Dutch day: after 23:00 UTC it is tomorrow's
    page = client.get(PAGE, {"van": (today - datetime.timedelta(days=10)).isoformat(), "tot": today.isoformat()})
    assert page.context["figures"].unanswered == [("krijgt mijn zoon [NAAM] nog een rugzakje", 3)]
    html = page.content.decode()
    assert "krijgt mijn zoon [NAAM] nog een rugzakje" in html and "Daan" not in html and "Noah" not in html


def test_rare_questions_and_searches_are_forgotten_after_the_retention_period(swvs):
    (kennemerland, swv), _ = swvs
    long_ago = timezone.now() - datetime.timedelta(days=swv.retention_days + 30)
    for text in ["wat is een rugzakje", "wat is een rugzakje", "wat is een rugzakje", "iets heel zeldzaams"]:
        ask(kennemerland, long_ago, text)
    daily.store(kennemerland.pk, timezone.localdate() - datetime.timedelta(days=3))
    # A search query rare for one kind of search and asked enough for the other: only the rare one goes.
    for kind, visitors in (("zoeken", 1), ("scholen", 3)):
        SearchMissDay.objects.create(site=kennemerland, day=long_ago.date(), kind=kind, query="kwal", visitors=visitors)
    assert daily.forget_rare_queries(timezone.now()) == 2
    assert list(UnansweredDay.objects.values_list("text", "conversations")) == [("wat is een rugzakje", 3)]
    assert list(SearchMissDay.objects.values_list("kind", "query")) == [("scholen", "kwal")]


@pytest.mark.parametrize("text, kept", [
    ("Bel mij op 06-12345678", "bel mij op [TELEFOON]"),
    ("06-12345678", ""),
    ("???", ""),
    ("Wat is een PGB?", "wat is een pgb"),
    ("woord\n" * 40, ("woord " * 19).strip() + "…"),  # cut before a word, within 120 characters
])
def test_a_question_is_kept_de_identified_short_and_on_one_line(text, kept):
    # The lists from content/ alone: this tests the rules, without a database.
    assert daily._unanswered_text(text, deidentifier(use_database=False)) == kept
