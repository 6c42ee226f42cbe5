"""'Nog te doen' (portal/answers/content_gaps.py): what an SWV's editors must still fill in or check, for their own
SWV only."""

import datetime

import pytest
from django.contrib.auth.models import Group

from portal.answers.content_gaps import LOCAL_TOPICS, content_gaps
from portal.answers.models import AnswerPage, Topic
from portal.answers.selectors import answer_index
from portal.core.models import SWVSettings
from portal.insights.models import SearchMissDay, SearchMissVisit
from portal.learning.models import LabelledExample

URL = "/admin/nog-te-doen/"


@pytest.fixture
def redacteur(client, site_for, django_user_model):
    site = site_for("zuidkennemerland")
    user = django_user_model.objects.create_user(username="red-zk", password="geheim-wachtwoord-123")
    user.groups.add(Group.objects.get(name=f"{SWVSettings.for_site(site).short_name}: redacteuren"))
    client.force_login(user)
    return site


def test_missing_contact_details_are_listed(site_for):
    site = site_for("zuidkennemerland")
    swv = SWVSettings.for_site(site)
    swv.phone = ""
    swv.save()
    assert "Telefoonnummer voor ouders" in content_gaps(site).missing_contact


def test_an_own_answer_not_reviewed_for_a_year_is_listed(site_for):
    site = site_for("zuidkennemerland")
    own = AnswerPage.objects.child_of(answer_index(site=site)).first()
    gaps = content_gaps(site, today=own.last_reviewed + datetime.timedelta(days=366))
    assert own.pk in [answer.pk for answer in gaps.stale_answers]
    assert own.pk not in [a.pk for a in content_gaps(site, today=own.last_reviewed).stale_answers]


def test_topics_with_local_rules_that_show_the_national_text_are_listed(site_for):
    site = site_for("zuidkennemerland")
    own = set(AnswerPage.objects.child_of(answer_index(site=site)).values_list("topic__key", flat=True))
    listed = {topic.key for topic in content_gaps(site).national_where_local}
    assert listed == set(LOCAL_TOPICS) - own and listed  # the demo SWV has not written all of them


def test_new_topics_labelled_in_the_review_list_are_counted(site_for):
    site, other = site_for("zuidkennemerland"), site_for("noordmiddendrenthe")
    for note in ("zwemles op school", "zwemles op school", "schoolkamp"):
        LabelledExample.objects.create(site=site, text="…", label="new_topic", note=note)
    LabelledExample.objects.create(site=other, text="…", label="new_topic", note="alleen elders")
    LabelledExample.objects.create(site=site, text="wat is een opp", label="topic", topic=Topic.objects.get(key="opp"))
    assert content_gaps(site).asked_without_answer == [("zwemles op school", 2), ("schoolkamp", 1)]


def test_site_searches_that_found_nothing_for_three_visitors_are_listed(site_for):
    site, other = site_for("zuidkennemerland"), site_for("noordmiddendrenthe")
    today = datetime.date.today()
    for visitor in "abc":
        SearchMissVisit.objects.create(site=site, day=today, kind="zoeken", query="zwemles", visitor=visitor)
        SearchMissVisit.objects.create(site=other, day=today, kind="zoeken", query="elders", visitor=visitor)
        SearchMissVisit.objects.create(site=site, day=today, kind="scholen", query="montessori", visitor=visitor)
    SearchMissVisit.objects.create(site=site, day=today, kind="zoeken", query="zeldzaam", visitor="a")
    SearchMissDay.objects.create(site=site, day=today - datetime.timedelta(days=120), kind="zoeken", query="oud",
                                 visitors=5)  # longer ago than 90 days
    assert content_gaps(site, today=today).searched_without_result == [("zwemles", 3)]


def test_the_editor_sees_the_page_of_their_own_swv_only(client, redacteur, site_for):
    page = client.get(URL)
    assert page.status_code == 200
    assert "Nog te doen" in page.content.decode() and redacteur.site_name in page.content.decode()
    assert client.get(URL, {"site": site_for("noordmiddendrenthe").pk}).status_code == 404


def test_someone_who_edits_no_site_gets_no_page(client, django_user_model):
    loket = django_user_model.objects.create_user(username="alleen-loket", password="geheim-wachtwoord-123")
    loket.groups.add(Group.objects.get(name__endswith=": Loket", name__startswith="SWV PO"))
    client.force_login(loket)
    assert client.get(URL).status_code in (302, 403)


def test_the_beheerder_chooses_among_all_swvs(admin_client, site_for):
    other = site_for("noordmiddendrenthe")
    page = admin_client.get(URL, {"site": other.pk}).content.decode()
    assert other.site_name in page and 'name="site"' in page
