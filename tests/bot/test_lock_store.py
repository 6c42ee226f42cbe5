"""The lock store that the Rasa servers share (steunpunt_bot/stores.py): a server that takes over the turn of a
server that died holding the conversation's lock gets the lock once the dead server's ticket has expired, also when
it takes the turn over at once, where Rasa's own lock store waits for ever."""

import json

import pytest

from .conftest import BOT_PYTHON, run_bot

pytestmark = pytest.mark.bot

# Tickets live 1 s here (5 s in the cluster), a waiting server looks every 0.25 s (1 s in Rasa).
TAKE_OVER = """
import asyncio, json, time
from rasa.core.lock_store import InMemoryLockStore
from stores import WaitsPastItsOwnTicket

class Ours(WaitsPastItsOwnTicket, InMemoryLockStore):
    pass

async def take_over(store, after):
    store.issue_ticket("ouder-1", 1.0)  # the server that died mid-turn: its ticket is never given back
    await asyncio.sleep(after)
    started = time.monotonic()
    async with store.lock("ouder-1", lock_lifetime=1.0, wait_time_in_seconds=0.25):
        waited = time.monotonic() - started
    return waited, store.get_lock("ouder-1") is None

async def waited(store_class, after):
    try:
        return await asyncio.wait_for(take_over(store_class(), after), 4)
    except asyncio.TimeoutError:
        return None

print(json.dumps({name: [asyncio.run(waited(store, after)) for after in (0.05, 0.5)]
                  for name, store in (("rasa", InMemoryLockStore), ("ours", Ours))}))
"""


def test_a_server_that_takes_over_a_dead_servers_turn_gets_the_lock_when_the_dead_ones_ticket_expires(bot_venv):
    result = json.loads(run_bot([BOT_PYTHON, "-c", TAKE_OVER], timeout=120).stdout.splitlines()[-1])
    assert result["rasa"][0] is None  # taken over at once: Rasa's own lock store never gives the lock
    for waited, lock_gone in result["ours"]:
        assert 0.3 < waited < 1.5 and lock_gone
