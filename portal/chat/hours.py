"""Is the Loket there to take over a chat now? Office hours and closed days per SWV (site settings), in Dutch
time whatever the server's clock, plus advisers who have the inbox open right now."""

import datetime
import statistics
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db.models import F
from django.utils import timezone

from portal.core.models import SWVSettings

DUTCH_TIME = ZoneInfo("Europe/Amsterdam")
PRESENCE_SECONDS = 120  # an adviser whose inbox pinged within this time counts as online
DEFAULT_WAIT_MINUTES = 10


@dataclass
class Availability:
    open: bool
    advisers_online: int
    next_opening: datetime.datetime | None
    hours: list[tuple[str, datetime.time, datetime.time]]
    expected_wait_minutes: int | None

    @property
    def can_answer_now(self) -> bool:
        return self.open or self.advisers_online > 0

    def as_json(self) -> dict:
        return {
            "available": self.can_answer_now,
            "open": self.open,
            "advisers_online": self.advisers_online,
            "next_opening": self.next_opening.isoformat() if self.next_opening else None,
            "hours": [{"day": day, "open": start.strftime("%H:%M"), "close": end.strftime("%H:%M")}
                      for day, start, end in self.hours],
            "expected_wait_minutes": self.expected_wait_minutes,
        }


def _closed_on(swv: SWVSettings, day: datetime.date) -> bool:
    for block in swv.closed_days:
        start = block.value["start"]
        end = block.value.get("end") or start
        if start <= day <= end:
            return True
    return False


def _slots(swv: SWVSettings):
    return [(int(b.value["weekday"]), b.value["open"], b.value["close"]) for b in swv.office_hours]


def is_open(swv: SWVSettings, now: datetime.datetime) -> bool:
    local = now.astimezone(DUTCH_TIME)
    if _closed_on(swv, local.date()):
        return False
    return any(day == local.weekday() and start <= local.time() < end for day, start, end in _slots(swv))


def next_opening(swv: SWVSettings, now: datetime.datetime, days_ahead: int = 30) -> datetime.datetime | None:
    """The next moment the office opens, as an aware datetime in Dutch time; None if no hours are set."""
    slots = _slots(swv)
    local = now.astimezone(DUTCH_TIME)
    for offset in range(days_ahead + 1):
        day = local.date() + datetime.timedelta(days=offset)
        if _closed_on(swv, day):
            continue
        for weekday, start, _ in sorted(slots, key=lambda s: s[1]):
            if weekday != day.weekday():
                continue
            # Built from the wall-clock time, so 09:00 stays 09:00 on both sides of a DST switch.
            opening = datetime.datetime.combine(day, start, tzinfo=DUTCH_TIME)
            if opening > local:
                return opening
    return None


def advisers_online(site, now: datetime.datetime) -> int:
    from .models import AdviserPresence

    since = now - datetime.timedelta(seconds=PRESENCE_SECONDS)
    return AdviserPresence.objects.filter(site=site, last_seen__gte=since).count()


def expected_wait_minutes(site, now: datetime.datetime) -> int:
    """The median time advisers took to take over a chat in the last two weeks, at least one minute."""
    from .models import Conversation

    recent = (Conversation.objects.filter(site=site, claimed_at__gte=now - datetime.timedelta(days=14),
                                          handed_off_at__isnull=False)
              .annotate(wait=F("claimed_at") - F("handed_off_at")).values_list("wait", flat=True)[:200])
    waits = [w.total_seconds() / 60 for w in recent if w is not None]
    return max(1, round(statistics.median(waits))) if waits else DEFAULT_WAIT_MINUTES


def availability(site, now: datetime.datetime | None = None) -> Availability:
    now = now or timezone.now()
    swv = SWVSettings.for_site(site)
    online = advisers_online(site, now)
    opened = is_open(swv, now)
    return Availability(
        open=opened, advisers_online=online, next_opening=None if opened else next_opening(swv, now),
        hours=swv.office_hours_list,
        expected_wait_minutes=expected_wait_minutes(site, now) if (opened or online) else None)


ENGLISH_DAYS = {"maandag": "Monday", "dinsdag": "Tuesday", "woensdag": "Wednesday", "donderdag": "Thursday",
                "vrijdag": "Friday", "zaterdag": "Saturday", "zondag": "Sunday"}


def describe_hours(hours, lang: str = "nl") -> str:
    if lang == "en":
        if not hours:
            return "The Loket has no fixed chat hours."
        return "The Loket can be reached on " + "; ".join(
            f"{ENGLISH_DAYS.get(str(day).lower(), day)} {start:%H:%M}-{end:%H:%M}" for day, start, end in hours) + "."
    if not hours:
        return "Het Loket heeft geen vaste chattijden."
    return "Het Loket is bereikbaar op " + "; ".join(
        f"{day} {start:%H:%M}-{end:%H:%M}" for day, start, end in hours) + "."

