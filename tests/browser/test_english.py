"""English pages in a real browser: axe-core finds no WCAG 2.1 AA violations (also on an answer shown in Dutch for
want of an English text, and on one marked out of date), and the language switch works by keyboard, both ways."""

from pathlib import Path

import pytest

from .conftest import assert_accessible

pytestmark = pytest.mark.browser

CONTENT = Path(__file__).resolve().parent.parent.parent / "content"
ENGLISH_ANSWERS = sorted(p.stem.replace("_", "-") for p in (CONTENT / "en" / "answers" / "national").glob("*.yaml"))
SITES = ["duinenbollenstreek", "zuidoostutrecht", "zuidkennemerland", "noordmiddendrenthe"]


@pytest.mark.parametrize("site", SITES)
def test_english_home_page_is_accessible(page, portal, site):
    page.goto(portal.format(site) + "/en/")
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("h1").count() == 1
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/en/questions/", "/en/procedures/", "/en/contact/", "/en/glossary/",
                                  "/en/zoeken/?q=tlv", "/en/no-such-page/", "/en/terugbellen/"]
                         + [f"/en/questions/{slug}/" for slug in ENGLISH_ANSWERS])
def test_english_page_is_accessible(page, portal, path):
    page.goto(portal.format("zuidoostutrecht") + path)
    assert page.get_attribute("html", "lang") == "en"
    assert_accessible(page)


def _national_keys_of(site):
    own = {p.stem for p in (CONTENT / "answers" / site).glob("*.yaml")}
    return [slug.replace("-", "_") for slug in ENGLISH_ANSWERS if slug.replace("-", "_") not in own]


UNTRANSLATED, OUTDATED = _national_keys_of("zuidoostutrecht")[:2]

CHANGES = f"""
from portal.answers.selectors import national_answer
from portal.core.translations import live_translation

live_translation(national_answer(key="{UNTRANSLATED}"), "en").unpublish()
dutch = national_answer(key="{OUTDATED}")
dutch.save_revision().publish()
"""


@pytest.fixture(scope="module")
def changed(portal, portal_shell):
    """In the portal's own database: one English national answer taken offline, one Dutch one published anew."""
    portal_shell(CHANGES)


def test_english_answer_without_english_text_is_accessible(page, portal, changed):
    """The Dutch text on an English page, marked lang="nl", with a note in English."""
    page.goto(portal.format("zuidoostutrecht") + f"/en/questions/{UNTRANSLATED.replace('_', '-')}/")
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator('[role="note"]').inner_text().startswith("This answer is not available in English yet.")
    assert page.locator('main [lang="nl"] h1').count() == 1
    assert_accessible(page)


def test_out_of_date_english_answer_links_the_dutch_one(page, portal, changed):
    page.goto(portal.format("zuidoostutrecht") + f"/en/questions/{OUTDATED.replace('_', '-')}/")
    assert page.locator('[role="note"]').inner_text().startswith("This page may be out of date.")
    assert_accessible(page)
    page.get_by_role("link", name="Read the current Dutch version").click()
    page.wait_for_url(f"**/vragen/{OUTDATED.replace('_', '-')}/")
    assert page.get_attribute("html", "lang") == "nl"


def _tab_to(page, text):
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent").strip() == text:
            return
    pytest.fail(f"'{text}' cannot be reached with Tab")


def test_the_language_switch_works_by_keyboard(page, portal):
    key = next(k for k in reversed(_national_keys_of("zuidkennemerland")) if k not in (UNTRANSLATED, OUTDATED))
    slug = key.replace("_", "-")
    page.goto(portal.format("zuidkennemerland") + f"/vragen/{slug}/")
    _tab_to(page, "This page in English")
    assert page.evaluate("document.activeElement.lang") == "en"
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/en/questions/{slug}/")
    assert page.get_attribute("html", "lang") == "en"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").strip() == "Skip to content"
    _tab_to(page, "Deze pagina in het Nederlands")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/vragen/{slug}/")
    assert page.get_attribute("html", "lang") == "nl"


# --- the school search, a school's page and the comparison in English ----------------------------------------


@pytest.mark.parametrize("site, path", [
    ("zuidkennemerland", "/en/scholen/?q=autism+in+haarlem"),
    ("zuidkennemerland", "/en/scholen/?tag=dyslexie&tag=adhd&type=BO"),
    ("noordmiddendrenthe", "/en/scholen/?q=dyslexia&level=havo"),
    ("zuidkennemerland", "/en/scholen/?q=autism+dyslexia+deaf"),  # no school offers all three: a notice
    ("zuidkennemerland", "/en/scholen/vergelijken/"),
])
def test_english_school_search_is_accessible(page, portal, site, path):
    page.goto(portal.format(site) + path)
    assert page.get_attribute("html", "lang") == "en"
    if "vergelijken" not in path:
        assert "found." in page.locator("#school-status").inner_text()
    assert_accessible(page)


def test_english_school_page_and_comparison_are_accessible(page, portal):
    page.goto(portal.format("zuidkennemerland") + "/en/scholen/?q=autism")
    boxes = page.locator("input[name=school]")
    assert boxes.count() >= 2
    boxes.nth(0).check()
    boxes.nth(1).check()
    assert page.locator(".compare-count").inner_text() == "2 of 4 schools chosen to compare."
    with page.expect_navigation():
        page.get_by_role("button", name="Compare the chosen schools").click()
    assert "/en/scholen/vergelijken/" in page.url and page.get_attribute("html", "lang") == "en"
    assert page.locator("caption").inner_text() == "Support of 2 schools side by side"
    assert page.locator("td[lang='nl']").count() > 0  # the schools' own words
    assert_accessible(page)
    page.locator("thead a").first.click()
    page.wait_for_url("**/en/scholen/*/")
    assert page.locator("main [lang='nl']").count() > 0
    assert page.locator(".own-text-note").inner_text().startswith("What the school wrote itself is shown in Dutch")
    assert_accessible(page)
    school_path = page.url.split(".localhost:")[1].split("/", 1)[1]
    page.get_by_role("link", name="Deze pagina in het Nederlands").click()
    page.wait_for_url("**/" + school_path.removeprefix("en/"))
    assert page.get_attribute("html", "lang") == "nl"
