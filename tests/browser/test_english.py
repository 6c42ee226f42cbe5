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
                                  "/en/zoeken/?q=tlv", "/en/no-such-page/"]
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
