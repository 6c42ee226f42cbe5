"""A model put live through Rasa's HTTP API (PUT /model, portal/learning/live_model.py) is loaded in a thread of its
own, so that the server keeps answering chat turns meanwhile.

Rasa 3.6 loads the model inside its event loop: unpacking and loading take 3-12 s on this machine, and every turn
that arrives meanwhile waits; beyond the portal's 10 s the parent gets "the assistant cannot be reached" (measured
with 7 parents chatting through a swap: 7 of 49 turns). In a thread the loop keeps running, and Rasa still puts the
new agent in place in one step once it is loaded.

Imported by the components package, which the Rasa server imports when it loads its first model, before any PUT
(rasa.core.run has imported rasa.core.agent by then: see components/__init__.py).
"""

import asyncio

import rasa.core.agent

_load_agent_in_the_loop = rasa.core.agent.load_agent


async def _load_agent_in_a_thread(*args, **kwargs):
    return await asyncio.to_thread(asyncio.run, _load_agent_in_the_loop(*args, **kwargs))


rasa.core.agent.load_agent = _load_agent_in_a_thread
