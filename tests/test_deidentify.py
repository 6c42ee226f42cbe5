"""De-identification of parent messages before they become training examples (portal/learning/deidentify.py).

tests/data/deidentify_cases.yml holds parent messages full of personal data, each with its personal items: none may
survive. The words the assistant needs (topic words, the SWVs' own names for their bodies and people, places) stay,
and ordinary questions without personal data (bench/questions/dev*.yml) lose next to nothing (bench/deidentify.py
prints both figures, and deduce's)."""

import pytest
import yaml

from bench.deidentify import CASES, load_cases, measure, missing, ordinary_questions, survivors
from portal.learning import deidentify as module
from portal.learning.deidentify import deidentifier

CASE_LIST = load_cases()


@pytest.fixture
def scrub(db):
    module.forget()
    yield deidentifier()
    module.forget()


def test_the_set_has_at_least_50_messages_each_with_its_items():
    assert len(CASE_LIST) >= 50
    assert all(case["items"] for case in CASE_LIST)
    assert sum(len(case["items"]) for case in CASE_LIST) >= 150


@pytest.mark.parametrize("case", CASE_LIST, ids=[f"{n:02}" for n in range(1, len(CASE_LIST) + 1)])
def test_no_personal_item_survives(scrub, case):
    output = scrub(case["text"])
    assert survivors(output, case["items"]) == [], output
    assert missing(output, case.get("keep", [])) == [], output
    assert scrub(output) == output, "de-identifying twice changes nothing"


def test_every_kind_of_placeholder_is_used(scrub):
    outputs = " ".join(scrub(case["text"]) for case in CASE_LIST)
    for placeholder in ("[NAAM]", "[TELEFOON]", "[EMAIL]", "[BSN]", "[ADRES]", "[DATUM]", "[SCHOOL]"):
        assert placeholder in outputs


@pytest.mark.parametrize("text", [
    "06-12345678", "06 12 34 56 78", "0612345678", "06.12.34.56.78", "+31 6 12345678", "+31(0)6-12345678",
    "0031612345678", "06 - 123 456 78", "071-5123456", "0252 123456", "(071) 512 34 56",
])
def test_phone_numbers_in_many_forms(scrub, text):
    assert scrub(f"bel me op {text} aub") == "bel me op [TELEFOON] aub"


@pytest.mark.parametrize("text, expected", [
    ("bsn 123456782", "bsn [BSN]"), ("BSN: 1234.56.782", "BSN: [BSN]"), ("burgerservicenummer 123 456 782",
                                                                         "burgerservicenummer [BSN]"),
    ("geboren op 12-03-2015", "geboren op [DATUM]"), ("geb. 3 juni 2014", "geb. [DATUM]"),
    ("jarig op 14 februari", "jarig op [DATUM]"), ("geboren in 2016", "[DATUM]"),
    ("mail naar a.b@gmail.com", "mail naar [EMAIL]"), ("mail jan at hotmail dot com", "mail [EMAIL]"),
    ("Kerkstraat 12a, 2181 AB Hillegom", "[ADRES], [ADRES] Hillegom"),
])
def test_numbers_dates_and_addresses(scrub, text, expected):
    assert scrub(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Onze zoon Sem uit Lisse gaat naar het vso", "Onze zoon [NAAM] uit Lisse gaat naar het vso"),
    ("Onze dochter Tess in Heemstede", "Onze dochter [NAAM] in Heemstede"),
    ("voor onze zoon Dex. Welke scholen komen in aanmerking?", "voor onze zoon [NAAM]. Welke scholen komen in "
                                                                "aanmerking?"),
    ("hij zit in groep 3/4 bij juf Anja", "hij zit in groep 3/4 bij juf [NAAM]"),
    ("hoeveel is 3/4 plus 2/3?", "hoeveel is 3/4 plus 2/3?"), ("afspraak op 12/3", "afspraak op [DATUM]"),
    ("bijles Frans voor onze zoon Frans", "bijles Frans voor onze zoon [NAAM]"),
    ("de examenklas gaat op reis naar Berlijn", "de examenklas gaat op reis naar Berlijn"),
    ("wat moet hij mee voor schoolkamp 3 dagen?", "wat moet hij mee voor schoolkamp 3 dagen?"),
    # A month's short name is a name after a cue; in capitals, a capital says nothing.
    ("Ik vraag dit voor onze zoon Jan.", "Ik vraag dit voor onze zoon [NAAM]."), ("tot 15 jan", "tot [DATUM]"),
    ("IK BEN ZO KLAAR MET DEZE SCHOOL", "IK BEN ZO KLAAR MET DEZE SCHOOL"),
    ("MIJN DOCHTER SANNE WIL NIET NAAR SCHOOL", "MIJN DOCHTER [NAAM] WIL NIET NAAR SCHOOL"),
    # A salutation's title with a comma after it names no one.
    ("Geachte heer/mevrouw, Gaarne zou ik u spreken.", "Geachte heer/mevrouw, Gaarne zou ik u spreken."),
    ("Geachte mevrouw Verbeek, gaarne", "Geachte mevrouw [NAAM], gaarne"),
])
def test_a_name_ends_where_the_place_the_sentence_or_the_name_does(scrub, text, expected):
    assert scrub(text) == expected


def test_the_glossary_and_the_topics_stay(scrub):
    """Every SWV's own names for its bodies and people, and the national terms, in two kinds of sentences."""
    from pathlib import Path

    changed = []
    for path in sorted((Path(CASES).parents[2] / "content" / "glossary").glob("*.yaml")):
        for term in yaml.safe_load(path.read_text(encoding="utf-8")):
            for word in [term["term"], term.get("abbreviation"), *(term.get("aliases") or [])]:
                if word:
                    for sentence in (f"Wat doet de {word}?", f"ik heb een vraag over {word.lower()}"):
                        if scrub(sentence) != sentence:
                            changed.append((sentence, scrub(sentence)))
    assert changed == []


@pytest.mark.parametrize("text", [
    "Kan de consulent OZL mij helpen?", "De CAT besluit over de tlv", "Wat is de Commissie van Advies?",
    "Hoe bereik ik het Loket Passend Onderwijs?", "Ik ben bang dat de school mijn zoon weigert",
    "Wil de school meewerken aan een opp?", "max 6 weken", "In 2023-2024 zat hij op het vso", "Het kost 10.000 euro",
    "bij welk swv hoort een basisschool in heemstede", "Welke scholen in Zeist hebben kleine klassen?",
    "mijn zoon wil niet naar school", "een kind lang in het ziekenhuis",
    "Wat doet het SWV VO Noord- en Midden-Drenthe bij thuiszitten?", "loket duin- en bollenstreek",
    "Is er een steunpunt in Drenthe?", "hee 👋", "ben jij AI?", "helpen met Franse woordjes",
    "spreekuur op donderdag 12.00-13.00", "uw zoon is geschorst 3 dagen", "op het schoolplein 3 keer geslagen",
    "school zegt geen Day a Week School",
    "werk dreigt me te ontslaan", "zijn er scholen met ervaring met TOS?", "openingstijden milieustraat",
])
def test_what_the_assistant_needs_stays(scrub, text):
    assert scrub(text) == text


def test_ordinary_questions_lose_almost_nothing(scrub):
    """Over-hiding: at most 0.5 % of the words of ordinary parent questions (their names, schools and numbers aside),
    measured as bench/deidentify.py measures it."""
    result = measure("regels", scrub, CASE_LIST, ordinary_questions())
    assert result["hidden"] / result["words"] <= 0.005, f"{result['hidden']} of {result['words']} words hidden"


def test_a_school_entered_in_the_admin_is_hidden_too(scrub, site_for):
    from portal.schools.models import School

    text = "mijn zoon zit op het Zwaluwstaartcollege in Bunnik"
    assert "Zwaluwstaartcollege" in scrub(text)
    School.objects.create(site=site_for("zuidoostutrecht"), slug="zwaluwstaart", name="Zwaluwstaartcollege",
                          type="VO", municipality="Bunnik")
    module.forget()
    assert deidentifier()(text) == "mijn zoon zit op het [SCHOOL] in Bunnik"
