"""The whole chat path with real processes: the portal, the Rasa server with the trained model, and the action
server that calls the portal's bot API. Started once per test session on free ports."""

import pytest

from tests.servers import free_port, portal_server, rasa_servers

pytestmark = pytest.mark.integration


@pytest.fixture(scope="session")
def stack(tmp_path_factory, prepared_portal):
    log_dir = tmp_path_factory.mktemp("stack")
    # The portal must know Rasa's port before it starts, and the action server the portal's.
    portal_port = free_port()
    actions, rasa = rasa_servers(log_dir, portal_port=portal_port)
    # Every test starts its own conversation from 127.0.0.1; the per-address limit has its own test.
    portal = portal_server(log_dir, port=portal_port, extra_env={
        "RASA_URL": rasa.url, "RASA_TIMEOUT_SECONDS": "10", "CHAT_NEW_CONVERSATIONS_PER_ADDRESS": "1000"},
        prepared=prepared_portal)
    for server in (portal, actions, rasa):
        server.start()
    yield {"portal": portal, "actions": actions, "rasa": rasa}
    for server in (rasa, actions, portal):
        server.stop()
