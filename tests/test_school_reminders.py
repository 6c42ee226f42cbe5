"""Reminder e-mails to schools whose support profile is not ready before the SWV's deadline."""

import datetime
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command

from portal.core.models import SWVSettings
from portal.schools.models import ProfileDeadline, ProfileReminder, School, SupportProfile
from portal.schools.reminders import send_reminders

D = datetime.date
YEAR = "2026-2027"
DEADLINE = D(2026, 10, 16)  # a Friday


@pytest.fixture
def site(site_for):
    site = site_for("zuidoostutrecht")
    # The SWV's own date, so the test does not depend on the herfstvakantie table.
    ProfileDeadline.objects.update_or_create(site=site, school_year=YEAR, defaults={"deadline": DEADLINE})
    # Every profile of this SWV is last year's: nobody is done unless a test says so.
    SupportProfile.objects.filter(school__site=site).update(school_year="2025-2026")
    return site


@pytest.fixture
def editor_of(django_user_model):
    def make(school, name, **extra):
        user = django_user_model.objects.create_user(username=name, email=f"{name}@school.example", **extra)
        user.groups.add(school.editors)
        return user

    return make


def schools(site, n=2):
    return list(School.objects.filter(site=site, profile__isnull=False).order_by("name")[:n])


def mails_to(mailoutbox, address):
    return [m for m in mailoutbox if address in m.to]


def test_reminders_go_out_28_7_and_1_days_before_and_never_twice(site, editor_of, mailoutbox):
    school = schools(site, 1)[0]
    address = editor_of(school, "coordinator").email
    send_reminders(D(2026, 9, 17))  # 29 days before: too early
    assert mails_to(mailoutbox, address) == []

    for today, days in [(D(2026, 9, 18), 28), (D(2026, 10, 9), 7), (D(2026, 10, 15), 1)]:
        send_reminders(today)
        send_reminders(today)  # a second run the same day sends nothing new
        assert len(mails_to(mailoutbox, address)) == [28, 7, 1].index(days) + 1
        assert ProfileReminder.objects.filter(school=school, school_year=YEAR, days_before=days).exists()

    send_reminders(DEADLINE)  # the 1-day reminder already went out
    send_reminders(D(2026, 10, 17))  # after the deadline: nothing
    mails = mails_to(mailoutbox, address)
    assert len(mails) == 3

    mail = mails[0]
    site_url = site.root_url
    assert school.name in mail.subject and school.name in mail.body
    assert YEAR in mail.body and "vrijdag 16 oktober 2026" in mail.body
    assert f"{site_url}/admin/snippets/schools/supportprofile/edit/{school.profile.pk}/" in mail.body
    assert SWVSettings.for_site(site).short_name in mail.body
    assert mail.from_email == settings.DEFAULT_FROM_EMAIL
    assert "over vier weken" in mails[0].subject and "morgen" in mails[2].body


def test_a_late_first_run_sends_only_the_most_urgent_reminder(site, editor_of, mailoutbox):
    school = schools(site, 1)[0]
    address = editor_of(school, "coordinator").email
    send_reminders(D(2026, 10, 12))  # both the 28- and the 7-day moment have passed
    assert len(mails_to(mailoutbox, address)) == 1
    assert "over 4 dagen" in mails_to(mailoutbox, address)[0].body
    recorded = ProfileReminder.objects.filter(school=school, school_year=YEAR)
    assert sorted(recorded.values_list("days_before", flat=True)) == [7, 28]
    send_reminders(D(2026, 10, 13))
    assert len(mails_to(mailoutbox, address)) == 1  # the skipped 28-day one is not sent afterwards


def test_done_and_in_review_schools_get_no_reminder(site, editor_of, mailoutbox):
    done, in_review = schools(site)
    done_address = editor_of(done, "klaar").email
    SupportProfile.objects.filter(pk=done.profile.pk).update(school_year=YEAR, live=True)

    reviewer_user = editor_of(in_review, "ingediend")
    profile = in_review.profile
    profile.school_year = YEAR
    profile.save_revision(user=reviewer_user)
    profile.get_workflow().start(profile, reviewer_user)
    assert profile.workflow_in_progress

    report = send_reminders(D(2026, 9, 18))
    assert mails_to(mailoutbox, done_address) == [] and mails_to(mailoutbox, reviewer_user.email) == []
    assert report.done >= 1 and report.in_review >= 1
    assert not ProfileReminder.objects.filter(school__in=[done, in_review]).exists()


def test_without_a_known_deadline_nothing_is_sent(db, mailoutbox):
    # No SWV has its own date for 2030-2031 and the herfstvakantie of that year is not in the table.
    report = send_reminders(D(2030, 9, 20))
    assert report.sent == 0 and not ProfileReminder.objects.exists()
    assert len(report.no_deadline) == 4
    assert "geen deadline bekend" in str(report)


def test_only_the_schools_own_editors_get_its_reminder(site, editor_of, django_user_model, mailoutbox):
    first, second = schools(site)
    own = editor_of(first, "eigen")
    editor_of(first, "vertrokken", is_active=False)
    without_email = django_user_model.objects.create_user(username="zonder-email")
    without_email.groups.add(first.editors)
    other = editor_of(second, "andere")
    reviewer = django_user_model.objects.create_user(username="swv", email="swv@swv.example")
    reviewer.groups.add(SWVSettings.for_site(site).school_reviewers)

    send_reminders(D(2026, 9, 18))
    first_mails = [m for m in mailoutbox if first.name in m.subject]
    assert [m.to for m in first_mails] == [[own.email]]
    assert [m.to for m in mailoutbox if second.name in m.subject] == [[other.email]]
    assert not mails_to(mailoutbox, reviewer.email)
    assert ProfileReminder.objects.get(school=first, days_before=28).recipients == 1


def test_command_prints_a_summary(site, editor_of, mailoutbox):
    editor_of(schools(site, 1)[0], "coordinator")
    out = StringIO()
    call_command("send_profile_reminders", "--today", "2026-09-18", stdout=out)
    assert "1 herinnering verstuurd" in out.getvalue()
    assert "scholen al klaar" in out.getvalue()
