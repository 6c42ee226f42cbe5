"""The deadline calculator of the rights ladder."""

import datetime

import pytest

from portal.pages.deadlines import DeadlineForm, deadlines_for, easter_sunday, next_working_day, weeks_after

D = datetime.date


@pytest.mark.parametrize("year, easter", [(2024, D(2024, 3, 31)), (2025, D(2025, 4, 20)), (2026, D(2026, 4, 5)),
                                          (2027, D(2027, 3, 28))])
def test_easter_sunday(year, easter):
    assert easter_sunday(year) == easter


def test_registration_gives_six_and_ten_weeks():
    first, extended = deadlines_for(kind="aanmelding", date=D(2026, 3, 2))
    assert first.date == D(2026, 4, 13)
    assert extended.date == D(2026, 5, 11)


def test_bezwaar_term_is_six_weeks_after_the_decision():
    bezwaar, geschil = deadlines_for(kind="besluit_school", date=D(2026, 9, 1))
    assert bezwaar.date == geschil.date == D(2026, 10, 13)


def test_a_term_ending_on_a_weekend_runs_to_monday():
    # 2026-08-29 is a Saturday; six weeks later is Saturday 2026-10-10.
    assert weeks_after(D(2026, 8, 29), 6) == D(2026, 10, 12)


def test_a_term_ending_on_a_public_holiday_runs_to_the_next_working_day():
    assert next_working_day(D(2026, 12, 25)) == D(2026, 12, 28)  # Christmas Friday → Monday
    assert next_working_day(D(2026, 4, 27)) == D(2026, 4, 28)  # Koningsdag
    assert next_working_day(D(2026, 5, 14)) == D(2026, 5, 15)  # Hemelvaartsdag


def test_tlv_decision_points_to_bezwaar_and_then_the_court():
    bezwaar, beroep = deadlines_for(kind="besluit_tlv", date=D(2026, 9, 1))
    assert bezwaar.topic == beroep.topic == "bezwaar_tlv"
    assert beroep.date is None and "rechtbank" in beroep.label


@pytest.mark.parametrize("data, message", [
    ({"kind": "aanmelding", "date": ""}, "Vul een datum in."),
    ({"kind": "aanmelding", "date": "31-02-2026"}, "geldige datum"),
    ({"kind": "raar", "date": "2026-09-01"}, "Kies een van de mogelijkheden."),
    ({"kind": "aanmelding", "date": "1999-01-01"}, "laatste drie jaar"),
])
def test_bad_input_gets_a_clear_dutch_error(data, message):
    form = DeadlineForm(data)
    assert not form.is_valid()
    assert message in str(form.errors)


def test_calculator_works_without_javascript_on_the_bezwaar_page(client, db):
    url = "/procedures/bezwaar-en-geschillen/?kind=besluit_school&date=01-09-2026"
    html = client.get(url, HTTP_HOST="zuidkennemerland.localhost").content.decode()
    assert "dinsdag 13 oktober 2026" in html
    assert "geen juridisch advies" in html


def test_calculator_errors_are_shown_on_the_page(client, db):
    html = client.get("/procedures/bezwaar-en-geschillen/?kind=aanmelding&date=gisteren",
                      HTTP_HOST="zuidkennemerland.localhost").content.decode()
    assert 'role="alert"' in html and "geldige datum" in html and 'aria-invalid="true"' in html
