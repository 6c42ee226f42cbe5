"""Editors' rich text passes the bleach allow-list; glossary terms link once."""

import pytest

from portal.core.glossary import link_first_mentions
from portal.core.sanitize import clean_html

VECTORS = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<p onclick="alert(1)">x</p>',
    '<svg onload=alert(1)>',
    '<iframe src="https://example.org"></iframe>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
]


@pytest.mark.parametrize("html", VECTORS)
def test_dangerous_html_is_removed(html):
    cleaned = clean_html(html)
    for bad in ("<script", "onerror", "onclick", "onload", "javascript:", "<iframe", "style=", "data:"):
        assert bad not in cleaned


def test_allowed_markup_survives():
    html = '<h2>Kop</h2><p>Zie <a href="https://www.onderwijsconsulenten.nl">hier</a>, <strong>vet</strong>.</p>'
    assert clean_html(html) == html


def test_glossary_links_only_the_first_mention_and_never_inside_links_or_headings(db):
    html = "<h2>TLV</h2><p>Een TLV is nodig. Nog een TLV.</p><p><a href='/x'>OPP</a> en het OPP.</p>"
    linked = link_first_mentions(html, "/begrippen/")
    assert linked.count('href="/begrippen/#') == 2
    assert "<h2>TLV</h2>" in linked
    assert '<a class="begrip" href="/begrippen/#' in linked or 'class="begrip"' in linked


def test_answer_pages_link_glossary_terms(client, db):
    html = client.get("/vragen/tlv/", HTTP_HOST="zuidoostutrecht.localhost").content.decode()
    assert 'href="/begrippen/#' in html


def test_an_swvs_own_names_are_in_its_own_glossary_and_linked_on_its_own_site_only(client, db):
    own = client.get("/begrippen/", HTTP_HOST="duinenbollenstreek.localhost").content.decode()
    other = client.get("/begrippen/", HTTP_HOST="zuidkennemerland.localhost").content.decode()
    assert "Commissie Arrangementen en Toelaatbaarheid" in own and "Commissie Arrangementen" not in other
    assert "Consulent onderwijs aan zieke leerlingen" in other and "zieke leerlingen" not in own
    assert "Toelaatbaarheidsverklaring" in own and "Toelaatbaarheidsverklaring" in other  # national terms on both
    from wagtail.models import Site

    html = "<p>De CAT beslist.</p>"
    assert "#cat" in link_first_mentions(html, "/begrippen/", Site.objects.get(hostname="duinenbollenstreek.localhost"))
    assert "#cat" not in link_first_mentions(html, "/begrippen/", Site.objects.get(hostname="zuidkennemerland.localhost"))
