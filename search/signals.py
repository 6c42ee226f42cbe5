"""Keeps the indexes current: publishing, unpublishing or deleting a page updates the sites that show it, in the
index of its language, here at once and on the other web nodes through search.sync."""

import contextlib
import logging
import threading

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished

from portal.answers.models import AnswerIndexPage, AnswerPage, NationalAnswersPage
from portal.core.translations import DUTCH

from . import index, sync

log = logging.getLogger(__name__)
_state = threading.local()


@contextlib.contextmanager
def updates_suspended():
    """For bulk loads that rebuild the index once at the end instead of once per page."""
    _state.suspended = True
    try:
        yield
    finally:
        _state.suspended = False


def updates_are_suspended() -> bool:
    return getattr(_state, "suspended", False)


def sites_showing(page: Page) -> list[Site]:
    """A page in a site's tree is shown by that site, also in the English tree (the translation of the site's root
    page); a national answer by every site."""
    sites = list(Site.objects.select_related("root_page"))
    for site in sites:
        if page.path.startswith(site.root_page.path):
            return [site]
    by_key = {site.root_page.translation_key: site for site in reversed(sites)}  # shared root: the first
    translated_roots = Page.objects.filter(translation_key__in=by_key).exclude(pk__in=[s.root_page_id for s in sites])
    for path, key in translated_roots.values_list("path", "translation_key"):
        if page.path.startswith(path):
            return [by_key[key]]
    return sites


# Dutch pages that decide which English answer a site gives (AnswerIndexPage.effective_answers).
DECIDE_ENGLISH_ANSWERS = (AnswerPage, AnswerIndexPage, NationalAnswersPage)


def stores_showing(page: Page) -> list[index.IndexStore]:
    """The index of the page's language; for a Dutch answer every language's, since the English answers follow it."""
    language = page.locale.language_code
    if language == DUTCH and page.specific_class in DECIDE_ENGLISH_ANSWERS:
        return list(index.PAGE_STORES.values())
    return [index.PAGE_STORES.get(language, index.pages)]


def _update_for(page: Page) -> None:
    if updates_are_suspended():
        return
    try:
        sites, stores = sites_showing(page), stores_showing(page)
        for store in stores:
            sync.record_change(store.name, sites)
        for store in stores:
            for site in sites:
                store.update_site(site)
    except Exception:  # the database is the truth; a failed index update is repaired by a rebuild
        log.exception("search index update failed for page %s", page.pk)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    _update_for(instance)


@receiver(post_delete, sender=Page)
def page_deleted(sender, instance, **kwargs):
    _update_for(instance)
