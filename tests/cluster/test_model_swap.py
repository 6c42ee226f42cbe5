"""A model put live reaches both Rasa servers of the cluster (PUT /model with the cluster's token, as a retraining
does: portal/learning/live_model.py), and a conversation misunderstood once before the swap and once after is handed
over: its state is in the shared tracker store, not in the loaded model. Runs first, while every part is up."""

import json
import shutil
import urllib.request

import pytest

from portal.learning import live_model
from tests.cluster.runner import Parent

pytestmark = pytest.mark.cluster
GIBBERISH = "blub fjord kwak"


def model_on(url, token):
    with urllib.request.urlopen(f"{url}/status?token={token}", timeout=10) as response:
        return json.loads(response.read())["model_file"]


def test_a_model_put_live_reaches_both_rasa_servers_and_a_conversation_continues(cluster, settings):
    token = (cluster.dir / "rasa-token").read_text().strip()
    settings.RASA_URLS = [f"http://127.0.0.1:{cluster.ports[name]}" for name in ("RASA_PORT", "RASA_PORT_2")]
    settings.RASA_TOKEN, settings.ASSISTANT_MODELS_DIR = token, cluster.dir / "models"
    running = live_model.running_model()
    assert running == cluster.dir / "models" / "steunpunt.tar.gz"
    # Another file with the same model in it: the servers cannot tell it from a retrained one.
    new = running.with_name("steunpunt-swap-test.tar.gz")
    shutil.copy(running, new)
    parent = Parent(int(cluster.ports["PORTAL_PORT"]), address="127.0.0.20")
    assert parent.start() == 201
    try:
        status, data = parent.say(GIBBERISH)
        assert status == 200 and [m["topic"] for m in data["messages"][1:]] == ["fallback"]
        live_model.put_live(new, previous=running)
        assert [model_on(url, token) for url in settings.RASA_URLS] == [new.name, new.name]
        status, data = parent.say(GIBBERISH)
        assert status == 200
        assert "handoff" in [m["topic"] for m in data["messages"][1:]] and data["state"] == "waiting"
    finally:
        live_model.put_live(running, previous=running)
        new.unlink()
    with pytest.raises(live_model.SwapFailed, match="weigert de toegang"):
        settings.RASA_TOKEN = "wrong"
        live_model.put_live(new, previous=running)
