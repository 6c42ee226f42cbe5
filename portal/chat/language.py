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
