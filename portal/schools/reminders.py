"""Reminder e-mails to schools whose support profile is not ready: 28, 7 and 1 day(s) before the deadline.

Run daily (send_profile_reminders). Each reminder is recorded in ProfileReminder before it goes out, inside a
transaction: the unique constraint stops a second run (or a second server) from sending it again, and a failed
send rolls the record back so the next run tries again."""

import datetime
import logging
import smtplib
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from wagtail.models import Site

from portal.core.models import SWVSettings

from .dashboard import DONE, IN_REVIEW, profile_progress
from .deadlines import deadline_for
from .models import ProfileReminder, School, current_school_year

REMINDER_DAYS = (28, 7, 1)
log = logging.getLogger(__name__)


@dataclass
class Report:
    sent: int = 0  # e-mails (one per school, to all its editors)
    done: int = 0
    in_review: int = 0
    already_sent: int = 0
    no_recipients: list = field(default_factory=list)  # schools nobody can be mailed for
    no_deadline: list = field(default_factory=list)  # SWV names
    failed: list = field(default_factory=list)  # schools whose mail could not be sent; tried again next run

    def __str__(self):
        text = (f"{self.sent} {'herinnering' if self.sent == 1 else 'herinneringen'} verstuurd, "
                f"{self.done} scholen al klaar, {self.in_review} scholen wachten op goedkeuring, "
                f"{self.already_sent} scholen al eerder herinnerd")
        if self.no_recipients:  # the names may be many; the command lists them with -v 2
            text += f", {len(self.no_recipients)} scholen zonder ontvanger"
        if self.failed:
            text += f", {len(self.failed)} niet gelukt ({', '.join(self.failed)})"
        for name in self.no_deadline:
            text += f". {name}: geen deadline bekend, niets verstuurd"
        return text + "."


def dutch_date(day: datetime.date) -> str:
    """'vrijdag 16 oktober 2026', whatever language happens to be active."""
    with translation.override("nl"):
        return formats.date_format(day, "l j F Y")


def recipients(school: School) -> list[str]:
    if school.editors_id is None:
        return []
    users = get_user_model().objects.filter(groups=school.editors_id, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def in_words(days: int) -> str:
    """How far off the deadline is; counted from today, as a late first run may send a reminder later."""
    return {0: "vandaag", 1: "morgen", 7: "over een week", 14: "over twee weken", 28: "over vier weken"}.get(
        days, f"over {days} dagen")


def message(school, profile, school_year, deadline, today, swv) -> tuple[str, str]:
    when = in_words((deadline - today).days)
    ask = swv.short_name + (f" via {swv.email}" if swv.email else "")
    if profile:
        where = (f"Hier vult u het profiel in:\n"
                 f"{school.site.root_url}/admin/snippets/schools/supportprofile/edit/{profile.pk}/")
    else:  # a school may change its profile but not add one: the SWV sets it up
        where = f"Uw school heeft nog geen profiel in het systeem. Vraag {ask} om het voor u klaar te zetten."
    subject = f"Herinnering: het ondersteuningsprofiel van {school.name} moet {when} klaar zijn"
    body = (
        f"Beste ondersteuningscoördinator,\n\n"
        f"Het ondersteuningsprofiel van {school.name} voor schooljaar {school_year} is nog niet klaar.\n"
        f"Het moet uiterlijk op {dutch_date(deadline)} klaar zijn. Dat is {when}.\n\n"
        f"Klaar betekent: u heeft het profiel ingevuld en ingediend, en het samenwerkingsverband heeft het "
        f"goedgekeurd. Ouders zien daarna het nieuwe profiel op de website.\n\n"
        f"{where}\n\n"
        f"Heeft u een vraag? Neem contact op met {ask}.\n\n"
        f"Met vriendelijke groet,\n{swv.short_name}\n"
    )
    return subject, body


def send_reminders(today: datetime.date | None = None) -> Report:
    today = today or timezone.localdate()  # Amsterdam's date, not the server's UTC one
    school_year = current_school_year(today)
    report = Report()
    for site in Site.objects.filter(schools__isnull=False).distinct().order_by("site_name"):
        swv = SWVSettings.for_site(site)
        deadline = deadline_for(site, school_year)
        if deadline is None:
            report.no_deadline.append(swv.short_name or site.site_name)
            continue
        # Moments already reached; after the deadline there is nothing left to remind of.
        due = [d for d in REMINDER_DAYS if deadline - datetime.timedelta(days=d) <= today <= deadline]
        if not due:
            continue
        for school, status, profile in profile_progress(site, school_year, today).schools:
            if status == DONE:
                report.done += 1
            elif status == IN_REVIEW:
                report.in_review += 1
            else:
                _remind(school, profile, school_year, deadline, today, due, swv, report)
    return report


def _remind(school, profile, school_year, deadline, today, due, swv, report):
    urgent = min(due)  # only the most urgent of the reached moments is sent
    if ProfileReminder.objects.filter(school=school, school_year=school_year, days_before__lte=urgent).exists():
        report.already_sent += 1  # this one, or a more urgent one, went out before
        return
    emails = recipients(school)
    if not emails:
        report.no_recipients.append(school.name)  # not recorded: sent once someone is added to the group
        return
    subject, body = message(school, profile, school_year, deadline, today, swv)
    try:
        with transaction.atomic():
            ProfileReminder.objects.create(school=school, school_year=school_year, days_before=urgent,
                                           recipients=len(emails))
            # The earlier moments that were missed are recorded too, so they are never sent afterwards.
            ProfileReminder.objects.bulk_create(
                [ProfileReminder(school=school, school_year=school_year, days_before=d) for d in due if d != urgent],
                ignore_conflicts=True)
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, emails)
    except IntegrityError:  # another run claimed it at the same moment
        report.already_sent += 1
        return
    except (smtplib.SMTPException, OSError):  # the record was rolled back; one bad address must not stop the rest
        log.exception("profile reminder for school %s not sent", school.pk)
        report.failed.append(school.name)
        return
    report.sent += 1
