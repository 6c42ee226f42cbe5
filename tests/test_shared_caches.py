"""With REDIS_URL the caches live in Redis, shared by every web node: the chat's limits hold across nodes, a site
change shows on every node at once, and a Redis that is away or restarted is a cache miss, never a 500."""

import pytest
from django.core.cache import caches
from django.test import Client, override_settings

from portal.core import site_cache
from portal.core.redis_cache import ForgivingRedisCache
from tests.servers import RedisServer

HOST = "zuidkennemerland.localhost"


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory):
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    yield server
    server.stop()


@pytest.fixture
def redis_caches(redis_server, settings):
    options = {"BACKEND": "portal.core.redis_cache.ForgivingRedisCache", "LOCATION": redis_server.url,
               "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}}
    settings.CACHES = {"default": {**options, "KEY_PREFIX": "portal"}, "pages": {**options, "KEY_PREFIX": "pages"}}
    settings.RASA_URLS = ["http://127.0.0.1:9"]
    caches["default"].clear()
    return redis_server


def another_node(redis_server) -> ForgivingRedisCache:
    """The default cache as a second web node has it: its own client, the same Redis."""
    return ForgivingRedisCache(redis_server.url, {"KEY_PREFIX": "portal"})


def start_conversation(client):
    return client.post("/api/chat/conversations/", HTTP_HOST=HOST).status_code


def test_the_new_conversation_limit_counts_what_every_node_let_in(redis_caches, client, db, settings):
    settings.CHAT_NEW_CONVERSATIONS_PER_ADDRESS = 3
    assert [start_conversation(client) for _ in range(2)] == [201, 201]
    other = another_node(redis_caches)
    # The other node counted the same address (the counter's key, as the chat API makes it).
    keys = [k for k in other._cache.get_client().keys("portal:*chat-new:*")]
    assert len(keys) == 1 and int(other._cache.get_client().get(keys[0])) == 2
    assert [start_conversation(client) for _ in range(2)] == [201, 429]


def test_a_site_change_on_one_node_reaches_the_others(redis_caches, client, db):
    client.get("/", HTTP_HOST=HOST)
    version = caches["default"].get(site_cache.VERSION_KEY)
    another_node(redis_caches).incr(site_cache.VERSION_KEY)  # what forget_sites does on the other node
    assert caches["default"].get(site_cache.VERSION_KEY) == version + 1


def test_redis_away_is_a_cache_miss_and_a_restart_starts_the_limits_afresh(redis_caches, client, db, settings):
    settings.CHAT_NEW_CONVERSATIONS_PER_ADDRESS = 1
    assert [start_conversation(client) for _ in range(2)] == [201, 429]
    redis_caches.stop()
    try:
        # No limit can be counted while Redis is away, and no parent gets an error for it.
        assert [start_conversation(client) for _ in range(2)] == [201, 201]
        assert client.get("/", HTTP_HOST=HOST).status_code == 200
    finally:
        redis_caches.start()
    assert [start_conversation(client) for _ in range(2)] == [201, 429]


def test_behind_a_trusted_balancer_each_parent_has_their_own_limit(db, settings):
    settings.CHAT_NEW_CONVERSATIONS_PER_ADDRESS = 1
    settings.PORTAL_TRUSTED_PROXIES = {"127.0.0.1"}
    client = Client(REMOTE_ADDR="127.0.0.1")
    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                               "LOCATION": "balancer-test"}}):
        statuses = [client.post("/api/chat/conversations/", HTTP_HOST=HOST, HTTP_X_FORWARDED_FOR=address)
                    .status_code for address in ("10.0.0.1", "10.0.0.2", "10.0.0.1")]
        # What the client wrote itself before the balancer's entry changes nothing.
        forged = client.post("/api/chat/conversations/", HTTP_HOST=HOST,
                             HTTP_X_FORWARDED_FOR="10.9.9.9, 10.0.0.2").status_code
    assert statuses == [201, 201, 429] and forged == 429


def test_an_untrusted_peer_cannot_choose_its_address(db, settings):
    settings.CHAT_NEW_CONVERSATIONS_PER_ADDRESS = 1
    settings.PORTAL_TRUSTED_PROXIES = set()
    client = Client(REMOTE_ADDR="192.0.2.7")
    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                               "LOCATION": "untrusted-test"}}):
        statuses = [client.post("/api/chat/conversations/", HTTP_HOST=HOST, HTTP_X_FORWARDED_FOR=address)
                    .status_code for address in ("10.0.0.1", "10.0.0.2")]
    assert statuses == [201, 429]
