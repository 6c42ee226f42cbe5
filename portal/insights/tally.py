"""Counting what parents open and what they search for in vain, also when the page comes from the page cache.

A view marks its response (`count_answer_view`, `count_search_miss`); the mark is an attribute of the response, so
it is cached with it and never sent to the browser. TallyMiddleware stands outside the page cache and counts every
marked response it passes, cached or not. Counts are kept in the process and written every
INSIGHTS_WRITE_SECONDS, so a cached page costs no database write.

A search query may hold a child's name: only queries of at most MAX_QUERY_WORDS words, without an e-mail address or
a long number, are kept, and the page shows one only when daily.MIN_VISITORS different visitors asked it. A visitor
is a hash of the address and browser with a random salt of the day that is deleted afterwards."""

import atexit
import hashlib
import logging
import re
import secrets
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from portal.core.client_address import client_address
from search.query import WORD, clean_query

from .models import AnswerViewDay, SearchMissVisit, VisitorSalt

log = logging.getLogger(__name__)
MAX_QUERY_WORDS = 4
MAX_QUERY_CHARS = 60
LONG_NUMBER = re.compile(r"\d{5}")  # a phone number, BSN or house number with postcode
ROBOT = re.compile(r"bot|crawl|spider|slurp|curl|wget|python", re.IGNORECASE)

_lock = threading.Lock()
_views = Counter()  # (site_id, day, topic) -> views
_misses = set()  # (site_id, day, kind, query, visitor)
_written_at = time.monotonic()
_salt = (None, "")


def normalised_query(text: str) -> str:
    """The query in lower case, words only, or '' when it is too long or may hold personal data to keep."""
    cleaned, _ = clean_query(text)
    if "@" in cleaned or LONG_NUMBER.search(cleaned):
        return ""
    words = [word.lower() for word in WORD.findall(cleaned)]
    query = " ".join(words)
    return query if 0 < len(words) <= MAX_QUERY_WORDS and len(query) <= MAX_QUERY_CHARS else ""


def count_answer_view(response, *, site, topic: str):
    response.portal_tally = ("answer", site.pk, topic)
    return response


def count_search_miss(response, *, site, kind: str, text: str):
    query = normalised_query(text)
    if query:
        response.portal_tally = ("miss", site.pk, kind, query)
    return response


class TallyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        tally = getattr(response, "portal_tally", None)
        if (tally and request.method == "GET" and response.status_code == 200
                and not ROBOT.search(request.META.get("HTTP_USER_AGENT", ""))):
            try:
                _count(request, tally)
            except Exception:  # a figure is never worth a failed page
                log.exception("insights: counting failed")
        return response


def _count(request, tally):
    day = timezone.localdate()
    if tally[0] == "answer":
        _, site_id, topic = tally
        with _lock:
            _views[(site_id, day, topic)] += 1
    else:
        _, site_id, kind, query = tally
        visitor = _visitor(request, day)
        with _lock:
            _misses.add((site_id, day, kind, query, visitor))
    if time.monotonic() - _written_at >= settings.INSIGHTS_WRITE_SECONDS:
        write()


def _visitor(request, day) -> str:
    global _salt
    if _salt[0] != day:
        salt = VisitorSalt.objects.filter(day=day).values_list("salt", flat=True).first()
        if salt is None:
            try:
                with transaction.atomic():
                    salt = VisitorSalt.objects.create(day=day, salt=secrets.token_hex(32)).salt
            except IntegrityError:  # another process made it a moment ago
                salt = VisitorSalt.objects.get(day=day).salt
        _salt = (day, salt)
    seen = f"{_salt[1]}|{client_address(request)}|{request.META.get('HTTP_USER_AGENT', '')}"
    return hashlib.sha256(seen.encode()).hexdigest()[:16]


def write():
    """Write what this process counted since the last time."""
    global _views, _misses, _written_at
    with _lock:
        views, misses, _views, _misses = _views, _misses, Counter(), set()
        _written_at = time.monotonic()
    if misses:
        SearchMissVisit.objects.bulk_create(
            [SearchMissVisit(site_id=s, day=d, kind=k, query=q, visitor=v) for s, d, k, q, v in misses],
            ignore_conflicts=True)
    for (site_id, day, topic), count in views.items():
        key = {"site_id": site_id, "day": day, "topic": topic}
        if not AnswerViewDay.objects.filter(**key).update(views=F("views") + count):
            try:
                with transaction.atomic():
                    AnswerViewDay.objects.create(**key, views=count)
            except IntegrityError:  # another process created the row meanwhile
                AnswerViewDay.objects.filter(**key).update(views=F("views") + count)


def _write_at_exit():
    try:
        write()
    except Exception:
        log.exception("insights: writing the last counts failed")


atexit.register(_write_at_exit)
