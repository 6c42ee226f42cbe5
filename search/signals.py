"""Keeps the index current: publishing, unpublishing or deleting a page updates the sites that show it, here at
once and on the other web nodes through search.sync."""

import contextlib
import logging
import threading

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished

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
    """A page in a site's tree is shown by that site; a national answer by every site."""
    for site in Site.objects.select_related("root_page"):
        if page.path.startswith(site.root_page.path):
            return [site]
    return list(Site.objects.all())


def _update_for(page: Page) -> None:
    if updates_are_suspended():
        return
    try:
        sites = sites_showing(page)
        sync.record_change(index.pages.name, sites)
        for site in sites:
            index.pages.update_site(site)
    except Exception:  # the database is the truth; a failed index update is repaired by a rebuild
        log.exception("search index update failed for page %s", page.pk)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    _update_for(instance)


@receiver(post_delete, sender=Page)
def page_deleted(sender, instance, **kwargs):
    _update_for(instance)
