"""Shared fixtures: the demo content is loaded once per test session into the test database, and the
search index built from it; each test then runs in a transaction that is rolled back. One Chromium per test module
serves the browser and the integration tests (Playwright's sync API allows one per thread)."""

import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from wagtail.models import Site

from tests.servers import prepared_portal_var

SITES = ["duinenbollenstreek", "zuidoostutrecht", "zuidkennemerland", "noordmiddendrenthe"]


# `make test` runs the suite on two workers (pytest-xdist, --dist loadgroup). The tests that share a costly session or
# module fixture (servers, the cluster, a retraining) form a group that runs on one worker, so each is started once;
# the groups go out first, largest first, and the many short portal tests fill in around them. The groups are told by
# path here: xdist's own xdist_group mark renames node IDs, which pytest 9 no longer lets it do.
GROUPS = {"tests/integration/test_retraining.py": "retraining", "tests/bot/test_nlu_evaluation.py": "nlu-evaluation",
          "tests/bot/": "bot", "tests/browser/": "browser", "tests/cluster/": "cluster", "tests/integration/": "integration"}


def group_of(nodeid: str) -> str | None:
    return next((group for prefix, group in GROUPS.items() if nodeid.startswith(prefix)), None)


@pytest.hookimpl(tryfirst=True, optionalhook=True)  # optional: `-p no:xdist` runs the suite in one process
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ByGroup(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            return group_of(nodeid) or nodeid

    return ByGroup(config, log)


# The fixtures through which a test reaches the database (a fixture that needs one of them names it too).
DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "django_db_reset_sequences",
                     "django_db_serialized_rollback"}


def pytest_collection_modifyitems(config, items):
    """`make test` runs the portal tests a second time on PostgreSQL: there only those that reach the database. The
    others (1,280 of 1,943: the signals, languages, texts) ran on SQLite already and would run the same again."""
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        return
    kept, left = [], []
    for item in items:
        reaches = DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())) or item.get_closest_marker("django_db")
        (kept if reaches else left).append(item)
    if left:
        items[:] = kept
        config.hook.pytest_deselected(items=left)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """On SQLite the test database is replaced by the prepared one (django_db_setup): its tables need not be made
    by running every migration first (10-15 s of CPU per worker)."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        database.setdefault("TEST", {})["MIGRATE"] = False


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """The demo content in the test database and the search index built from it. On SQLite both are copied from the
    run's prepared var dir, made once for both workers and for the portals the tests start, instead of loading the
    content again in each worker (40-60 s of CPU); on PostgreSQL the content is loaded."""
    with django_db_blocker.unblock():
        if connection.vendor != "sqlite":
            call_command("load_content", verbosity=0)
            return
        prepared = request.getfixturevalue("prepared_portal")
        connection.ensure_connection()
        with closing(sqlite3.connect(prepared / "portal.sqlite3")) as source:
            source.backup(connection.connection)
        shutil.rmtree(settings.SEARCH_INDEX_DIR, ignore_errors=True)
        shutil.copytree(prepared / "search", settings.SEARCH_INDEX_DIR, symlinks=True)
        # Made while the tables were created, with ids the copied database need not share.
        ContentType.objects.clear_cache()
        cache.clear()


@pytest.fixture(scope="session")
def prepared_portal(tmp_path_factory):
    """A portal var dir with the demo content loaded, made once per test run and copied by every portal process the
    tests start (tests/servers.py). pytest-xdist's workers each have a base temp directory of their own, side by
    side in one directory: the copy lies there, shared by both."""
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    return prepared_portal_var(shared / "prepared-portal-var")


CHROMIUM = os.environ.get("PORTAL_CHROMIUM", "/usr/bin/chromium")
# Flags for a headless Chromium as root on a machine without outside network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# Per module: while Playwright's sync API is open its event loop runs in this thread, and Django refuses database work
# from there; the portal tests that a worker runs after a browser module need it closed.
@pytest.fixture(scope="module")
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
