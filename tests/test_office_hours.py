"""Office hours and closed days per SWV, in Dutch time: also right on the days the clocks change."""

import datetime

import pytest

from portal.chat import hours
from portal.core.models import SWVSettings

UTC = datetime.timezone.utc


@pytest.fixture
def swv(site_for):
    settings = SWVSettings.for_site(site_for("zuidkennemerland"))
    settings.office_hours = [("slot", {"weekday": "0", "open": datetime.time(9), "close": datetime.time(17)}),
                             ("slot", {"weekday": "2", "open": datetime.time(13), "close": datetime.time(16)})]
    settings.closed_days = [("closed", {"start": datetime.date(2026, 12, 21), "end": datetime.date(2027, 1, 1),
                                        "reason": "kerstvakantie"}),
                            ("closed", {"start": datetime.date(2026, 4, 6), "end": None, "reason": "Pasen"})]
    settings.save()
    return settings


def at(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def test_open_inside_the_hours_in_dutch_time(swv):
    assert hours.is_open(swv, at(2026, 11, 23, 8, 0))       # Monday 09:00 CET
    assert not hours.is_open(swv, at(2026, 11, 23, 7, 59))  # 08:59 CET
    assert not hours.is_open(swv, at(2026, 11, 23, 16, 0))  # 17:00 CET: closing time itself is closed
    assert hours.is_open(swv, at(2026, 11, 25, 12, 30))     # Wednesday 13:30
    assert not hours.is_open(swv, at(2026, 11, 24, 12, 0))  # Tuesday: no hours


def test_the_same_wall_clock_time_across_the_spring_dst_switch(swv):
    # Sunday 29 March 2026 the clocks go from 02:00 to 03:00. 07:30 UTC is 08:30 on Monday 23 March (CET)
    # but 09:30 on Monday 30 March (CEST).
    assert not hours.is_open(swv, at(2026, 3, 23, 7, 30))
    assert hours.is_open(swv, at(2026, 3, 30, 7, 30))
    opening = hours.next_opening(swv, at(2026, 3, 28, 12, 0))
    assert opening.isoformat() == "2026-03-30T09:00:00+02:00"
    assert opening.astimezone(UTC).hour == 7


def test_the_same_wall_clock_time_across_the_autumn_dst_switch(swv):
    # Sunday 25 October 2026 the clocks go back: Monday 26 October opens at 09:00 CET = 08:00 UTC.
    opening = hours.next_opening(swv, at(2026, 10, 24, 12, 0))
    assert opening.isoformat() == "2026-10-26T09:00:00+01:00"
    assert hours.is_open(swv, at(2026, 10, 26, 8, 0)) and not hours.is_open(swv, at(2026, 10, 26, 7, 30))


def test_closed_days_and_holidays(swv):
    assert not hours.is_open(swv, at(2026, 12, 21, 10, 0))  # Monday in the Christmas closure
    assert not hours.is_open(swv, at(2026, 4, 6, 10, 0))    # Easter Monday, one day
    assert hours.next_opening(swv, at(2026, 12, 18, 17, 0)).date() == datetime.date(2027, 1, 4)


def test_no_hours_set_means_no_next_opening_and_a_plain_sentence(site_for):
    swv = SWVSettings.for_site(site_for("duinenbollenstreek"))
    assert hours.next_opening(swv, at(2026, 11, 23, 8)) is None
    assert hours.describe_hours([]) == "Het Loket heeft geen vaste chattijden."
