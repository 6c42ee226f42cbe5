"""Progress of the schools' support profiles per SWV: who is done, who waits for approval, who is late.

The SWV office uses this page to see whom to call; the reminder e-mails (reminders.py) use the same statuses,
so the page and the mails never disagree about which school still has work to do."""

import datetime
import re
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site, WorkflowState

from portal.core.models import SWVSettings, reviewed_sites

from .deadlines import deadline_for
from .models import School, SupportProfile, current_school_year

DONE, IN_REVIEW, LATE, NOT_STARTED = "done", "in_review", "late", "not_started"
# Order matters: the chart, the legend and the table follow it. Colours all carry white text at > 4.5:1.
STATUSES = [
    (DONE, "Klaar", "#1e6e3a"),
    (IN_REVIEW, "Wacht op goedkeuring", "#1d5a9e"),
    (LATE, "Te laat", "#a4262c"),
    (NOT_STARTED, "Nog niet ingediend", "#595959"),
]
STATUS_LABELS = {key: label for key, label, _ in STATUSES}


@dataclass
class Progress:
    site: Site
    school_year: str
    deadline: datetime.date | None
    counts: dict = field(default_factory=dict)
    schools: list = field(default_factory=list)  # (school, status, profile or None), by school name

    @property
    def total(self) -> int:
        return len(self.schools)


def profile_progress(site, school_year: str, today: datetime.date | None = None) -> Progress:
    """Each school of the site is in exactly one status, checked in this order:
    done (approved profile for this school year) > in review (workflow running) > late (deadline passed)
    > not started (nothing submitted yet, also a draft or a profile sent back with remarks)."""
    today = today or timezone.localdate()  # Amsterdam's date, not the server's UTC one
    deadline = deadline_for(site, school_year)
    schools = list(School.objects.filter(site=site).select_related("profile").order_by("name"))
    profiles = {s.pk: getattr(s, "profile", None) for s in schools}
    # One query for all running workflows instead of one per profile.
    in_review = set(WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(SupportProfile),
        object_id__in=[str(p.pk) for p in profiles.values() if p],
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).values_list("object_id", flat=True))
    progress = Progress(site=site, school_year=school_year, deadline=deadline,
                        counts={key: 0 for key, _, _ in STATUSES})
    for school in schools:
        profile = profiles[school.pk]
        if profile and profile.live and profile.school_year == school_year:
            status = DONE
        elif profile and str(profile.pk) in in_review:
            status = IN_REVIEW
        elif deadline and today > deadline:
            status = LATE
        else:
            status = NOT_STARTED
        progress.counts[status] += 1
        progress.schools.append((school, status, profile))
    return progress


def may_view(user) -> bool:
    return reviewed_sites(user).exists()


def _school_year(value: str | None) -> str:
    """The ?jaar= value if it is a real school year like 2026-2027; otherwise the current one."""
    match = re.fullmatch(r"(\d{4})-(\d{4})", value or "")
    if match and int(match[2]) == int(match[1]) + 1:
        return value
    return current_school_year(timezone.localdate())


def _chart(progress: Progress) -> list[dict]:
    """Segments of the stacked bar, in percent of the bar's width; empty statuses are left out."""
    segments, offset = [], 0.0
    for key, label, colour in STATUSES:
        count = progress.counts[key]
        if not count:
            continue
        width = 100 * count / progress.total
        # Strings, not floats: the Dutch locale would render 12.5 as "12,5", which SVG does not read.
        segments.append({"key": key, "label": label, "colour": colour, "count": count, "x": f"{offset:.2f}",
                         "width": f"{width:.2f}", "middle": f"{offset + width / 2:.2f}",
                         "show_count": width >= 6})  # a number does not fit in a sliver
        offset += width
    return segments


def dashboard_view(request):
    sites = list(reviewed_sites(request.user).order_by("site_name"))
    if not sites:
        raise PermissionDenied
    school_year = _school_year(request.GET.get("jaar"))
    start = int(school_year[:4])
    swvs = []
    for site in sites:
        progress = profile_progress(site, school_year)
        rows = [{"school": school, "status": status, "label": STATUS_LABELS[status],
                 "edit_url": reverse("wagtailsnippets_schools_supportprofile:edit", args=[profile.pk])
                 if profile else None,
                 "profile_year": profile.school_year if profile else ""}
                for school, status, profile in progress.schools]
        swvs.append({"swv": SWVSettings.for_site(site), "progress": progress, "rows": rows,
                     "segments": _chart(progress) if progress.total else [],
                     "counts": [(key, label, colour, progress.counts[key]) for key, label, colour in STATUSES]})
    return render(request, "schools/admin/dashboard.html", {
        "swvs": swvs, "school_year": school_year,
        "previous_year": f"{start - 1}-{start}", "next_year": f"{start + 1}-{start + 2}",
    })
