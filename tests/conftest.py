"""Shared fixtures: the demo content is loaded once per test session into the test database, and the
search index built from it; each test then runs in a transaction that is rolled back. One Chromium for the
whole session serves the browser and the integration tests (Playwright's sync API allows one per thread)."""

import os

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Site

SITES = ["duinenbollenstreek", "zuidoostutrecht", "zuidkennemerland", "noordmiddendrenthe"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_content", verbosity=0)


CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
# Flags for a headless Chromium as root on a machine without outside network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def site_for(db):
    def get(slug):
        return Site.objects.get(hostname=f"{slug}.localhost")

    return get


@pytest.fixture
def host_client(client):
    """A test client whose requests go to one SWV's host name."""

    def for_site(slug):
        client.defaults["HTTP_HOST"] = f"{slug}.localhost"
        return client

    return for_site


@pytest.fixture(autouse=True)
def fresh_process_caches():
    """Caches that a rolled-back test could leave stale: the school search's vocabulary (keyed on the content
    generation, which the rollback resets) and the site per host name (a rollback sends no signal)."""
    from portal.core import site_cache
    from search import schools

    schools._vocabularies.clear()
    site_cache.forget_sites()
    yield
    schools._vocabularies.clear()
    site_cache.forget_sites()


@pytest.fixture
def assistant_unreachable(settings):
    """The chat with no assistant behind it: nothing listens on the discard port."""
    settings.RASA_URLS = ["http://127.0.0.1:9"]
    settings.RASA_TIMEOUT_SECONDS = 2
    cache.clear()
