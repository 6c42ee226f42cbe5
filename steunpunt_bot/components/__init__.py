"""Custom NLU components of the steunpunt assistant, a speed-up of Rasa itself (rasa_speedup.py), and model loading
that does not hold up chat turns (model_loading.py).

Both patches matter only where a model is loaded and run: the Rasa server and the tools that load an agent have
imported rasa.core.agent before any component, and get them. A process that only uses a component (the tests of the
signals, the cross-validation) is spared importing the agent: 1-1.5 s of CPU."""

import sys

if "rasa.core.agent" in sys.modules:
    from . import model_loading, rasa_speedup  # noqa: F401
