"""The parents' school pages: a school's profile (unknown, stale, example, none, drafts), other sites' schools,
the comparison page and the search page without JavaScript."""

import html
import re

import pytest

from portal.schools.models import (Availability, BasisElement, BasisRating, School, SupportProfile,
                                   current_school_year)
from search import index
from search.signals import updates_suspended

ZK = "zuidkennemerland"


@pytest.fixture(scope="module", autouse=True)
def fresh_index(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        index.schools.rebuild()


def page(client, path, params=None, site=ZK):
    response = client.get(path, params or {}, HTTP_HOST=f"{site}.localhost")
    return response, html.unescape(response.content.decode())


def fact(text: str, label: str) -> str:
    """The value beside a label in a <dl> of the school page."""
    match = re.search(rf"<dt>{re.escape(label)}</dt><dd>(.*?)</dd>", text, re.S)
    assert match, f"no {label!r} on the page"
    return match[1].strip()


def live_profile(site_slug=ZK, **filters) -> SupportProfile:
    profile = (SupportProfile.objects.filter(school__site__hostname=f"{site_slug}.localhost", live=True, **filters)
               .select_related("school").order_by("school__name").first())
    assert profile is not None
    return profile


def detail_url(school) -> str:
    return f"/scholen/{school.slug}/"


# --- a school's profile -------------------------------------------------------------------------------------

def test_unknown_is_shown_as_onbekend_never_as_nee(client, db):
    site = "zuidoostutrecht"  # an SWV with its own list of basisondersteuning
    profile = live_profile(site)
    SupportProfile.objects.filter(pk=profile.pk).update(
        wheelchair_access=Availability.UNKNOWN, adapted_toilet=Availability.NOT_OFFERED, class_size=None)
    ratings = list(profile.basis_ratings.order_by("sort_order"))
    assert len(ratings) >= 2
    BasisRating.objects.filter(pk=ratings[0].pk).update(level=Availability.UNKNOWN)
    BasisRating.objects.filter(pk=ratings[1].pk).update(level=Availability.NOT_OFFERED)
    response, text = page(client, detail_url(profile.school), site=site)
    assert response.status_code == 200
    assert fact(text, "Toegankelijk met een rolstoel") == "Onbekend"
    assert fact(text, "Aangepast toilet") == "Nee"  # a real 'no' stays 'no'
    assert fact(text, "Gemiddelde groepsgrootte") == "Onbekend"
    levels = dict(re.findall(r'<th class="utrecht-table__header-cell" scope="row">([^<]+)<span.*?'
                             r'<td class="utrecht-table__cell level level--\w+">(.*?)</td>', text, re.S))
    assert levels[ratings[0].element.label] == "Onbekend: de school heeft dit niet ingevuld"
    assert levels[ratings[1].element.label] == "Nee"
    unknown_cells = re.findall(r'level--unknown">(.*?)</td>', text)
    assert unknown_cells and all(cell.startswith("Onbekend") for cell in unknown_cells)


def test_unknown_is_onbekend_in_the_comparison_too(client, db):
    site = "zuidoostutrecht"
    first, second = SupportProfile.objects.filter(school__site__hostname=f"{site}.localhost", live=True)[:2]
    SupportProfile.objects.filter(pk=first.pk).update(wheelchair_access=Availability.UNKNOWN)
    SupportProfile.objects.filter(pk=second.pk).update(wheelchair_access=Availability.NOT_OFFERED)
    element = BasisElement.objects.filter(site__hostname=f"{site}.localhost").first()
    BasisRating.objects.filter(profile=first, element=element).update(level=Availability.UNKNOWN)
    BasisRating.objects.filter(profile=second, element=element).update(level=Availability.NOT_OFFERED)
    response, text = page(client, "/scholen/vergelijken/", {"school": [first.school.slug, second.school.slug]},
                          site=site)
    for label in ("Toegankelijk met een rolstoel", element.label):
        row = re.search(rf"{re.escape(label)}.*?</tr>", text, re.S)[0]
        assert re.findall(r'<td class="utrecht-table__cell">(.*?)</td>', row) == ["Onbekend", "Nee"]
        assert "verschilt" in row


def test_profile_of_an_earlier_year_says_it_is_stale(client, db):
    profile = live_profile(school_year=current_school_year())
    _, text = page(client, detail_url(profile.school))
    assert "nog niet bijgewerkt" not in text
    start = int(current_school_year()[:4]) - 1
    SupportProfile.objects.filter(pk=profile.pk).update(school_year=f"{start}-{start + 1}")
    _, text = page(client, detail_url(profile.school))
    assert "nog niet bijgewerkt" in text
    assert f"Ondersteuningsprofiel voor schooljaar {start}-{start + 1}" in re.sub(r"<[^>]+>", "", text)


def test_profile_for_the_coming_year_is_not_called_stale(client, db):
    profile = live_profile()
    start = int(current_school_year()[:4]) + 1
    SupportProfile.objects.filter(pk=profile.pk).update(school_year=f"{start}-{start + 1}")
    _, text = page(client, detail_url(profile.school))
    assert f"{start}-{start + 1}" in text
    assert "nog niet bijgewerkt" not in text


def test_example_profile_is_marked(client, db):
    profile = live_profile(is_example=True)
    _, text = page(client, detail_url(profile.school))
    assert "Voorbeeldgegevens" in text
    SupportProfile.objects.filter(pk=profile.pk).update(is_example=False)
    _, text = page(client, detail_url(profile.school))
    assert "Voorbeeldgegevens" not in text


def test_school_without_a_profile_says_so(client, db):
    school = School.objects.filter(site__hostname=f"{ZK}.localhost", profile__isnull=True).first()
    assert school is not None  # the demo leaves some schools without a profile
    response, text = page(client, detail_url(school))
    assert response.status_code == 200
    assert school.name in text
    assert "heeft haar ondersteuningsprofiel nog niet op deze site gezet" in text
    assert "Basisondersteuning" not in text and "Voorbeeldgegevens" not in text


def test_a_draft_is_not_shown_until_it_is_published(client, db):
    profile = live_profile()
    url = detail_url(profile.school)
    profile.summary = "Conceptzin van de school die nog niet is goedgekeurd."
    profile.capacity = "Wachtlijst in concept"
    with updates_suspended():  # the index is not what this test is about; the database rolls back
        revision = profile.save_revision()
        _, text = page(client, url)
        assert "Conceptzin" not in text and "Wachtlijst in concept" not in text
        _, compared = page(client, "/scholen/vergelijken/", {"school": profile.school.slug})
        assert "Conceptzin" not in compared
        revision.publish()
    _, text = page(client, url)
    assert "Conceptzin van de school die nog niet is goedgekeurd." in text
    assert fact(text, "Plaatsen") == "Wachtlijst in concept"


def test_an_unpublished_profile_is_not_shown(client, db):
    profile = live_profile()
    with updates_suspended():
        profile.unpublish()
    _, text = page(client, detail_url(profile.school))
    assert "nog niet op deze site gezet" in text
    assert profile.summary not in text


def test_another_sites_school_is_404(client, db):
    own = set(School.objects.filter(site__hostname=f"{ZK}.localhost").values_list("slug", flat=True))
    other = School.objects.filter(site__hostname="duinenbollenstreek.localhost").exclude(slug__in=own).first()
    response, _ = page(client, detail_url(other), site="duinenbollenstreek")
    assert response.status_code == 200
    response, _ = page(client, detail_url(other), site=ZK)
    assert response.status_code == 404
    response, _ = page(client, "/scholen/bestaat-niet/")
    assert response.status_code == 404


# --- comparing ----------------------------------------------------------------------------------------------

def columns(text: str) -> list[str]:
    return re.findall(r'<th class="utrecht-table__header-cell" scope="col"><a class="utrecht-link" '
                      r'href="/scholen/([^/]+)/">', text)


def row_labels(text: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", m).strip() for m in
            re.findall(r'<th class="utrecht-table__header-cell" scope="row">(.*?)</th>', text, re.S)]


def zk_schools(**filters):
    return list(School.objects.filter(site__hostname=f"{ZK}.localhost", profile__live=True, **filters)
                .order_by("name"))


def test_compare_up_to_four_and_a_fifth_is_dropped_with_a_notice(client, db):
    slugs = [s.slug for s in zk_schools()[:5]]
    response, text = page(client, "/scholen/vergelijken/", {"school": slugs})
    assert response.status_code == 200
    assert columns(text) == slugs[:4]
    assert "U kunt 4 scholen tegelijk vergelijken. We tonen de eerste 4." in text
    _, four = page(client, "/scholen/vergelijken/", {"school": slugs[:4]})
    assert columns(four) == slugs[:4]
    assert "tegelijk vergelijken" not in four


def test_differences_are_marked(client, db):
    bo, sbo = zk_schools(type="BO")[0], zk_schools(type="SBO")[0]
    _, text = page(client, "/scholen/vergelijken/", {"school": [bo.slug, sbo.slug]})
    labels = row_labels(text)
    assert "Soort school verschilt" in labels
    assert any(not label.endswith("verschilt") for label in labels)  # equal rows are there, unmarked
    assert text.count('<span class="differs-mark">verschilt</span>') == sum(label.endswith("verschilt") for label in labels)


def test_only_differences(client, db):
    two_bo = zk_schools(type="BO")[:2]
    slugs = [s.slug for s in two_bo]
    _, full = page(client, "/scholen/vergelijken/", {"school": slugs})
    _, only = page(client, "/scholen/vergelijken/", {"school": slugs, "verschillen": "1"})
    all_rows, differing = row_labels(full), row_labels(only)
    assert "Soort school" in all_rows  # both are primary schools: the same
    assert differing and all(label.endswith("verschilt") for label in differing)
    assert differing == [label for label in all_rows if label.endswith("verschilt")]
    assert len(differing) < len(all_rows)
    assert not any(label.startswith("Soort school") for label in differing)
    assert 'name="verschillen" value="1" checked' in only


def test_unknown_slugs_are_skipped_with_a_notice(client, db):
    school = zk_schools()[0]
    response, text = page(client, "/scholen/vergelijken/", {"school": ["bestaat-niet", school.slug, "ook-niet"]})
    assert response.status_code == 200
    assert columns(text) == [school.slug]
    assert "Een of meer scholen konden we niet vinden." in text
    other_site = School.objects.filter(site__hostname="duinenbollenstreek.localhost").first()
    _, text = page(client, "/scholen/vergelijken/", {"school": [other_site.slug, school.slug]})
    if other_site.slug != school.slug:
        assert columns(text) == [school.slug]


def test_empty_selection(client, db):
    for params in ({}, {"school": ""}, {"school": "bestaat-niet"}):
        response, text = page(client, "/scholen/vergelijken/", params)
        assert response.status_code == 200
        assert "U heeft nog geen scholen gekozen." in text
        assert "<table" not in text


def test_school_without_profile_in_the_comparison(client, db):
    with_profile = zk_schools()[0]
    without = School.objects.filter(site__hostname=f"{ZK}.localhost", profile__isnull=True).first()
    _, text = page(client, "/scholen/vergelijken/", {"school": [with_profile.slug, without.slug]})
    assert columns(text) == [with_profile.slug, without.slug]
    row = re.search(r"Profiel voor schooljaar.*?</tr>", text, re.S)[0]
    assert re.findall(r'<td class="utrecht-table__cell">(.*?)</td>', row)[1] == "Geen profiel"


# --- the search page without JavaScript ----------------------------------------------------------------------

def test_search_page_works_with_plain_get_parameters(client, db):
    response, text = page(client, "/scholen/", {"q": "rolstoel", "type": "BO", "sort": "name", "p": "2"})
    assert response.status_code == 200
    expected = School.objects.filter(site__hostname=f"{ZK}.localhost", type="BO", profile__live=True,
                                     profile__tags__slug="rolstoeltoegankelijk").count()
    assert expected > 20
    assert f"{expected} scholen</strong> gevonden" in text
    assert f"Pagina 2 van {-(-expected // 20)}" in text
    cards = re.findall(r'<li class="school-card">', text)
    assert len(cards) == min(20, expected - 20)
    assert re.search(r'name="type" id="f-type-\d+" value="BO" checked', text)
    assert '<option value="name" selected>' in text
    previous = re.search(r'<a class="utrecht-link" href="(\?[^"]+)">Vorige</a>', text)[1]
    assert "p=1" in previous and "q=rolstoel" in previous and "type=BO" in previous
    assert "Dyslexie" in text and "We zochten op" in text


def test_search_page_without_parameters_lists_the_sites_schools(client, db):
    response, text = page(client, "/scholen/")
    count = School.objects.filter(site__hostname=f"{ZK}.localhost").count()
    assert response.status_code == 200
    assert f"{count} scholen</strong> gevonden" in text


@pytest.mark.parametrize("params, notice", [
    ({"type": "XX"}, "Onbekende soort school: XX"),
    ({"tag": "bestaat-niet"}, "Onbekende soort ondersteuning: bestaat-niet"),
    ({"p": "0"}, "p moet tussen 1 en 1000 liggen"),
    ({"p": "abc"}, "p moet een paginanummer zijn"),
    ({"sort": "foo"}, "Sorteren kan op relevance of name"),
])
def test_bad_parameters_on_the_page_give_a_dutch_notice(client, db, params, notice):
    response, text = page(client, "/scholen/", {"q": "dyslexie", **params})
    assert response.status_code == 200
    assert notice in text
    assert "Dat deel hebben we overgeslagen." in text
    # the good part of the search still counts
    expected = School.objects.filter(site__hostname=f"{ZK}.localhost", profile__live=True,
                                     profile__tags__slug="dyslexie").count()
    assert f"{expected} scholen</strong> gevonden" in text


@pytest.mark.parametrize("number", ["²", "①"])
def test_page_number_that_is_a_digit_but_not_a_number(client, db, number):
    client.raise_request_exception = False
    response, text = page(client, "/scholen/", {"q": "dyslexie", "p": number})
    assert response.status_code == 200
    assert "p moet een paginanummer zijn" in text


def test_bad_type_keeps_the_good_type(client, db):
    response, text = page(client, "/scholen/", {"type": ["XX", "SBO"]})
    assert response.status_code == 200
    assert "Onbekende soort school: XX" in text
    count = School.objects.filter(site__hostname=f"{ZK}.localhost", type="SBO").count()
    assert f"{count} scholen</strong> gevonden" in text
