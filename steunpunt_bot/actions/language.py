"""The language a parent's message is written in: "nl", "en", or the ISO 639-1 code of another language.

One module for the whole product: the action server and the NLU pipeline import it, and the portal loads this same
file (portal/chat/language.py), as it does safety.py. Its one dependency, lingua-language-detector, carries its
models inside the package (pinned in both requirements files); nothing is downloaded.

Short and mixed messages are the hard part. What is decided here:
- no letters ("113", "?"), a word that every language uses ("ok", "tlv"), or a short message that could be either:
  None, so the conversation keeps its language (`language_of_message` falls back to it, and to Dutch);
- a Dutch term in an English sentence ("my son has a TLV") is English, and an English question word with Dutch
  terms ("tlv aanvragen how?") too: a parent who asks in English reads English better;
- another language needs a script of its own (Arabic, Cyrillic, ...), letters Dutch and English do not use
  ("dzień", "teşekkür") with hardly any Dutch word, or a sentence of 4 words or more, without a term of passend
  onderwijs, with at most one Dutch word in six ("die" is German too) and one English word in three ("a", "no" and
  "do" are Spanish and Polish too), that the detector is very sure of: short Latin-script messages are too often
  read as something else.

Measured (this machine, lingua 2.1.1; 2.2.0 has no wheel for the bot's Python 3.10): the models are loaded when
first needed: ~27 MB and 0.3 s for a mix of Dutch, English and other messages, ~76 MB with every model loaded (Dutch
and English with all n-gram sizes ~68 MB, the others trigrams only ~8 MB). A message takes ~0.04 ms. py3langid 0.4.0
(~97 MB, 0.02 ms) was not taken: it needs numpy 2, and Rasa 3.6 needs numpy < 1.25; it also read "thanks" as Xhosa.
"""

import re
from collections.abc import Callable
from functools import lru_cache

DEFAULT = "nl"

# The languages recognised beside Dutch and English: those most spoken by parents in the Netherlands who read Dutch
# with difficulty, and the neighbours they could be taken for. Any of them gets a short text in its own language,
# or in English where we have none (TEXTS in other_languages.py).
OTHER_LANGUAGES = ("ar", "tr", "pl", "uk", "ru", "bg", "ro", "de", "fr", "es", "pt", "it", "so", "fa", "zh", "hi")

# Words that only Dutch or only English uses; the content words (tlv, opp, passend onderwijs) say nothing about the
# language the parent reads best, these do.
DUTCH_WORDS = frozenset(
    "de het een en is zijn ik mijn m'n mn wij we ons onze u uw jij je jullie hij zij ze niet geen wat hoe waar wie "
    "wanneer waarom welke kan kun kunt mag moet moeten wil wilt heeft hebben heb krijg krijgt krijgen naar bij van "
    "voor met op over dat dit die deze er ook nog al wel maar of als dan zo graag hallo hoi dag doei bedankt "
    "dankjewel dankuwel bedankt goedemorgen goedemiddag goedenavond alstublieft alsjeblieft aub zoon dochter kind "
    "school wordt worden word ben bent gaat doet zit thuis nu om hier zorgen opa oma kleinzoon kleindochter kleinkind "
    "hulp nodig omdat want toen "
    # ... and everyday words of telegraphic Dutch that the detector took for German or Spanish ("Hond blaft de hele
    # nacht, buren boos. Tips?", "bso zit vol in Zeist, iemand tips??").
    "hele buren vol".split())
ENGLISH_WORDS = frozenset(
    "the a an and is are was my our i i'm we you your he she they his her their not no what how where who when why "
    "which can could may must should would will want wants do does did have has get gets getting to of for with "
    "on about that this these those there also still but or if then please hi hello hey thanks thank bye goodbye "
    "morning evening son daughter child kid kids school need needs from at in it's isn't don't doesn't can't "
    "am be been".split())
# A few words that settle a one- or two-word message on their own.
SHORT_DUTCH = frozenset("hoi hallo dag doei bedankt dankjewel dankuwel dank goedemorgen goedemiddag goedenavond "
                        "ja nee jawel oke prima super fijn top graag".split())
SHORT_ENGLISH = frozenset("hi hello hey thanks thank thx bye goodbye yes no please great cheers".split())
# Letters that neither Dutch nor English uses ("dzień dobry", "teşekkürler"): even a short message with one of
# them is taken to be in another language when the detector agrees.
# Matched on the lower-cased text, without IGNORECASE: that would let the Turkish dotless ı match every i.
FOREIGN_LATIN_LETTERS = re.compile(r"[łąęśźżńćğşıőűñßøåæřšžčěůãõçâêôàșță]")
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# The terms of passend onderwijs that parents use in any language: a message with one is Dutch or English when it is
# written in Latin letters Dutch and English use ("tlv verlengen sbo" is not German, "duur tlv so" not Somali).
DUTCH_TERMS = frozenset("tlv swv opp sbo so vso lwoo pro mr opr ib ibër ib'er avg sop cat cva pcl loket steunpunt "
                        "zorgplicht leerplicht onderwijsconsulent samenwerkingsverband thuiszitter".split())
# A Latin-script message without letters of its own is taken to be in another language than Dutch or English only
# from this many words and with the detector this sure: telegraphic Dutch and English ("avg rechten ouders", "tlv
# expiry date") reach up to 0.98 for some other language, but only with fewer words or a term (measured on the 8,500
# training examples: 22 were taken for another language with 3 words and 0.5).
OTHER_LATIN_MIN_WORDS = 4
OTHER_LATIN_MIN_CONFIDENCE = 0.9
OTHER_MIN_CONFIDENCE = 0.5
# Below this many words, Dutch and English must be told apart clearly, or the conversation keeps its language.
SHORT_WORDS = 3
SHORT_MIN_CONFIDENCE = 0.75


def language_of(text: str | None) -> str | None:
    """The message's language, or None when it cannot be told (keep the conversation's)."""
    lower = (text or "").lower()
    words = WORD.findall(lower)
    if not words:
        return None
    if not is_latin(text):
        return _other_detector_top(text)
    dutch = sum(w in DUTCH_WORDS for w in words)
    english = sum(_is_english_word(w) for w in words)
    if FOREIGN_LATIN_LETTERS.search(lower) and dutch * 4 <= len(words):
        other = _other_detector_top(text)
        if other not in (None, "nl", "en"):
            return other
    elif (len(words) >= OTHER_LATIN_MIN_WORDS and dutch * 6 <= len(words) and english * 3 <= len(words)
          and not DUTCH_TERMS.intersection(words)):
        other = _other_detector_top(text, min_confidence=OTHER_LATIN_MIN_CONFIDENCE)
        if other not in (None, "nl", "en"):
            return other
    if english != dutch:
        # "my son has a TLV", "tlv aanvragen how?": the words that belong to one language decide.
        return "en" if english > dutch else "nl"
    if len(words) < SHORT_WORDS:
        if all(w in SHORT_DUTCH for w in words):
            return "nl"
        if all(w in SHORT_ENGLISH for w in words):
            return "en"
    return _dutch_or_english(text, sure=len(words) >= SHORT_WORDS)


# "what's", "don't", "we've": an English word with its contraction (Dutch has "m'n", "z'n", "'s", none of these).
ENGLISH_CONTRACTIONS = ("s", "re", "ve", "ll", "d", "t", "m")


def _is_english_word(word: str) -> bool:
    if word in ENGLISH_WORDS:
        return True
    stem, _, ending = word.rpartition("'")
    return ending in ENGLISH_CONTRACTIONS and (stem in ENGLISH_WORDS or (ending == "t" and stem.endswith("n")))


def language_of_message(text: str | None, current: str | Callable[[], str] | None = None) -> str:
    """The language to store with a parent's message and to answer in: its own, else the conversation's, else Dutch.
    `current` may be a function, called only when the text cannot tell (the portal reads it from the database)."""
    return language_of(text) or (current() if callable(current) else current) or DEFAULT


def reply_language(language: str | None) -> str:
    """The language of the assistant's ordinary answers: Dutch or English (English for every other language)."""
    return "nl" if (language or DEFAULT) == "nl" else "en"


def is_latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(ch < "\u0250" for ch in letters)  # Basic Latin up to Latin Extended-B (ğ, ş, ł, ą, é, ...)
    return latin * 2 >= len(letters)


def _other_detector_top(text: str, min_confidence: float = OTHER_MIN_CONFIDENCE) -> str | None:
    values = _other_detector().compute_language_confidence_values(text)
    if not values or values[0].value < min_confidence:
        return None
    return values[0].language.iso_code_639_1.name.lower()


def _dutch_or_english(text: str, *, sure: bool) -> str | None:
    values = _dutch_english_detector().compute_language_confidence_values(text)
    if not values:
        return None
    top = values[0]
    if not sure and top.value < SHORT_MIN_CONFIDENCE:
        return None
    return top.language.iso_code_639_1.name.lower()


@lru_cache(maxsize=1)
def _dutch_english_detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_iso_codes_639_1(IsoCode639_1.NL, IsoCode639_1.EN).build()


@lru_cache(maxsize=1)
def _other_detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in ("nl", "en", *OTHER_LANGUAGES)]
    # Trigrams only: a few MB for all of them instead of ~25 MB each; a script or 3 words is enough for these.
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()
