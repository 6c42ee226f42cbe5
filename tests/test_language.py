"""Which language a parent's message is in (steunpunt_bot/actions/language.py, shared by the portal and the
assistant): realistic messages, short and mixed ones included. None means "cannot tell": the conversation keeps its
language."""

import pytest

from portal.chat.language import language_of, language_of_message, reply_language

CASES = [
    # Dutch, as parents write it
    ("Mijn zoon zit al weken thuis, wat nu?", "nl"),
    ("hoe lang duurt een tlv", "nl"),
    ("wat is een opp", "nl"),
    ("ik wil een adviseur spreken", "nl"),
    ("Is het mogelijk om een TLV aan te vragen voor mijn zoon die in groep 7 zit?", "nl"),
    ("bezwaar maken tegen tlv", "nl"),
    ("passend onderwijs", "nl"),
    ("hoi", "nl"),
    ("dank je wel", "nl"),
    ("ja", "nl"),
    # English, with the Dutch terms parents meet in letters
    ("How do I apply for extra support at school?", "en"),
    ("my son has a TLV", "en"),
    ("tlv aanvragen how?", "en"),
    ("what is zorgplicht", "en"),
    ("the school says my kid needs a TLV for speciaal onderwijs, what now", "en"),
    ("can the school refuse my daughter", "en"),
    ("I want to talk to someone", "en"),
    ("who decides on the tlv", "en"),
    ("My child has dyslexia", "en"),
    ("onderwijsconsulent please", "en"),
    ("thanks", "en"),
    ("hello", "en"),
    # Too short or shared by every language: keep the conversation's
    ("ok", None),
    ("113", None),
    ("TLV", None),
    ("opp", None),
    ("school", None),
    ("help", None),
    ("?!", None),
    # English with contractions, not German or another language: "what's", "don't", "we've".
    ("What's the weather in Utrecht tomorrow?", "en"),
    ("we've waited since march and don't know who decides", "en"),
    ("m'n zoon z'n rooster is weer veranderd", "nl"),
    # Telegraphic Dutch without the usual small words, not German: "hier", "om", "opa" are Dutch words too.
    ("opa hier, zorgen om kleinzoon, help", "nl"),
    ("Hond blaft de hele nacht, buren boos. Tips?", "nl"),
    ("bso zit vol in Zeist, iemand tips?? 😩", "nl"),
    # Other languages
    ("ابني لا يذهب إلى المدرسة منذ شهر. ماذا أفعل؟", "ar"),
    ("مرحبا", "ar"),
    ("Oğlum okula gidemiyor, ne yapmalıyım?", "tr"),
    ("Çocuğum okulda zorbalığa uğruyor", "tr"),
    ("Kızım için okulda ek destek istiyorum", "tr"),
    ("Mój syn nie chodzi do szkoły, co mam zrobić?", "pl"),
    ("Moje dziecko potrzebuje pomocy w szkole", "pl"),
    ("Dzień dobry", "pl"),
    ("Мій син не ходить до школи, що робити?", "uk"),
    ("Моїй доньці потрібна допомога в школі", "uk"),
    ("Мой сын не ходит в школу", "ru"),
    ("Mein Sohn geht nicht zur Schule", "de"),
    ("Bonjour, mon fils a besoin d'aide à l'école", "fr"),
    ("Hola, mi hijo no va a la escuela", "es"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_language_of_a_message(text, expected):
    assert language_of(text) == expected


def test_a_message_that_cannot_be_told_keeps_the_conversations_language_and_dutch_is_the_default():
    assert language_of_message("ok", current="en") == "en"
    assert language_of_message("113", current="ar") == "ar"
    assert language_of_message("ok") == "nl"
    assert language_of_message("thanks", current="nl") == "en"


def test_the_assistant_answers_in_dutch_or_english_only():
    assert [reply_language(code) for code in ("nl", "en", "ar", "tr", None)] == ["nl", "en", "en", "en", "nl"]
