"""The daily figures: read from the chats for the days not yet stored, and stored once a day is settled.

A day is stored when it is SETTLE_DAYS old (manage.py store_insights, run daily), so that a chat handed over on a
Friday evening and taken on Monday counts with its real wait; and always before the chat purge deletes anything
(the purge_starting signal), so that no figure depends on a chat still being there. Until a day is stored, its
figures are read from the chats themselves, by the same functions that store it: the page and the CSV never see
two versions of a day."""

import datetime
import functools
import re
import zoneinfo
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Min, OuterRef, Q, Subquery, Sum
from django.db.models.functions import TruncDate
from django.dispatch import receiver
from django.utils import timezone

from portal.chat.models import CallbackRequest, Conversation, Message
from portal.chat.outcomes import Outcome
from portal.chat.retention import purge_starting
from portal.core.models import SWVSettings
from portal.learning.deidentify import PLACEHOLDER, deidentifier

from .models import (ConversationDay, HandoverDay, MessageDay, SearchKind, SearchMissDay, SearchMissVisit,
                     StoredThrough, UnansweredDay, VisitorSalt)

AMSTERDAM = zoneinfo.ZoneInfo(settings.TIME_ZONE)
ONE_DAY = datetime.timedelta(days=1)
# Old enough that its chats are over: a weekend's handovers are taken on Monday, ratings come after closing.
SETTLE_DAYS = 3
# A search query that found nothing is shown only once this many different visitors asked it (k-anonymity), and
# forgotten after the SWV's retention period if it never got there.
MIN_VISITORS = 3


def shown(asked: Counter, top: int) -> list[tuple[str, int]]:
    """What of these search queries or questions may be shown: those that at least MIN_VISITORS asked, most asked
    first, at most `top`."""
    return [(text, n) for text, n in asked.most_common() if n >= MIN_VISITORS][:top]


def day_bounds(first: datetime.date, last: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """From the start of `first` to the end of `last`, in Amsterdam time."""
    start = datetime.datetime.combine(first, datetime.time.min, AMSTERDAM)
    return start, datetime.datetime.combine(last + ONE_DAY, datetime.time.min, AMSTERDAM)


def local_day(moment: datetime.datetime) -> datetime.date:
    return timezone.localtime(moment, AMSTERDAM).date()


def _parent_messages(site_ids, first, last):
    """The parent messages of these days, with their conversation's site as `site`. The site is looked up per
    message (a correlated subquery), never joined: with a join PostgreSQL hashes all of the site's conversations
    and SQLite walks them, where the days' few messages (the index on sender and created) are all that is needed."""
    start, end = day_bounds(first, last)
    site = Subquery(Conversation.objects.filter(pk=OuterRef("conversation_id")).order_by().values("site_id"))
    return (Message.objects.annotate(site=site).order_by()
            .filter(sender=Message.Sender.PARENT, created__gte=start, created__lt=end, site__in=site_ids))


def _messages(site_ids, first, last):
    return (_parent_messages(site_ids, first, last).exclude(outcome="")
            .annotate(day=TruncDate("created", tzinfo=AMSTERDAM))
            .values_list("site", "day", "answer_topic", "outcome").annotate(count=Count("id")))


def _conversations(site_ids, first, last):
    start, end = day_bounds(first, last)
    days = {}

    def row(site_id, day):
        return days.setdefault((site_id, day), [0] * 7)  # conversations, call-back requests, rated 1 … 5

    for site_id, day, rating, count in (
            Conversation.objects.filter(site_id__in=site_ids, created__gte=start, created__lt=end).order_by()
            .annotate(day=TruncDate("created", tzinfo=AMSTERDAM))
            .values_list("site_id", "day", "rating").annotate(count=Count("id"))):
        values = row(site_id, day)
        values[0] += count
        if rating in (1, 2, 3, 4, 5):
            values[1 + rating] += count
    for site_id, day, count in (
            CallbackRequest.objects.filter(site_id__in=site_ids, created__gte=start, created__lt=end).order_by()
            .annotate(day=TruncDate("created", tzinfo=AMSTERDAM))
            .values_list("site_id", "day").annotate(count=Count("id"))):
        row(site_id, day)[1] += count
    return [(site_id, day, *values) for (site_id, day), values in sorted(days.items())]


def _handovers(site_ids, first, last):
    start, end = day_bounds(first, last)
    counts = Counter()
    for site_id, handed_off_at, claimed_at, reason in Conversation.objects.filter(
            site_id__in=site_ids, handed_off_at__gte=start, handed_off_at__lt=end).values_list(
            "site_id", "handed_off_at", "claimed_at", "handoff_reason"):
        # A claim before this handover belongs to an earlier one (the chat went back to the assistant in between).
        taken = claimed_at is not None and claimed_at >= handed_off_at
        wait = int((claimed_at - handed_off_at).total_seconds() // 60) if taken else None
        counts[(site_id, local_day(handed_off_at), reason, wait)] += 1
    return [(*key, count) for key, count in counts.items()]


def _search_misses(site_ids, first, last):
    return (SearchMissVisit.objects.filter(site_id__in=site_ids, day__gte=first, day__lte=last).order_by()
            .values_list("site_id", "day", "kind", "query").annotate(visitors=Count("id")))


UNANSWERED_LENGTH = 120


def unanswered_text(text: str) -> str:
    """A not-understood question as it may be kept and shown: de-identified, lower case, one line, at most
    UNANSWERED_LENGTH characters; empty when nothing but placeholders and punctuation is left."""
    return _unanswered_text(text, deidentifier())


# Remembered per process: the page reads the last days' questions from the chats on every view, and de-identifying
# them all each time cost more than the rest of the page (measured: ~0.3 s for 280 questions under load). Keyed on
# the de-identifier too, which is built anew when schools or glossary terms change.
@functools.lru_cache(maxsize=20_000)
def _unanswered_text(text: str, deidentify) -> str:
    text = " ".join(deidentify(text).split())
    text = re.sub(r"[^\w\]]+$", "", text)
    text = "".join(part if PLACEHOLDER.fullmatch(part) else part.lower()
                   for part in re.split(f"({PLACEHOLDER.pattern})", text))
    if len(text) > UNANSWERED_LENGTH:
        text = text[:UNANSWERED_LENGTH - 1].rsplit(" ", 1)[0] + "…"
    return text if re.search(r"\w", PLACEHOLDER.sub("", text)) else ""


def _unanswered(site_ids, first, last):
    conversations = {}  # (site, day, text) -> the conversations that asked it
    for site_id, conversation_id, created, text in (
            _parent_messages(site_ids, first, last).filter(outcome=Outcome.NOT_UNDERSTOOD)
            .values_list("site", "conversation_id", "created", "text").iterator()):
        kept = unanswered_text(text)
        if kept:
            conversations.setdefault((site_id, local_day(created), kept), set()).add(conversation_id)
    return [(*key, len(asked)) for key, asked in conversations.items()]


@dataclass(frozen=True)
class Figure:
    model: type
    keys: tuple[str, ...]  # site_id, day and what the counts are of
    counts: tuple[str, ...]
    from_chats: Callable[[list[int], datetime.date, datetime.date], Iterable[tuple]]  # rows: keys, then counts

    @property
    def columns(self) -> tuple[str, ...]:
        return self.keys + self.counts


MESSAGES = Figure(MessageDay, ("site_id", "day", "topic", "outcome"), ("count",), _messages)
CONVERSATIONS = Figure(ConversationDay, ("site_id", "day"), ("conversations", "callback_requests", "rated_1", "rated_2",
                                                               "rated_3", "rated_4", "rated_5"), _conversations)
HANDOVERS = Figure(HandoverDay, ("site_id", "day", "reason", "wait_minutes"), ("count",), _handovers)
SEARCH_MISSES = Figure(SearchMissDay, ("site_id", "day", "kind", "query"), ("visitors",), _search_misses)
UNANSWERED = Figure(UnansweredDay, ("site_id", "day", "text"), ("conversations",), _unanswered)
FIGURES = (MESSAGES, CONVERSATIONS, HANDOVERS, SEARCH_MISSES, UNANSWERED)


@dataclass(frozen=True)
class Span:
    """The days `first` to `last` (inclusive) of some sites, and how to read them: the stored rows (a filter on a
    figure's table) and, per first day not stored, the sites read from the chats. Made once for all of a page's
    figures (one query, not one per figure)."""

    stored: Q | None
    from_chats: dict[datetime.date, list[int]]
    last: datetime.date


def span(site_ids, first: datetime.date, last: datetime.date) -> Span:
    stored_through = dict(StoredThrough.objects.filter(site_id__in=site_ids).values_list("site_id", "day"))
    stored = Q()
    from_chats = {}
    for site_id in site_ids:
        through = stored_through.get(site_id)
        if through is not None and through >= first:
            stored |= Q(site_id=site_id, day__gte=first, day__lte=min(through, last))
        chats_from = max(first, through + ONE_DAY) if through is not None else first
        if chats_from <= last:
            from_chats.setdefault(chats_from, []).append(site_id)
    return Span(stored or None, from_chats, last)


def rows(figure: Figure, days: Span) -> list[tuple]:
    """The figure's rows of these days: stored where stored, else from the chats."""
    result = list(figure.model.objects.filter(days.stored).values_list(*figure.columns)) if days.stored else []
    for chats_from, sites in days.from_chats.items():
        result.extend(figure.from_chats(sites, chats_from, days.last))
    return result


def totals(figure: Figure, days: Span, *groupings: tuple[str, ...]) -> list:
    """The figure's counts summed per value of each grouping's columns, one dict per grouping (a tuple of values ->
    a list of sums): like rows(), but added up in the database for the stored days, so that a year of a page's
    figures does not fetch every row. The days not stored are read from the chats once for all groupings."""
    results = [{} for _ in groupings]

    def add(result, key, counts):
        sums = result.setdefault(key, [0] * len(figure.counts))
        for i, count in enumerate(counts):
            sums[i] += count or 0

    sums = {f"total_{name}": Sum(name) for name in figure.counts}
    for by, result in zip(groupings, results):
        if days.stored:
            for row in figure.model.objects.filter(days.stored).values(*by).annotate(**sums).values_list(*by, *sums):
                add(result, row[:len(by)], row[len(by):])
    positions = [[figure.columns.index(name) for name in by] for by in groupings]
    for chats_from, sites in days.from_chats.items():
        for row in figure.from_chats(sites, chats_from, days.last):
            for where, result in zip(positions, results):
                add(result, tuple(row[i] for i in where), row[len(figure.keys):])
    return results


def _first_day(site_id: int, default: datetime.date) -> datetime.date:
    starts = [Conversation.objects.filter(site_id=site_id).aggregate(first=Min("created"))["first"],
              CallbackRequest.objects.filter(site_id=site_id).aggregate(first=Min("created"))["first"]]
    days = [local_day(moment) for moment in starts if moment]
    days += [d for d in [SearchMissVisit.objects.filter(site_id=site_id).aggregate(first=Min("day"))["first"]] if d]
    return min([default, *days])


def store(site_id: int, through: datetime.date) -> int:
    """Store the figures of every day of the site up to `through` that is not stored yet; returns how many days."""
    with transaction.atomic():
        mark = StoredThrough.objects.select_for_update().filter(site_id=site_id).first()
        first = mark.day + ONE_DAY if mark else _first_day(site_id, through)
        if first > through:
            return 0
        for figure in FIGURES:
            figure.model.objects.filter(site_id=site_id, day__gte=first, day__lte=through).delete()
            figure.model.objects.bulk_create(
                (figure.model(**dict(zip(figure.columns, row))) for row in figure.from_chats([site_id], first, through)),
                batch_size=2000)
        SearchMissVisit.objects.filter(site_id=site_id, day__lte=through).delete()
        StoredThrough.objects.update_or_create(site_id=site_id, defaults={"day": through})
    return (through - first).days + 1


def settled_day(now: datetime.datetime | None = None) -> datetime.date:
    return local_day(now or timezone.now()) - datetime.timedelta(days=SETTLE_DAYS)


def store_settled_days(now: datetime.datetime | None = None) -> dict[str, int]:
    """The daily run: store every settled day, drop past days' salts, forget rare queries. Days stored per SWV."""
    now = now or timezone.now()
    stored = {swv.slug: store(swv.site_id, settled_day(now)) for swv in SWVSettings.objects.all()}
    VisitorSalt.objects.filter(day__lt=local_day(now)).delete()
    forget_rare_queries(now)
    return stored


def forget_rare_queries(now: datetime.datetime) -> int:
    """Search queries and not-understood questions that fewer than MIN_VISITORS asked are never shown; after the
    retention period they are deleted (one statement each: the long tail has thousands)."""
    deleted = 0
    for swv in SWVSettings.objects.all():
        cutoff = local_day(now) - datetime.timedelta(days=swv.retention_days)
        tables = [(SearchMissDay.objects.filter(site_id=swv.site_id, kind=kind), "query", "visitors")
                  for kind in SearchKind.values]
        tables.append((UnansweredDay.objects.filter(site_id=swv.site_id), "text", "conversations"))
        for rows, what, count in tables:
            rare = rows.values(what).annotate(total=Sum(count)).filter(total__lt=MIN_VISITORS).values(what)
            deleted += rows.filter(day__lt=cutoff, **{f"{what}__in": rare}).delete()[0]
    return deleted


@receiver(purge_starting)
def store_before_purge(sender, now, **kwargs):
    """Whatever the purge may delete is stored first: every day up to the SWV's cutoff (but never today)."""
    today = local_day(now)
    for swv in SWVSettings.objects.all():
        cutoff_day = local_day(now - datetime.timedelta(days=swv.retention_days))
        store(swv.site_id, min(max(settled_day(now), cutoff_day), today - ONE_DAY))
