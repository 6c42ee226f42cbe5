"""Benchmark: the needs-first school search at national scale, Whoosh against the Django ORM and Wagtail's
database search backend.

One run, in a throw-away var dir (its own SQLite database and search index): migrate, load the demo content
(sites, support taxonomy), then give a bench site a school for every location in DUO's pupil-count file (06),
each with a generated live support profile (3-7 tags), all bulk-created. It times the Whoosh school index
build, then a fixed mix of 200 parents' queries (everyday words + type + municipality + ticked tag) three ways,
each returning a page of 20 hits, the total and the counts of every facet:

- whoosh:    search.schools.search_schools, as the view calls it;
- orm:       the same request as plain Django queries (icontains on the texts, the tags through the M2M table,
             facet counts with .values(field).annotate(Count));
- wagtaildb: Wagtail's "default" search backend (the database backend: SQLite FTS5 here) on a bench-only
             Indexed proxy of School, with its .facet() for the counts.

The parent's words are read once by search.schools.interpret for all three, so each engine gets the same needs
(tags), places, school types and leftover words. Each request gets its vocabulary as the view does
(Vocabulary.for_site: cached per site until content changes, one query to check); a second table shares one
vocabulary to show the engines alone, and a line shows what building it afresh costs after a content change.
Run with `make bench-schools` (about 5-10 minutes). Targets: Whoosh p95 <= 20 ms, >= 5x faster than the ORM
(p50 and p95), index build <= 30 s. `--profile` adds a cProfile of the Whoosh path; `--rounds N` sets the timed
rounds (default 2).
"""

import argparse
import contextlib
import cProfile
import datetime
import io
import os
import pstats
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import percentile  # noqa: E402

PAGE = 20
QUERIES = 200
BROAD_QUERIES = 40
BENCH_HOST = "scholen-bench.localhost"
# Words parents use for what a school has, not for a kind of support: they reach the free-text part of a search.
FREE_WORDS = ["orthopedagoog", "verpleegkundige", "stille werkplek", "logopedist", "kleine groepen", "huiswerkruimte",
              "specialist", "rekenspecialist", "time-outplek", "oefenruimte", "leraar", "trainer", "spreekkamer",
              "opleiding", "kennis"]
SENTENCES = ["{}", "{}", "{}", "mijn kind heeft {}", "welke school heeft iets voor {}", "hulp bij {}",
             "school met {}", "ik zoek een school voor {}"]


@dataclass
class Query:
    text: str
    filters: dict = field(default_factory=dict)


@dataclass
class Outcome:
    """What every engine hands back, for the sanity check: the total and the non-zero facet counts."""

    total: int
    hits: list
    counts: dict


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2, help="timed rounds over the query mix (default 2)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the Whoosh path")
    args = parser.parse_args()

    var_dir = Path(tempfile.mkdtemp(prefix="portal-bench-schools-"))
    os.environ["PORTAL_VAR_DIR"] = str(var_dir)
    # dev: everything (database, index) under PORTAL_VAR_DIR; test.py would put the index in a dir of its own.
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.dev"
    os.environ.pop("DATABASE_URL", None)
    try:
        run(args)
    finally:
        with contextlib.suppress(Exception):
            from django.db import connections
            connections.close_all()
        shutil.rmtree(var_dir, ignore_errors=True)


def run(args):
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False  # dev turns it on; it would log every SQL query (a cost the ORM should not pay here)

    from django.core.management import call_command
    from search import index

    started = t0 = time.perf_counter()
    print("Setting up: migrate, load_content (sites, taxonomy) …", flush=True)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        call_command("migrate", verbosity=0)
        call_command("load_content", verbosity=0)
    t_content = time.perf_counter() - t0

    t0 = time.perf_counter()
    site, n_schools, n_tags = make_bench_site()
    t_schools = time.perf_counter() - t0
    print(f"  migrate + load_content {t_content:.1f} s; {n_schools} schools, {n_schools} live profiles and "
          f"{n_tags} profile tags bulk-created in {t_schools:.1f} s", flush=True)

    t0 = time.perf_counter()
    doc_count = index.schools.rebuild(sites=[site])
    build_s = time.perf_counter() - t0
    print(f"Whoosh school index build: {build_s:.1f} s for {doc_count} documents", flush=True)

    engines = Engines(site)
    t0 = time.perf_counter()
    engines.build_wagtail_index()
    wagtail_build_s = time.perf_counter() - t0
    print(f"Wagtail database index ({engines.backend_name}) build: {wagtail_build_s:.1f} s (for comparison)",
          flush=True)

    queries = make_queries(site, QUERIES, facets=True)
    broad = make_queries(site, BROAD_QUERIES, facets=False, seed=2)

    # Warm-up (opens the Whoosh searcher, fills SQLite's page cache) and the sanity check in one round.
    outcomes = {name: [fn(q) for q in queries] for name, fn in engines.view_calls().items()}
    agreement = compare(queries, outcomes, engines)

    load_before = os.getloadavg()[0]
    print(f"\n{len(queries)} queries (parents' words + type + municipality + tag), {args.rounds} timed rounds after "
          f"one warm-up, engines interleaved; each request: Vocabulary.for_site, search, page of {PAGE}, total, "
          f"counts of {len(engines.facets)} facets ({', '.join(engines.facets)})")
    view = timed(engines.view_calls(), queries, args.rounds)
    table("Per request as the view does it (Vocabulary.for_site, cached until content changes)", view)
    engine_only = timed(engines.engine_calls(), queries, 1)
    table("Engines alone (one Vocabulary shared by all requests), one round", engine_only)
    vocab_wall, vocab_cpu = timed({"vocabulary": lambda q: engines.vocabulary_fresh()}, queries[:50], 1)
    print(f"  building Vocabulary(site) afresh (once after a content change): p50 {pct(vocab_wall['vocabulary'], 50):.1f} ms, "
          f"p95 {pct(vocab_wall['vocabulary'], 95):.1f} ms (CPU p50 {pct(vocab_cpu['vocabulary'], 50):.1f} ms)")
    broad_times = timed(engines.view_calls(), broad, 1)
    table(f"Extra: {len(broad)} broad queries (parents' words only, no facet ticked; large result sets), "
          f"one round", broad_times)
    load_after = os.getloadavg()[0]
    cpus = os.cpu_count() or 1
    print(f"\nSanity check (warm-up round): {agreement}")
    print(f"Machine: {cpus} CPUs, load average {load_before:.1f} before the timed rounds, {load_after:.1f} after"
          + ("  (busy: other processes compete for the CPUs, so the absolute times are inflated; the ratios "
             "hold better)" if max(load_before, load_after) > cpus else ""))

    for label, times in (("wall clock", view[0]), ("CPU time", view[1])):
        w50, w95 = pct(times["whoosh"], 50), pct(times["whoosh"], 95)
        o50, o95 = pct(times["orm"], 50), pct(times["orm"], 95)
        g50, g95 = pct(times["wagtaildb"], 50), pct(times["wagtaildb"], 95)
        print(f"\nSummary, per request as the view does it, {label}")
        print(f"  Whoosh      p50 {w50:7.1f} ms   p95 {w95:7.1f} ms")
        print(f"  ORM         p50 {o50:7.1f} ms   p95 {o95:7.1f} ms   ORM/Whoosh       p50 {o50 / w50:5.1f}x  "
              f"p95 {o95 / w95:5.1f}x")
        print(f"  WagtailDB   p50 {g50:7.1f} ms   p95 {g95:7.1f} ms   WagtailDB/Whoosh p50 {g50 / w50:5.1f}x  "
              f"p95 {g95 / w95:5.1f}x")
        print(f"Targets ({label}; index build {build_s:.1f} s for {doc_count} documents)")
        verdict("Whoosh p95 <= 20 ms", w95 <= 20, f"{w95:.1f} ms")
        verdict(">= 5x faster than the ORM (p50 and p95)", o50 / w50 >= 5 and o95 / w95 >= 5,
                f"{o50 / w50:.1f}x / {o95 / w95:.1f}x")
        verdict("index build <= 30 s", build_s <= 30, f"{build_s:.1f} s")

    print(f"Whole run {time.perf_counter() - started:.0f} s")
    if args.profile:
        profile(engines, queries)
    searcher = getattr(index.schools._local, "searcher", None)  # the thread's open searcher, before rmtree
    if searcher is not None:
        searcher.close()


def pct(values, p):
    return percentile(values, p) * 1000


def table(title, times):
    """Wall-clock percentiles, and the same for CPU time (this thread; SQLite runs in it too), which other
    processes on a busy machine do not inflate."""
    wall, cpu = times
    print(f"{title}\n  {'engine':<10} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   "
          f"{'CPU p50':>8} {'CPU p95':>8} {'n':>5}")
    for name, values in wall.items():
        print(f"  {name:<10} {pct(values, 50):8.1f} {pct(values, 95):8.1f} {max(values) * 1000:8.1f}   "
              f"{pct(cpu[name], 50):8.1f} {pct(cpu[name], 95):8.1f} {len(values):5d}", flush=True)


def verdict(label, ok, figure):
    print(f"  {label:<42} {figure:>16}  {'met' if ok else 'MISSED'}")


def timed(calls, queries, rounds):
    """Each query through every engine in turn (the order rotating), so drift in the machine hits all alike."""
    names = list(calls)
    wall, cpu = {name: [] for name in names}, {name: [] for name in names}
    for r in range(rounds):
        for i, query in enumerate(queries):
            k = (i + r) % len(names)
            for name in names[k:] + names[:k]:
                start, start_cpu = time.perf_counter(), time.thread_time()
                calls[name](query)
                cpu[name].append(time.thread_time() - start_cpu)
                wall[name].append(time.perf_counter() - start)
    return wall, cpu


# --- Set-up -------------------------------------------------------------------------------------------------

def pupil_file_keys():
    """The (BRIN, vestiging) of every valid row of DUO's pupil-count file (06)."""
    from portal.schools import duo

    scratch = duo.DuoData()
    path = duo.DUO_DIR / duo.PUPILS_FILE
    return {key for number, row in duo._rows(path, "utf-8", scratch)
            if (key := duo._location_code(row, "INSTELLINGSCODE", "VESTIGINGSCODE", path.name, number, scratch))}


def make_bench_site():
    """A site with a school for every location of DUO file 06 and a generated live profile for each."""
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from wagtail.models import Page, Site

    from content.schools_loader import EXPERTISE, FACILITIES, LIMITS, TYPICAL_TAGS, _join
    from portal.schools.duo import read_duo
    from portal.schools.models import School, SchoolType, SupportProfile, SupportTag, current_school_year

    data = read_duo()
    keys = pupil_file_keys()
    locations = [data.locations[k] for k in sorted(keys) if k in data.locations]
    national = {t.slug: t for t in SupportTag.objects.filter(site__isnull=True)}
    rng = random.Random(20260401)
    year = current_school_year()
    now = timezone.now()
    through = SupportProfile._meta.get_field("tags").remote_field.through
    with transaction.atomic():
        site = Site.objects.create(hostname=BENCH_HOST, port=80, site_name="Bench: alle DUO-vestigingen",
                                   root_page=Page.get_first_root_node())
        schools = School.objects.bulk_create([
            School(site=site, slug=f"{slugify(loc.name)[:100] or 'school'}-{loc.brin.lower()}{loc.vestiging}",
                   name=loc.name or f"Vestiging {loc.brin}{loc.vestiging}", brin=loc.brin, vestiging=loc.vestiging,
                   type=loc.type, place=loc.place, municipality=loc.municipality, denomination=loc.denomination,
                   street=loc.street, postcode=loc.postcode, website=loc.website, pupils=loc.pupils,
                   pupils_year=loc.pupils_year, from_duo=True, source_note="DUO open onderwijsdata (bench)")
            for loc in locations], batch_size=2000)
        profiles, chosen = [], []
        for school in schools:
            typical = [s for s in [*TYPICAL_TAGS[school.type], "rolstoeltoegankelijk"] if s in national]
            tags = rng.sample(typical, k=rng.randint(3, 7))
            expertise = [EXPERTISE[t] for t in tags if t in EXPERTISE]
            facilities = [FACILITIES[t] for t in tags if t in FACILITIES]
            profiles.append(SupportProfile(
                school=school, school_year=year, is_example=True, live=True, has_unpublished_changes=False,
                first_published_at=now, last_published_at=now,
                summary=f"{school.name} is een {SchoolType(school.type).label.lower()} in "
                        f"{school.place or school.municipality}. Dit is een voorbeeldprofiel voor de benchmark.",
                expertise=("Op school werken " + _join(expertise) + ".") if expertise else "",
                facilities=("De school heeft " + _join(facilities) + ".") if facilities else "",
                limits=rng.choice(LIMITS), class_size=rng.randint(8, 28),
                established_on=datetime.date(int(year[:4]), 9, 1)))
            chosen.append(tags)
        profiles = SupportProfile.objects.bulk_create(profiles, batch_size=2000)
        links = [through(supportprofile_id=p.pk, supporttag_id=national[slug].pk)
                 for p, tags in zip(profiles, chosen) for slug in tags]
        through.objects.bulk_create(links, batch_size=5000)
    return site, len(schools), len(links)


def make_queries(site, n, *, facets, seed=1):
    """Parents' queries built around real schools: words for one of its tags (a label or a parent's synonym,
    sometimes in a sentence, sometimes with a free word), and with `facets` its type, its municipality and
    another of its tags ticked; so each finds at least that school, except the 15% that are only a free word
    (which may find nothing, as real searches do)."""
    from portal.schools.models import School, SupportProfile, SupportTag

    rng = random.Random(seed)
    through = SupportProfile._meta.get_field("tags").remote_field.through
    tags_of = {}
    for school_id, slug in through.objects.filter(supportprofile__school__site=site).values_list(
            "supportprofile__school_id", "supporttag__slug"):
        tags_of.setdefault(school_id, []).append(slug)
    words_for = {t.slug: [t.label.lower(), *t.synonym_list] for t in SupportTag.for_site(site)}
    schools = list(School.objects.filter(site=site).order_by("pk").values("pk", "type", "municipality"))
    queries = []
    while len(queries) < n:
        school = rng.choice(schools)
        tags = sorted(tags_of.get(school["pk"], []))
        if len(tags) < 2:
            continue
        need, ticked = rng.sample(tags, 2)
        roll = rng.random()
        if roll < 0.15:
            text = rng.choice(FREE_WORDS)
        else:
            text = rng.choice(SENTENCES).format(rng.choice(words_for[need]))
            if roll > 0.85:
                text += " " + rng.choice(FREE_WORDS)
        filters = {"type": [school["type"]], "municipality": [school["municipality"]], "tag": [ticked]}
        queries.append(Query(text, filters if facets else {}))
    return queries


# --- The three engines ------------------------------------------------------------------------------------

@dataclass
class Effective:
    """A request as search_schools reads it: the parent's words turned into needs, filters and free words."""

    needs: list
    filters: dict
    words: list
    every_need: bool = True  # several needs: schools offering all of them; if none, those offering some
    page: int = 1


class Engines:
    def __init__(self, site):
        from wagtail.search.backends import get_search_backend

        from portal.schools.models import School, SupportProfile
        from search import schools

        self.site = site
        self.vocabulary = schools.Vocabulary(site)
        self.facets = list(schools.FACETS)
        self.multi_valued = set(getattr(schools, "MULTI_VALUED", {"tag"}))
        self.level_words = getattr(schools, "LEVEL_WORDS", {})
        self.through = SupportProfile._meta.get_field("tags").remote_field.through
        self.School = School
        self.BenchSchool = indexed_proxy()
        self.backend = get_search_backend("default")
        self.backend_name = type(self.backend).__name__

    def vocabulary_fresh(self):
        from search.schools import Vocabulary

        return Vocabulary(self.site)

    def vocabulary_as_view(self):
        from search.schools import Vocabulary

        return Vocabulary.for_site(self.site)

    def view_calls(self):
        return {"whoosh": lambda q: self.whoosh(q, self.vocabulary_as_view()),
                "orm": lambda q: self.orm(q, self.vocabulary_as_view()),
                "wagtaildb": lambda q: self.wagtail(q, self.vocabulary_as_view())}

    def engine_calls(self):
        return {"whoosh": lambda q: self.whoosh(q, self.vocabulary),
                "orm": lambda q: self.orm(q, self.vocabulary),
                "wagtaildb": lambda q: self.wagtail(q, self.vocabulary)}

    # Whoosh: the code under test, called as the view calls it.
    def whoosh(self, query, vocabulary):
        from search.schools import SchoolSearch, search_schools

        result = search_schools(self.site, SchoolSearch(text=query.text, filters=query.filters), vocabulary)
        if result.unavailable:
            raise RuntimeError("the Whoosh school search failed (see the log above)")
        counts = {name: {v.value: v.count for v in values if v.count} for name, values in result.facets.items()}
        return Outcome(result.total, [h["doc_id"] for h in result.hits], counts)

    def effective(self, query, vocabulary) -> Effective:
        """The same reading of the words and merging of filters as search_schools does."""
        from search.query import clean_query
        from search.schema import dutch
        from search.schools import interpret

        text, _ = clean_query(query.text)
        needs, places, types, rest = interpret(text, vocabulary)
        filters = {name: list(dict.fromkeys(values)) for name, values in query.filters.items() if values}

        def add(name, value):
            if value not in filters.setdefault(name, []):
                filters[name].append(value)
        for (kind, value), _ in places:
            add(kind, value)
        for value, phrase in types:
            add("type", value)
            if phrase in self.level_words:  # "havo": a VO school that offers havo
                add("level", self.level_words[phrase])
        words = [w for w in rest if list(dutch(w))]  # Whoosh drops the words its analyzer drops (stop words)
        return Effective(list(dict.fromkeys(s for s, _ in needs)), filters, words)

    # Shared by the ORM and the Wagtail paths: the same filtering in SQL.
    def _with_tags(self, slugs):
        """The schools whose live profile lists any of these tags, as a subquery."""
        return self.through.objects.filter(supporttag__slug__in=slugs, supportprofile__live=True).values(
            "supportprofile__school_id")

    @staticmethod
    def _level_q(code):
        from django.db.models import Q

        return (Q(levels=code) | Q(levels__startswith=f"{code},") | Q(levels__endswith=f",{code}")
                | Q(levels__contains=f",{code},"))

    def _word_q(self, word):
        from django.db.models import Q

        live = Q(profile__live=True)
        return (Q(name__icontains=word) | Q(place__icontains=word) | Q(municipality__icontains=word)
                | Q(street__icontains=word) | Q(postcode__icontains=word)
                | (live & (Q(profile__summary__icontains=word) | Q(profile__expertise__icontains=word)
                           | Q(profile__facilities__icontains=word)))
                | Q(pk__in=self.through.objects.filter(supportprofile__live=True, supporttag__label__icontains=word)
                    .values("supportprofile__school_id")))

    def _filtered(self, model, eff: Effective, leave_out=None, text=True):
        """Site, facets (tags AND, others OR), the needs; with `text` and no needs, at least one of the words."""
        qs = model.objects.filter(site=self.site)
        for name, values in eff.filters.items():
            if name == leave_out:
                continue
            if name == "tag":
                for slug in values:
                    qs = qs.filter(pk__in=self._with_tags([slug]))
            elif name == "level":
                qs = qs.filter(pk__in=self.School.objects.filter(reduce(or_, map(self._level_q, values)))
                               .values("pk"))
            else:
                qs = qs.filter(**{f"{name}__in": values})
        if eff.needs and eff.every_need:
            for slug in eff.needs:
                qs = qs.filter(pk__in=self._with_tags([slug]))
        elif eff.needs:
            qs = qs.filter(pk__in=self._with_tags(eff.needs))
        elif text and eff.words:
            qs = qs.filter(reduce(or_, (self._word_q(w) for w in eff.words)))
        return qs

    def _own(self, eff):
        return [n for n in self.facets if n != "tag" and eff.filters.get(n)]

    def _sql_counts(self, name, school_ids):
        """Counts of one facet over the schools of a subquery, by SQL aggregation (comma lists split here)."""
        from django.db.models import Count

        if name == "tag":
            return dict(self.through.objects.filter(supportprofile__school_id__in=school_ids,
                                                    supportprofile__live=True)
                        .order_by().values_list("supporttag__slug").annotate(n=Count("id")))
        if name == "level":
            counts = {}
            for levels, n in (self.School.objects.filter(pk__in=school_ids).exclude(levels="").order_by()
                              .values_list("levels").annotate(n=Count("pk"))):
                for code in levels.split(","):
                    counts[code] = counts.get(code, 0) + n
            return counts
        return dict(self.School.objects.filter(pk__in=school_ids).exclude(**{name: ""}).order_by()
                    .values_list(name).annotate(n=Count("pk")))

    def _hit_dicts(self, schools, eff):
        """What the page shows per hit (as search_schools builds it): its tags and which of them were asked."""
        from django.db.models import prefetch_related_objects

        prefetch_related_objects(schools, "profile__tags")
        asked = set(eff.needs) | set(eff.filters.get("tag", []))
        hits = []
        for school in schools:
            profile = getattr(school, "profile", None)
            tags = [t.slug for t in profile.tags.all()] if profile is not None and profile.live else []
            hits.append({"doc_id": str(school.pk), "name": school.name, "tags": tags,
                         "matched": [self.vocabulary.tag_label(t) for t in tags if t in asked]})
        return hits

    def _ranked(self, qs, eff, words=True):
        """Best first, as Whoosh ranks: the most needs offered (when any will do), then the most words matched."""
        from django.db.models import Case, Count, IntegerField, Q, Value, When

        keys = []
        if eff.needs and not eff.every_need:
            qs = qs.annotate(needs_met=Count("profile__tags", filter=Q(profile__tags__slug__in=eff.needs,
                                                                         profile__live=True)))
            keys.append("-needs_met")
        if words and eff.words:
            qs = qs.annotate(score=reduce(lambda a, b: a + b, (
                Case(When(self._word_q(w), then=Value(1)), default=Value(0), output_field=IntegerField())
                for w in eff.words)))
            keys.append("-score")
        return qs.order_by(*keys, "name")

    def _every_need_else_some(self, search, query, vocabulary):
        """As the site does: schools that offer every need; if none does, those that offer some of them."""
        eff = self.effective(query, vocabulary)
        outcome = search(eff)
        if not outcome.total and len(eff.needs) > 1:
            eff.every_need = False
            outcome = search(eff)
        return outcome

    # The Django ORM.
    def orm(self, query, vocabulary):
        return self._every_need_else_some(self._orm, query, vocabulary)

    def _orm(self, eff):
        qs = self._filtered(self.School, eff)
        own = self._own(eff)
        counts = {}
        for name in self.facets:
            base = self._filtered(self.School, eff, leave_out=name) if name in own else qs
            counts[name] = self._sql_counts(name, base.order_by().values("pk"))
        total = qs.count()
        start = (eff.page - 1) * PAGE
        page = list(self._ranked(qs, eff).select_related("profile")[start:start + PAGE])
        return Outcome(total, [h["doc_id"] for h in self._hit_dicts(page, eff)], counts)

    # Wagtail's database search backend.
    def build_wagtail_index(self):
        objs = list(self.BenchSchool.objects.filter(site=self.site).select_related("profile")
                    .prefetch_related("profile__tags"))
        self.backend.add_bulk(self.BenchSchool, objs)

    def _wagtail_search(self, qs, eff):
        from wagtail.search.query import MATCH_ALL

        if eff.words and not eff.needs:
            return self.backend.search(" ".join(eff.words), qs, operator="or")
        return self.backend.search(MATCH_ALL, qs)

    def wagtail(self, query, vocabulary):
        return self._every_need_else_some(self._wagtail, query, vocabulary)

    def _wagtail(self, eff):
        qs = self._filtered(self.BenchSchool, eff, text=False)
        results = self._wagtail_search(qs, eff)
        own = self._own(eff)
        counts = {}
        for name in self.facets:
            found = self._wagtail_search(self._filtered(self.BenchSchool, eff, leave_out=name, text=False), eff) \
                if name in own else results
            if name in self.multi_valued:
                # .facet() counts a column's values; a school's tags (many-to-many) and its comma list of levels
                # are not one value, so count those over the matched schools.
                matched = found.get_queryset(for_count=True) if hasattr(found, "get_queryset") else \
                    self.School.objects.filter(pk__in=[o.pk for o in found])
                counts[name] = self._sql_counts(name, matched.order_by().values("pk"))
            else:
                counts[name] = {k: v for k, v in found.facet(name).items() if k}
        total = results.count()
        start = (eff.page - 1) * PAGE
        if eff.needs and eff.words:
            # The needs decide what is found, the words only rank (Whoosh: AndMaybe): first the schools that
            # also match the words (FTS5), then the others.
            page = list(self.backend.search(" ".join(eff.words), qs, operator="or")[start:start + PAGE])
            if len(page) < PAGE:
                rest = qs.exclude(pk__in=[s.pk for s in page])
                page += list(self._ranked(rest, eff, words=False)[:PAGE - len(page)])
        elif eff.needs and not eff.every_need:
            page = list(self._ranked(qs, eff)[start:start + PAGE])
        else:
            page = list(results[start:start + PAGE])
        return Outcome(total, [h["doc_id"] for h in self._hit_dicts(page, eff)], counts)


def indexed_proxy():
    """School as Wagtail's search sees it, for this benchmark only: a proxy model with search_fields.

    School itself is not index.Indexed and stays as it is. The proxy shares School's table and content type,
    so its index entries are School's; it is defined after migrate, and only the bench indexes it.
    """
    from wagtail.search import index
    from wagtail.search.models import IndexEntry, TextIDGenericRelation

    from portal.schools.models import School

    class BenchSchool(index.Indexed, School):
        search_fields = [
            index.SearchField("name", boost=3),
            index.SearchField("place"), index.SearchField("municipality"),
            index.SearchField("street"), index.SearchField("postcode"),
            index.RelatedFields("profile", [
                index.SearchField("summary"), index.SearchField("expertise"), index.SearchField("facilities"),
                index.RelatedFields("tags", [index.SearchField("label")]),
            ]),
            index.FilterField("id"), index.FilterField("site"), index.FilterField("type"),
            index.FilterField("municipality"), index.FilterField("place"), index.FilterField("denomination"),
        ]

        class Meta:
            proxy = True
            app_label = "schools"

    # What Wagtail adds to indexed models when the apps load (used for ranking expressions).
    TextIDGenericRelation(IndexEntry).contribute_to_class(BenchSchool, "index_entries")
    return BenchSchool


def compare(queries, outcomes, engines):
    """How far the ORM and Wagtail paths agree with Whoosh on totals and every facet count. Free words can
    differ: Whoosh stems Dutch, icontains and FTS5 match letters."""
    from search.schools import MAX_PER_FACET

    def agree(mine, theirs):
        if mine.total != theirs.total:
            return False
        for name, shown in mine.counts.items():  # Whoosh shows at most MAX_PER_FACET values per facet
            other = theirs.counts.get(name, {})
            if any(other.get(value) != n for value, n in shown.items()):
                return False
            if len(shown) < MAX_PER_FACET and set(shown) != {v for v, n in other.items() if n}:
                return False
        return True

    lines = []
    for name in ("orm", "wagtaildb"):
        tally = {False: [0, 0], True: [0, 0]}
        for query, mine, theirs in zip(queries, outcomes["whoosh"], outcomes[name]):
            entry = tally[bool(engines.effective(query, engines.vocabulary).words)]
            entry[0] += agree(mine, theirs)
            entry[1] += 1
        lines.append(f"{name} gives Whoosh's total and facet counts on {tally[False][0]}/{tally[False][1]} "
                     f"queries without free words, {tally[True][0]}/{tally[True][1]} with free words")
    totals = sorted(o.total for o in outcomes["whoosh"])
    lines.append(f"Whoosh totals: median {totals[len(totals) // 2]}, max {totals[-1]}, "
                 f"{sum(1 for t in totals if t == 0)} of {len(totals)} empty")
    return "\n  " + "\n  ".join(lines)


def profile(engines, queries):
    """Where the Whoosh path spends its time: cProfile over one round of the mix."""
    calls = engines.view_calls()["whoosh"]
    profiler = cProfile.Profile()
    profiler.enable()
    for query in queries:
        calls(query)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(35)
    print("\nProfile of the Whoosh path (one round, cumulative):")
    print(out.getvalue())


if __name__ == "__main__":
    main()
