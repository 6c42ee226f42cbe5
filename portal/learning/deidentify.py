"""Personal data out of a parent's message before it becomes a training example.

Replaces names (of parents, children and staff), phone numbers, e-mail addresses, BSNs, street addresses and
postcodes, dates and birthdays, and the names of individual schools by placeholders: [NAAM], [TELEFOON], [EMAIL],
[BSN], [ADRES], [DATUM], [SCHOOL] (and [NUMMER] for other long numbers, [LINK] for web addresses). It keeps what the
assistant needs: topic words (TLV, OPP, zorgplicht, ...), the SWVs' own names for their bodies and people (the
glossary: CAT, Loket, Commissie van Advies, consulent OZL, PCL, ...) and place names.

A rule set of our own, with word lists: first names and surnames from the lists that ship inside the `deduce` package
(read from its installed files; nothing is downloaded), every school location in DUO's open data
(content/schools/duo/) and every school in the portal's database, place and municipality names from the same, and
the glossary. Why not deduce itself, and how both do on the same messages: bench/deidentify.py and the README.

    >>> deidentify("mijn zoon daan de vries zit op obs de regenboog, bel 06-12345678")
    'mijn zoon [NAAM] zit op [SCHOOL], bel [TELEFOON]'
"""

from __future__ import annotations

import functools
import importlib.util
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"

NAME, PHONE, EMAIL, BSN, ADDRESS, DATE, SCHOOL, NUMBER, LINK = (
    "[NAAM]", "[TELEFOON]", "[EMAIL]", "[BSN]", "[ADRES]", "[DATUM]", "[SCHOOL]", "[NUMMER]", "[LINK]")
PLACEHOLDERS = (NAME, PHONE, EMAIL, BSN, ADDRESS, DATE, SCHOOL, NUMBER, LINK)
PLACEHOLDER = re.compile(r"\[(?:NAAM|TELEFOON|EMAIL|BSN|ADRES|DATUM|SCHOOL|NUMMER|LINK)\]")

# --- patterns for what has a form of its own ---------------------------------------------------------------------

_TLD = r"(?:nl|com|net|org|be|eu|info|nu|de|frl|amsterdam|email|me|online|live|icloud)"
EMAIL_RE = re.compile(
    r"[\w.+\-]+\s?@\s?[\w\-]+(?:\s?\.\s?[\w\-]+)*\s?\.\s?" + _TLD + r"\b"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|[\w.+\-]+\s*(?:\(at\)|\[at\]|\{at\}|\bat\b|\bapenstaartje\b)\s*[\w\-]+"
    r"\s*(?:\.|\(dot\)|\[dot\]|\bdot\b|\bpunt\b)\s*" + _TLD + r"\b",
    re.IGNORECASE)
LINK_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
IBAN_RE = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?[A-Z]{4}\s?(?:\d\s?){10}\b", re.IGNORECASE)

_MONTHS = (r"januari|februari|febuari|feburari|maart|april|mei|juni|juli|augustus|agustus|september|oktober|"
           r"october|november|december|jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec")
_WEEKDAYS = r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_NUM_MONTH = r"(?:0?[1-9]|1[0-2])"
DATE_RES = [
    # 12-03-2015, 12/3/15, 12.03.2015, 12 - 03 - 2015, 2015-03-12
    re.compile(rf"(?<![\d/.\-]){_DAY}\s?[-/.]\s?{_NUM_MONTH}\s?[-/.]\s?(?:\d{{4}}|\d{{2}})(?![\d/\-])"),
    re.compile(r"(?<![\d/.\-])(?:19|20)\d\d-\d\d?-\d\d?(?![\d/\-])"),
    # (zaterdag) 12 maart 2015, 1e van maart, 3 juni '15, 12 mrt.
    re.compile(rf"(?:\b(?:{_WEEKDAYS})\.?,?\s+)?\b{_DAY}\s?(?:e|ste|de|ste van|e van|de van)?\s*(?:van\s+)?"
               rf"\b(?:{_MONTHS})\b\.?(?:\s*(?:'|’)?\d{{2,4}}\b)?", re.IGNORECASE),
    # maart 2015
    re.compile(rf"\b(?:{_MONTHS})\.?\s+(?:19|20)\d\d\b", re.IGNORECASE),
    # (op) zaterdag 12/3, 12-3 (a day and a month, not a fraction of days or hours, a class of two years as in
    # "groep 3/4", or a sum: "3/4 plus 2/3")
    re.compile(rf"(?<![\d/.\-])(?<!groep )(?<!groepen )(?<!plus )(?<!door )(?<!keer )(?<!maal )(?<![+×÷*=] )"
               rf"{_DAY}[-/]{_NUM_MONTH}(?![\d/\-])(?!\s*(?:dag|dagen|uur|uren|weken|week|keer|maanden"
               rf"|maand|jaar|deel|delen|van de|e|ste|de|plus|min|door|maal|gedeeld)\b)(?!\s*[+×÷*=])"),
    # born in 2015, geb. 2015, geboortejaar: 2015
    re.compile(r"\b(?:geboren|geb\.?|geboortedatum|geboortejaar|geboortedag|verjaardag|jarig)\s*(?:is|was|op|in|:)?"
               r"\s*(?:in\s+)?(?:(?:19|20)\d\d|'\d\d)\b", re.IGNORECASE),
]
SCHOOL_YEAR_RE = re.compile(r"^(?:19|20)\d\d\s?[-/]\s?(?:(?:19|20)\d\d|\d\d)$")
# Opening hours look like a long number: "spreekuur op donderdag 12.00-13.00".
HOURS_RE = re.compile(r"^(?:[01]?\d|2[0-3])[.:][0-5]\d\s?-\s?(?:[01]?\d|2[0-3])[.:][0-5]\d$")
# A run of at least 8 digits, written in any grouping: phone numbers, BSNs, other personal numbers.
LONG_NUMBER_RE = re.compile(r"(?<![\w/.,€])(?:\+|00|\()?\d(?:[ \t\-.()/]{0,3}\d){7,15}(?![\w/])")
BSN_CUE_RE = re.compile(r"\b(?:bsn|burgerservicenummer|burger service nummer|sofinummer|sofi-nummer|"
                        r"leerlingnummer|dossiernummer|klantnummer|zaaknummer)\s*(?:is|:|nr\.?|nummer)?\s*"
                        r"(\d[\d .\-]{4,14}\d)", re.IGNORECASE)
PHONE_CUE_RE = re.compile(r"\b(?:tel|telefoon|telnr|tel\.nr|telefoonnummer|mobiel|nummer|bel|bellen|whatsapp|app)"
                          r"\.?\s*(?:is|:|op|me op|mij op|naar)?\s*((?:\+|00)?\d[\d \-.()]{5,16}\d)", re.IGNORECASE)
# Postcode: 4 digits (not starting with 0) and 2 letters; SA, SD and SS are never used.
POSTCODE_RE = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS|sa|sd|ss)([A-Z]{2}|[a-z]{2}|[A-Z][a-z])\b")
POSTCODE_WORDS = {"en", "in", "op", "om", "de", "te", "al", "na", "nu", "zo", "ik", "je", "we", "ze", "er", "is", "of",
                  "ga", "la", "ok", "uw", "to", "on", "at", "an", "me", "he", "or", "by", "km", "cm", "mg", "ml", "kg",
                  "jr", "eu", "ca", "pm", "am", "tm", "bv", "nr", "En", "In", "Op", "Om", "De", "Te", "Na", "Nu", "Of",
                  "Al", "Zo", "Ik", "Je", "We", "Ze", "Er"}
_STREET_SUFFIX = (r"straat|str|laan|weg|plein|kade|gracht|singel|dreef|steeg|dijk|pad|hof|park|veld|erf|baan|ring|"
                  r"wal|markt|haven|allee|plantsoen|oord|akker|burg|berg|dal|boog|zijde|wijk|kamp|hout|bos|vaart|"
                  r"horst|donk|brink|heuvel|duin|wei|weide|meer|sloot|tuin|gaarde|polder|hoek|lei|laantje|"
                  r"straatje|pleintje|stede|hoven|rade|werf|veste|burcht|gang|hage|hove|kwartier|lint|es")
# Kerkstraat 12, Burg. de Withstraat 14a, Lange Nieuwstraat 5-2, van Goghlaan 3 bis
ADDRESS_RE = re.compile(
    r"(?:\b(?:[A-Z][\w'’\-]*\.?|van|de|der|den|ter|ten|het|'t)\s+){0,3}"
    rf"\b[^\W\d_][\w'’\-]*(?:{_STREET_SUFFIX})\.?\s+\d{{1,4}}(?:\s?[-/]\s?\d{{1,4}}|\s?[a-zA-Z]\b|\s?(?:bis|hs|zw|rd|i{{1,3}})\b)?")
# A street named without a number, on its own: "we wonen in de kerkstraat".
STREET_WORD_RE = re.compile(
    r"\b[^\W\d_][\w'’\-]{2,}(?:straat|laan|plein|kade|gracht|singel|dreef|steeg|straatweg|plantsoen|laantje)\b",
    re.IGNORECASE)
# Words that end like a street but name none, with or without a number after them ("geschorst 3 dagen": -horst;
# "op het schoolplein 3 keer geslagen").
NOT_STREETS = {"geschorst", "schoolkamp", "zomerkamp", "zijstraat", "winkelstraat", "hoofdstraat", "dorpsstraat",
               "marktplein", "schoolplein", "speelplein", "stationsplein", "milieustraat", "tandvlees",
               # ... and verbs on -slaan ("werk dreigt me te ontslaan").
               "ontslaan", "overslaan", "opslaan", "aanslaan", "afslaan", "doorslaan", "uitslaan", "inslaan",
               "omslaan", "dichtslaan", "neerslaan", "terugslaan"}

# --- names --------------------------------------------------------------------------------------------------------

# A word; "Noord-" in "Noord- en Midden-Drenthe" keeps its hyphen, so that the phrase is one name, not "Noord" and more.
WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:-(?=\s+(?:en|of)\b))?"
WORD_RE = re.compile(r"\[[A-Z]+\]|'t\b|" + WORD + r"\.?|\d+|[^\w\s]")
# School subjects that are also first names, and the words before them that make them the subject.
SUBJECTS = {"frans"}
SUBJECT_CUES = {"bijles", "les", "lessen", "docent", "docente", "leraar", "lerares", "toets", "vak", "cijfer",
                "huiswerk", "proefwerk"}
# Interfixes that are also the prepositions before a place.
PLACE_PREPOSITIONS = {"uit", "in", "op", "te", "bij", "aan"}
INTERFIXES = {"van", "de", "der", "den", "ter", "ten", "te", "'t", "het", "in", "op", "v.", "v.d.", "vd", "von",
              "da", "di", "du", "la", "le", "el", "al", "bin", "ben", "ibn", "aan", "bij", "uit", "d'", "dos"}
# Words after which a name follows: family, school staff and other people parents mention, greetings and sign-offs.
FAMILY_CUES = {
    "zoon", "zoontje", "zoonlief", "dochter", "dochtertje", "kind", "kindje", "kids", "man", "vrouw", "echtgenoot",
    "echtgenote", "partner", "vriend", "vriendin", "broer", "broertje", "zus", "zusje", "zuster", "moeder", "vader",
    "mama", "papa", "mam", "pap", "oma", "opa", "neef", "neefje", "nicht", "nichtje", "oom", "tante", "ex", "ex-man",
    "ex-vrouw", "stiefvader", "stiefmoeder", "stiefzoon", "stiefdochter", "pleegzoon", "pleegdochter", "pleegkind",
    "kleinzoon", "kleindochter", "jongen", "meisje", "jongste", "oudste", "middelste", "tweeling", "leerling",
    "klasgenoot", "buurjongen", "buurmeisje", "vriendje", "vriendinnetje", "baby", "peuter", "kleuter", "puber",
    "fam", "fam.", "familie", "gezin", "fa", "fa.",
    "son", "daughter", "child", "kid", "husband", "wife", "brother", "sister", "teacher", "mentor", "mr", "mrs",
    "ms", "miss",
}
STAFF_CUES = {
    "hr", "hr.", "juf", "juffrouw", "juffie", "meester", "meneer", "mevrouw", "mevr", "mevr.", "mw", "mw.", "dhr", "dhr.", "heer",
    "mijnheer", "mej", "mej.", "mentor", "mentrix", "coach", "ib'er", "ib-er", "ibber", "ib", "ibé", "begeleider",
    "zorgcoördinator", "zorgcoordinator", "zoco", "directeur", "directrice", "adjunct", "locatieleider",
    "teamleider", "afdelingsleider", "leerkracht", "docent", "docente", "orthopedagoog", "psycholoog",
    "gz-psycholoog", "kinderpsycholoog", "psychiater", "kinderarts", "huisarts", "dokter", "dr", "dr.", "drs",
    "drs.", "consulent", "jeugdconsulent", "onderwijsconsulent", "adviseur", "loketadviseur", "casemanager",
    "gezinscoach", "jeugdverpleegkundige", "schoolarts", "leerplichtambtenaar", "leerplicht", "ambtenaar",
    "trajectbegeleider", "werker", "contactpersoon", "voorzitter", "secretaris", "rt'er", "rt-er", "logopedist",
    "logopediste", "fysiotherapeut", "therapeut", "behandelaar", "hulpverlener", "wijkteam", "ambulant", "collega",
    "conciërge", "rector", "conrector", "juffen", "meesters", "ouder", "mr.", "ing.", "ir.", "prof.", "ds.",
}
ENGLISH = {"the", "is", "and", "my", "to", "of", "for", "what", "how", "do", "does", "can", "with", "i", "a", "it",
           "school", "please", "are", "have", "has", "this", "that", "about", "an", "in", "on", "me"}
SALUTATIONS = {"geachte", "beste", "lieve", "hallo", "hoi", "dag"}
STRONG_TITLES = {"hr", "hr.", "juf", "juffrouw", "meester", "meneer", "mevrouw", "mevr", "mevr.", "mw", "mw.", "dhr", "dhr.",
                 "heer", "mijnheer", "mej", "mej.", "dr", "dr.", "drs", "drs.", "mr.", "ing.", "ir.", "prof.", "ds."}
SELF_CUES = [("my", "name", "is"), ("i", "am"), ("ik", "ben"), ("ik", "heet"), ("mijn", "naam", "is"), ("naam", "is"), ("naam", ":"), ("naam", "kind", ":"),
             ("heet",), ("heten",), ("genaamd",), ("noemen", "we"), ("dit", "is"), ("hier", "is"), ("met",),
             ("groet",), ("groetjes",), ("groeten",), ("gr",), ("grt",), ("mvg",), ("vg",), ("gr.",), ("mvg.",),
             ("liefs",), ("hoi",), ("hallo",), ("hey",), ("hi",), ("beste",), ("dag",), ("namens",), ("ondertekend",),
             ("thx",), ("bedankt",), ("dank",), ("dankjewel",), ("en",), ("of",), ("van",), ("aan",), ("bij",),
             ("voor",), ("door",), ("tegen",), ("zegt",), ("zei",), ("vindt",)]
# Cues of the weaker kind (greetings, prepositions, "zegt"): what follows is a name only if it is in a name list.
WEAK_SELF_CUES = {c for c in SELF_CUES if c[0] in {"met", "hoi", "hallo", "hey", "hi", "beste", "dag", "namens", "en",
                                                  "of", "van", "aan", "bij", "voor", "door", "tegen", "zegt", "zei",
                                                  "vindt", "dank", "bedankt", "thx", "dankjewel", "dit", "hier"}}
# Never a name, whatever list they are in: small words, and words the assistant needs.
FUNCTION_WORDS = set("""
aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge
geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer
men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw
van veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder wij we jij jullie
hun hen zij ze mag mogen moeten wel nee oke ok ook erg heel echt even graag jaar jaren week weken dag dagen maand
maanden groep klas school thuis hulp vraag vragen kind kinderen ouder ouders zoon dochter juf meester nu dus na
sinds vanaf tussen zonder binnen buiten via per elke iedere alle beide geen onze welke welk kunt kun zou zouden wilt
hee hey hai ai witte zwarte franse engelse duitse spaanse turkse poolse arabische nederlandse
""".split())
MONTH_WORDS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
               "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
               "dec", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "pasen",
               "pinksteren", "kerst", "kerstmis", "sinterklaas", "ramadan", "suikerfeest", "carnaval"}
SCHOOL_TYPE_WORDS = {
    "obs", "cbs", "pcbs", "rkbs", "kbs", "rk", "pc", "ibs", "bs", "ikc", "kc", "basisschool", "basisschooltje",
    "school", "kindcentrum", "montessorischool", "daltonschool", "jenaplanschool", "vrijeschool", "sbo", "so",
    "vso", "so-school", "sbo-school", "vso-school", "openbare", "christelijke", "katholieke", "protestants-christelijke",
    "oecumenische", "islamitische", "gereformeerde", "reformatorische", "montessori", "dalton", "jenaplan",
    "samenwerkingsschool", "brede", "integraal", "nutsbasisschool", "speciale", "praktijkschool", "pro-school",
    "mavo", "havo", "vwo", "vmbo", "mbo", "hbo", "vavo", "pro", "lyceum", "college", "gymnasium", "scholengemeenschap", "campus", "isk",
}
SCHOOL_HEADS = {"college", "lyceum", "gymnasium", "scholengemeenschap", "campus", "academie", "mavo"}
# A school whose name is made of ordinary words ("De Brug") is hidden in lower case only after a school word or in
# a phrase that names a school: "zit op de brug", "juf van de brug", "aangemeld bij de brug", "groep 5 van de brug".
SCHOOL_PREPOSITIONS = {"op", "naar", "bij", "van", "aan"}
SCHOOL_CONTEXT = {
    "zit", "zat", "zitten", "zaten", "gaat", "ga", "gaan", "ging", "gingen", "aangemeld", "aanmelden", "ingeschreven",
    "inschrijven", "directeur", "directrice", "directie", "juf", "meester", "leerkracht", "mentor", "ib'er", "ib-er",
    "ibber", "docent", "zorgcoordinator", "zorgcoördinator", "leerling", "leerlingen", "klas", "groep", "school",
    "kinderen", "intern", "begeleider", "plek", "wachtlijst", "weigert", "geweigerd", "afgewezen", "toegelaten",
    "overstappen", "wisselen", "verhuizen", "studying", "attends"}
SPECIFIC_TYPES = {"obs", "cbs", "pcbs", "rkbs", "kbs", "ibs", "ikc", "kc", "basisschool", "kindcentrum",
                  "montessorischool", "daltonschool", "jenaplanschool", "sbo", "bs"}


def fold(word: str) -> str:
    """Lower case without accents: 'Zoë' and 'zoe' are the same name."""
    word = unicodedata.normalize("NFKD", word.lower().replace("’", "'"))
    return "".join(c for c in word if not unicodedata.combining(c))


def _read_list(path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass
class Lexicon:
    first_names: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    first_name_words: set[str] = field(default_factory=set)
    surname_words: set[str] = field(default_factory=set)
    # Phrases (tuples of folded words) that are never hidden as names: the glossary, topics, places.
    protected: set[tuple[str, ...]] = field(default_factory=set)
    places: set[tuple[str, ...]] = field(default_factory=set)
    # School names as phrases: "always" hidden wherever they occur; "with_cue" only after a school word
    # ("op", "naar", "obs", ...) or when written with capitals ("De Brug").
    schools: dict[tuple[str, ...], str] = field(default_factory=dict)
    # Ordinary words of this domain (corpus_words): in lower case never a name, not even after "mijn zoon".
    common: set[str] = field(default_factory=set)
    max_phrase: int = 1

    def finish(self):
        self.max_phrase = max([len(p) for p in (*self.schools, *self.protected, *self.places)] + [1])
        return self


def deduce_name_lists() -> tuple[set[str], set[str]]:
    """First names and surnames from the lists inside the installed deduce package (folded)."""
    # Found without importing deduce: its engine and its other lists are not needed here.
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("deduce is not installed: pip install -r requirements.txt")
    base = Path(list(spec.submodule_search_locations)[0]) / "data" / "lookup" / "src" / "names"
    first = {fold(n) for n in _read_list(base / "lst_first_name" / "items.txt")}
    surnames = {fold(n) for n in _read_list(base / "lst_surname" / "items.txt")}
    surnames |= {fold(n) for n in _read_list(base / "lst_interfix_surname" / "items.txt")}
    return first, surnames


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in re.findall(r"'t\b|" + WORD + r"|\d+", text))


def _school_core(words: tuple[str, ...]) -> tuple[str, ...]:
    """'Openbare Basisschool De Regenboog' -> ('de', 'regenboog'); "'t Kofschip" -> ('het', 'kofschip');
    'Praktijkcollege Het Metrum' -> ('het', 'metrum')."""
    words = tuple("het" if w == "'t" else w for w in words)
    start = 0
    while start < len(words) - 1 and (words[start] in SCHOOL_TYPE_WORDS or words[start].endswith(
            ("school", "college", "onderwijs", "centrum", "lyceum")) or words[start] in {
            "rooms", "katholieke", "protestants", "christelijke", "christelijk", "openbaar", "voor", "basisonderwijs",
            "daltononderwijs", "jenaplanonderwijs", "montessorionderwijs", "p.c.", "chr", "r.k.", "algemeen",
            "bijzondere", "interconfessionele", "interconfessionele", "wereldkidz", "nuts"}):
        start += 1
    end = len(words)
    while end > start + 1 and words[end - 1] in {"basisschool", "school", "bs", "obs", "cbs", "vso", "so", "sbo"}:
        end -= 1
    return words[start:end]


GENERIC = FUNCTION_WORDS | SCHOOL_TYPE_WORDS | MONTH_WORDS | {"bijbel", "plezier", "kinderen", "leren", "lom", "mlk",
                                                              "zmlk", "zmok", "vso", "so", "sbo", "locatie", "a"}


def _telling(words) -> list[str]:
    """The words of a school's name that could tell it apart; none for "SBO", "School met de Bijbel", "MET"."""
    return [w for w in words if w not in GENERIC and len(w) > 2 and not w.isdigit()]


def add_school(lexicon: Lexicon, name: str, common: set[str]) -> None:
    """The school's full name and its core (without "OBS", "Basisschool", ...): "always" hidden when a word in it
    is no ordinary word of this domain ("De Regenboog") or it says it is a school ("Basisschool De Brug"); otherwise
    ("De Brug", "De Basis") only where a school is expected or when written with capitals."""
    words = tuple("het" if w == "'t" else w for w in _tokens(name))
    for phrase in {words, _school_core(words)}:
        telling = _telling(phrase)
        if not telling or phrase in lexicon.places or phrase in lexicon.protected:
            continue  # "OBS Berkel-Enschot": the place stays; only the school's full name is hidden
        distinctive = any(w not in common and w not in lexicon.first_name_words for w in telling)
        typed = any(w in SPECIFIC_TYPES for w in phrase)
        if distinctive or typed:
            lexicon.schools[phrase] = "always"
        else:
            lexicon.schools.setdefault(phrase, "with_cue")


def corpus_words(minimum: int = 2) -> set[str]:
    """Words written in lower case at least `minimum` times in the portal's own texts and the assistant's training
    data: ordinary words in this domain. A school whose name is made of such words only ("De Brug", "De Basis") is
    hidden only where a school is expected ("op de brug", "OBS De Brug") or written with capitals."""
    from collections import Counter

    root = CONTENT_DIR.parent
    paths = [*CONTENT_DIR.glob("answers/**/*.yaml"), *CONTENT_DIR.glob("procedures/**/*.yaml"),
             *CONTENT_DIR.glob("glossary/*.yaml"), *CONTENT_DIR.glob("*.md"), *CONTENT_DIR.glob("swv/*.yaml"),
             *(root / "steunpunt_bot" / "data").glob("**/*.yml")]
    counts = Counter()
    for path in paths:
        counts.update(w for w in re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8")) if w.islower())
    return {fold(w) for w, n in counts.items() if n >= minimum}


def build_lexicon(*, school_names=(), places=(), protected=(), common=()) -> Lexicon:
    first, surnames = deduce_name_lists()
    lexicon = Lexicon(first_names=first, surnames=surnames,
                      first_name_words={fold(w) for w in _read_list(DATA_DIR / "first_name_words.txt")},
                      surname_words={fold(w) for w in _read_list(DATA_DIR / "surname_words.txt")})
    lexicon.places = {_tokens(p) for p in places if _tokens(p)}
    lexicon.protected = {_tokens(p) for p in protected if _tokens(p)}
    lexicon.common = set(common)
    common_words = set(common) | FUNCTION_WORDS | lexicon.surname_words | {w for p in lexicon.protected for w in p}
    for name in school_names:
        add_school(lexicon, name, common_words)
    return lexicon.finish()


# --- the sources: DUO, the content, the database -------------------------------------------------------------------

# Places beside the municipalities and DUO's places: the provinces ("de herfstvakantie in Drenthe").
PROVINCES = ("Groningen", "Friesland", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
             "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Brabant", "Limburg")
# ... and the countries and cities abroad that parents name (a holiday, a school trip, where a family comes from).
ABROAD = ("België", "Duitsland", "Frankrijk", "Spanje", "Italië", "Portugal", "Engeland", "Schotland", "Ierland",
          "Polen", "Turkije", "Marokko", "Griekenland", "Oostenrijk", "Zwitserland", "Oekraïne", "Syrië", "Eritrea",
          "Suriname", "Curaçao", "Aruba", "Bonaire", "Indonesië", "Berlijn", "Parijs", "Londen", "Brussel",
          "Antwerpen", "Barcelona", "Rome", "Madrid", "Istanbul")

# What an SWV's name says besides its region: "Samenwerkingsverband Passend Onderwijs VO Noord- en Midden-Drenthe
# (22.01)" is "Noord- en Midden-Drenthe" to parents, and a school called "Noord" must not take half of it.
SWV_NAME_WORDS = {"samenwerkingsverband", "swv", "passend", "onderwijs", "po", "vo", "vso", "v", "s", "o", "primair",
                  "voortgezet"}


def swv_names(name: str) -> set[str]:
    """The SWV's name and its region as parents write it (the name without the words above and its number)."""
    region = [word for word in re.findall(WORD, name) if fold(word) not in SWV_NAME_WORDS]
    return {name, " ".join(region)}


def content_sources() -> dict[str, set[str]]:
    """School names, places and protected words from the files in the repository (no database needed)."""
    import yaml

    from portal.schools.duo import read_duo

    schools, places, protected = set(), set(PROVINCES) | set(ABROAD), set()
    for location in read_duo().locations.values():
        schools.add(location.name)
        places.update(p for p in (location.place, location.municipality) if p)
        # Parents write "Driebergen" for DUO's DRIEBERGEN-RIJSENBURG.
        first_part = (location.place or "").split("-")[0]
        if first_part != location.place and len(first_part) >= 6:
            places.add(first_part)
    for path in sorted((CONTENT_DIR / "schools").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        places.update(data.get("municipalities") or [])
        for school in data.get("schools") or []:
            schools.add(school.get("name") or "")
            places.update(p for p in (school.get("place"), school.get("municipality")) if p)
    for path in sorted((CONTENT_DIR / "swv").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key in ("name", "short_name"):
            protected.update(swv_names(data.get(key) or ""))
        for key in ("municipalities", "region"):
            value = data.get(key)
            if isinstance(value, list):
                places.update(value)
            elif isinstance(value, str):
                places.update(part.strip() for part in re.split(r"[,\n]| en ", value) if part.strip())
    for path in sorted((CONTENT_DIR / "glossary").glob("*.yaml")):
        for term in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            protected.add(term.get("term") or "")
            protected.add(term.get("abbreviation") or "")
            protected.update(term.get("aliases") or [])
    topics = yaml.safe_load((CONTENT_DIR / "topics.yaml").read_text(encoding="utf-8")) or []
    protected.update(t.get("label", "") for t in topics)
    protected.update(t.get("key", "").replace("_", " ") for t in topics)
    return {"schools": schools, "places": places, "protected": protected - {""}}


def database_sources() -> dict[str, set[str]]:
    """What the portal's database adds: schools and glossary terms entered in the admin, SWV municipalities."""
    from portal.core.models import GlossaryTerm, SWVSettings
    from portal.schools.models import School

    schools, places, protected = set(), set(), set()
    for name, place, municipality in School.objects.values_list("name", "place", "municipality"):
        schools.add(name)
        places.update(p for p in (place, municipality) if p)
    for term, abbreviation, aliases in GlossaryTerm.objects.values_list("term", "abbreviation", "aliases"):
        protected.update([term, abbreviation, *aliases.split(",")])
    for swv in SWVSettings.objects.all():
        places.update(swv.municipality_list)
        protected.update(swv_names(swv.name) | swv_names(swv.short_name))
    from portal.answers.models import Topic
    protected.update(Topic.objects.values_list("label", flat=True))
    return {"schools": schools, "places": places, "protected": {p.strip() for p in protected if p and p.strip()}}


def _database_version() -> tuple:
    from django.db.models import Count, Max

    from portal.core.models import GlossaryTerm
    from portal.schools.models import School

    return (tuple(School.objects.aggregate(n=Count("pk"), m=Max("pk")).values()),
            tuple(GlossaryTerm.objects.aggregate(n=Count("pk"), m=Max("pk")).values()))


# --- the work ----------------------------------------------------------------------------------------------------

@dataclass
class Token:
    text: str
    start: int
    end: int

    @property
    def folded(self) -> str:
        return fold(self.text.rstrip(".")) if len(self.text) > 1 else fold(self.text)

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha() or self.text.startswith("'t")

    @property
    def capitalized(self) -> bool:
        return self.text[0].isupper() and not self.text.isupper() or (self.text.isupper() and len(self.text) > 3)


class Deidentifier:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __call__(self, text: str) -> str:
        return self.deidentify(text)

    def deidentify(self, text: str) -> str:
        if not text:
            return text
        text = unicodedata.normalize("NFC", text)
        text = self._patterns(text)
        text = self._words(text)
        # One placeholder for a run of the same ("[NAAM] [NAAM]" -> "[NAAM]").
        return re.sub(r"(\[[A-Z]+\])(?:[ \t]+\1)+", r"\1", text)

    # -- forms ---------------------------------------------------------------------------------------------------

    def _patterns(self, text: str) -> str:
        text = EMAIL_RE.sub(EMAIL, text)
        text = LINK_RE.sub(LINK, text)
        text = IBAN_RE.sub(NUMBER, text)
        text = BSN_CUE_RE.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + BSN, text)
        text = LONG_NUMBER_RE.sub(lambda m: PHONE if self._number(m) == PHONE else m.group(0), text)
        for pattern in DATE_RES:
            text = pattern.sub(DATE, text)
        text = LONG_NUMBER_RE.sub(self._number, text)
        text = PHONE_CUE_RE.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + PHONE
                                if sum(c.isdigit() for c in m.group(1)) >= 6 else m.group(0), text)
        text = POSTCODE_RE.sub(lambda m: m.group(0) if m.group(1) in POSTCODE_WORDS else ADDRESS, text)
        text = ADDRESS_RE.sub(self._address, text)
        text = STREET_WORD_RE.sub(self._street_word, text)
        return text

    def _street_word(self, match: re.Match) -> str:
        """A street named without a number is hidden; a word such as "schoolplein", or a glossary term that looks
        like a street ("het Leerplein", Zuid-Kennemerland's leerplicht service), stays."""
        word = fold(match.group(0))
        return match.group(0) if word in NOT_STREETS or (word,) in self.lexicon.protected else ADDRESS

    @staticmethod
    def _number(match: re.Match) -> str:
        raw = match.group(0)
        stripped = raw.strip()
        if SCHOOL_YEAR_RE.match(stripped) or HOURS_RE.match(stripped):
            return raw
        digits = re.sub(r"\D", "", raw)
        if raw.startswith(("+", "00")) or digits.startswith("31") and len(digits) >= 11 or (
                digits.startswith("0") and len(digits) >= 10):
            return PHONE
        if digits.startswith("0") and len(digits) == 9 and not re.match(r"\d{1,2}[-/.]\d{1,2}[-/.]", raw.strip()):
            return PHONE  # a digit short, as people type them
        if len(digits) in (8, 9):
            return BSN
        return NUMBER

    def _address(self, match: re.Match) -> str:
        text = match.group(0)
        words = text.split()
        if fold(words[-2]) in NOT_STREETS:
            return text
        # The capitalised words the pattern took before the street may be a sentence's first word ("Wij wonen ...").
        keep = []
        for word in words[:-2]:
            if fold(word) in FUNCTION_WORDS or fold(word) in {"wonen", "woon", "woont", "adres", "wij", "we"}:
                keep.append(word)
            else:
                break
        return (" ".join(keep) + " " if keep else "") + ADDRESS

    # -- schools and names ---------------------------------------------------------------------------------------

    def _words(self, text: str) -> str:
        # In a message typed in capitals a capital says nothing: read it as lower case ("IK BEN ZO KLAAR" is no name,
        # "MIJN DOCHTER SANNE" still is). Offsets stay those of the original text.
        shouting = self._shouting(text)
        tokens = [Token(m.group(0).lower() if shouting else m.group(0), m.start(), m.end())
                  for m in WORD_RE.finditer(text)]
        hidden: list[tuple[int, int, str]] = []  # token index ranges [i, j) and their placeholder
        taken = [False] * len(tokens)

        def take(i, j, placeholder):
            hidden.append((i, j, placeholder))
            for k in range(i, j):
                taken[k] = True

        folded = [t.folded if t.is_word else t.text for t in tokens]
        folded = ["het" if f == "'t" else f for f in folded]
        # The glossary's terms and the topics stay as they are, also where they look like a school's name
        # ("Loket Passend Onderwijs").
        i = 0
        while i < len(tokens):
            length = self._phrase_at(folded, i, self.lexicon.protected) if tokens[i].is_word else 0
            if length > 1 or length == 1 and not self._is_first_name(tokens[i], folded[i]):
                for k in range(i, i + length):
                    taken[k] = True
                i += length
            else:
                i += 1
        self._schools(tokens, folded, taken, take)
        self._names(tokens, folded, taken, take, text)
        for i, j, placeholder in sorted(hidden, reverse=True):
            start, end = tokens[i].start, tokens[j - 1].end
            last = tokens[j - 1].text
            if last.endswith(".") and len(last) > 2 and not last[:-1].isupper():
                end -= 1  # "... Jansen.", "onze zoon Dex." keep their full stop (an initial "J." goes with the name)
            text = text[:start] + placeholder + text[end:]
        return text

    @staticmethod
    def _shouting(text: str) -> bool:
        words = re.findall(r"[^\W\d_]{2,}", text)
        return (len(words) >= 3 and sum(w.isupper() for w in words) >= 0.7 * len(words)
                and len(text.lower()) == len(text))

    def _phrase_at(self, folded, i, phrases) -> int:
        """Length of the longest phrase of `phrases` that starts at token i (0 if none)."""
        lexicon = self.lexicon
        for n in range(min(lexicon.max_phrase, len(folded) - i), 0, -1):
            if tuple(folded[i:i + n]) in phrases:
                return n
        return 0

    def _schools(self, tokens, folded, taken, take):
        lexicon = self.lexicon
        found = []  # (length, start): the longest school name that starts at each token
        for i in range(len(tokens)):
            for length in range(min(lexicon.max_phrase, len(tokens) - i), 0, -1):
                kind = lexicon.schools.get(tuple(folded[i:i + length]))
                if not kind:
                    continue
                words = tokens[i:i + length]
                previous = folded[i - 1] if i else ""
                before = folded[i - 2] if i > 1 else ""
                written_as_name = all(t.text[0].isupper() for t in words if t.folded not in {"de", "het"})
                in_context = previous in SCHOOL_TYPE_WORDS or previous in SCHOOL_PREPOSITIONS and (
                    before in SCHOOL_CONTEXT or before.isdigit())
                if kind == "always" or in_context or (
                        written_as_name and not self._sentence_start(tokens, i)) or (
                        written_as_name and length > 1 and tokens[i].folded in {"de", "het"}):
                    found.append((length, i))
                    break
        # Overlapping names are one school: "de Vrije School Kennemerland" holds "De Vrije School" and
        # "Vrije School Kennemerland".
        spans = []
        for length, i in sorted(found, key=lambda f: f[1]):
            if spans and i < spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], i + length)
            else:
                spans.append([i, i + length])
        for i, end in spans:
            if any(taken[i:end]):
                continue
            start = i
            # "obs de regenboog", "basisschool 't kofschip": the kind of school goes with the name.
            while start > 0 and folded[start - 1] in SCHOOL_TYPE_WORDS and folded[start - 1] not in {
                    "school", "college", "lyceum"} and not taken[start - 1]:
                start -= 1
            take(start, end, SCHOOL)
        # Schools not in any list: "basisschool de zonnewijzer", "het Rijnlands Lyceum", "de Jozefschool".
        common = FUNCTION_WORDS | MONTH_WORDS | lexicon.surname_words
        for i, token in enumerate(tokens):
            if taken[i] or not token.is_word:
                continue
            f = folded[i]
            if f in {"basisschool", "obs", "cbs", "pcbs", "rkbs", "kbs", "ikc", "kindcentrum", "montessorischool",
                     "daltonschool", "jenaplanschool"} and i + 1 < len(tokens):
                j = i + 1
                if folded[j] in {"de", "het"} and j + 1 < len(tokens):
                    j += 1
                if tokens[j].is_word and not taken[j] and folded[j] not in common and not self._protected_at(
                        folded, j) and self._phrase_at(folded, j, lexicon.places) == 0 and (
                        folded[j - 1] in {"de", "het"} or tokens[j].text[0].isupper()):
                    take(i, j + 1, SCHOOL)
            elif f in SCHOOL_HEADS and i > 0 and tokens[i - 1].is_word and not taken[i - 1]:
                j = i
                while j > 0 and tokens[j - 1].is_word and not taken[j - 1] and (
                        tokens[j - 1].text[0].isupper() and folded[j - 1] not in FUNCTION_WORDS) and i - j < 3:
                    j -= 1
                if j < i and not self._sentence_start(tokens, j) or j < i - 1:
                    if j > 0 and folded[j - 1] in {"het", "de", "'t"} and tokens[j - 1].text[0].isupper():
                        j -= 1
                    take(j, i + 1, SCHOOL)
            elif (f.endswith("school") and len(f) > 9 and f not in common and f not in SCHOOL_TYPE_WORDS
                  and f.split("-")[0] not in SCHOOL_TYPE_WORDS and f not in self.lexicon.common
                  and f not in GENERIC_SCHOOLS and not f.endswith(("basisschool", "middelbareschool"))
                  and not self._protected_at(folded, i)):
                take(i, i + 1, SCHOOL)

    def _protected_at(self, folded, i) -> bool:
        return self._phrase_at(folded, i, self.lexicon.protected) > 0

    @staticmethod
    def _sentence_start(tokens, i) -> bool:
        if i == 0:
            return True
        previous = tokens[i - 1].text
        return previous in {".", "!", "?", ":", ";", "(", "\"", "-", "*", "•", "“", "'"} or previous.endswith(".") and (
            previous[:-1].lower() not in {"mw", "mevr", "dhr", "dr", "drs", "mr", "ing", "ir", "prof", "ds", "mej",
                                         "st", "v", "vd"})

    def _is_first_name(self, token: Token, f: str) -> bool:
        lexicon = self.lexicon
        parts = f.split("-")
        return f in lexicon.first_names or (len(parts) > 1 and all(p in lexicon.first_names for p in parts))

    def _names(self, tokens, folded, taken, take, text):
        lexicon = self.lexicon
        n = len(tokens)
        never = FUNCTION_WORDS | MONTH_WORDS | SCHOOL_TYPE_WORDS
        # In an English message, a Dutch first name in lower case is most likely an English word ("sent", "fine").
        english = sum(f in ENGLISH for f in folded) >= 3 and not {"de", "het", "een", "ik", "mijn"} & set(folded)

        def blocked(i) -> bool:
            return (taken[i] or not tokens[i].is_word or tokens[i].text.startswith("[")
                    or self._protected_at(folded, i))

        def namelike(i, *, cue: str) -> bool:
            """Whether token i is a name. cue: 'strong' (after "mijn zoon", "juf", "ik heet"), 'weak' (after "met",
            "hoi", "zegt"), or '' (no cue)."""
            if blocked(i):
                return False
            token, f = tokens[i], folded[i]
            # "jan" is a month only where no word before it says a name follows ("mijn zoon Jan", "15 jan").
            month_as_name = cue == "strong" and f in MONTH_WORDS and self._is_first_name(token, f)
            if len(f) < 2 or f in never and not month_as_name:
                return False
            if f in SUBJECTS and i > 0 and folded[i - 1] in SUBJECT_CUES:
                return False  # "bijles Frans", "de docent Frans": the language taught
            first = self._is_first_name(token, f)
            surname = f in lexicon.surnames
            word = f in lexicon.first_name_words or (not first and f in lexicon.surname_words)
            place = self._phrase_at(folded, i, lexicon.places) > 0
            if cue == "strong":
                if token.text[0].isupper():
                    return first or surname or not place and not token.text.isupper() and f not in lexicon.common
                # In lower case: "mijn zoon daan", "mevrouw jansen", but not "een kind lang", "juf belt".
                if first and not word:
                    return True
                return surname and not word and f not in lexicon.common
            if place:
                return False
            if cue == "weak" and (first or surname) and not word and (token.text[0].isupper() or first):
                return True
            # No cue: a first name that is no ordinary word, in any case; a surname only with a capital mid-sentence.
            if first and not word and not (english and not token.text[0].isupper()):
                return True
            if surname and not word and token.capitalized and not self._sentence_start(tokens, i):
                return True
            # "Sam en Max": a first name with a capital in the middle of a sentence, even one that is also a word.
            if first and token.capitalized and not self._sentence_start(tokens, i) and f not in FUNCTION_WORDS:
                return True
            return False

        def extend(i) -> int:
            """From a name at token i, the end of the whole name: more first names, interfixes and a surname."""
            j = i + 1
            while j < n:
                # A name ends with its sentence ("onze zoon Dex. Welke scholen ..."); an initial ("J.") does not.
                if tokens[j - 1].text.endswith(".") and len(tokens[j - 1].text) > 2 and folded[j - 1] not in INTERFIXES:
                    break
                if tokens[j].text == "-" and j + 1 < n and namelike(j + 1, cue="strong"):
                    j += 2
                    continue
                k = j
                while k < n and folded[k] in INTERFIXES and k - j < 3 and not taken[k]:
                    k += 1
                # "Sem uit Lisse", "Tess in Heemstede": where the child lives, not a surname.
                if k > j and folded[j] in PLACE_PREPOSITIONS and self._phrase_at(folded, k, lexicon.places):
                    break
                if k < n and not blocked(k) and folded[k] not in never and (
                        folded[k] in lexicon.surnames or (tokens[k].text[0].isupper() and k > j)
                        or (k == j and self._is_first_name(tokens[k], folded[k])
                            and folded[k] not in lexicon.first_name_words)
                        or (k == j and tokens[k].text[0].isupper() and tokens[k].capitalized
                            and folded[k] not in lexicon.first_name_words)):
                    j = k + 1
                    continue
                if k > j and k < n and not blocked(k) and folded[k] not in never and tokens[k].is_word and (
                        folded[j] in {"van", "de", "der", "den", "ter", "ten"}) and len(folded[k]) > 2 and (
                        folded[k] not in lexicon.surname_words or folded[k] in lexicon.surnames):
                    j = k + 1  # "daan van dijk": after "van", a surname is expected
                    continue
                break
            return j

        i = 0
        while i < n:
            if taken[i]:
                i += 1
                continue
            cue = self._cue_before(tokens, folded, i)
            start = i
            # Initials: "J. de Vries", "A.B. Jansen", "mw. K. Bakker".
            k = i
            while k < n and re.fullmatch(r"(?:[A-Z]\.){1,4}", tokens[k].text) and not taken[k]:
                k += 1
            if k > i and k < n:
                m = k
                while m < n and folded[m] in INTERFIXES and m - k < 3:
                    m += 1
                if m < n and tokens[m].is_word and tokens[m].text[0].isupper() and not blocked(m):
                    end = extend(m)
                    take(start, end, NAME)
                    i = end
                    continue
            if namelike(i, cue=cue):
                # A strong title may be followed by an interfix: "mevrouw van der Berg", "meneer de boer".
                end = extend(i)
                take(start, end, NAME)
                i = end
                continue
            if cue == "strong" and folded[i] in INTERFIXES and folded[i] not in {"het", "in", "op", "aan", "bij",
                                                                                  "uit"}:
                k = i
                while k < n and folded[k] in INTERFIXES and k - i < 3:
                    k += 1
                if k < n and k > i and tokens[k].is_word and not blocked(k) and folded[k] not in INTERFIXES and (
                        tokens[k].text[0].isupper() and (folded[k] in lexicon.surnames or folded[k] not in never)
                        or folded[k] in lexicon.surnames and folded[k] not in lexicon.surname_words
                        and folded[k] not in lexicon.common
                        or self._strong_title_before(folded, i) and folded[k] not in never):
                    end = extend(k)
                    take(i, end, NAME)
                    i = end
                    continue
            i += 1

    def _strong_title_before(self, folded, i) -> bool:
        j = i - 1
        while j >= 0 and folded[j] in {",", ":"}:
            j -= 1
        return j >= 0 and folded[j] in {t.rstrip(".") for t in STRONG_TITLES} | STRONG_TITLES

    def _cue_before(self, tokens, folded, i) -> str:
        """'strong' when a word before token i says a name follows, 'weak' for greetings and prepositions."""
        j = i - 1
        while j >= 0 and tokens[j].text in {",", ":", "(", "'", "\"", "“"}:
            j -= 1
        if j < 0:
            return ""
        previous = folded[j] if tokens[j].is_word else tokens[j].text
        # "Geachte heer/mevrouw, Gaarne ...": a salutation's title addresses no one by name once a comma follows it.
        if j < i - 1 and any(f in SALUTATIONS for f in folded[max(0, j - 3):j]):
            return ""
        if previous in FAMILY_CUES or previous in STAFF_CUES or previous.rstrip(".") in {
                t.rstrip(".") for t in STRONG_TITLES}:
            return "strong"
        for cue in SELF_CUES:
            if j - len(cue) + 1 >= 0 and tuple(folded[j - len(cue) + 1:j + 1]) == cue:
                return "weak" if cue in WEAK_SELF_CUES else "strong"
        if previous in {"groet", "groeten", "groetjes"} or (j >= 1 and folded[j - 1] == "vriendelijke"):
            return "strong"
        return ""


GENERIC_SCHOOLS = {"middelbareschool", "basisschool", "praktijkschool", "dagschool", "zomerschool", "hogeschool",
                   "vakschool", "sportschool", "rijschool", "muziekschool", "taalschool", "dansschool", "zwemschool",
                   "buitenschool", "huisschool", "thuisschool", "kostschool", "scholengemeenschap", "speciaalschool",
                   "internaatschool", "montessorischool", "daltonschool", "jenaplanschool", "vrijeschool",
                   "nutsbasisschool", "leerschool", "bijlesschool", "kleuterschool", "avondschool", "privéschool",
                   "priveschool", "droomschool", "vervolgschool", "wijkschool", "dorpsschool", "streekschool",
                   "samenwerkingsschool", "zorgschool", "voorschool", "naschool", "speelschool", "topsportschool",
                   "plusschool", "kinderschool", "vmboschool", "havoschool", "mavoschool", "vwoschool"}


# --- the one in use ------------------------------------------------------------------------------------------------

_lock = threading.Lock()
_current: dict = {}
RECHECK_SECONDS = 60


def deidentifier(*, use_database: bool = True) -> Deidentifier:
    """The de-identifier with today's lists: built once per process, again when schools or glossary terms change
    in the database (looked at once a minute at most)."""
    now = time.monotonic()
    with _lock:
        if _current and (now - _current["checked"] < RECHECK_SECONDS or not use_database):
            return _current["deidentifier"]
        version = _database_version() if use_database else None
        if _current and _current["version"] == version:
            _current["checked"] = now
            return _current["deidentifier"]
        sources = _content_sources()
        if use_database:
            extra = database_sources()
            sources = {key: sources[key] | extra[key] for key in sources}
        lexicon = build_lexicon(school_names=sources["schools"], places=sources["places"],
                                protected=sources["protected"], common=_corpus_words())
        _current.update(deidentifier=Deidentifier(lexicon), version=version, checked=now)
        return _current["deidentifier"]


@functools.lru_cache(maxsize=1)
def _corpus_words():
    return corpus_words()


@functools.lru_cache(maxsize=1)
def _content_sources():
    return content_sources()


def forget() -> None:
    """Build again at the next call (tests)."""
    with _lock:
        _current.clear()


def deidentify(text: str) -> str:
    return deidentifier()(text)
