"""Remembers which Wagtail site answers a host name, per process, for a short while.

Wagtail looks the site up in the database on every request (1.3 ms, measured); a chat turn makes two requests (the
parent's message, and the assistant's call for the answer). Sites change rarely: a change raises a version number
in the default cache, which every request reads (a dictionary lookup, or one Redis round trip with REDIS_URL). In
Redis every worker and web node sees the change at once; in a per-process cache, other processes within SECONDS.
"""

import threading
import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.http.request import split_domain_port
from wagtail.models import Site

SECONDS = 30
VERSION_KEY = "sites-version"
_sites: dict[tuple[int, str, int], tuple[float, Site | None]] = {}
_lock = threading.Lock()


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            # The same key as Site._find_for_request (the raw host: ALLOWED_HOSTS is checked elsewhere).
            key = (cache.get_or_set(VERSION_KEY, 0, None), split_domain_port(request._get_raw_host())[0],
                   int(request.get_port()))
        except (KeyError, ValueError):
            return self.get_response(request)
        now = time.monotonic()
        cached = _sites.get(key)
        if cached and cached[0] > now:
            request._wagtail_site = cached[1]
        else:
            site = Site._find_for_request(request)
            with _lock:
                if len(_sites) > 1000:  # old versions and made-up host names
                    _sites.clear()
                _sites[key] = (now + SECONDS, site)
            request._wagtail_site = site
        return self.get_response(request)


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def forget_sites(**kwargs):
    with _lock:
        _sites.clear()
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not in the cache (evicted, or Redis restarted): any new number will do
        cache.set(VERSION_KEY, 1, None)
