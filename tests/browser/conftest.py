"""A real portal process (its own database and index, demo content loaded) and Debian's Chromium driven by
Playwright, with axe-core injected into every page that a test checks."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import ROOT, free_port, portal_server

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def portal_var(tmp_path_factory):
    """The var dir (database, index) of the `portal` fixture's server."""
    return tmp_path_factory.mktemp("portal-var")


@pytest.fixture(scope="session")
def portal(portal_var, prepared_portal):
    """Base URL template of a running portal: portal.format(site) → http://<site>.localhost:<port>. No Rasa server
    answers it (a closed port rather than whatever may run on the default one)."""
    server = portal_server(portal_var, extra_env={"RASA_URL": f"http://127.0.0.1:{free_port()}"},
                           prepared=prepared_portal).start()
    yield f"http://{{}}.localhost:{server.port}"
    server.stop()


@pytest.fixture(scope="session")
def portal_shell(portal, portal_var):
    """Runs a script with `manage.py shell` in the running portal's own database: how the tests make users and
    data there."""
    def run(script: str) -> None:
        env = {**os.environ, "PORTAL_VAR_DIR": str(portal_var), "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
        env.pop("DATABASE_URL", None)
        subprocess.run([sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)

    return run


def _watched_page(browser, **context_options):
    """A page in a fresh Dutch context that records every request to another host in `foreign_requests`."""
    context = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam", **context_options)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.foreign_requests = []
    page.on("request", lambda r: None if _own_host(r.url) else page.foreign_requests.append(r.url))
    yield page
    context.close()


@pytest.fixture
def page(browser):
    # bypass_csp lets the test inject axe-core; the pages themselves load nothing inline.
    yield from _watched_page(browser, bypass_csp=True)


@pytest.fixture
def page_without_js(browser):
    """A page in a context that runs no JavaScript at all (axe cannot run there either)."""
    yield from _watched_page(browser, java_script_enabled=False)


def _own_host(url):
    host = url.split("/")[2].split(":")[0] if "://" in url else ""
    return url.startswith(("data:", "about:")) or host == "127.0.0.1" or host.endswith("localhost")


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def assert_accessible(page):
    violations = axe_violations(page)
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)
    assert page.foreign_requests == [], f"requests to other hosts: {page.foreign_requests}"
