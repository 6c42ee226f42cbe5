"""The school search, comparison and school pages in English (issue 14): the support taxonomy's English names and
help from content/en/schools/taxonomy.yaml, English words of parents understood, filters and messages in English,
a school's own text kept Dutch and marked so, the language switch and hreflang on the real counterpart; the API and
the Dutch pages stay Dutch."""

import html
import re
from pathlib import Path

import pytest
import yaml
from django.utils import translation

from content.loader import ContentLoader
from portal.schools.models import BasisElement, School, SupportProfile, SupportTag
from search import index
from search.documents import school_document

ROOT = Path(__file__).resolve().parent.parent
TAXONOMY_EN = yaml.safe_load((ROOT / "content" / "en" / "schools" / "taxonomy.yaml").read_text(encoding="utf-8"))
ZK = "zuidkennemerland"


@pytest.fixture(scope="module", autouse=True)
def fresh_index(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        index.schools.rebuild()


def get(client, path, params=None, site=ZK):
    response = client.get(path, params or {}, HTTP_HOST=f"{site}.localhost")
    assert response.status_code == 200, path
    return html.unescape(response.content.decode())


def hreflangs(text):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', text))


def live_profile(**filters) -> SupportProfile:
    return (SupportProfile.objects.filter(school__site__hostname=f"{ZK}.localhost", live=True, **filters)
            .exclude(summary="").select_related("school").order_by("school__name").first())


def test_every_tag_and_element_has_its_english_text_from_the_file(db):
    national = TAXONOMY_EN["national"]
    local = [item for swv in TAXONOMY_EN["swv"].values() for item in swv.get("tags") or []]
    for item in national + local:
        tag = SupportTag.objects.get(slug=item["slug"])
        help_text = " ".join(item["help"].split())
        assert (tag.label_en, tag.group_en, tag.help_en) == (item["label"], item["group"], help_text)
    for slug, swv in TAXONOMY_EN["swv"].items():
        for item in swv.get("basisondersteuning") or []:
            element = BasisElement.objects.get(site__hostname=f"{slug}.localhost", slug=item["slug"])
            assert element.label_en == item["label"]


def test_loading_again_keeps_an_editors_english_text(db):
    SupportTag.objects.filter(slug="autisme").update(label_en="Autism (edited)")
    ContentLoader().load()
    assert SupportTag.objects.get(slug="autisme").label_en == "Autism (edited)"
    ContentLoader(refresh=True).load()
    assert SupportTag.objects.get(slug="autisme").label_en == "Autism"


@pytest.mark.parametrize("words, slug", [("autism", "autisme"), ("dyslexia", "dyslexie"), ("deaf", "slechthorend"),
                                         ("hard of hearing", "slechthorend"), ("adhd", "adhd"),
                                         ("a school for my son with dyscalculia", "dyscalculie"),
                                         ("wheelchair", "rolstoeltoegankelijk"), ("speech therapy", "logopedie")])
def test_english_words_find_the_kind_of_support(client, db, words, slug):
    text = get(client, "/en/scholen/", {"q": words})
    label = SupportTag.objects.get(slug=slug).label_en
    assert re.search(rf'We searched for:\s*<span class="understood__item">{re.escape(label)}', text)
    cards = text.count('<li class="school-card">')
    assert cards and len(re.findall(rf'<p class="school-card__matched">Offers: [^<]*{re.escape(label)}', text)) == cards


def test_a_vague_part_of_an_english_name_is_no_need(client, db):
    text = get(client, "/en/scholen/", {"q": "group"})  # of "Small class or group"
    assert "We searched for:" not in text


def test_english_words_for_a_type_of_school(client, db):
    text = get(client, "/en/scholen/", {"q": "secondary school with dyslexia in assen"}, site="noordmiddendrenthe")
    assert re.search(r"We searched for:\s*<span class=\"understood__item\">Dyslexia</span>;\s*in Assen; "
                     r"Secondary school \(vo\)\.", text)
    assert text.count('<li class="school-card">') == text.count("Secondary school (vo) · ") > 0


def test_the_english_search_page_speaks_english_and_the_dutch_one_dutch(client, db):
    english = get(client, "/en/scholen/", {"tag": "autisme"})
    for words in ["Find a school by the support it offers", "What does your child need?", "Apply filters",
                  "Clear all filters", "Type of school", "Behaviour and feelings", "Choose up to 4 schools",
                  "Compare the chosen schools", "Best match", SupportTag.objects.get(slug="autisme").help_en]:
        assert words in english, words
    assert 'action="/en/scholen/"' in english and 'action="/en/scholen/vergelijken/"' in english
    assert re.search(r'href="/en/scholen/[\w-]+/"', english)
    dutch = get(client, "/scholen/", {"tag": "autisme"})
    assert "Scholen zoeken op ondersteuning" in dutch and "Filters toepassen" in dutch
    assert "Apply filters" not in dutch and SupportTag.objects.get(slug="autisme").help in dutch


def test_no_results_and_a_bad_filter_are_said_in_english(client, db):
    text = get(client, "/en/scholen/", {"q": "autism", "type": "PrO", "tag": "no-such-kind"})
    assert "<strong>0 schools</strong> found." in text
    assert "Unknown kind of support: no-such-kind. We left that part out." in text


def test_a_tag_without_english_text_is_shown_in_dutch_marked_so(client, db):
    SupportTag.objects.filter(slug="autisme").update(label_en="", help_en="")
    text = get(client, "/en/scholen/", {"tag": "autisme"})
    tag = SupportTag.objects.get(slug="autisme")
    assert f'<span lang="nl">{tag.label}</span>' in text
    assert f'id="f-tag-autisme-help" lang="nl">{tag.help}</p>' in text


def test_the_school_page_in_english_keeps_the_schools_own_text_dutch_and_marked(client, db):
    profile = live_profile()
    school = profile.school
    text = get(client, f"/en/scholen/{school.slug}/")
    assert '<html lang="en"' in text
    for words in ["Type of school", "Extra support the school offers", "Access to the building",
                  "What the school cannot offer", "Compare this school with other schools",
                  "What the school wrote itself is shown in Dutch, as the school wrote it."]:
        assert words in text, words
    assert f'<p class="utrecht-paragraph lead" lang="nl">{profile.summary}</p>' in text
    for tag in profile.tags.all():
        assert f"<dt>{tag.label_en}</dt>" in text
    assert f'href="/en/scholen/vergelijken/?school={school.slug}"' in text
    dutch = get(client, f"/scholen/{school.slug}/")
    assert "What the school wrote" not in dutch and f'<p class="utrecht-paragraph lead">{profile.summary}</p>' in dutch


def test_school_pages_switch_and_hreflang_to_their_real_counterpart(client, db):
    school = School.objects.filter(site__hostname=f"{ZK}.localhost").first()
    base = f"http://{ZK}.localhost"
    for path in (f"/scholen/{school.slug}/", f"/en/scholen/{school.slug}/"):
        text = get(client, path)
        assert hreflangs(text) == {"nl": f"{base}/scholen/{school.slug}/", "en": f"{base}/en/scholen/{school.slug}/",
                                   "x-default": f"{base}/scholen/{school.slug}/"}
    english = get(client, f"/en/scholen/{school.slug}/")
    assert f'<a class="utrecht-link" href="/scholen/{school.slug}/" hreflang="nl" lang="nl">' in english
    search = get(client, "/en/scholen/", {"q": "autism", "tag": "dyslexie"})  # a search keeps its words and filters
    assert hreflangs(search)["nl"] == f"{base}/scholen/?q=autism&tag=dyslexie"


def test_the_comparison_in_english(client, db):
    schools = list(School.objects.filter(site__hostname=f"{ZK}.localhost", profile__live=True)
                   .exclude(profile__limits="").values_list("slug", flat=True)[:2])
    text = get(client, "/en/scholen/vergelijken/", {"school": schools})
    for words in ["Compare schools", "Support of 2 schools side by side", "General", "Extra support",
                  "Building and classes", "In the school's own words", "Wheelchair accessible",
                  "Show only the differences",
                  "Link to this comparison"]:
        assert words in text, words
    limits = SupportProfile.objects.get(school__slug=schools[0], school__site__hostname=f"{ZK}.localhost").limits
    assert f'<td class="utrecht-table__cell" lang="nl">{limits}</td>' in text
    assert "What the schools wrote themselves is shown in Dutch" in text
    assert not re.search(r">(Ja|Nee|Onbekend|Niet vermeld|Geen profiel)<", text)
    empty = get(client, "/en/scholen/vergelijken/")
    assert "You have not chosen any schools yet." in empty and 'href="/en/scholen/"' in empty
    many = get(client, "/en/scholen/vergelijken/", {"school": ["a", "b", "c", "d", "e"]})
    assert "You can compare 4 schools at a time. We show the first 4. We could not find one or more schools." in many


def test_the_api_stays_dutch(client, db):
    response = client.get("/api/schools/", {"tag": "no-such-kind"}, HTTP_HOST=f"{ZK}.localhost")
    assert response.status_code == 400 and response.json()["error"] == "Onbekende soort ondersteuning: no-such-kind."
    data = client.get("/api/schools/", {"q": "autism"}, HTTP_HOST=f"{ZK}.localhost").json()
    assert data["understood"]["needs"] == ["autisme"]
    assert {v["label"] for v in data["facets"]["tag"]} >= {"Autisme"}
    assert all(result["url"].startswith(f"http://{ZK}.localhost/scholen/") for result in data["results"])


def test_the_index_keeps_a_schools_dutch_url_when_english_is_active(db):
    """An editor working in English who publishes a profile re-indexes the site's schools; the API's links stay Dutch."""
    school = School.objects.filter(site__hostname=f"{ZK}.localhost").first()
    with translation.override("en"):
        assert school_document(school)["url"] == f"/scholen/{school.slug}/"
