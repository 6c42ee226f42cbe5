"""The SWV office's overview of the schools' support profiles: counts per status and who may see it."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from portal.core.models import SWVSettings
from portal.schools.dashboard import (DONE, IN_REVIEW, LATE, NOT_STARTED, dashboard_view, may_view,
                                      profile_progress)
from portal.schools.models import ProfileDeadline, School, SupportProfile, current_school_year

D = datetime.date
YEAR = "2026-2027"
URL = "/admin/schoolprofielen/"


@pytest.fixture
def user_in(django_user_model):
    def make(name, group, **extra):
        user = django_user_model.objects.create_user(username=name, password="geheim-wachtwoord-123", **extra)
        user.groups.add(group)
        return user

    return make


@pytest.fixture
def state(site_for):
    """An SWV in a known state: deadline 16 October, every profile last year's except three schools:
    one done, one in review and one without a profile at all."""
    site = site_for("zuidoostutrecht")
    ProfileDeadline.objects.update_or_create(site=site, school_year=YEAR, defaults={"deadline": D(2026, 10, 16)})
    SupportProfile.objects.filter(school__site=site).update(school_year="2025-2026")
    done, in_review, draft, gone = School.objects.filter(site=site, profile__isnull=False).order_by("name")[:4]
    SupportProfile.objects.filter(pk=done.profile.pk).update(school_year=YEAR, live=True)
    # A draft for this year that was never approved is not done.
    SupportProfile.objects.filter(pk=draft.profile.pk).update(school_year=YEAR, live=False)
    gone.profile.delete()
    return site, done, in_review


def start_review(school, user):
    profile = school.profile
    profile.school_year = YEAR
    profile.save_revision(user=user)
    profile.get_workflow().start(profile, user)


def test_counts_per_status_before_and_after_the_deadline(state, user_in):
    site, done, in_review = state
    start_review(in_review, user_in("coordinator", in_review.editors))
    total = School.objects.filter(site=site).count()

    before = profile_progress(site, YEAR, today=D(2026, 10, 16))
    assert before.deadline == D(2026, 10, 16)
    assert before.counts == {DONE: 1, IN_REVIEW: 1, LATE: 0, NOT_STARTED: total - 2}
    statuses = {school.pk: status for school, status, _ in before.schools}
    assert statuses[done.pk] == DONE and statuses[in_review.pk] == IN_REVIEW

    after = profile_progress(site, YEAR, today=D(2026, 10, 17))
    assert after.counts == {DONE: 1, IN_REVIEW: 1, LATE: total - 2, NOT_STARTED: 0}
    assert after.total == total


def test_without_a_deadline_no_school_is_late(state):
    site, _, _ = state
    progress = profile_progress(site, "2030-2031", today=D(2031, 6, 1))
    assert progress.deadline is None and progress.counts[LATE] == 0


def test_reviewer_sees_only_their_own_swv(client, state, site_for, user_in):
    site, done, _ = state
    own, other = SWVSettings.for_site(site), SWVSettings.for_site(site_for("zuidkennemerland"))
    reviewer = user_in("beoordelaar", own.school_reviewers)
    assert may_view(reviewer)
    client.force_login(reviewer)
    html = client.get(URL, {"jaar": YEAR}).content.decode()
    assert own.short_name in html and other.short_name not in html
    assert "vrijdag 16 oktober 2026" in html
    edit_url = reverse("wagtailsnippets_schools_supportprofile:edit", args=[done.profile.pk])
    assert edit_url == f"/admin/snippets/schools/supportprofile/edit/{done.profile.pk}/"
    assert edit_url in html


def test_school_editor_gets_403(client, rf, state, user_in):
    _, done, _ = state
    editor = user_in("coordinator", done.editors)
    assert not may_view(editor)
    request = rf.get(URL)
    request.user = editor
    with pytest.raises(PermissionDenied):
        dashboard_view(request)
    client.force_login(editor)
    # Wagtail's admin turns PermissionDenied into a 403 for scripts and, for people, a redirect to the
    # dashboard with "you do not have permission": either way the page itself is not shown.
    assert client.get(URL, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    response = client.get(URL)
    assert response.status_code == 302 and response.url == "/admin/"


def test_superuser_sees_every_swv_with_dutch_labels(admin_client, admin_user, state):
    assert may_view(admin_user)
    response = admin_client.get(URL, {"jaar": YEAR})
    assert response.status_code == 200
    html = response.content.decode()
    for swv in SWVSettings.objects.exclude(slug=""):
        assert swv.short_name in html
    for label in ("Voortgang schoolprofielen", "Klaar", "Wacht op goedkeuring", "Te laat", "Nog niet ingediend",
                  "Deadline", "Aantal scholen", "<svg", "<table"):
        assert label in html
    assert 'x="0.00%"' in html  # SVG numbers with a decimal point, not the Dutch comma
    assert "<script" not in html.split('id="main"')[1].split("</main>")[0]  # the chart needs no JavaScript


def test_unknown_year_falls_back_to_the_current_one(admin_client, state):
    html = admin_client.get(URL, {"jaar": "1999-2030"}).content.decode()
    assert f"Schooljaar <strong>{current_school_year(timezone.localdate())}</strong>" in html
    html = admin_client.get(URL, {"jaar": "2030-2031"}).content.decode()
    assert "nog niet bekend" in html
