"""A model put live through Rasa's HTTP API (PUT /model, portal/learning/live_model.py) is loaded in a thread of its
own, so that the server keeps answering chat turns meanwhile.

Rasa 3.6 loads the model inside its event loop: unpacking and loading take 3-12 s on this machine, and every turn
that arrives meanwhile waits; beyond the portal's 10 s the parent gets "the assistant cannot be reached" (measured
with 7 parents chatting through a swap: 7 of 49 turns). In a thread the loop keeps running, and Rasa still puts the
new agent in place in one step once it is loaded.

Once a model is in place, the objects it is made of are frozen for the garbage collector (_settle_memory).

Imported by the components package, which the Rasa server imports when it loads its first model, before any PUT
(rasa.core.run has imported rasa.core.agent by then: see components/__init__.py).
"""

import asyncio
import gc

import rasa.core.agent

_load_agent_in_the_loop = rasa.core.agent.load_agent
# Long enough for Rasa to have put the new agent in place of the old one.
SETTLE_AFTER_SECONDS = 1.0


def _settle_memory():
    """Python's full garbage collection walks every object of the server: with a model loaded, 230-300 ms during which
    no turn is answered (measured on this machine, about once in the chat benchmark's 400 turns). Frozen, the objects
    of the loaded model and of Rasa itself are left out of it. A previous model is collected first, so it is not
    kept."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


async def _load_agent_in_a_thread(*args, **kwargs):
    agent = await asyncio.to_thread(asyncio.run, _load_agent_in_the_loop(*args, **kwargs))
    asyncio.get_running_loop().call_later(SETTLE_AFTER_SECONDS, _settle_memory)
    return agent


rasa.core.agent.load_agent = _load_agent_in_a_thread

# The first model: this module is imported while the server loads it, in its event loop.
try:
    asyncio.get_running_loop().call_later(SETTLE_AFTER_SECONDS, _settle_memory)
except RuntimeError:  # a tool that loads an agent outside an event loop
    pass
