"""Four SWV sites in one installation, each on its host name (contract)."""

import pytest
import yaml
from pathlib import Path
from django.test import RequestFactory
from wagtail.models import Site

from portal.core.site_cache import CachedSiteMiddleware

from .conftest import SITES

CONTENT = Path(__file__).resolve().parent.parent / "content"


@pytest.mark.parametrize("slug", SITES)
def test_each_host_serves_its_own_swv(client, db, slug):
    swv = yaml.safe_load((CONTENT / "swv" / f"{slug}.yaml").read_text(encoding="utf-8"))
    response = client.get("/", HTTP_HOST=f"{slug}.localhost")
    assert response.status_code == 200
    assert swv["name"].encode() in response.content
    for path in ("/vragen/", "/procedures/", "/contact/", "/begrippen/", "/privacy/"):
        assert client.get(path, HTTP_HOST=f"{slug}.localhost").status_code == 200, path


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1"])
def test_localhost_serves_the_default_site(client, db, host):
    swv = yaml.safe_load((CONTENT / "swv" / "duinenbollenstreek.yaml").read_text(encoding="utf-8"))
    response = client.get("/", HTTP_HOST=host)
    assert swv["name"].encode() in response.content


@pytest.mark.parametrize("slug", SITES)
def test_contact_page_shows_only_what_the_swv_document_gives(client, db, slug):
    swv = yaml.safe_load((CONTENT / "swv" / f"{slug}.yaml").read_text(encoding="utf-8"))
    html = client.get("/contact/", HTTP_HOST=f"{slug}.localhost").content.decode()
    if swv.get("phone"):
        assert swv["phone"] in html
    else:
        assert "tel:" not in html
    if not swv.get("office_hours"):
        assert "geen vaste openingstijden bekend" in html


@pytest.mark.parametrize("slug", SITES)
def test_procedure_pages_show_numbered_steps_and_related_answers(client, db, slug):
    html = client.get("/procedures/tlv-aanvragen/", HTTP_HOST=f"{slug}.localhost").content.decode()
    assert html.count('class="steps__item"') >= 2
    assert 'href="/vragen/' in html


def test_pages_send_a_strict_content_security_policy(client, db):
    response = client.get("/", HTTP_HOST="zuidoostutrecht.localhost")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy


def test_unknown_page_is_a_friendly_404(client, db):
    response = client.get("/bestaat-niet/", HTTP_HOST="zuidoostutrecht.localhost")
    assert response.status_code == 404
    assert "bestaat niet" in response.content.decode()


def seen_site(host):
    """The site the portal's site cache gives a request for this host."""
    request = RequestFactory().get("/", HTTP_HOST=host)
    CachedSiteMiddleware(lambda request: None)(request)
    return request._wagtail_site


def test_the_site_of_a_host_is_looked_up_once_and_forgotten_when_a_site_changes(db, django_assert_num_queries):
    site = Site.objects.get(hostname="zuidkennemerland.localhost")
    assert seen_site("zuidkennemerland.localhost") == site
    with django_assert_num_queries(0):
        assert seen_site("zuidkennemerland.localhost") == site
    site.hostname = "zk.localhost"
    site.save()
    assert seen_site("zk.localhost") == site
    assert seen_site("zuidkennemerland.localhost") != site
