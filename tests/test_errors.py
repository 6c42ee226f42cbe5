"""A database that is away is a 503 with a Dutch message (JSON on the API), any other failure the plain 500 page.
With a real PostgreSQL stopped and started again: tests/cluster/."""

import json

from django.db import OperationalError
from django.test import RequestFactory

from portal.core.errors import server_error


def failing_with(exception, path):
    request = RequestFactory().get(path)
    try:
        raise exception
    except Exception:
        return server_error(request)


def test_the_database_away_is_a_503_in_dutch_with_retry_after():
    response = failing_with(OperationalError("connection refused"), "/scholen/")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "even niet bereikbaar" in response.content.decode()


def test_on_the_api_the_503_is_json():
    response = failing_with(OperationalError("connection refused"), "/api/chat/conversations/")
    assert response.status_code == 503 and "Probeer het over een minuut" in json.loads(response.content)["error"]


def test_other_failures_stay_a_500():
    response = failing_with(ValueError("bug"), "/scholen/")
    assert response.status_code == 500 and "Er ging iets mis" in response.content.decode()


def test_under_en_the_error_pages_are_english():
    from django.utils import translation

    with translation.override("en"):
        away = failing_with(OperationalError("connection refused"), "/en/scholen/").content.decode()
        other = failing_with(ValueError("bug"), "/en/scholen/").content.decode()
    assert '<html lang="en">' in away and "The website cannot be reached for a moment" in away
    assert '<html lang="en">' in other and 'Something went wrong' in other and '<a href="/en/">' in other
