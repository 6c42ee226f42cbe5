"""Django's Redis cache, but a Redis that is down or restarting is a cache miss, not a 500.

The caches hold nothing that cannot be lost: rendered pages (rendered again), the site per host name (looked up
again) and the chat's abuse counters (they start afresh, and while Redis is away they do not hold)."""

import functools
import logging

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError, TimeoutError

log = logging.getLogger(__name__)
REDIS_DOWN = (ConnectionError, TimeoutError)


def _forgiving(fallback):
    """Run the client method; when Redis cannot be reached, log it and answer `fallback(*args)` instead."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args):
            try:
                return method(self, *args)
            except REDIS_DOWN as exc:
                log.warning("Redis unreachable, cache %s skipped: %s", method.__name__, exc)
                return fallback(*args)

        return wrapper

    return decorate


class ForgivingRedisCacheClient(RedisCacheClient):
    add = _forgiving(lambda key, value, timeout: False)(RedisCacheClient.add)
    get = _forgiving(lambda key, default: default)(RedisCacheClient.get)
    set = _forgiving(lambda key, value, timeout: None)(RedisCacheClient.set)
    touch = _forgiving(lambda key, timeout: False)(RedisCacheClient.touch)
    delete = _forgiving(lambda key: False)(RedisCacheClient.delete)
    get_many = _forgiving(lambda keys: {})(RedisCacheClient.get_many)
    has_key = _forgiving(lambda key: False)(RedisCacheClient.has_key)
    incr = _forgiving(lambda key, delta: delta)(RedisCacheClient.incr)
    set_many = _forgiving(lambda data, timeout: [])(RedisCacheClient.set_many)
    delete_many = _forgiving(lambda keys: None)(RedisCacheClient.delete_many)
    clear = _forgiving(lambda: False)(RedisCacheClient.clear)


class ForgivingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ForgivingRedisCacheClient
