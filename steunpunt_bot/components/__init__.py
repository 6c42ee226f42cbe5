"""Custom NLU components of the steunpunt assistant, and a speed-up of Rasa itself (see rasa_speedup.py)."""

from . import rasa_speedup  # noqa: F401
