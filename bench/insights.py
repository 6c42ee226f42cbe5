"""Benchmark: Inzichten for 100,000 conversations of one SWV over a year (issue 12's target).

One run, in a throw-away database (SQLite in a temporary var dir; PostgreSQL when DATABASE_URL is set, as
`make bench-insights` does under pg_virtualenv): migrate, load the demo content, then generate a year of chats on
zuidkennemerland, bulk-created: conversations spread over school days (fewer at weekends and in the summer holiday),
1-8 parent messages each (mean about 2.7) with the assistant's reply after each, an outcome mix of about 62 %
beantwoord, 14 % verduidelijkt, 10 % niet begrepen, 6 % doorverbonden and 8 % buiten bereik, topics drawn from the
answers library with a long tail, 8 % of the chats handed over (70 % of those taken, after a few minutes), 15 %
rated, 2 % with a call-back request, the not-understood questions drawn from a few frequent ones and a long tail;
plus a year of answer views and searches that found nothing. The chats of the
whole year stay in the database (no purge): the worst case for the days read from the chats. On PostgreSQL the
database is then vacuumed and analysed, as autovacuum would have done by the time anyone looks (bench/database.py).

Then, as the SWV's eindredactie through the whole Django stack (test client, every middleware):
- with nothing stored yet (every figure read from the chats), a few requests, for comparison;
- storing the year once (the first `manage.py store_insights`) and one more day (every night's run);
- with the settled days stored and the last days read from the chats: the page for the default 12 weeks and for the
  whole year, the beheerder's page, and the CSV of a year: p50 and p95 of --rounds requests each.
Targets: each page p95 <= 300 ms, the CSV of a year <= 2 s. Run with `make bench-insights`.
"""

import argparse
import contextlib
import datetime
import io
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.database import settle_after_bulk_load  # noqa: E402
from bench.figures import percentile  # noqa: E402

HOST = "zuidkennemerland.localhost"
OUTCOMES = [("beantwoord", 62), ("verduidelijkt", 14), ("niet_begrepen", 10), ("doorverbonden", 6),
            ("buiten_bereik", 8)]
MESSAGES_PER_CONVERSATION = [(1, 35), (2, 25), (3, 15), (4, 10), (5, 6), (6, 4), (7, 3), (8, 2)]
REASONS = [("assistent", 50), ("ouder", 25), ("ouder vraagt een adviseur", 15), ("crisis", 3),
           ("eigen situatie (assistent weg)", 7)]
PAGE_TARGET_MS, CSV_TARGET_S = 300, 2.0
# What parents wrote when the assistant did not understand them: a few questions asked often, names and numbers in
# some, and a long tail of one-offs (the list de-identifies and counts them: "Vaakst niet begrepen").
NOT_UNDERSTOOD = ["krijgt {name} nog een rugzakje", "wat is een pgb voor school", "mag ik mee naar het mdo",
                  "hoe zit het met de schoolreis van {name}", "bel mij op 06-{number}", "zwemles op school",
                  "waar vind ik het rapport", "wanneer zijn de herfstvakanties", "huiswerkbegeleiding kosten"]
NAMES = ["Daan de Vries", "Fatima El Amrani", "Sem Jansen", "Noor Bakker", "Mila", "Luuk Visser"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=40, help="timed requests per page (default 40)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one request of each kind")
    args = parser.parse_args()
    var_dir = Path(tempfile.mkdtemp(prefix="portal-bench-insights-"))
    os.environ["PORTAL_VAR_DIR"] = str(var_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
    try:
        run(args)
    finally:
        with contextlib.suppress(Exception):
            from django.db import connections
            connections.close_all()
        shutil.rmtree(var_dir, ignore_errors=True)


def weighted(pairs):
    values, weights = zip(*pairs)
    return values, weights


def run(args):
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    settings.DEBUG = False  # dev turns it on; it would keep every SQL query in memory
    from django.core.management import call_command

    print(f"Database: {connection.vendor}", flush=True)
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        call_command("migrate", verbosity=0)
        call_command("load_content", verbosity=0)
    print(f"  migrate + load_content {time.perf_counter() - t0:.1f} s", flush=True)

    from django.utils import timezone
    from wagtail.models import Site

    site = Site.objects.get(hostname=HOST)
    today = timezone.localdate()
    t0 = time.perf_counter()
    counts = generate(site, args.conversations, first=today - datetime.timedelta(days=365), last=today)
    print(f"  generated in {time.perf_counter() - t0:.1f} s: {counts}", flush=True)
    settle_after_bulk_load()

    client, admin = clients(site)
    year = {"van": (today - datetime.timedelta(days=364)).isoformat(), "tot": today.isoformat()}
    pages = [("page, default 12 weeks", client, "/admin/inzichten/", {}),
             ("page, a year", client, "/admin/inzichten/", year),
             ("page, a year (beheerder)", admin, "/admin/inzichten/", {**year, "site": "zuidkennemerland"})]
    csv_year = ("CSV, a year", client, "/admin/inzichten/export.csv", year)

    from portal.insights import daily

    print("\nNothing stored yet: every figure read from the chats (3 requests each)", flush=True)
    for name, who, url, params in pages + [csv_year]:
        timings = measure(who, url, params, 3)
        print(f"  {name:28} median {statistics.median(timings):8.0f} ms", flush=True)

    settled = daily.settled_day()
    t0 = time.perf_counter()
    days = daily.store(site.pk, settled - datetime.timedelta(days=1))
    print(f"\nStoring the year once (first store_insights): {days} days in {time.perf_counter() - t0:.1f} s", flush=True)
    t0 = time.perf_counter()
    daily.store_settled_days()
    print(f"Every night's run (store_insights, one more day for each SWV): {(time.perf_counter() - t0) * 1000:.0f} ms",
          flush=True)
    settle_after_bulk_load()

    print(f"\nSettled days stored, the last {daily.SETTLE_DAYS} days read from the chats ({args.rounds} requests each; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    failed = False
    for name, who, url, params in pages + [csv_year]:
        measure(who, url, params, 2)  # warm
        if args.profile:
            profile(who, url, params)
        timings = measure(who, url, params, args.rounds)
        p95 = percentile(timings, 95)
        target_ms = CSV_TARGET_S * 1000 if url.endswith(".csv") else PAGE_TARGET_MS
        ok = p95 <= target_ms
        failed |= not ok
        print(f"  {name:28} p50 {percentile(timings, 50):6.0f} ms   p95 {p95:6.0f} ms   target <= {target_ms:.0f} ms "
              f"{'OK' if ok else 'MISSED'}", flush=True)
    measure(client, "/admin/", {}, 2)
    timings = measure(client, "/admin/", {}, args.rounds)
    print(f"  {'for comparison: /admin/ (home)':28} p50 {percentile(timings, 50):6.0f} ms   p95 "
          f"{percentile(timings, 95):6.0f} ms   (what any admin page costs here now)")
    lines = client.get("/admin/inzichten/export.csv", year, HTTP_HOST=HOST).content.count(b"\n")
    print(f"  (the CSV of a year has {lines} lines)")
    print(f"  (load average {os.getloadavg()[0]:.1f} at the end)")
    print("FAILED" if failed else "OK")
    return 1 if failed else 0


def measure(client, url, params, rounds):
    timings = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        response = client.get(url, params, HTTP_HOST=HOST)
        if response.status_code != 200:
            raise SystemExit(f"{url} {params}: {response.status_code} {response.content[:300]!r}")
        timings.append((time.perf_counter() - t0) * 1000)
    return timings


def profile(client, url, params):
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(client.get, url, params, HTTP_HOST=HOST)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"insights|execute|wagtail/admin/localization", 16)


def clients(site):
    from django.contrib.auth import get_user_model
    from django.test import Client

    from portal.core.models import SWVSettings

    users = get_user_model().objects
    editor = users.create_user("bench-eindredactie", password="x")
    editor.groups.add(SWVSettings.for_site(site).school_reviewers)
    beheerder = users.create_user("bench-beheerder", password="x", is_superuser=True, is_staff=True)
    client, admin = Client(), Client()
    client.force_login(editor)
    admin.force_login(beheerder)
    return client, admin


def _day_weight(day):
    weight = 1.0 if day.weekday() < 5 else 0.25
    if (day.month, day.day) >= (7, 15) and (day.month, day.day) <= (8, 31):
        weight *= 0.3  # summer holiday
    return weight


def generate(site, n_conversations, *, first, last):
    """A year of chats, bulk-created with their own times (auto_now and auto_now_add are switched off meanwhile)."""
    from django.utils import timezone

    from portal.answers.models import Topic
    from portal.chat.models import CallbackRequest, Conversation, Message, new_conversation_id
    from portal.insights.models import AnswerViewDay, SearchMissDay, SearchMissVisit

    rng = random.Random(12)
    topics = list(Topic.objects.values_list("key", flat=True))
    topic_weights = [1 / (rank + 1) for rank in range(len(topics))]
    days = [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]
    day_weights = [_day_weight(day) for day in days]
    outcomes, outcome_weights = weighted(OUTCOMES)
    lengths, length_weights = weighted(MESSAGES_PER_CONVERSATION)
    reasons, reason_weights = weighted(REASONS)
    now = timezone.now()

    fields = [Conversation._meta.get_field("created"), Conversation._meta.get_field("updated"),
              Message._meta.get_field("created"), CallbackRequest._meta.get_field("created"),
              CallbackRequest._meta.get_field("updated")]
    saved = [(f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    n_messages = 0
    try:
        batch = 5000
        for start in range(0, n_conversations, batch):
            conversations, messages, callbacks = [], [], []
            for day in rng.choices(days, day_weights, k=min(batch, n_conversations - start)):
                started = timezone.make_aware(datetime.datetime.combine(day, datetime.time(8)) +
                                              datetime.timedelta(minutes=rng.randrange(0, 13 * 60)))
                if started > now:
                    started = now - datetime.timedelta(minutes=rng.randrange(1, 600))
                handed = rng.random() < 0.08
                taken = handed and rng.random() < 0.7
                handed_at = started + datetime.timedelta(minutes=2) if handed else None
                conversation = Conversation(
                    id=new_conversation_id(), site=site, token_hash="x", created=started,
                    updated=started + datetime.timedelta(minutes=10),
                    handoff_reason=rng.choices(reasons, reason_weights)[0] if handed else "", handed_off_at=handed_at,
                    claimed_at=handed_at + datetime.timedelta(minutes=rng.lognormvariate(1.6, 0.8)) if taken else None,
                    rating=rng.choices([1, 2, 3, 4, 5], [5, 5, 10, 35, 45])[0] if rng.random() < 0.15 else None,
                    state="closed")
                conversations.append(conversation)
                for i in range(rng.choices(lengths, length_weights)[0]):
                    outcome = "doorverbonden" if handed and i else rng.choices(outcomes, outcome_weights)[0]
                    topic = {"beantwoord": lambda: rng.choices(topics, topic_weights)[0],
                             "verduidelijkt": lambda: "fallback",
                             "niet_begrepen": lambda: rng.choice(["fallback", "fallback", "fallback", ""]),
                             "doorverbonden": lambda: "" if i else "handoff",
                             "buiten_bereik": lambda: "out_of_scope"}[outcome]()
                    at = started + datetime.timedelta(seconds=40 * i)
                    text = "Een vraag van een ouder"
                    if outcome == "niet_begrepen":
                        text = (rng.choice(NOT_UNDERSTOOD) if rng.random() < 0.6 else f"een vraag nr {rng.randrange(10**6)}")
                        text = text.format(name=rng.choice(NAMES), number=rng.randrange(10**7, 10**8))
                    messages.append(Message(conversation=conversation, sender="parent", text=text,
                                            created=at, outcome=outcome, answer_topic=topic))
                    messages.append(Message(conversation=conversation, sender="bot", text="Een antwoord.",
                                            created=at, topic=topic))
                if rng.random() < 0.02:
                    callbacks.append(CallbackRequest(site=site, conversation=conversation, name="Ouder",
                                                     phone="0600000000", created=started, updated=started))
            Conversation.objects.bulk_create(conversations)
            Message.objects.bulk_create(messages, batch_size=2000)
            CallbackRequest.objects.bulk_create(callbacks)
            n_messages += len(messages)
    finally:
        for f, (auto_now, auto_now_add) in zip(fields, saved):
            f.auto_now, f.auto_now_add = auto_now, auto_now_add

    views = [AnswerViewDay(site=site, day=day, topic=topic, views=rng.randrange(1, 60))
             for day in days for topic in rng.sample(topics, min(25, len(topics)))]
    AnswerViewDay.objects.bulk_create(views, batch_size=2000)
    queries = [f"zoekvraag {n}" for n in range(300)]
    misses = [SearchMissVisit(site=site, day=day, kind=rng.choice(["zoeken", "scholen"]), query=rng.choice(queries),
                              visitor=f"{n:016x}") for day in days for n in range(rng.randrange(0, 12))]
    SearchMissVisit.objects.bulk_create(misses, batch_size=2000, ignore_conflicts=True)
    del SearchMissDay  # stored from the visits by daily.store, as in production
    return {"conversations": n_conversations, "messages": n_messages, "answer view rows": len(views),
            "search misses": len(misses)}


if __name__ == "__main__":
    sys.exit(main())
