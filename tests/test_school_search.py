"""Needs-first school search on a real Whoosh index: parents' words, facet counts checked against the database,
the current site only, sorting and pages, rebuilds and updates."""

import threading

import pytest
from django.db.models import Q

from portal.schools.models import School, SupportProfile, SupportTag
from search import index
from search.schools import PAGE_LENGTH, SchoolSearch, Vocabulary, search_schools

ZK = "zuidkennemerland"


@pytest.fixture(scope="module", autouse=True)
def fresh_index(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        index.schools.rebuild()


def run(site, text="", sort="relevance", page=1, **filters):
    return search_schools(site, SchoolSearch(text=text, filters=filters, sort=sort, page=page))


def all_hits(site, text="", **filters):
    """Every hit over all pages."""
    first = run(site, text, **filters)
    hits = list(first.hits)
    for page in range(2, first.pages + 1):
        hits += run(site, text, page=page, **filters).hits
    assert len(hits) == first.total
    return hits


def truth(site, tags=(), **alternatives):
    """The site's schools a search should find: a live profile with every tag (AND), and one of the values of
    each other facet (OR), straight from the database."""
    schools = School.objects.filter(site=site)
    for slug in tags:
        schools = schools.filter(profile__live=True, profile__tags__slug=slug)
    for name, values in alternatives.items():
        schools = schools.filter(**{f"{name}__in": values})
    return School.objects.filter(pk__in=schools.values("pk"))  # no DISTINCT: it would merge same-named rows


def live_tags(school) -> set[str]:
    profile = getattr(school, "profile", None)
    if profile is None or not profile.live:
        return set()
    return set(profile.tags.values_list("slug", flat=True))


def tag_counts(schools) -> dict[str, int]:
    counts = {}
    for school in schools:
        for slug in live_tags(school):
            counts[slug] = counts.get(slug, 0) + 1
    return counts


def facet(result, name) -> dict[str, int]:
    return {v.value: v.count for v in result.facets[name]}


# --- parents' words ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("words, slug", [
    ("druk in de klas", "gedrag"), ("rolstoel", "rolstoeltoegankelijk"), ("hoogbegaafd", "hoogbegaafdheid"),
    ("leesproblemen", "dyslexie"), ("Mijn zoon is DRUK IN DE KLAS", "gedrag"),
    ("sova-training", "sociale-vaardigheden"),
])
def test_parents_words_become_a_tag_and_every_hit_offers_it(site_for, words, slug):
    site = site_for(ZK)
    result = run(site, words)
    assert [need[0] for need in result.needs] == [slug]
    expected = truth(site, tags=[slug])
    assert result.total == expected.count() > 0
    hits = all_hits(site, words)
    assert all(slug in hit["tags"] for hit in hits)
    assert {int(hit["doc_id"]) for hit in hits} == set(expected.values_list("pk", flat=True))
    label = SupportTag.objects.get(slug=slug).label
    assert all(label in hit["matched"] for hit in hits)
    assert facet(result, "tag") == tag_counts(expected)


def test_tag_filter_is_and_and_its_facet_counts_match_the_database(site_for):
    site = site_for(ZK)
    for tags in (["dyslexie"], ["dyslexie", "adhd"], ["logopedie", "rustige-werkplek"]):
        result = run(site, tag=tags)
        expected = truth(site, tags=tags)
        assert result.total == expected.count(), tags
        counts = facet(result, "tag")
        assert counts == tag_counts(expected), tags
        for slug in tags:
            assert counts[slug] == result.total


def test_or_facet_counts_leave_out_their_own_selection(site_for):
    site = site_for(ZK)
    result = run(site, tag=["logopedie"], type=["SBO"])
    assert result.total == truth(site, tags=["logopedie"], type=["SBO"]).count()
    with_tag = truth(site, tags=["logopedie"])
    expected_types = {}
    for kind in with_tag.values_list("type", flat=True):
        expected_types[kind] = expected_types.get(kind, 0) + 1
    assert facet(result, "type") == expected_types
    assert sum(facet(result, "type").values()) > result.total
    assert facet(result, "tag") == tag_counts(truth(site, tags=["logopedie"], type=["SBO"]))
    assert {v.value for v in result.facets["type"] if v.selected} == {"SBO"}


def test_two_or_facets_each_count_without_their_own_selection(site_for):
    site = site_for(ZK)
    result = run(site, type=["BO"], municipality=["Haarlem", "Zandvoort"])
    assert result.total == truth(site, type=["BO"], municipality=["Haarlem", "Zandvoort"]).count()
    municipalities = {}
    for name in truth(site, type=["BO"]).values_list("municipality", flat=True):
        municipalities[name] = municipalities.get(name, 0) + 1
    assert facet(result, "municipality") == municipalities
    types = {}
    for kind in truth(site, municipality=["Haarlem", "Zandvoort"]).values_list("type", flat=True):
        types[kind] = types.get(kind, 0) + 1
    assert facet(result, "type") == types
    places = {}
    for place in truth(site, type=["BO"], municipality=["Haarlem", "Zandvoort"]).values_list("place", flat=True):
        if place:
            places[place] = places.get(place, 0) + 1
    assert facet(result, "place") == places


def test_facets_without_any_selection_count_the_whole_site(site_for):
    site = site_for("noordmiddendrenthe")
    result = run(site)
    schools = School.objects.filter(site=site)
    assert result.total == schools.count()
    assert facet(result, "tag") == tag_counts(schools)
    assert sum(facet(result, "municipality").values()) == schools.count()


def test_results_come_from_the_current_site_only(site_for):
    for slug in ("zuidkennemerland", "duinenbollenstreek", "zuidoostutrecht", "noordmiddendrenthe"):
        site = site_for(slug)
        own = set(School.objects.filter(site=site).values_list("pk", flat=True))
        hits = all_hits(site)
        assert {int(h["doc_id"]) for h in hits} == own
        assert {int(h["doc_id"]) for h in all_hits(site, "dyslexie")} <= own


@pytest.mark.parametrize("site_slug, other_place", [(ZK, "Katwijk"), (ZK, "Assen"), ("duinenbollenstreek", "Haarlem"),
                                                    ("zuidoostutrecht", "Beilen")])
def test_a_place_of_another_swv_finds_nothing(site_for, site_slug, other_place):
    assert School.objects.filter(Q(place=other_place) | Q(municipality=other_place)).exists()
    result = run(site_for(site_slug), other_place)
    assert result.total == 0
    assert result.hits == []
    assert not result.unavailable


def test_place_words_are_understood(site_for):
    site = site_for(ZK)
    result = run(site, "dyslexie in haarlem")
    assert result.understood_places == ["Haarlem"]
    assert [n[0] for n in result.needs] == ["dyslexie"]
    expected = truth(site, tags=["dyslexie"], municipality=["Haarlem"])
    assert result.total == expected.count() > 0
    found = {int(h["doc_id"]) for h in all_hits(site, "dyslexie in haarlem")}
    assert found == set(expected.values_list("pk", flat=True))
    assert result.total < truth(site, tags=["dyslexie"]).count()


def test_a_village_is_understood_as_a_place(site_for):
    site = site_for(ZK)
    result = run(site, "basisschool in Overveen")
    assert result.understood_places == ["Overveen"]
    assert result.understood_types == ["Basisschool"]
    expected = truth(site, place=["Overveen"], type=["BO"])
    assert result.total == expected.count() == 3


def test_sort_by_name(site_for):
    site = site_for(ZK)
    names = [h["name"] for h in all_hits(site)]
    assert names == sorted(names, key=str.lower)
    result = run(site, "dyslexie", sort="name")
    on_page = [h["name"] for h in result.hits]
    assert on_page == sorted(on_page, key=str.lower)
    assert result.total == truth(site, tags=["dyslexie"]).count()


def test_pages_of_twenty(site_for):
    site = site_for(ZK)
    count = School.objects.filter(site=site).count()
    assert count > 3 * PAGE_LENGTH
    first = run(site)
    assert PAGE_LENGTH == 20
    assert (first.total, first.pages, len(first.hits)) == (count, -(-count // 20), 20)
    last = run(site, page=first.pages)
    assert len(last.hits) == count - 20 * (first.pages - 1)
    beyond = run(site, page=first.pages + 1)
    assert beyond.hits == [] and beyond.total == count
    seen = [h["doc_id"] for h in all_hits(site)]
    assert len(seen) == len(set(seen)) == count


def test_rebuild_while_searching_in_a_thread(site_for):
    site = site_for(ZK)
    vocabulary = Vocabulary(site)  # built here: the thread only reads the index
    expected = run(site, "leesproblemen").total
    results, failures = [], []
    stop = threading.Event()

    def searching():
        try:
            while not stop.is_set() or len(results) < 5:
                r = search_schools(site, SchoolSearch(text="leesproblemen"), vocabulary)
                results.append((r.total, r.unavailable, len(r.hits)))
        except Exception as exc:  # noqa: BLE001 - the test reports it
            failures.append(exc)

    thread = threading.Thread(target=searching)
    thread.start()
    try:
        builds = {index.schools.live_link().resolve()}
        for _ in range(4):
            index.schools.rebuild()
            builds.add(index.schools.live_link().resolve())
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not thread.is_alive()
    assert failures == []
    assert len(builds) == 5
    assert results and set(results) == {(expected, False, min(expected, PAGE_LENGTH))}


def test_missing_index_gives_unavailable_not_an_exception(site_for, settings, tmp_path):
    settings.SEARCH_INDEX_DIR = tmp_path / "leeg"
    result = run(site_for(ZK), "dyslexie")
    assert result.unavailable
    assert (result.total, result.hits) == (0, [])


def test_publishing_a_new_tag_updates_the_index(site_for):
    site = site_for(ZK)
    tag = SupportTag.objects.get(slug="epilepsie")
    profile = (SupportProfile.objects.filter(school__site=site, live=True, school__type="BO")
               .exclude(tags=tag).select_related("school").first())
    original = list(profile.tags.all())
    before = run(site, "epilepsie")
    assert profile.school.name not in [h["name"] for h in all_hits(site, "epilepsie")]
    try:
        profile.tags = original + [tag]
        revision = profile.save_revision()
        assert run(site, "epilepsie").total == before.total  # a draft is not searchable
        revision.publish()
        after = all_hits(site, "epilepsie")
        assert len(after) == before.total + 1
        assert profile.school.name in [h["name"] for h in after]
        assert run(site, tag=["epilepsie"]).total == truth(site, tags=["epilepsie"]).count() == before.total + 1
    finally:  # the database rolls back after the test; the index must follow by hand
        profile = SupportProfile.objects.get(pk=profile.pk)
        profile.tags = original
        profile.save_revision().publish()
    assert run(site, "epilepsie").total == before.total


def test_unpublishing_takes_the_profile_out_of_the_tag_results(site_for):
    site = site_for(ZK)
    profile = SupportProfile.objects.filter(school__site=site, live=True, tags__slug="dyslexie").first()
    before = run(site, "dyslexie").total
    try:
        profile.unpublish()
        assert run(site, "dyslexie").total == before - 1
        hit = [h for h in all_hits(site) if int(h["doc_id"]) == profile.school_id][0]
        assert hit["has_profile"] is False and hit["tags"] == []
    finally:
        profile = SupportProfile.objects.get(pk=profile.pk)
        profile.save_revision().publish()
    assert run(site, "dyslexie").total == before
