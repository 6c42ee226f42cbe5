"""Benchmark: the review list (/admin/leren/) over a year of one SWV: 100,000 conversations.

    .venv/bin/python bench/review_list.py [--conversations N] [--keep DIR]     (make bench-review)

Builds a database of its own in a temporary directory (SQLite, or PostgreSQL when DATABASE_URL is set, as `make
bench-review` does second under pg_virtualenv: it writes into that database, so never point it at one you need),
loads the demo content, generates N conversations of
zuidkennemerland spread over the last 365 days (2 to 6 parent messages each, each with a bot reply, outcomes in the
proportions below, a rating on one chat in ten), and times the list as a Loket adviser sees it: the first page, a
page further on, each filter, and the conversation view; 20 requests each, p50 and p95 in ms."""

import datetime
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTCOMES = [("beantwoord", 0.70), ("verduidelijkt", 0.09), ("niet_begrepen", 0.07), ("doorverbonden", 0.05),
            ("buiten_bereik", 0.09)]
TOPICS = ["tlv", "opp", "zorgplicht", "thuiszitten", "aanmelden", "leerlingenvervoer", "dyslexie", "bezwaar_school"]
REPEAT = 20


def generate(site, n, rng):
    from django.db import transaction
    from django.utils import timezone

    from portal.chat.models import Conversation, Message

    now = timezone.now()
    names, weights = zip(*OUTCOMES)
    Message._meta.get_field("created").auto_now_add = False  # the messages are spread over the year
    batch = 2000
    with transaction.atomic():
        for start in range(0, n, batch):
            chats = []
            for i in range(start, min(n, start + batch)):
                rating = rng.choice([1, 2, 3, 4, 5, 5, 4]) if rng.random() < 0.1 else None
                chats.append(Conversation(id=f"bench{i:019d}", site=site, token_hash="x", rating=rating))
            Conversation.objects.bulk_create(chats)
            messages = []
            for chat in chats:
                at = now - datetime.timedelta(seconds=rng.randrange(365 * 86400))
                for turn in range(rng.randint(2, 6)):
                    outcome = rng.choices(names, weights)[0]
                    topic = {"beantwoord": rng.choice(TOPICS), "doorverbonden": "handoff",
                             "buiten_bereik": "out_of_scope"}.get(outcome, "fallback")
                    at += datetime.timedelta(seconds=rng.randint(20, 120))
                    messages.append(Message(conversation=chat, sender="parent", outcome=outcome, answer_topic=topic,
                                            created=at,
                                            text=f"vraag {turn} van ouder over {topic}, mijn zoon daan zit op groep 5"))
                    messages.append(Message(conversation=chat, sender="bot", topic=topic, created=at,
                                            text="Een antwoord van de assistent op deze vraag."))
            Message.objects.bulk_create(messages)
            print(f"\r  {min(n, start + batch):,} conversations", end="", flush=True)
    print()


def timed(client, path, params=None) -> list[float]:
    client.get(path, params or {})  # warm: the first request of a process also reads the word lists
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        response = client.get(path, params or {})
        times.append(1000 * (time.perf_counter() - started))
        assert response.status_code == 200, (path, response.status_code)
    return times


def main(argv) -> int:
    n = int(argv[argv.index("--conversations") + 1]) if "--conversations" in argv else 100_000
    if "--keep" in argv:
        var = Path(argv[argv.index("--keep") + 1])
        var.mkdir(parents=True, exist_ok=True)
        return measure(var, n)
    var = Path(tempfile.mkdtemp(prefix="bench-review-"))
    try:
        return measure(var, n)
    finally:  # 100,000 conversations are some 330 MB on disk
        shutil.rmtree(var, ignore_errors=True)


def measure(var: Path, n: int) -> int:
    os.environ["PORTAL_VAR_DIR"] = str(var)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment
    from wagtail.models import Site

    from bench.database import settle_after_bulk_load
    from portal.chat.models import Conversation, Message
    from portal.core.models import SWVSettings

    setup_test_environment()
    started = time.perf_counter()
    call_command("migrate", verbosity=0)  # on a database with chats, learning 0002 builds the review list
    print(f"migrate: {time.perf_counter() - started:.0f} s")
    call_command("load_content", verbosity=0)
    site = Site.objects.get(hostname="zuidkennemerland.localhost")
    if Conversation.objects.filter(site=site).count() < n:
        print(f"Generating {n:,} conversations in {var} ...")
        started = time.perf_counter()
        generate(site, n, random.Random(12))
        print(f"  {Message.objects.count():,} messages in {time.perf_counter() - started:.0f} s")
        settle_after_bulk_load()
        from portal.learning.selection import rebuild

        started = time.perf_counter()
        print(f"  review list built from them: {rebuild():,} messages in {time.perf_counter() - started:.0f} s "
              "(what the migration does on an installation with chats; afterwards each turn keeps it up to date)")
        settle_after_bulk_load()
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(username="bench-loket")
    user.groups.set([SWVSettings.for_site(site).loket_group])
    client = Client(HTTP_HOST=site.hostname)
    client.force_login(user)
    from portal.learning.review import _weeks
    from django.utils import timezone

    from portal.learning import selection

    started = time.perf_counter()
    total = selection.to_do({site.pk}).count()
    print(f"{total:,} messages to review (count: {1000 * (time.perf_counter() - started):.0f} ms)")
    week = _weeks(timezone.localdate())[3][0]
    some = selection.to_do({site.pk}).values_list("message_id", flat=True)[500]
    cases = [("first page", "/admin/leren/", None), ("page 20", "/admin/leren/", {"pagina": 20}),
             ("outcome niet_begrepen", "/admin/leren/", {"uitkomst": "niet_begrepen"}),
             ("topic tlv", "/admin/leren/", {"onderwerp": "tlv"}), (f"week {week}", "/admin/leren/", {"week": week}),
             ("conversation", f"/admin/leren/{some}/", None)]
    started = time.perf_counter()
    from portal.learning.deidentify import deidentifier

    deidentifier()
    print(f"word lists for the de-identification, once per process: {time.perf_counter() - started:.1f} s")
    worst = 0
    for name, path, params in cases:
        times = sorted(timed(client, path, params))
        p95 = times[int(0.95 * (len(times) - 1))]
        worst = max(worst, p95)
        print(f"{name:24} p50 {statistics.median(times):6.0f} ms   p95 {p95:6.0f} ms")
    print(f"worst p95: {worst:.0f} ms (target 300 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
