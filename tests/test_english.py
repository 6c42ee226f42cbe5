"""English pages (issue 14): Wagtail translations under /en/ made by the loader from content/en/, the language
switch and hreflang, the interface in English through gettext, the answers API in both languages, and the flag on
an English answer whose Dutch text was published after it."""

import gettext
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from django.contrib.auth.models import Group

from content.loader import ContentLoader
from portal.answers.content_gaps import content_gaps
from portal.answers.models import AnswerPage
from portal.answers.selectors import answer_index, effective_answer, national_answer
from portal.core.models import SWVSettings
from portal.core.translations import is_out_of_date, live_translation

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SITE = "zuidkennemerland"


def english_national_keys():
    return sorted(p.stem for p in (CONTENT / "en" / "answers" / "national").glob("*.yaml"))


def own_keys(slug):
    return {p.stem for p in (CONTENT / "answers" / slug).glob("*.yaml")}


@pytest.fixture
def key(db):
    """A topic with an English national answer that the test site does not answer itself."""
    keys = [k for k in english_national_keys() if k not in own_keys(SITE)]
    assert keys, "content/en/answers/national/ needs an answer the test site does not override"
    return keys[0]


def english_file(key, folder="national"):
    return yaml.safe_load((CONTENT / "en" / "answers" / folder / f"{key}.yaml").read_text(encoding="utf-8"))


def slug(key):
    return key.replace("_", "-")


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))


def switch(html):
    link = re.search(r'<p class="site-header__language"><a class="utrecht-link" href="([^"]+)" hreflang="(\w+)" '
                     r'lang="(\w+)">([^<]+)</a>', html)
    return link.groups() if link else None


def test_every_english_national_file_is_a_translation_of_its_dutch_answer(db):
    keys = english_national_keys()
    assert keys
    for key in keys:
        dutch = national_answer(key=key)
        english = live_translation(dutch, "en")
        assert english is not None and english.locale.language_code == "en"
        assert english.translation_key == dutch.translation_key and english.pk != dutch.pk
        assert english.title == english_file(key)["question"]
        assert english.example_phrasings == ""  # the assistant learns Dutch phrasings from the Dutch pages only


def test_english_overrides_are_translations_of_the_sites_own_answers(db, site_for):
    for folder in sorted((CONTENT / "en" / "answers").iterdir()):
        if folder.name == "national":
            continue
        site = site_for(folder.name)
        for path in folder.glob("*.yaml"):
            english = effective_answer(site=site, key=path.stem, language="en")
            dutch = effective_answer(site=site, key=path.stem)
            assert not dutch.is_national and english.translation_key == dutch.translation_key
            assert english.title == english_file(path.stem, folder.name)["question"]


def test_loading_again_changes_no_english_page(db):
    report = ContentLoader().load()
    assert not [label for label in report.created + report.updated if "(en)" in label]


def test_dutch_pages_stay_where_they_are_and_english_ones_live_under_en(host_client, key):
    client = host_client(SITE)
    dutch = client.get(f"/vragen/{slug(key)}/")
    assert dutch.status_code == 200 and '<html lang="nl"' in dutch.content.decode()
    assert client.get(f"/nl/vragen/{slug(key)}/").status_code == 404
    english = client.get(f"/en/questions/{slug(key)}/")
    html = english.content.decode()
    assert english.status_code == 200 and '<html lang="en"' in html
    assert english_file(key)["question"] in html and "Skip to content" in html and "Naar de inhoud" not in html


def test_the_switch_leads_to_the_same_answer_in_the_other_language(host_client, key):
    client = host_client(SITE)
    html = client.get(f"/vragen/{slug(key)}/").content.decode()
    assert switch(html) == (f"/en/questions/{slug(key)}/", "en", "en", "This page in English")
    html = client.get(f"/en/questions/{slug(key)}/").content.decode()
    assert switch(html) == (f"/vragen/{slug(key)}/", "nl", "nl",
                            "Deze pagina in het Nederlands")


@pytest.mark.parametrize("dutch_path, english_path", [("/", "/en/"), ("/vragen/", "/en/questions/"),
                                                      ("/zoeken/?q=tlv", "/en/zoeken/?q=tlv")])
def test_pages_name_both_languages_and_a_default_in_hreflang(host_client, db, dutch_path, english_path):
    base = f"http://{SITE}.localhost"
    expected = {"nl": base + dutch_path, "en": base + english_path, "x-default": base + dutch_path}
    for path in (dutch_path, english_path):
        assert hreflangs(host_client(SITE).get(path).content.decode()) == expected


def test_the_english_index_lists_only_answers_with_an_english_text(host_client, site_for, key):
    client = host_client(SITE)
    html = client.get("/en/questions/").content.decode()
    assert f'href="/en/questions/{slug(key)}/"' in html
    live_translation(national_answer(key=key), "en").unpublish()
    html = client.get("/en/questions/").content.decode()
    assert f'href="/en/questions/{slug(key)}/"' not in html
    assert "Questions from parents" in html


def test_an_answer_without_english_text_is_shown_in_dutch_with_a_note_in_english(host_client, key):
    dutch = national_answer(key=key)
    live_translation(dutch, "en").unpublish()
    response = host_client(SITE).get(f"/en/questions/{slug(key)}/")
    html = response.content.decode()
    assert response.status_code == 200 and '<html lang="en"' in html
    assert "This answer is not available in English yet." in html
    assert '<div lang="nl">' in html and dutch.title in html
    assert set(hreflangs(html)) == set()  # no English equivalent to announce
    assert switch(html)[0] == f"/vragen/{slug(key)}/"


def test_an_unknown_english_address_is_a_404_in_english(host_client, db):
    response = host_client(SITE).get("/en/questions/no-such-topic/")
    assert response.status_code == 404 and "This page does not exist (any more)" in response.content.decode()


def test_the_interface_is_dutch_on_dutch_pages_and_english_on_english_ones(host_client, db):
    client = host_client(SITE)
    dutch, english = client.get("/").content.decode(), client.get("/en/").content.decode()
    for nl, en in [("Naar de inhoud", "Skip to content"), ("Zoeken op deze site", "Search this site"),
                   ("Scholen zoeken", "Find a school"), ("Over deze site", "About this site")]:
        assert nl in dutch and en not in dutch
        assert en in english and nl not in english
    assert 'action="/en/zoeken/"' in english and 'href="/en/scholen/"' in english


@pytest.mark.parametrize("query, language", [("", "nl"), ("?lang=nl", "nl"), ("?lang=en", "en")])
def test_answers_api_in_both_languages(host_client, key, query, language):
    data = host_client(SITE).get(f"/api/answers/{key}/{query}").json()
    assert data["lang"] == language and data["key"] == key
    if language == "en":
        assert data["question"] == english_file(key)["question"]
        assert data["url"] == f"/en/questions/{slug(key)}/"
    else:
        assert data["question"] == national_answer(key=key).title and data["url"] == f"/vragen/{slug(key)}/"


def test_answers_api_in_english_without_english_text_gives_the_dutch_answer(host_client, key):
    live_translation(national_answer(key=key), "en").unpublish()
    data = host_client(SITE).get(f"/api/answers/{key}/?lang=en").json()
    assert data["lang"] == "nl" and data["question"] == national_answer(key=key).title
    assert data["url"] == f"/vragen/{slug(key)}/"


@pytest.mark.parametrize("value", ["fr", "EN", "english", "nl-NL", "<script>"])
def test_answers_api_refuses_an_unknown_language_in_dutch_and_english(host_client, key, value):
    response = host_client(SITE).get(f"/api/answers/{key}/", {"lang": value})
    assert response.status_code == 400
    error = response.json()["error"]
    assert "Onbekende taal" in error and "Unknown language" in error


def test_publishing_the_dutch_answer_marks_its_english_version_out_of_date(host_client, site_for, key):
    dutch = national_answer(key=key)
    english = live_translation(dutch, "en")
    assert not is_out_of_date(english)
    assert "This page may be out of date" not in host_client(SITE).get(f"/en/questions/{slug(key)}/").content.decode()

    dutch.short_answer += " Een zin erbij."
    dutch.save_revision().publish()
    english.refresh_from_db()
    assert is_out_of_date(english)
    html = host_client(SITE).get(f"/en/questions/{slug(key)}/").content.decode()
    assert "This page may be out of date." in html
    assert f'<a class="utrecht-link" href="/vragen/{slug(key)}/" hreflang="nl">Read the current Dutch version</a>' in html
    assert english.pk in [a.pk for a in content_gaps(site_for(SITE)).outdated_translations]
    assert "verouderd" in english.get_admin_display_title()

    english.save_revision().publish()  # an editor brought the English text up to date
    english.refresh_from_db()
    assert not is_out_of_date(english)
    assert english.pk not in [a.pk for a in content_gaps(site_for(SITE)).outdated_translations]


def test_the_admin_listing_and_edit_view_show_the_flag(client, django_user_model, key):
    dutch = national_answer(key=key)
    english = live_translation(dutch, "en")
    dutch.save_revision().publish()
    admin = django_user_model.objects.create_superuser("admin-en", password="geheim-wachtwoord-123")
    client.force_login(admin)
    listing = client.get(f"/admin/pages/{english.get_parent().pk}/").content.decode()
    assert "verouderd: de Nederlandse tekst is nieuwer" in listing
    assert "verouderd: de Nederlandse tekst is nieuwer" in client.get(f"/admin/pages/{english.pk}/edit/").content.decode()
    assert "verouderd: de Nederlandse tekst is nieuwer" not in client.get(f"/admin/pages/{dutch.pk}/edit/").content.decode()


def test_an_swvs_editors_edit_its_english_pages_and_may_translate(site_for, django_user_model):
    site = site_for(SITE)
    user = django_user_model.objects.create_user(username="red-en", password="geheim-wachtwoord-123")
    user.groups.add(Group.objects.get(name=f"{SWVSettings.for_site(site).short_name}: redacteuren"))
    english_index = answer_index(site=site, language="en")
    assert english_index.permissions_for_user(user).can_edit()
    assert user.has_perm("simple_translation.submit_translation")
    other = answer_index(site=site_for("noordmiddendrenthe"), language="en")
    assert not other.permissions_for_user(user).can_edit()


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_compiled_translations_match_the_po_file(tmp_path, domain):
    """locale/en/LC_MESSAGES/*.mo are committed: each must hold what its .po says (make messages)."""
    folder = ROOT / "locale" / "en" / "LC_MESSAGES"
    fresh = tmp_path / f"{domain}.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(fresh), str(folder / f"{domain}.po")], check=True)

    def catalog(path):
        with open(path, "rb") as handle:
            return gettext.GNUTranslations(handle)._catalog

    assert catalog(folder / f"{domain}.mo") == catalog(fresh)


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_interface_text_has_an_english_translation(domain):
    po = ROOT / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
    result = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(po)], capture_output=True, text=True,
                            check=True, env={"LC_ALL": "C"})
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr
    assert "translated message" in result.stderr


def test_the_chat_widget_speaks_the_pages_language(host_client, db):
    client = host_client(SITE)
    english = client.get("/en/").content.decode()
    assert 'src="/en/jsi18n/"' in english and "Ask your question" in english and "Stel uw vraag" not in english
    catalogue = client.get("/en/jsi18n/").content.decode()
    assert "Type a message first." in catalogue
    assert 'src="/jsi18n/"' in client.get("/").content.decode()
    assert "Type a message first." not in client.get("/jsi18n/").content.decode()


def test_english_sections_glossary_and_contact_come_from_the_english_files(host_client, site_for):
    data = yaml.safe_load((CONTENT / "en" / "swv" / f"{SITE}.yaml").read_text(encoding="utf-8"))
    client = host_client(SITE)
    contact = client.get("/en/contact/").content.decode()
    first_words = " ".join(data["contact_note"].split()[:6])
    assert first_words in " ".join(re.sub(r"<[^>]+>", " ", contact).split())
    assert "Municipalities in this region" in contact and "Gemeenten in deze regio" not in contact
    glossary = client.get("/en/glossary/").content.decode()
    term = yaml.safe_load((CONTENT / "en" / "glossary" / "national.yaml").read_text(encoding="utf-8"))[0]
    assert " ".join(term["definition"].split()) in glossary and '<dt lang="nl">' in glossary
    assert f"Also called: {', '.join(term['english_names'])}" in glossary
    assert "Also called" not in client.get("/begrippen/").content.decode()
    procedures = client.get("/en/procedures/").content.decode()
    titles = [yaml.safe_load((CONTENT / "en" / "procedures" / SITE / f"{slug}.yaml").read_text("utf-8"))["title"]
              for slug in ("aanmelden-en-zorgplicht", "extra-ondersteuning", "tlv-aanvragen")]
    positions = [procedures.find(t.replace("'", "&#x27;")) for t in titles]
    assert -1 not in positions and positions == sorted(positions)  # in the Dutch order


def test_an_swv_editor_translates_an_own_answer_in_the_admin(client, site_for, django_user_model):
    """Wagtail's Translate action: the English copy lands under the site's English index, as a draft to edit."""
    from django.urls import reverse
    from wagtail.models import Locale

    site = site_for(SITE)
    user = django_user_model.objects.create_user(username="red-vertaalt", password="geheim-wachtwoord-123")
    user.groups.add(Group.objects.get(name=f"{SWVSettings.for_site(site).short_name}: redacteuren"))
    client.force_login(user)
    own = AnswerPage.objects.child_of(answer_index(site=site)).first()
    existing = live_translation(own, "en")
    if existing is not None:
        existing.delete()
    response = client.post(reverse("simple_translation:submit_page_translation", args=[own.pk]),
                           {"locales": [Locale.objects.get(language_code="en").pk]})
    assert response.status_code == 302
    copy = AnswerPage.objects.get(translation_key=own.translation_key, locale__language_code="en")
    assert copy.get_parent().pk == answer_index(site=site, language="en").pk and not copy.live


def test_the_english_search_finds_the_english_pages(host_client, db):
    """More in test_english_search.py."""
    html = host_client(SITE).get("/en/zoeken/", {"q": "tlv"}).content.decode()
    assert '<h2 class="utrecht-heading-3"><a class="utrecht-link" href="/en/' in html
    assert "For now the search" not in html and '<h2 class="utrecht-heading-3" lang="nl">' not in html


def test_the_call_back_page_in_english(host_client, db):
    client = host_client(SITE)
    page = client.get("/en/terugbellen/").content.decode()
    assert "Chat or call-back request" in page and 'action="/en/terugbellen/"' in page
    assert 'href="/en/privacy/"' in page and "Het Loket" not in page
    missing_name = client.post("/en/terugbellen/", {"name": "", "phone": "06 12345678"}).content.decode()
    assert 'href="#tb-name">Fill in your name (a first name is enough).</a>' in missing_name
    assert 'aria-invalid="true"' in missing_name
    dutch = client.post("/terugbellen/", {"name": "", "phone": "06 12345678"}).content.decode()
    assert 'href="#tb-name">Vul uw naam in (een voornaam is genoeg).</a>' in dutch
    response = client.post("/en/terugbellen/", {"name": "Sam", "phone": "06 12345678"})
    assert response.status_code == 302 and response["Location"] == "/en/terugbellen/?verzonden=1"
    assert "Thank you. The Loket has your call-back request." in client.get(response["Location"]).content.decode()
