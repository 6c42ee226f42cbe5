"""What the cluster survives. The tests run in this order on one cluster: the limits first (both nodes alive), then
rasa-1 is killed, then portal-1 while parents chat."""

import threading
import time

import pytest

from portal.chat import rasa_client
from tests.cluster.conftest import Parent

pytestmark = pytest.mark.cluster
GIBBERISH = "blub fjord kwak"
LOAD_PARENTS = 20
LOAD_SECONDS = 16  # one message a second each: under the 20 messages per minute a conversation may send
KILL_AFTER_SECONDS = 5


def test_the_new_conversation_limit_holds_across_both_nodes(cluster, settings):
    # Straight to the nodes, in turn, as the balancer would send them (it is a trusted proxy: 127.0.0.1).
    parent = Parent(int(cluster.ports["PORTAL_NODE_PORT_1"]))
    nodes = [int(cluster.ports["PORTAL_NODE_PORT_1"]), int(cluster.ports["PORTAL_NODE_PORT_2"])]
    limit = settings.CHAT_NEW_CONVERSATIONS_PER_ADDRESS
    statuses = [parent.start(headers={"X-Forwarded-For": "192.0.2.77"}, port=nodes[n % 2]) for n in range(limit + 2)]
    assert statuses == [201] * limit + [429, 429]
    # Another address still may, and through the balancer the same holds for a parent of its own.
    assert parent.start(headers={"X-Forwarded-For": "192.0.2.78"}, port=nodes[1]) == 201
    through_balancer = Parent(int(cluster.ports["PORTAL_PORT"]), address="127.0.0.9")
    assert [through_balancer.start() for _ in range(limit + 1)] == [201] * limit + [429]


def test_a_conversation_continues_on_the_other_rasa_server_when_its_own_was_killed(cluster, settings):
    parent = Parent(int(cluster.ports["PORTAL_PORT"]), address="127.0.0.10")
    assert parent.start() == 201
    # The server the portal asks first for this conversation (its own way of spreading them) is the one to kill.
    settings.RASA_URLS = [f"http://127.0.0.1:{cluster.ports['RASA_PORT']}",
                          f"http://127.0.0.1:{cluster.ports['RASA_PORT_2']}"]
    rasa_client._unreachable_since.clear()
    first_server = rasa_client.servers_in_order(parent.id)[0]
    victim = "rasa-1" if first_server.endswith(cluster.ports["RASA_PORT"]) else "rasa-2"

    status, data = parent.say(GIBBERISH)
    assert status == 200 and [m["topic"] for m in data["messages"][1:]] == ["fallback"]
    cluster.kill(victim)
    # The second misunderstanding in a row hands over: the surviving server knew of the first.
    status, data = parent.say(GIBBERISH)
    assert status == 200
    assert "handoff" in [m["topic"] for m in data["messages"][1:]] and data["state"] == "waiting"


def test_parents_keep_chatting_when_a_portal_node_is_killed(cluster):
    results = []  # (text, status)
    lock = threading.Lock()
    started = time.monotonic()

    def chat(number):
        parent = Parent(int(cluster.ports["PORTAL_PORT"]), address=f"127.0.1.{number + 1}")
        status = parent.start()
        with lock:
            results.append(("(new conversation)", status))
        if status != 201:
            return
        for turn in range(LOAD_SECONDS):
            text = f"hoe lang mag de school erover doen (ouder {number}, bericht {turn})"
            try:
                status = parent.say(text)[0]
            except OSError:
                status = 0
            with lock:
                results.append((text, status))
            time.sleep(max(0.0, started + turn + 1 - time.monotonic()))

    threads = [threading.Thread(target=chat, args=(n,)) for n in range(LOAD_PARENTS)]
    for thread in threads:
        thread.start()
    time.sleep(KILL_AFTER_SECONDS)
    cluster.kill("portal-1")
    for thread in threads:
        thread.join(timeout=LOAD_SECONDS + 60)

    failed = [(text, status) for text, status in results if status not in (200, 201)]
    print(f"{len(results)} requests, {len(failed)} failed: {failed}")
    assert len(results) >= LOAD_PARENTS * LOAD_SECONDS * 0.9
    assert len(failed) <= len(results) * 0.01
    # Every message that was answered with 200 is stored once.
    answered = [text for text, status in results if status == 200]
    stored = dict(cluster.database_rows(
        "SELECT text, count(*) FROM chat_message WHERE sender = 'parent' AND text = ANY(%s) GROUP BY text", answered))
    assert [text for text in answered if stored.get(text) != 1] == []
