"""When a school's profile for a school year must be ready: the SWV's own date, or by default the Friday
before the herfstvakantie of the SWV's vakantieregio."""

import datetime

# First Saturday of the herfstvakantie per school year and vakantieregio, as the Ministry of OCW advises
# (rijksoverheid.nl, "Schoolvakanties"). Add a year here when the ministry publishes it.
AUTUMN_BREAK_STARTS = {
    "2024-2025": {"Noord": datetime.date(2024, 10, 19), "Midden": datetime.date(2024, 10, 19),
                  "Zuid": datetime.date(2024, 10, 12)},
    "2025-2026": {"Noord": datetime.date(2025, 10, 18), "Midden": datetime.date(2025, 10, 18),
                  "Zuid": datetime.date(2025, 10, 11)},
    "2026-2027": {"Noord": datetime.date(2026, 10, 10), "Midden": datetime.date(2026, 10, 17),
                  "Zuid": datetime.date(2026, 10, 17)},
}


def default_deadline(school_year: str, holiday_region: str) -> datetime.date | None:
    start = AUTUMN_BREAK_STARTS.get(school_year, {}).get(holiday_region)
    if start is None:
        return None
    return start - datetime.timedelta(days=(start.weekday() - 4) % 7 or 7)


def deadline_for(site, school_year: str) -> datetime.date | None:
    """None when the SWV set no date and the herfstvakantie of that year is not known yet."""
    from portal.core.models import SWVSettings

    from .models import ProfileDeadline

    own = ProfileDeadline.objects.filter(site=site, school_year=school_year).values_list("deadline", flat=True).first()
    if own:
        return own
    swv = SWVSettings.for_site(site)
    return default_deadline(school_year, swv.holiday_region)
