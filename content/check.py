"""Validate the demo content files (formats in content/README.md); exits 1 and lists the problems.

Run as `python content/check.py [path …]`; the test suite runs the same checks.
"""

import datetime
import re
import sys
from pathlib import Path

import yaml

CONTENT = Path(__file__).resolve().parent
SEEDS = CONTENT.parent.parent / "shared" / "seeds"
SWVS = ("duinenbollenstreek", "zuidoostutrecht", "zuidkennemerland", "noordmiddendrenthe")
PROCEDURE_SLUGS = (
    "aanmelden-en-zorgplicht",
    "extra-ondersteuning",
    "tlv-aanvragen",
    "bezwaar-en-geschillen",
    "thuiszitten",
    "overstap-po-vo",
)
SHORT_MAX_WORDS = 60
NATIONAL_MIN_EXAMPLES = 25
# A run of this many words shared with a seed counts as copied text.
COPIED_RUN_WORDS = 9


def topic_keys():
    return [t["key"] for t in yaml.safe_load((CONTENT / "topics.yaml").read_text(encoding="utf-8"))]


def words(text):
    return re.findall(r"[a-zà-ÿ0-9]+", text.lower())


def seed_runs():
    runs = set()
    for seed in sorted(SEEDS.glob("*.txt")):
        w = words(seed.read_text(encoding="utf-8", errors="replace"))
        runs.update(tuple(w[i : i + COPIED_RUN_WORDS]) for i in range(len(w) - COPIED_RUN_WORDS + 1))
    return runs


def copied_runs(text, runs):
    w = words(text)
    return {" ".join(w[i : i + COPIED_RUN_WORDS]) for i in range(len(w) - COPIED_RUN_WORDS + 1)
            if tuple(w[i : i + COPIED_RUN_WORDS]) in runs}


def prose_of(data):
    """All human-readable text of a content file, except sources and example phrasings."""
    if isinstance(data, dict):
        return " ".join(prose_of(v) for k, v in data.items() if k not in ("sources", "examples", "key", "slug"))
    if isinstance(data, list):
        return " ".join(prose_of(v) for v in data)
    return data if isinstance(data, str) else ""


def check_answer(path, data, keys, national):
    problems = []
    need = ["key", "question", "short", "body", "related", "last_reviewed", "sources"]
    problems += [f"missing field {f}" for f in need if not data.get(f)]
    if data.get("key") != path.stem:
        problems.append("key does not match the file name")
    if data.get("key") not in keys:
        problems.append(f"unknown topic key {data.get('key')!r}")
    if len(str(data.get("short", "")).split()) > SHORT_MAX_WORDS:
        problems.append(f"short answer longer than {SHORT_MAX_WORDS} words")
    for rel in data.get("related") or []:
        if rel not in keys:
            problems.append(f"related key {rel!r} unknown")
    if not isinstance(data.get("last_reviewed"), datetime.date):
        problems.append("last_reviewed is not a date (YYYY-MM-DD)")
    examples = data.get("examples") or []
    if national and len(examples) < NATIONAL_MIN_EXAMPLES:
        problems.append(f"{len(examples)} examples, need at least {NATIONAL_MIN_EXAMPLES}")
    if len(set(e.strip().lower() for e in examples)) != len(examples):
        problems.append("duplicate examples")
    if "<" in str(data.get("body", "")):
        problems.append("raw HTML in body")
    return problems


def check_swv(path, data):
    need = ["slug", "hostname", "name", "short_name", "sector", "region", "municipalities", "contact_note",
            "intro", "sources"]
    problems = [f"missing field {f}" for f in need if not data.get(f)]
    if data.get("slug") != path.stem:
        problems.append("slug does not match the file name")
    if data.get("sector") not in ("PO", "VO"):
        problems.append("sector must be PO or VO")
    for slot in data.get("office_hours") or []:
        if not (isinstance(slot.get("weekday"), int) and 0 <= slot["weekday"] <= 6):
            problems.append(f"office_hours weekday wrong in {slot}")
        for f in ("open", "close"):
            if not re.fullmatch(r"\d\d:\d\d", str(slot.get(f, ""))):
                problems.append(f"office_hours {f} must be HH:MM in {slot}")
    return problems


def check_procedure(path, data, keys):
    problems = [f"missing field {f}" for f in ("slug", "title", "intro", "topics", "steps", "sources")
                if not data.get(f)]
    if data.get("slug") != path.stem or path.stem not in PROCEDURE_SLUGS:
        problems.append("slug must match the file name and be one of the six procedure slugs")
    for t in data.get("topics") or []:
        if t not in keys:
            problems.append(f"unknown topic key {t!r}")
    for i, step in enumerate(data.get("steps") or [], 1):
        if not step.get("who") or not step.get("what"):
            problems.append(f"step {i} needs who and what")
        if not isinstance(step.get("documents", []), list):
            problems.append(f"step {i}: documents must be a list")
    return problems


def check_glossary(data, keys, seen):
    """`seen`: the slugs and terms of every glossary file checked so far (each is unique over all of them, as the
    database has it)."""
    problems = []
    for entry in data:
        if not entry.get("term") or not entry.get("slug") or not entry.get("definition"):
            problems.append(f"glossary entry needs term, slug, definition: {entry}")
        for field in ("slug", "term"):
            if (field, entry.get(field)) in seen:
                problems.append(f"duplicate glossary {field} {entry.get(field)}")
            seen.add((field, entry.get(field)))
        if entry.get("topic") and entry["topic"] not in keys:
            problems.append(f"unknown topic key {entry['topic']!r} for {entry.get('slug')}")
    return problems


def content_files():
    yield from sorted(CONTENT.glob("answers/*/*.yaml"))
    yield from sorted(CONTENT.glob("swv/*.yaml"))
    yield from sorted(CONTENT.glob("procedures/*/*.yaml"))
    yield from sorted(CONTENT.glob("glossary/*.yaml"))


def problems_in(paths):
    keys = topic_keys()
    runs = seed_runs() if SEEDS.exists() else set()
    glossary_seen = set()
    found = {}
    for path in paths:
        rel = path.relative_to(CONTENT)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            found[str(rel)] = [f"not valid YAML: {exc}"]
            continue
        if rel.parts[0] == "answers":
            problems = check_answer(path, data, keys, national=rel.parts[1] == "national")
        elif rel.parts[0] == "swv":
            problems = check_swv(path, data)
        elif rel.parts[0] == "procedures":
            problems = check_procedure(path, data, keys)
        else:
            problems = check_glossary(data, keys, glossary_seen)
        problems += [f"copied from a seed: '{run}'" for run in sorted(copied_runs(prose_of(data), runs))]
        if problems:
            found[str(rel)] = problems
    return found


def main(argv):
    paths = [Path(p).resolve() for p in argv] or list(content_files())
    found = problems_in(paths)
    for rel, problems in found.items():
        for problem in problems:
            print(f"{rel}: {problem}")
    print(f"{len(paths)} files checked, {sum(map(len, found.values()))} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
