"""The language of a chat message ("nl", "en", or another ISO 639-1 code), decided by the assistant's own module
(steunpunt_bot/actions/language.py), loaded from that one file as safety_net.py loads the signals: the portal stores
the language with each message and tells the assistant which language to answer in."""

import importlib.util

from django.conf import settings

_LANGUAGE_FILE = settings.BASE_DIR / "steunpunt_bot" / "actions" / "language.py"
_spec = importlib.util.spec_from_file_location("steunpunt_language", _LANGUAGE_FILE)
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)

DEFAULT = _module.DEFAULT
language_of = _module.language_of
language_of_message = _module.language_of_message
reply_language = _module.reply_language

# For the Loket's inbox: the language a parent writes in, in Dutch, so the adviser answers in it (or in English).
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "Engels", "ar": "Arabisch", "tr": "Turks", "pl": "Pools",
                  "uk": "Oekraïens", "ru": "Russisch", "bg": "Bulgaars", "ro": "Roemeens", "de": "Duits",
                  "fr": "Frans", "es": "Spaans", "pt": "Portugees", "it": "Italiaans", "so": "Somalisch",
                  "fa": "Perzisch", "zh": "Chinees", "hi": "Hindi"}


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def advice_to_adviser(code: str) -> str:
    """What the inbox says about a parent who does not write Dutch, or '' for one who does."""
    if code == "nl":
        return ""
    if code == "en":
        return "Engels: de ouder schrijft Engels. Antwoord in het Engels."
    return (f"{language_name(code)}: de ouder schrijft {language_name(code)}; de assistent antwoordde in het Engels. "
            "Antwoord in het Engels of bied terugbellen aan.")
