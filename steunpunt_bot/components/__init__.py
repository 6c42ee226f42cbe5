"""Custom NLU components of the steunpunt assistant, a speed-up of Rasa itself (see rasa_speedup.py), and model
loading that does not hold up chat turns (model_loading.py)."""

from . import model_loading, rasa_speedup  # noqa: F401
