"""Each portal node keeps its own search index (search.sync): an edit published on one node is found by the site
search and the school search on every node within 5 s, and a node that lost its index builds it again by itself."""

import shutil
import time

import pytest

from tests.cluster.runner import HOST, Parent

pytestmark = pytest.mark.cluster
PAGE_WORD = "Synchroonpaginawoord"
SCHOOL_WORD = "Synchroonschoolwoord"
# Published through the ORM in a process with portal-1's environment: its signals update portal-1's index at once,
# as a publish in portal-1's admin would.
PUBLISH = f"""
from wagtail.models import Site
from portal.pages.models import ProcedurePage
from portal.schools.models import SupportProfile
site = Site.objects.get(hostname="{HOST}")
page = ProcedurePage.objects.descendant_of(site.root_page).get(slug="thuiszitten")
page.intro = "{PAGE_WORD} in de inleiding."
page.save_revision().publish()
profile = SupportProfile.objects.filter(school__site=site, live=True).order_by("pk").first()
profile.summary = "{SCHOOL_WORD} in de samenvatting."
profile.save_revision().publish()
"""


def found_on(port) -> dict:
    visitor = Parent(port)
    status, page = visitor.call("GET", f"/zoeken/?q={PAGE_WORD}")
    pages = status == 200 and b"<mark" in page
    status, schools = visitor.call("GET", f"/api/schools/?q={SCHOOL_WORD}")
    return {"pages": pages, "schools": status == 200 and schools["count"] > 0}


def wait_until_found(port, seconds) -> float | None:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if all(found_on(port).values()):
            return time.monotonic() - started
        time.sleep(0.2)
    return None


def test_an_edit_published_on_one_node_is_found_on_every_node_within_5_seconds(cluster):
    ports = [cluster.node_port(1), cluster.node_port(2), int(cluster.ports["PORTAL_PORT"])]
    assert not any(any(found_on(port).values()) for port in ports)
    cluster.manage(1, "shell", "-c", PUBLISH)
    waited = {port: wait_until_found(port, 5) for port in ports}
    print(f"found after (s): {waited}")
    assert None not in waited.values(), waited


def test_a_node_whose_index_is_gone_builds_it_again_by_itself(cluster):
    index_dir = cluster.dir / "portal-2" / "search"
    shutil.rmtree(index_dir)
    waited = wait_until_found(cluster.node_port(2), 30)
    print(f"portal-2 rebuilt its index and found the edit after {waited} s")
    assert waited is not None
