"""The admin page "Assistent trainen" in a real browser: axe-clean before, during and after a run; the button starts a
real run in its own process, which (no Rasa server answers this portal) ends as "Mislukt" with a Dutch reason, and
the page never breaks."""

import secrets
import time

import pytest
from playwright.sync_api import expect

from .test_inbox import SITE, assert_accessible

pytestmark = pytest.mark.browser

PASSWORD = secrets.token_urlsafe(16)
USERNAME = "beheerder-trainen"


@pytest.fixture(scope="module")
def administrator(portal, portal_shell):
    portal_shell(f"""
from django.contrib.auth import get_user_model
get_user_model().objects.filter(username={USERNAME!r}).delete()
get_user_model().objects.create_superuser(username={USERNAME!r}, password={PASSWORD!r}, first_name="Bea")
""")
    return USERNAME


def test_start_a_run_and_see_it_fail_in_dutch_axe_clean_throughout(page, portal, administrator):
    page.goto(portal.format(SITE) + "/admin/login/")
    page.locator("#id_username").fill(administrator)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    page.get_by_role("link", name="Assistent trainen").click()
    expect(page.get_by_role("heading", name="Assistent trainen", level=1)).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Nu trainen").click()
    expect(page.get_by_text("De training is gestart")).to_be_visible()
    # Wagtail fades its messages in: axe measures the contrast once that is done.
    page.locator(".messages").evaluate("el => Promise.all(el.getAnimations({subtree: true}).map(a => a.finished))")
    assert_accessible(page)

    deadline = time.monotonic() + 90
    runs = page.get_by_role("table", name="Elke training met de cijfers")
    while "Mislukt" not in runs.inner_text():
        assert time.monotonic() < deadline, "the run did not end"
        time.sleep(1)
        page.reload()
    row = runs.locator("tbody tr").first
    expect(row).to_contain_text("Bea")
    expect(row).to_contain_text("De assistent (Rasa) is niet bereikbaar")
    expect(page.get_by_role("button", name="Nu trainen")).to_be_visible()  # a new run may start again
    assert_accessible(page)
