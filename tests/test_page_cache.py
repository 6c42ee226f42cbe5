"""Public pages are cached for anonymous visitors and expire the moment content changes."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from portal.core.models import ContentGeneration
from portal.core.page_cache import INDEX_PREFIXES
from portal.pages.models import ProcedurePage

LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "d"},
          "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-pages"}}


@pytest.fixture
def cached(db, settings):
    settings.CACHES = LOCMEM
    from django.core.cache import caches

    caches["pages"].clear()
    return Client(HTTP_HOST="zuidoostutrecht.localhost")


def test_second_request_is_served_from_the_cache(cached, django_assert_max_num_queries):
    cached.get("/procedures/thuiszitten/")
    with django_assert_max_num_queries(1):  # only the content generation is read
        assert cached.get("/procedures/thuiszitten/").status_code == 200


def test_publishing_shows_at_once(cached, site_for):
    assert b"Nieuw woord" not in cached.get("/procedures/thuiszitten/").content
    page = ProcedurePage.objects.descendant_of(site_for("zuidoostutrecht").root_page).get(slug="thuiszitten")
    page.intro = "Nieuw woord in de inleiding."
    page.save_revision().publish()
    assert b"Nieuw woord" in cached.get("/procedures/thuiszitten/").content


def test_hosts_are_cached_apart(cached):
    own = cached.get("/").content
    other = cached.get("/", HTTP_HOST="zuidkennemerland.localhost").content
    assert own != other


def test_logged_in_editors_never_get_cached_pages(cached, admin_user):
    cached.get("/")
    cached.force_login(admin_user)
    generation = ContentGeneration.current()
    response = cached.get("/")
    assert b"wagtail-userbar" in response.content or b"userbar" in response.content
    assert ContentGeneration.current() == generation


def test_pages_answered_from_the_search_indexes_are_cached_under_the_index_state_in_both_languages():
    for language in ("nl", "en"):
        with translation.override(language):
            for name in ("search", "school-search"):
                assert reverse(name).startswith(INDEX_PREFIXES), (language, name)
