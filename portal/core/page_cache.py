"""Caches whole public responses for visitors who are not logged in.

The cache key holds the content generation (core.models.ContentGeneration), which publishing, unpublishing,
deleting, glossary and SWV setting changes raise: a change shows on every worker at once, without purging.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from search.sync import applied_state

from .models import ContentGeneration, GlossaryTerm, SWVSettings

CACHE_SECONDS = 300
# Never cached: the CMS, documents behind permissions, and anything a later feature makes personal.
SKIP_PREFIXES = ("/admin/", "/documenten/", "/api/chat/")
# Answered from this web node's own search index: cached under what the index holds too, so that a node that has not
# caught up with a change yet (search.sync) does not put its outdated results in a cache that every node reads.
INDEX_PREFIXES = ("/zoeken/", "/en/zoeken/", "/scholen/", "/en/scholen/", "/api/schools/")


def _cacheable_request(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(SKIP_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def _cacheable_response(response) -> bool:
    return (
        response.status_code in (200, 404)
        and not response.cookies
        and not response.streaming
        and "private" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        address = hashlib.sha256(f"{request.get_host()}{request.get_full_path()}".encode()).hexdigest()
        key = f"page:{ContentGeneration.current()}:{address}"
        if request.path.startswith(INDEX_PREFIXES):
            key += f":{applied_state()}"
        cache = caches["pages"]
        response = cache.get(key)
        if response is not None:
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            cache.set(key, response, CACHE_SECONDS)
        return response


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_delete, sender=Page)
@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
@receiver(post_save, sender=SWVSettings)
def content_changed(sender, **kwargs):
    ContentGeneration.bump()
