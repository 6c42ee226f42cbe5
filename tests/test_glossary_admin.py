"""An SWV's eindredactie keeps its own names for its bodies and people in the glossary: on its own site only, never
another SWV's terms or the national ones."""

import pytest

from portal.answers.models import Topic
from portal.core.models import GlossaryTerm, SWVSettings

ADMIN = "/admin/snippets/core/glossaryterm"


@pytest.fixture
def eindredacteur(client, site_for, django_user_model):
    site = site_for("noordmiddendrenthe")
    user = django_user_model.objects.create_user(username="er-nmd", password="geheim-wachtwoord-123")
    user.groups.add(SWVSettings.for_site(site).school_reviewers)
    client.force_login(user)
    return site


def term_form(site, **values):
    return {"term": "Route-expertteam", "abbreviation": "", "slug": "route-expertteam", "aliases": "",
            "definition": "Een team dat meedenkt over een passende plek.", "site": site.pk if site else "",
            "topic": Topic.objects.get(key="thuiszitten").pk, **values}


def test_the_eindredactie_adds_a_term_for_its_own_site(client, eindredacteur):
    response = client.post(f"{ADMIN}/add/", term_form(eindredacteur))
    assert response.status_code == 302, response.content.decode()[:2000]
    term = GlossaryTerm.objects.get(slug="route-expertteam")
    assert term.site == eindredacteur and term.topic.key == "thuiszitten"
    own = client.get("/begrippen/", HTTP_HOST="noordmiddendrenthe.localhost").content.decode()
    other = client.get("/begrippen/", HTTP_HOST="zuidkennemerland.localhost").content.decode()
    assert "Route-expertteam" in own and "Route-expertteam" not in other


def test_the_eindredactie_cannot_add_a_national_term_or_one_for_another_swv(client, eindredacteur, site_for):
    for site in (None, site_for("zuidkennemerland")):
        response = client.post(f"{ADMIN}/add/", term_form(site))
        assert response.status_code == 200
    assert not GlossaryTerm.objects.filter(slug="route-expertteam").exists()


def test_the_eindredactie_sees_and_opens_only_its_own_terms(client, eindredacteur):
    listing = client.get(f"{ADMIN}/").content.decode()
    assert "Commissie van Advies" in listing
    assert "Commissie Arrangementen" not in listing and "Toelaatbaarheidsverklaring" not in listing
    for slug in ("cat", "tlv"):  # another SWV's term, a national term
        pk = GlossaryTerm.objects.get(slug=slug).pk
        assert client.get(f"{ADMIN}/edit/{pk}/").status_code in (302, 403)
        assert client.post(f"{ADMIN}/delete/{pk}/").status_code in (302, 403)
        assert GlossaryTerm.objects.filter(pk=pk).exists()
