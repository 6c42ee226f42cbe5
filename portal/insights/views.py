"""The Inzichten pages in the admin: the overview of one SWV and the CSV export (design.md, "Insights export").

An SWV's eindredactie sees its own SWV; the beheerder every SWV, one at a time on the page and all of them in the
CSV. For everyone else, every Inzichten URL does not exist (404), also for another SWV's staff."""

import csv
import datetime
import re

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.models import Site

from portal.core.models import SWVSettings, reviewed_sites

from . import charts
from .models import SearchKind
from .selectors import Period, default_period, export_rows, overview

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_DAYS = 3 * 366


class BadPeriod(ValueError):
    pass


def _date(params, name) -> datetime.date | None:
    value = params.get(name, "").strip()
    if not value:
        return None
    try:
        if not DATE.fullmatch(value):
            raise ValueError
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise BadPeriod(f"De datum bij '{name}' klopt niet: {value[:20]!s}. "
                        "Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-03-31.") from None


def period_of(params, today: datetime.date) -> Period:
    """van and tot (both days count); what is left out: the last 12 weeks up to today."""
    default = default_period(today)
    first, last = _date(params, "van") or default.first, _date(params, "tot") or default.last
    if first > last:
        raise BadPeriod("De datum bij 'van' ligt na de datum bij 'tot'. Kies eerst de vroegste datum.")
    if (last - first).days >= MAX_DAYS:
        raise BadPeriod("Kies een periode van hoogstens drie jaar.")
    return Period(first, last)


def _sites(user) -> list[tuple[Site, SWVSettings]]:
    """The SWVs whose figures this user may see, by name; none: the page does not exist for them."""
    sites = reviewed_sites(user)
    settings = {s.site_id: s for s in SWVSettings.objects.filter(site__in=sites)}
    found = sorted(((site, settings[site.pk]) for site in sites if site.pk in settings), key=lambda p: p[1].short_name)
    if not found:
        raise Http404
    return found


def overview_view(request):
    sites = _sites(request.user)
    chosen = request.GET.get("site")
    site, swv = next(((s, w) for s, w in sites if w.slug == chosen), (None, None)) if chosen else sites[0]
    if site is None:
        raise Http404  # another SWV's figures do not exist for this user
    context = {"sites": sites, "site": site, "swv": swv, "van": request.GET.get("van", ""),
               "tot": request.GET.get("tot", "")}
    try:
        period = period_of(request.GET, timezone.localdate())
    except BadPeriod as problem:
        return TemplateResponse(request, "insights/admin/overview.html", {**context, "problem": str(problem)},
                                status=400)
    figures = overview(site=site, period=period)
    week_rows = [(f"wk {week.isocalendar()[1]}", week, conversations, messages)
                 for week, conversations, messages in figures.weeks]
    context.update({
        "figures": figures, "van": period.first.isoformat(), "tot": period.last.isoformat(), "week_rows": week_rows,
        "conversation_chart": charts.columns([(label, conversations) for label, _, conversations, _ in week_rows]),
        "message_chart": charts.columns([(label, messages) for label, _, _, messages in week_rows]),
        "topic_chart": charts.bars([(label, count) for _, label, count in figures.topics]),
        "outcome_chart": charts.bars([(label, count) for _, label, count in figures.outcomes]),
        "handover_chart": charts.bars(figures.handovers),
        "rating_chart": charts.bars([(f"{score} van 5", count) for score, count in figures.ratings]),
        "answer_chart": charts.bars(figures.answers_opened),
        "unanswered_chart": charts.bars(figures.unanswered),
        "search_sections": [(f"chart-search-{kind}", label, figures.search_misses[kind],
                             charts.bars(figures.search_misses[kind])) for kind, label in SearchKind.choices],
    })
    return TemplateResponse(request, "insights/admin/overview.html", context)


def export_view(request):
    """GET /admin/inzichten/export.csv?van=YYYY-MM-DD&tot=YYYY-MM-DD (contract)."""
    sites = _sites(request.user)
    try:
        period = period_of(request.GET, timezone.localdate())
    except BadPeriod as problem:
        return HttpResponse(str(problem), status=400, content_type="text/plain; charset=utf-8")
    # The beheerder gets every SWV with a first column `site`; so does anyone whose export spans several SWVs.
    with_site = request.user.is_superuser or len(sites) > 1
    slugs = {site.pk: swv.slug for site, swv in sites}
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = "alle-swv" if with_site else sites[0][1].slug
    response["Content-Disposition"] = (f'attachment; filename="inzichten-{name}-{period.first.isoformat()}-'
                                       f'{period.last.isoformat()}.csv"')
    writer = csv.writer(response, delimiter=";", lineterminator="\n")
    writer.writerow((["site"] if with_site else []) + ["datum", "onderwerp", "uitkomst", "aantal"])
    rows = export_rows(site_ids=list(slugs), period=period)
    rows.sort(key=lambda row: (slugs[row[0]], row[1:]))
    for site_id, day, topic, outcome, count in rows:
        writer.writerow(([slugs[site_id]] if with_site else []) + [day.isoformat(), topic, outcome, count])
    return response
