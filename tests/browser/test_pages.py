"""Pages in a real browser: axe-core finds no WCAG 2.1 AA violations, nothing goes to other hosts, and the
deadline calculator works by keyboard alone."""

import pytest

from .conftest import assert_accessible

pytestmark = pytest.mark.browser

SITES = ["duinenbollenstreek", "zuidoostutrecht", "zuidkennemerland", "noordmiddendrenthe"]


@pytest.mark.parametrize("site", SITES)
def test_home_page_is_accessible(page, portal, site):
    page.goto(portal.format(site) + "/")
    assert page.locator("h1").count() == 1
    assert page.get_attribute("html", "lang") == "nl"
    assert_accessible(page)


@pytest.mark.parametrize("path", [
    "/vragen/",
    "/vragen/zorgplicht-termijn/",
    "/vragen/tlv-aanvragen/",
    "/procedures/",
    "/procedures/tlv-aanvragen/",
    "/procedures/bezwaar-en-geschillen/",
    "/procedures/bezwaar-en-geschillen/?kind=besluit_tlv&date=2026-09-01",
    "/procedures/bezwaar-en-geschillen/?kind=aanmelding&date=morgen",
    "/zoeken/?q=toelaatbaarheidsverklaringen",
    "/zoeken/?q=zorgplciht",
    "/zoeken/?q=%3F%21",
    "/contact/",
    "/begrippen/",
    "/privacy/",
    "/bestaat-niet/",
])
def test_page_is_accessible(page, portal, path):
    page.goto(portal.format("zuidkennemerland") + path)
    assert_accessible(page)


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, portal):
    page.goto(portal.format("zuidoostutrecht") + "/vragen/tlv/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").strip() == "Naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhoud"


def test_deadline_calculator_by_keyboard_alone(page, portal):
    page.goto(portal.format("zuidkennemerland") + "/procedures/bezwaar-en-geschillen/")
    # Tab from the top of the page to the calculator's first choice, counting the stops.
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "kind":
            break
    else:
        pytest.fail("the calculator's choices cannot be reached with Tab")
    page.keyboard.press("ArrowDown")  # radio group: the arrow key moves to "De school heeft een besluit genomen"
    assert page.evaluate("document.activeElement.value") == "besluit_school"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "date"
    page.keyboard.type("01092026")
    if page.evaluate("document.activeElement.value") == "2026-01-09":
        # Headless Chromium shows its date parts month first; type them in the order it shows.
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Shift+Tab")
        page.keyboard.type("09012026")
    assert page.evaluate("document.activeElement.value") == "2026-09-01"
    # Chromium's date field takes Tab between its day, month and year parts before leaving it.
    for _ in range(3):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") != "date":
            break
    assert page.evaluate("document.activeElement.type") == "submit"
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    result = page.locator(".calculator__result")
    assert "dinsdag 13 oktober 2026" in result.inner_text()
    assert_accessible(page)


def test_search_from_the_header_shows_highlighted_results(page, portal):
    page.goto(portal.format("noordmiddendrenthe") + "/")
    page.get_by_label("Zoeken op deze site").fill("tlv aanvraag")
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_url("**/zoeken/?q=*")
    assert page.locator(".search-results__item").count() > 0
    assert page.locator("mark").count() > 0
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/", "/vragen/", "/procedures/bezwaar-en-geschillen/", "/contact/", "/scholen/",
                                  "/zoeken/?q=tlv"])
def test_pages_reflow_at_320_css_pixels_without_sideways_scrolling(page, portal, path):
    # WCAG 1.4.10: 320 CSS px is what a 1280 px wide window shows at 400% zoom.
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(portal.format("zuidkennemerland") + path)
    width, visible = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width <= visible
