"""Site search on Whoosh: Dutch stemming, synonyms, suggestions, the current site only, bad input."""

import pytest
from portal.core.models import GlossaryTerm
from portal.pages.models import ProcedurePage
from search import index
from search.query import search


@pytest.fixture(scope="module", autouse=True)
def fresh_index(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        index.pages.rebuild()


def titles(result):
    return [hit.title for hit in result.hits]


def test_plural_finds_the_singular_through_dutch_stemming(site_for):
    result = search(site=site_for("zuidoostutrecht"), raw_query="toelaatbaarheidsverklaringen")
    assert result.total > 0
    assert any("TLV" in t or "toelaatbaarheidsverklaring" in t.lower() for t in titles(result)[:3])


def test_abbreviation_and_full_term_find_each_other(site_for):
    site = site_for("zuidkennemerland")
    by_abbreviation = set(titles(search(site=site, raw_query="opp")))
    by_term = set(titles(search(site=site, raw_query="ontwikkelingsperspectiefplan")))
    assert by_abbreviation & by_term


def test_tlv_aanvraag_finds_the_tlv_procedure(site_for):
    result = search(site=site_for("noordmiddendrenthe"), raw_query="tlv aanvraag")
    assert any("aanvra" in t.lower() for t in titles(result)[:3])


def test_misspelling_gets_a_suggestion(site_for):
    result = search(site=site_for("zuidoostutrecht"), raw_query="zorgplciht")
    assert result.suggestion == "zorgplicht"


def test_results_come_from_the_current_site_only(site_for):
    own = titles(search(site=site_for("zuidkennemerland"), raw_query="Zuid-Kennemerland"))
    other = titles(search(site=site_for("zuidoostutrecht"), raw_query="Zuid-Kennemerland"))
    assert any("Zuid-Kennemerland" in t for t in own)
    assert not any("Zuid-Kennemerland" in t for t in other)


def test_an_swvs_own_glossary_names_are_synonyms_on_its_own_site_only(site_for):
    own, other = site_for("zuidkennemerland"), site_for("zuidoostutrecht")
    GlossaryTerm.objects.create(term="Qqxloket", slug="qqxloket", definition="Test.", aliases="zorgplicht", site=own)
    assert search(site=own, raw_query="qqxloket").total > 0
    assert search(site=other, raw_query="qqxloket").total == 0


def test_snippets_highlight_the_words_and_escape_html(site_for):
    result = search(site=site_for("zuidoostutrecht"), raw_query="zorgplicht")
    assert any("<mark" in str(hit.snippet) for hit in result.hits)
    assert not any("<script" in str(hit.snippet) for hit in result.hits)


@pytest.mark.parametrize("query", ["", "   ", "?!…,.;", "\x00\x01\x1b[31m", "a" * 10_000, "tlv " * 3000,
                                   "title:(*) OR body:[a TO z]", "<script>alert(1)</script>", "😀" * 50])
def test_absurd_queries_give_a_friendly_page(client, db, query):
    response = client.get("/zoeken/", {"q": query}, HTTP_HOST="zuidoostutrecht.localhost")
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_very_long_query_is_cut_with_a_notice(site_for):
    result = search(site=site_for("zuidoostutrecht"), raw_query="zorgplicht " * 1000)
    assert result.notice and "lang" in result.notice
    assert len(result.query) <= 200


def test_search_page_shows_results_and_suggestion(client, db):
    html = client.get("/zoeken/", {"q": "zorgplciht"}, HTTP_HOST="zuidoostutrecht.localhost").content.decode()
    assert "Bedoelde u" in html and "zorgplicht" in html


def test_missing_index_degrades_to_a_friendly_message(client, db, settings, tmp_path):
    settings.SEARCH_INDEX_DIR = tmp_path / "leeg"
    response = client.get("/zoeken/", {"q": "tlv"}, HTTP_HOST="zuidoostutrecht.localhost")
    assert response.status_code == 200
    assert "Zoeken lukt nu even niet" in response.content.decode()


def test_publishing_and_unpublishing_updates_the_index(site_for):
    site = site_for("zuidoostutrecht")
    page = ProcedurePage.objects.descendant_of(site.root_page).get(slug="thuiszitten")
    original = page.intro
    page.intro = original + " Zeldzaamwoordxyz."
    page.save_revision().publish()
    try:
        assert titles(search(site=site, raw_query="zeldzaamwoordxyz")) == [page.title]
        page.unpublish()
        assert search(site=site, raw_query="zeldzaamwoordxyz").total == 0
    finally:  # the database rolls back after the test; the index must follow by hand
        page.intro = original
        page.save_revision().publish()


def test_rebuild_swaps_in_a_complete_index(db):
    before = index.pages.live_link().resolve()
    count = index.pages.rebuild()
    assert count > 4 * 33
    assert index.pages.live_link().resolve() != before
    with index.pages.open_index().searcher() as searcher:
        assert searcher.doc_count() == count
