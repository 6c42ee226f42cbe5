"""The school search, a school's profile and the comparison in a real browser, on a PO site (Zuid-Kennemerland,
about 88 schools) and a VO site (Noord- en Midden-Drenthe): axe-core finds no WCAG 2.1 AA violations, nothing
goes to other hosts, the search and its filters work by keyboard alone, the facet counts tell the truth, the
comparison works with and without JavaScript, prints without the site's menus and reflows at 200% zoom."""

import re

import pytest

from .conftest import assert_accessible

pytestmark = pytest.mark.browser

PO, VO = "zuidkennemerland", "noordmiddendrenthe"
SITES = [PO, VO]
# A parent's question on each site that finds a need and a place.
QUESTIONS = {PO: "dyslexie in haarlem", VO: "dyslexie in assen"}
COMPARE_MAX = 4


def status_text(page):
    return " ".join(page.locator("#school-status").inner_text().split())


def found(page) -> int:
    """The number of schools the status says it found ('12 scholen gevonden', '1 school gevonden')."""
    text = status_text(page)
    match = re.search(r"(\d+) (school|scholen) gevonden", text)
    assert match, f"no count of found schools in the status: {text!r}"
    count = int(match.group(1))
    assert match.group(2) == ("school" if count == 1 else "scholen"), text
    return count


def facet_count(page, checkbox) -> int:
    label = page.locator(f"label[for='{checkbox.get_attribute('id')}']").inner_text()
    match = re.search(r"\((\d+)", label)
    assert match, f"no count in the filter's label {label!r}"
    return int(match.group(1))


def apply_filters(page):
    with page.expect_navigation():
        page.get_by_role("button", name="Filters toepassen").click()


def focused(page, script):
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {script}; }})()")


def tab_until(page, script, limit=400):
    """Press Tab until `script` (about `el`, the focused element) is true; fail if it never is."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page, script):
            return
    pytest.fail(f"Tab never reaches an element where {script}")


def no_horizontal_scroll(page):
    widths = page.evaluate("({scroll: document.documentElement.scrollWidth,"
                           " client: document.documentElement.clientWidth})")
    assert widths["scroll"] <= widths["client"] + 1, f"the page scrolls sideways: {widths}"


# --- /scholen/ -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("site", SITES)
def test_search_start_page_is_accessible(page, portal, site):
    page.goto(portal.format(site) + "/scholen/")
    assert page.locator("h1").count() == 1
    assert found(page) > 0
    assert page.locator(".school-card").count() > 0
    assert_accessible(page)


@pytest.mark.parametrize("site", SITES)
def test_search_result_page_is_accessible(page, portal, site):
    page.goto(portal.format(site) + "/scholen/")
    page.get_by_label("Wat heeft uw kind nodig?").fill(QUESTIONS[site])
    with page.expect_navigation():
        page.get_by_label("Wat heeft uw kind nodig?").press("Enter")
    assert "We zochten op" in status_text(page) and "Dyslexie" in status_text(page)
    assert found(page) > 0
    for matched in page.locator(".school-card__matched").all():
        assert "Dyslexie" in matched.inner_text()
    assert_accessible(page)


@pytest.mark.parametrize("site", SITES)
def test_search_and_filter_by_keyboard_alone(page, portal, site):
    page.goto(portal.format(site) + "/scholen/")
    page.keyboard.press("Tab")
    assert focused(page, "el.textContent.trim()") == "Naar de inhoud"
    page.keyboard.press("Enter")
    assert focused(page, "el.id") == "inhoud"
    page.keyboard.press("Tab")
    assert focused(page, "el.id") == "school-q", "the query field is not the first stop in the content"
    page.keyboard.type("dyslexie")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "q=dyslexie" in page.url
    status = page.locator("#school-status")
    assert status.get_attribute("role") == "status"
    assert "gevonden" in status.inner_text()
    before = found(page)
    assert before > 0

    # Tab from the top to the first support filter that narrows the results down, tick it with Space, then
    # Tab on to the button that applies the filters.
    tab_until(page, "el.type === 'checkbox' && el.name === 'tag' && !el.checked && parseInt(document.querySelector("
                    f"'label[for=\"' + el.id + '\"] .facet-count').textContent.slice(1)) < {before}")
    checkbox_id = focused(page, "el.id")
    value = focused(page, "el.value")
    expected = facet_count(page, page.locator(f"#{checkbox_id}"))
    results_url = page.url
    page.keyboard.press("Space")
    assert page.locator(f"#{checkbox_id}").is_checked()
    assert focused(page, "el.id") == checkbox_id, "ticking a filter must not reload the page under the keyboard user"
    assert page.url == results_url
    tab_until(page, "el.textContent.trim() === 'Filters toepassen'")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert f"tag={value}" in page.url, "the filter is not in the URL, so the result cannot be shared"
    assert "q=dyslexie" in page.url
    assert page.locator(f"#{checkbox_id}").is_checked()
    after = found(page)
    assert after == expected
    assert after != before, status_text(page)
    # The URL alone gives the same result: it can be shared.
    shared = page.url
    page.goto("about:blank")
    page.goto(shared)
    assert found(page) == after
    assert page.foreign_requests == []


@pytest.mark.parametrize("site", SITES)
def test_facet_counts_are_the_number_of_results_after_ticking(page, portal, site):
    page.goto(portal.format(site) + "/scholen/?q=dyslexie")
    total = found(page)
    # A kind of support (all ticked ones must be offered) that leaves fewer schools than now.
    tags = [box for box in page.locator("input[name=tag]:visible").all() if not box.is_checked()]
    smaller = [box for box in tags if 0 < facet_count(page, box) < total]
    tag = (smaller or tags)[0]
    expected = facet_count(page, tag)
    tag_value = tag.get_attribute("value")
    tag_label = page.locator(f"label[for='{tag.get_attribute('id')}']").inner_text().split(" (")[0]
    tag.check()
    apply_filters(page)
    assert f"tag={tag_value}" in page.url
    assert found(page) == expected
    assert page.locator(".school-card").count() == min(expected, 20)

    # Then a municipality (alternatives: one of the ticked ones) on top of that filter.
    places = page.locator("input[name=municipality]").all()
    assert places, "no municipality filter on the page"
    place = min(places, key=lambda box: facet_count(page, box))
    expected = facet_count(page, place)
    place_value = place.get_attribute("value")
    place.check()
    apply_filters(page)
    assert f"tag={tag_value}" in page.url and "municipality=" in page.url
    assert found(page) == expected
    assert page.locator(f"#f-tag-{tag_value}").is_checked()
    for matched in page.locator(".school-card__matched").all():  # every school shown offers the ticked support
        assert tag_label in matched.inner_text()
    assert page.locator(".school-card__matched").count() == page.locator(".school-card").count()
    assert page.locator(f"input[name=municipality][value='{place_value}']").is_checked()
    assert page.foreign_requests == []


def test_many_results_are_paged(page, portal):
    page.goto(portal.format(PO) + "/scholen/")
    total = found(page)
    assert total > 20, "the PO site has far more schools than fit on one page"
    assert page.locator(".school-card").count() == 20
    with page.expect_navigation():
        page.get_by_role("navigation", name="Meer scholen").get_by_role("link", name="Volgende").click()
    assert "p=2" in page.url
    assert found(page) == total
    assert page.locator(".school-card").count() == 20


# --- a school's profile ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("site", SITES)
def test_profile_is_accessible_and_says_it_is_example_data(page, portal, site):
    page.goto(portal.format(site) + "/scholen/")
    card = page.locator(".school-card", has=page.locator(".school-card__example")).first
    name = card.locator("h3").inner_text()
    with page.expect_navigation():
        card.get_by_role("link").click()
    assert page.locator("h1").inner_text() == name
    assert "Voorbeeldgegevens" in page.locator(".notice--example").inner_text()
    assert page.get_by_role("note").filter(has_text="Voorbeeldgegevens").count() == 1
    assert_accessible(page)


def _find_card(page, base, text):
    """The first result card (all schools, by name, page by page) with this text, or None."""
    page.goto(base + "/scholen/?sort=name")
    while True:
        card = page.locator(".school-card", has_text=text)
        if card.count():
            return card.first
        following = page.locator(".pagination").get_by_role("link", name="Volgende")
        if not following.count():
            return None
        with page.expect_navigation():
            following.click()


@pytest.mark.parametrize("site", SITES)
def test_profile_of_an_older_school_year_says_so(page, portal, site):
    card = _find_card(page, portal.format(site), "niet bijgewerkt")
    if card is None:
        pytest.skip(f"no profile of an older school year in the demo data of {site}")
    year = re.search(r"schooljaar (\d{4}-\d{4})", card.inner_text()).group(1)
    with page.expect_navigation():
        card.locator("h3").get_by_role("link").click()
    assert year in page.locator(".profile-year").inner_text()
    stale = page.locator(".notice--stale")
    assert stale.is_visible()
    assert "niet bijgewerkt" in stale.inner_text()
    assert_accessible(page)


def test_school_without_a_profile_says_so(page, portal):
    card = _find_card(page, portal.format(PO), "Nog geen ondersteuningsprofiel")
    if card is None:
        pytest.skip("every school has a profile in the demo data")
    with page.expect_navigation():
        card.locator("h3").get_by_role("link").click()
    assert "nog niet op deze site gezet" in page.get_by_role("note").inner_text()
    assert_accessible(page)


# --- /scholen/vergelijken/ ------------------------------------------------------------------------------------


def _pick_and_compare(page, base, count=3):
    page.goto(base + "/scholen/")
    boxes = page.get_by_role("checkbox", name=re.compile(r"^Vergelijk "))
    names = []
    for i in range(count):
        box = boxes.nth(i)
        box.check()
        names.append(box.get_attribute("id").removeprefix("cmp-"))
    with page.expect_navigation():
        page.get_by_role("button", name="Vergelijk gekozen scholen").click()
    assert page.url.split("?")[0].endswith("/scholen/vergelijken/")
    assert page.url.count("school=") == count
    for slug in names:
        assert f"school={slug}" in page.url
    return names


def _school_columns(page):
    return page.locator(".compare-table thead th[scope=col]")


@pytest.mark.parametrize("site", SITES)
def test_compare_with_javascript(page, portal, site):
    base = portal.format(site)
    page.goto(base + "/scholen/")
    boxes = page.get_by_role("checkbox", name=re.compile(r"^Vergelijk "))
    assert boxes.count() > COMPARE_MAX
    live = page.locator(".compare-count")
    assert live.get_attribute("aria-live") == "polite"
    assert live.inner_text().strip() == ""
    for i in range(COMPARE_MAX):
        boxes.nth(i).check()
        assert live.inner_text().startswith(f"{i + 1} van {COMPARE_MAX} scholen gekozen")
    assert "niet meer kiezen" in live.inner_text()
    assert boxes.nth(COMPARE_MAX).is_disabled(), "a 5th school can still be ticked"
    assert all(boxes.nth(i).is_enabled() for i in range(COMPARE_MAX))
    # Untick one: the others can be chosen again.
    boxes.nth(COMPARE_MAX - 1).uncheck()
    assert boxes.nth(COMPARE_MAX).is_enabled()
    assert live.inner_text().startswith(f"{COMPARE_MAX - 1} van {COMPARE_MAX} scholen gekozen")
    assert "niet meer kiezen" not in live.inner_text()

    _pick_and_compare(page, base)
    assert _school_columns(page).count() == 3
    assert page.locator(".compare-table .differs-mark", has_text="verschilt").count() > 0
    assert_accessible(page)


@pytest.mark.parametrize("site", SITES)
def test_compare_without_javascript(page_without_js, portal, site):
    page = page_without_js
    names = _pick_and_compare(page, portal.format(site))
    assert _school_columns(page).count() == 3
    for slug, column in zip(names, _school_columns(page).all()):
        assert column.get_by_role("link").get_attribute("href") == f"/scholen/{slug}/"
    assert page.locator(".differs-mark").count() > 0
    # 'Toon alleen de verschillen' is a plain form too.
    page.get_by_label("Toon alleen de verschillen").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Bijwerken").click()
    assert "verschillen=1" in page.url
    assert _school_columns(page).count() == 3
    assert page.foreign_requests == []


def test_compare_without_javascript_takes_the_first_four(page_without_js, portal):
    page = page_without_js
    page.goto(portal.format(PO) + "/scholen/")
    boxes = page.get_by_role("checkbox", name=re.compile(r"^Vergelijk "))
    for i in range(COMPARE_MAX + 1):
        boxes.nth(i).check()  # nothing stops a fifth without JavaScript: the server says what it did
    with page.expect_navigation():
        page.get_by_role("button", name="Vergelijk gekozen scholen").click()
    assert _school_columns(page).count() == COMPARE_MAX
    notice = page.locator("main .notice")
    assert notice.get_attribute("role") == "status"
    assert f"U kunt {COMPARE_MAX} scholen tegelijk vergelijken" in notice.inner_text()


def _data_rows(page):
    return page.locator(".compare-table tbody tr:not(.compare-section)")


@pytest.mark.parametrize("site", SITES)
def test_compare_only_the_differences(page, portal, site):
    _pick_and_compare(page, portal.format(site))
    all_rows = _data_rows(page).count()
    differing = page.locator(".compare-table tbody tr.compare-row--differs").count()
    assert 0 < differing < all_rows
    assert page.locator(".differs-mark", has_text="verschilt").count() == differing
    page.get_by_label("Toon alleen de verschillen").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Bijwerken").click()
    assert "verschillen=1" in page.url
    assert page.get_by_label("Toon alleen de verschillen").is_checked()
    assert _data_rows(page).count() == differing
    for row in _data_rows(page).all():
        assert row.locator(".differs-mark").inner_text() == "verschilt"
    assert _school_columns(page).count() == 3
    # The share box holds this very view.
    assert page.locator("#share-url").input_value() == page.url
    assert_accessible(page)
    page.get_by_label("Toon alleen de verschillen").uncheck()
    with page.expect_navigation():
        page.get_by_role("button", name="Bijwerken").click()
    assert _data_rows(page).count() == all_rows


def test_compare_prints_without_menus_and_share_box(page, portal):
    _pick_and_compare(page, portal.format(PO))
    for selector in [".site-header", ".site-nav", ".share", ".compare-options"]:
        assert page.locator(selector).is_visible(), selector
    page.emulate_media(media="print")
    for selector in [".site-header", ".site-nav", ".site-header form", ".share", ".compare-options", ".breadcrumb"]:
        assert page.locator(selector).is_hidden(), f"{selector} is printed"
    assert page.locator("h1").is_visible()
    assert page.locator(".compare-table").is_visible()
    assert page.locator(".compare-table .differs-mark").first.is_visible()
    assert _school_columns(page).count() == 3
    page.emulate_media(media="screen")
    assert page.locator(".share").is_visible()


def test_compare_without_schools_points_to_the_search(page, portal):
    page.goto(portal.format(PO) + "/scholen/vergelijken/")
    assert page.get_by_role("link", name="Zoek scholen").get_attribute("href") == "/scholen/"
    assert_accessible(page)


# --- 200% zoom: 1280 CSS pixels at 200% is a viewport of 640 -------------------------------------------------


@pytest.mark.parametrize("site", SITES)
def test_pages_reflow_at_200_percent_zoom(page, portal, site):
    page.set_viewport_size({"width": 640, "height": 800})
    base = portal.format(site)
    page.goto(base + "/scholen/")
    no_horizontal_scroll(page)
    page.goto(base + "/scholen/?q=" + QUESTIONS[site].replace(" ", "+"))
    no_horizontal_scroll(page)
    with page.expect_navigation():
        page.locator(".school-card h3 a").first.click()
    no_horizontal_scroll(page)
    _pick_and_compare(page, base, count=COMPARE_MAX)
    no_horizontal_scroll(page)
    # The wide table scrolls inside its own region, which the keyboard can reach and which has a name.
    region = page.get_by_role("region", name=re.compile("naast elkaar"))
    assert region.get_attribute("tabindex") == "0"
    sizes = region.evaluate("el => ({scroll: el.scrollWidth, client: el.clientWidth})")
    assert sizes["scroll"] > sizes["client"], "the comparison table is not wider than its region at this width"
    assert_accessible(page)
