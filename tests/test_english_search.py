"""The site search in English (issue 14): /en/zoeken/ searches each site's English pages and the English answers it
gives (an index of its own, English stemming), links to /en/, and is kept current like the Dutch one."""

import re

import pytest
from wagtail.models import Site

from portal.answers.models import AnswerPage
from portal.answers.selectors import answer_index
from portal.core.models import GlossaryTerm
from portal.core.translations import live_translation
from portal.insights.models import SearchMissVisit
from portal.pages.models import ProcedurePage
from search import index, sync
from search.models import IndexVersion
from search.query import search

SITE = "zuidkennemerland"


@pytest.fixture(scope="module", autouse=True)
def fresh_indexes(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        index.pages.rebuild()
        index.pages_en.rebuild()


def english(site, query, **kwargs):
    return search(site=site, raw_query=query, language="en", **kwargs)


def urls(result):
    return [hit.url for hit in result.hits]


def result_links(html):
    return re.findall(r'<h2 class="utrecht-heading-3"><a class="utrecht-link" href="([^"]+)">', html)


@pytest.mark.parametrize("query, url", [
    ("appeal", "/en/questions/bezwaar-tlv/"),
    ("appeals", "/en/questions/bezwaar-tlv/"),  # the plural through English stemming
    ("home without school", "/en/questions/thuiszitten/"),
    ("gifted children", "/en/questions/hoogbegaafdheid/"),
    ("complaints", "/en/questions/klacht/"),
])
def test_english_words_find_the_english_answer(site_for, query, url):
    assert url in urls(english(site_for(SITE), query))[:3]


def test_an_english_explanation_of_a_dutch_term_is_found(site_for):
    """The English texts explain the Dutch names once: "ontwikkelingsperspectiefplan (OPP: support plan)"."""
    assert "/en/questions/opp/" in urls(english(site_for(SITE), "support plan"))


def test_every_result_is_an_english_page_of_this_site(host_client, site_for):
    client = host_client(SITE)
    html = client.get("/en/zoeken/", {"q": "tlv"}).content.decode()
    links = result_links(html)
    assert len(links) == 10 and all(link.startswith("/en/") for link in links)
    for link in links[:4]:
        page = client.get(link)
        assert page.status_code == 200 and '<html lang="en"' in page.content.decode()


def test_a_dutch_query_finds_no_dutch_pages_on_the_english_search(site_for):
    site = site_for(SITE)
    dutch = search(site=site, raw_query="toelaatbaarheidsverklaring aanvragen")
    assert dutch.total and not any(url.startswith("/en/") for url in urls(dutch))
    result = english(site, "toelaatbaarheidsverklaring aanvragen")
    assert result.total and all(url.startswith("/en/") for url in urls(result))
    assert not {hit.title for hit in result.hits} & {hit.title for hit in dutch.hits}


def test_an_swvs_english_override_is_found_on_its_own_site_only(site_for):
    site = site_for(SITE)
    own = AnswerPage.objects.live().child_of(answer_index(site=site, language="en")).select_related("topic").first()
    assert own is not None, "the demo needs an English override on the test site"
    url = f"/en/questions/{own.topic.slug}/"
    assert any(hit.title == own.title and hit.url == url for hit in english(site, own.title).hits)
    for other in Site.objects.exclude(pk=site.pk):
        assert own.title not in {hit.title for hit in english(other, own.title).hits}


def test_publishing_an_english_page_updates_the_english_index_and_its_version(
        site_for, django_capture_on_commit_callbacks):
    site = site_for(SITE)
    dutch = ProcedurePage.objects.descendant_of(site.root_page).get(slug="thuiszitten")
    page = live_translation(dutch, "en").specific
    original = page.intro
    versions = IndexVersion.objects.values_list("store", "site_id", "version")
    before = {(store, site_id): version for store, site_id, version in versions}
    page.intro = original + " Rareenglishwordxyz."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    try:
        assert [(h.title, h.url) for h in english(site, "rareenglishwordxyz").hits] == [
            (page.title, "/en/procedures/thuiszitten/")]
        assert search(site=site, raw_query="rareenglishwordxyz").total == 0  # not in the Dutch index
        # Only this site's English documents changed: the other web nodes update just those (search.sync).
        after = {(store, site_id): version for store, site_id, version in versions.all()}
        changed = {key for key in after if after[key] != before.get(key)}
        assert changed == {(index.pages_en.name, site.pk)}
        page.unpublish()
        assert english(site, "rareenglishwordxyz").total == 0
    finally:  # the database rolls back after the test; the index must follow by hand
        page.intro = original
        page.save_revision().publish()


def test_a_dutch_override_changes_which_english_answer_the_site_gives(site_for):
    """Unpublishing an SWV's Dutch override hands the topic back to the national answer, in English too."""
    site = site_for(SITE)
    own_en = AnswerPage.objects.live().child_of(answer_index(site=site, language="en")).select_related("topic").first()
    own_nl = live_translation(own_en, "nl").specific
    try:
        own_nl.unpublish()
        titles = {hit.title for hit in english(site, own_en.title).hits}
        assert own_en.title not in titles
    finally:
        own_nl.save_revision().publish()
    assert own_en.title in {hit.title for hit in english(site, own_en.title).hits}


def test_glossary_names_are_synonyms_in_english(site_for):
    site = site_for(SITE)
    assert set(urls(english(site, "opp"))[:3]) & set(urls(english(site, "ontwikkelingsperspectiefplan"))[:3])
    term = GlossaryTerm.objects.get(slug="zorgplicht")
    term.aliases = f"{term.aliases}, dutyofcarexyz"
    term.save()
    assert "/en/questions/zorgplicht/" in urls(english(site, "dutyofcarexyz"))


def test_an_english_name_of_a_term_finds_the_pages_that_use_the_dutch_word(site_for):
    site = site_for(SITE)
    # No English text says "admissibility"; the TLV pages say "toelaatbaarheidsverklaring" and "TLV".
    assert "admissibility statement" in GlossaryTerm.objects.get(slug="tlv").names_en  # content/en/glossary
    assert "/en/questions/tlv/" in urls(english(site, "admissibility statement"))[:3]
    term = GlossaryTerm.objects.get(slug="zorgplicht")
    term.aliases_en = "obligation to place xyz"
    term.save()
    assert "/en/questions/zorgplicht/" in urls(english(site, "what is the obligation to place xyz"))
    assert "/en/questions/zorgplicht/" not in urls(english(site, "obligation xyz"))  # the whole name, not a word of it


def test_the_english_page_speaks_english(host_client, db):
    client = host_client(SITE)
    html = client.get("/en/zoeken/", {"q": "appeal"}).content.decode()
    assert '<html lang="en"' in html and "results for ‘appeal’" in html
    assert "Question and answer" in html and "Vraag en antwoord" not in html
    assert 'lang="nl"' not in html.split('<ol class="search-results"')[1]  # the results are English now
    assert "For now the search looks only in the Dutch pages" not in html
    misspelt = client.get("/en/zoeken/", {"q": "suport"}).content.decode()
    assert "Did you mean" in misspelt and "?q=support" in misspelt


def test_dutch_words_on_the_english_search_lead_to_the_dutch_search_not_to_look_alikes(host_client, site_for):
    assert english(site_for(SITE), "hoe lang duurt het").dutch_words
    html = host_client(SITE).get("/en/zoeken/", {"q": "hoe lang duurt het"}).content.decode()
    assert "looks like Dutch" in html and 'href="/zoeken/?q=hoe%20lang%20duurt%20het"' in html
    assert "Did you mean" not in html
    misspelt = english(site_for(SITE), "suport")
    assert not misspelt.dutch_words and misspelt.suggestion == "support"


def test_nothing_found_in_english_says_so_and_is_counted(host_client, db):
    client = host_client(SITE)
    html = client.get("/en/zoeken/", {"q": "kwallen xylofoon"}).content.decode()
    assert "No results for ‘kwallen xylofoon’." in html
    assert SearchMissVisit.objects.filter(kind="zoeken", query="kwallen xylofoon").count() == 1


def test_the_count_is_of_this_sites_results_only(host_client, site_for):
    """Words found only on another site's pages: no results here, in either language, and the miss is counted."""
    site = site_for("zuidoostutrecht")
    assert search(site=site, raw_query="Zuid-Kennemerland").total == 0
    assert english(site, "Zuid-Kennemerland").total == 0
    assert english(site_for(SITE), "Zuid-Kennemerland").total > 0
    html = host_client("zuidoostutrecht").get("/en/zoeken/", {"q": "Zuid-Kennemerland"}).content.decode()
    assert "No results for ‘Zuid-Kennemerland’." in html
    assert SearchMissVisit.objects.filter(site=site, kind="zoeken").count() == 1
    own = english(site_for(SITE), "tlv", page=1)
    last = english(site_for(SITE), "tlv", page=own.pages + 5)
    assert own.total == last.total and last.page == own.pages and last.hits


def test_a_node_without_an_english_index_is_friendly_and_builds_one(host_client, settings, tmp_path, site_for):
    """A node upgraded with only the Dutch pages and the schools on disk: the English search is unavailable, not an
    error, until search.sync (or rebuild_search_index) builds the English index; the Dutch one works meanwhile."""
    settings.SEARCH_INDEX_DIR = tmp_path / "old-node"
    sync.rebuild_and_record(index.pages)
    client = host_client(SITE)
    response = client.get("/en/zoeken/", {"q": "appeal"})
    assert response.status_code == 200 and "Search does not work at the moment" in response.content.decode()
    assert "Zoeken lukt nu even niet" not in client.get("/zoeken/", {"q": "tlv"}).content.decode()
    sync.catch_up(index.pages_en)
    assert "/en/questions/bezwaar-tlv/" in result_links(client.get("/en/zoeken/", {"q": "appeal"}).content.decode())
