"""The whole chat path with real processes: the portal, the Rasa server with the trained model, and the action
server that calls the portal's bot API. Started once per test session on free ports."""

import os

import pytest

from tests.servers import BOT_BIN, BOT_DIR, BOT_MODEL, Server, free_port, portal_server

pytestmark = pytest.mark.integration


def rasa_servers(log_dir, portal_port):
    """The action server and the Rasa server (not yet started), wired to each other and to the portal."""
    if not (BOT_BIN / "rasa").exists() or not BOT_MODEL.exists():
        pytest.fail("The bot is not built: run `make test` (it creates steunpunt_bot/.venv and trains the model).")
    actions_port, rasa_port = free_port(), free_port()
    env = {**os.environ, "PORTAL_URL": f"http://127.0.0.1:{portal_port}", "RASA_TELEMETRY_ENABLED": "false",
           "ACTIONS_URL": f"http://127.0.0.1:{actions_port}/webhook"}
    actions = Server("actions", [str(BOT_BIN / "rasa"), "run", "actions", "--port", str(actions_port),
                                 "--actions", "actions"],
                     cwd=BOT_DIR, env=env, port=actions_port, ready_path="/health", log_dir=log_dir)
    rasa = Server("rasa", [str(BOT_BIN / "rasa"), "run", "-i", "127.0.0.1", "--port", str(rasa_port),
                           "--model", str(BOT_MODEL), "--endpoints", "endpoints.yml", "--credentials", "credentials.yml",
                           "--enable-api"],
                  cwd=BOT_DIR, env=env, port=rasa_port, log_dir=log_dir, timeout=180)
    return actions, rasa


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    log_dir = tmp_path_factory.mktemp("stack")
    # The portal must know Rasa's port before it starts, and the action server the portal's.
    portal_port = free_port()
    actions, rasa = rasa_servers(log_dir, portal_port)
    # Every test starts its own conversation from 127.0.0.1; the per-address limit has its own test.
    portal = portal_server(log_dir, port=portal_port, extra_env={
        "RASA_URL": rasa.url, "RASA_TIMEOUT_SECONDS": "10", "CHAT_NEW_CONVERSATIONS_PER_ADDRESS": "1000"})
    for server in (portal, actions, rasa):
        server.start()
    yield {"portal": portal, "actions": actions, "rasa": rasa}
    for server in (rasa, actions, portal):
        server.stop()
