"""The portal's own safety net, applied before the assistant is asked: distress words get 113 at once and a
person, and a request for a person gets one, also while Rasa or the action server is down.

The signals are the assistant's own (steunpunt_bot/actions/safety.py), loaded from that one file rather than copied:
the bot runs in its own Python 3.10 environment, so the file is plain Python without dependencies.
"""

import importlib.util
from dataclasses import dataclass

from django.conf import settings

from .language import reply_language

_SIGNALS_FILE = settings.BASE_DIR / "steunpunt_bot" / "actions" / "safety.py"
_spec = importlib.util.spec_from_file_location("steunpunt_safety", _SIGNALS_FILE)
signals = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(signals)


@dataclass(frozen=True)
class Decision:
    reply: str
    reason: str  # the conversation's handoff_reason
    lang: str  # the reply's language: Dutch, or English for every other language (a crisis reply leads in theirs)


def decide(text: str, lang: str = "nl") -> Decision | None:
    """A handover the portal makes itself, or None when the assistant should answer. `lang` is the language of the
    parent's message."""
    reply_lang = reply_language(lang)
    if signals.is_crisis(text):
        return Decision(signals.crisis_reply(lang), "crisis", signals.crisis_language(lang))
    if signals.asks_for_person(text):
        return Decision(signals.handoff_reply(reply_lang), "ouder vraagt een adviseur", reply_lang)
    return None


def needs_person_without_assistant(text: str) -> bool:
    """With the assistant down, the parent's own case, anger or a complaint about someone by name goes to an adviser
    rather than waiting for an assistant that would hand it over anyway."""
    return signals.is_personal_case(text)
