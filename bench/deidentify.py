"""Benchmark: the de-identification of parent messages (portal/learning/deidentify.py) against `deduce`.

    .venv/bin/python bench/deidentify.py [--show]     (make bench-deidentify)

Two figures per method, on the same messages:
- personal items that survive, over tests/data/deidentify_cases.yml (parent messages full of made-up personal data,
  each with its items listed); the target is 0;
- the share of words wrongly hidden in ordinary parent questions without personal data (bench/questions/dev*.yml,
  written apart from the assistant's training data and from these rules).
Methods: "regels" (ours, in use), "deduce" (deduce 3.0.6 as it comes), and both one after the other.
--show prints what survived and which words were hidden.
"""

import difflib
import os
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "deidentify_cases.yml"
# Not dev10.yml: written to be full of each SWV's schools and bodies, where a school hidden as [SCHOOL] is right.
ORDINARY = sorted(p for p in (ROOT / "bench" / "questions").glob("dev*.yml") if p.name != "dev10.yml")
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z\-0-9]*\]")
# Words of an item that say nothing on their own: they may stay.
SMALL = {"de", "van", "der", "den", "het", "t", "ter", "ten", "te", "obs", "cbs", "basisschool", "school", "juf",
         "meester", "mevrouw", "meneer", "op", "in", "en", "el", "at", "dot", "com", "nl", "gmail", "hotmail",
         "outlook", "ziggo", "dr", "mw", "dhr", "fam", "college", "kindcentrum", "vrije", "lyceum", "al", "het",
         "nieuwe", "kleine"}


# The ordinary questions name a few children, staff and schools ("onze zoon daan", "juf marieke van de klimop"):
# hiding those is right, so they are counted apart.
PERSONAL_IN_QUESTIONS = set("""
daan noor sem lotte milan fenna jesse yara thijs ilse sara bram luuk eva ravi jayden lina tim mees mila roos marieke
finn kevin femke noah jens julia anna ties sofie ruben lucas johan sanne tom sandra anouk jansen boer vries
regenboog klimop duinzicht kromme rijn vlinderschool seyster meerklank
rutten dam linde brink hermans leeuwen vermeulen kramer smit els anja bart wilg bakker yilmaz wilgen ellen peters
teylingen kompas springplank karin intermetzo zonnehuizen jeroen kees ans mirjam petra ariane ranitz zonnewijzer
fioretti baken rijnlands stedelijk openbaar mavo zeist
hoekstra verhoef dekker ria dijk koster bos wit mulder annemiek prins hoogendoorn kok wingerd meer graaf
visser groot fleur jolanda hendriks marloes vdberg devries ahmed kuipers lambregts emma pieter groen quintus volta
atlas nassaucollege dalton sprong terra vincent gogh focus leo andreas wilgenhoek kindcentrum krijt vrije kleverpark
dolfijn montessori bosvlinder eigenduins northgo kannercollege kannerschool praktijkcollege metrum vakcollege rijnmond
leystede hooft hooftcollege thermiek gomarus liefland penta ark schelp schalkwijk gilseschool voorthuijsenschool lariks
nassau wegwijzer lars akker sparrenbosschool gijs lieke coornhert iris elin joep lisa saar amir lisbloem paradijsvogel
stijn dex mats tess sophie jurre klarinet fontein sven bas julianaschool schapendel marke leeuwenhorst toermalijn timo
jelle stan willibrordusschool bronckhorst mick giraf noud levi hugo job horn thomas rik joris bo octaaf elise merel
luna mark norah erik fatima ruud zoe hoffenne nina tandem isa liv olivier waterval hannah amber hidde milou jip maarten
eline tygo vondelschool puck sil jasmijn wessel pepijn vera kyan evenaar djamila bente lois
kim zonnebloem wereldwijzer erasmus marco henk kortekaas jannie heuvelrugmavo monique ingrid saskia pronk julie wouter
hans verhoeven bobbie linda tineke vos nadia yvonne sharon bollenveld pieters elzenhof esther rianne bert joost sarah
noa dirk maas laura carla tamara meander vlieger
""".split())
# Words that go with a name ("obs de regenboog", "het seyster college"): personal only beside a personal word.
WITH_A_NAME = {"de", "het", "obs", "college", "lyceum", "van", "der", "den", "t", "nieuwe"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(PLACEHOLDER.sub(" ", text)))


def load_cases() -> list[dict]:
    return yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"]


def survivors(output: str, items) -> list[str]:
    """The items of which a telling word is still in `output`."""
    left = set(words(output))
    return [str(item) for item in items
            if any(w in left for w in words(str(item)) if w not in SMALL and len(w) > 1)]


def missing(output: str, keep) -> list[str]:
    """Words the assistant needs that are no longer there."""
    left = " ".join(words(output))
    return [k for k in keep if " ".join(words(k)) not in left]


def ordinary_questions() -> list[str]:
    texts = []
    for path in ORDINARY:
        texts += [q["text"] for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]]
    return texts


def hidden_words(original: str, output: str) -> list[str]:
    """The words of `original` that are not in `output` any more (a placeholder took their place)."""
    before = re.findall(r"[^\W_]+", original)
    after = re.findall(r"\[[A-Z][A-Z\-0-9]*\]|[^\W_]+", output)
    matcher = difflib.SequenceMatcher(a=[fold(w) for w in before], b=[fold(w) for w in after], autojunk=False)
    gone = []
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            gone += before[i1:i2]
    return gone


def measure(name, method, cases, questions, show=False) -> dict:
    started = time.perf_counter()
    survived, lost, total_items = [], [], 0
    for case in cases:
        output = method(case["text"])
        total_items += len(case["items"])
        survived += [(item, output) for item in survivors(output, case["items"])]
        lost += [(k, output) for k in missing(output, case.get("keep", []))]
    total_words, gone, personal, examples = 0, Counter(), 0, []
    for text in questions:
        total_words += len(re.findall(r"[^\W_]+", text))
        output = method(text)
        hidden = hidden_words(text, output)
        # An initial ("M. Hermans" under a letter) is personal too.
        personal_here = [w for w in hidden if fold(w) in PERSONAL_IN_QUESTIONS or len(re.sub(r"\D", "", w)) >= 6
                         or w == "06" or len(w) == 1 and w.isupper()]
        if personal_here:
            personal_here += [w for w in hidden if fold(w) in WITH_A_NAME]
        if personal_here and re.search(r"\[", output):
            hidden = [w for w in hidden if w not in personal_here]
            personal += len(personal_here)
        gone.update(w.lower() for w in hidden)
        if hidden:
            examples.append((hidden, output))
    seconds = time.perf_counter() - started
    result = {"method": name, "items": total_items, "survived": len(survived), "needed_lost": len(lost),
              "words": total_words - personal, "hidden": sum(gone.values()),
              "ms_per_message": 1000 * seconds / (len(cases) + len(questions))}
    print(f"{name:16} personal items surviving: {len(survived):3} of {total_items} "
          f"({100 * len(survived) / total_items:.1f}%); needed words hidden: {len(lost)}; "
          f"ordinary words wrongly hidden: {sum(gone.values())} of {total_words - personal} "
          f"({100 * sum(gone.values()) / (total_words - personal):.2f}%); {result['ms_per_message']:.2f} ms a message")
    if show:
        for item, output in survived:
            print(f"   survives: {item!r} in {output!r}")
        for item, output in lost:
            print(f"   lost: {item!r} in {output!r}")
        print("   hidden ordinary words:", ", ".join(f"{w} ({n})" for w, n in gone.most_common(40)))
        for hidden, output in examples[:60]:
            print(f"   hidden {hidden}: {output!r}")
    return result


def deduce_method():
    from deduce import Deduce

    started = time.perf_counter()
    engine = Deduce()
    print(f"(deduce loaded in {time.perf_counter() - started:.1f} s)")
    return lambda text: engine.deidentify(text).deidentified_text


def main(argv) -> int:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    from portal.learning.deidentify import deidentifier

    show = "--show" in argv
    cases, questions = load_cases(), ordinary_questions()
    print(f"{len(cases)} messages with personal data ({CASES.relative_to(ROOT)}), "
          f"{len(questions)} ordinary questions ({', '.join(p.name for p in ORDINARY)})")
    started = time.perf_counter()
    try:
        rules = deidentifier()
    except Exception:  # no database yet: the lists from the repository only
        rules = deidentifier(use_database=False)
    print(f"(rules loaded in {time.perf_counter() - started:.1f} s)")
    results = [measure("regels", rules, cases, questions, show)]
    if "--rules-only" not in argv:
        deduce = deduce_method()
        results.append(measure("deduce", deduce, cases, questions, show))
        results.append(measure("regels + deduce", lambda t: deduce(rules(t)), cases, questions, show))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
