"""The portal's Rasa client with several Rasa servers: each conversation has its own first server, a server that
refuses connections is asked last for a while, and only when none can be reached is the assistant unavailable.
Failing over between real Rasa servers is tested in tests/cluster/."""

import pytest

from portal.chat import rasa_client
from tests.servers import free_port

SERVERS = ["http://127.0.0.1:15101", "http://127.0.0.1:15102"]


@pytest.fixture(autouse=True)
def fresh_client_state(settings):
    settings.RASA_URLS = SERVERS
    settings.RASA_TIMEOUT_SECONDS = 2
    rasa_client._unreachable_since.clear()
    yield
    rasa_client._unreachable_since.clear()


def test_conversations_are_spread_over_the_servers_and_keep_their_own():
    firsts = {rasa_client.servers_in_order(f"conversation-{n}")[0] for n in range(20)}
    assert firsts == set(SERVERS)
    assert rasa_client.servers_in_order("abc") == rasa_client.servers_in_order("abc")


def test_when_no_server_can_be_reached_the_assistant_is_unavailable_and_they_are_asked_last(settings):
    settings.RASA_URLS = [f"http://127.0.0.1:{free_port()}", f"http://127.0.0.1:{free_port()}"]
    with pytest.raises(rasa_client.BotUnavailable):
        rasa_client.ask(conversation_id="abc", text="hallo", site_hostname="localhost")
    assert set(rasa_client._unreachable_since) == set(settings.RASA_URLS)
    # Once one refused long enough ago, it is tried before the one that refused just now.
    recovered = settings.RASA_URLS[1]
    rasa_client._unreachable_since[recovered] -= rasa_client.SKIP_SECONDS
    assert rasa_client.servers_in_order("abc")[0] == recovered


def test_rasa_url_alone_still_works(monkeypatch):
    import importlib

    import portal.settings.base as base

    monkeypatch.delenv("RASA_URLS", raising=False)
    monkeypatch.setenv("RASA_URL", "http://rasa.internal:5005")
    assert importlib.reload(base).RASA_URLS == ["http://rasa.internal:5005"]
    monkeypatch.setenv("RASA_URLS", "http://a:5005, http://b:5005")
    assert importlib.reload(base).RASA_URLS == ["http://a:5005", "http://b:5005"]
    monkeypatch.undo()
    importlib.reload(base)
