"""Needs-first school search: a parent's everyday words become support tags, places and school types, then
Whoosh finds the site's schools that offer them, with a count beside every filter. Never raises on bad input;
nothing here ranks schools by quality, only by how well they match what was asked.
"""

import logging
import math
import re
import weakref
from dataclasses import dataclass, field

from django.utils.translation import gettext, gettext_lazy
from whoosh.query import And, AndMaybe, Every, Or, Term
from wagtail.models import Site

from portal.core.models import ContentGeneration
from portal.schools.models import LEVELS, SchoolType, SupportTag, TagSynonyms, denomination_label

from . import index
from .query import clean_query, words_of
from .schema import dutch

log = logging.getLogger(__name__)
PAGE_LENGTH = 20
MAX_PER_FACET = 60
# Facets in the order the page shows them. tag: a school must offer every ticked kind of support (AND);
# the others are alternatives within the facet (OR), so their counts leave out their own selection.
FACETS = ["tag", "type", "level", "municipality", "place", "denomination"]
FACET_LABELS = {"tag": gettext_lazy("Ondersteuning"), "type": gettext_lazy("Soort school"),
                "level": gettext_lazy("Niveau (vo)"), "municipality": gettext_lazy("Gemeente"),
                "place": gettext_lazy("Plaats"), "denomination": gettext_lazy("Richting")}
MULTI_VALUED = {"tag", "level"}
SORTS = {"relevance": gettext_lazy("Best passend"), "name": gettext_lazy("Naam (A-Z)")}
# Words that say nothing about the need or the place ("welke school in Lisse heeft iets voor dyslexie").
FILLER = {"school", "scholen", "schooltje", "kind", "kinderen", "zoon", "dochter", "zoek", "zoeken", "ik", "mijn",
          "een", "die", "wat", "welke", "iets", "heeft", "hebben", "bij", "goed", "goede", "voor", "met", "in",
          "de", "het", "en", "of", "is", "op", "van", "hulp", "ondersteuning", "begeleiding", "extra", "kan", "waar",
          "aan", "om", "te", "er", "zijn", "graag", "nodig", "omgeving", "buurt", "dichtbij", "regio", "gemeente",
          # the same on the English pages ("a school in Haarlem for my son with autism")
          "schools", "child", "children", "son", "daughter", "my", "our", "looking", "look", "find", "which", "that",
          "has", "have", "a", "an", "the", "for", "with", "and", "or", "to", "at", "near", "nearby", "area", "good",
          "help", "support", "needs", "need", "extra"}
TYPE_WORDS = {
    "basisschool": "BO", "basisscholen": "BO", "sbo": "SBO", "speciaal basisonderwijs": "SBO",
    "so": "SO", "speciaal onderwijs": "SO", "vso": "VSO", "voortgezet speciaal onderwijs": "VSO",
    "middelbare school": "VO", "middelbare": "VO", "vo": "VO", "voortgezet onderwijs": "VO",
    "praktijkonderwijs": "PrO", "praktijkschool": "PrO", "pro": "PrO", "po": "BO",
    **dict.fromkeys(["vmbo", "mavo", "havo", "vwo", "atheneum", "gymnasium", "lyceum"], "VO"),
    "primary school": "BO", "primary": "BO", "special primary school": "SBO", "special school": "SO",
    "special education": "SO", "secondary school": "VO", "secondary": "VO", "high school": "VO",
}
# English words that name no kind of support on their own, though they are part of a name ("Small class or group").
VAGUE_ALONE = {"group", "education", "care", "class", "school", "support", "help"}
LEVEL_WORDS = {"havo": "havo", "vwo": "vwo", "atheneum": "vwo", "gymnasium": "vwo", "lyceum": "vwo",
               "mavo": "vmbo-gt", "vmbo t": "vmbo-gt", "vmbo gt": "vmbo-gt", "vmbo tl": "vmbo-gt",
               "theoretische leerweg": "vmbo-gt", "vmbo k": "vmbo-k", "kader": "vmbo-k", "vmbo b": "vmbo-b",
               "basisberoeps": "vmbo-b"}


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SchoolSearch:
    """What the parent asked: their words and the filters they ticked."""

    text: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1


@dataclass
class SchoolResults:
    query: str = ""
    needs: list[tuple[str, str, str]] = field(default_factory=list)  # (slug, label, the parent's words)
    understood_places: list[str] = field(default_factory=list)
    understood_types: list[str] = field(default_factory=list)
    hits: list[dict] = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 0
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    notice: str | None = None
    unavailable: bool = False


_vocabularies: dict[int, tuple[int, "Vocabulary"]] = {}


class Vocabulary:
    """The words of one site: support tags with the parents' words for them, school types, places."""

    def __init__(self, site: Site):
        self.tags = {t.slug: t for t in SupportTag.for_site(site)}
        phrases = {}
        # The SWV's own words first: where they overlap a shared synonym, the region's meaning wins.
        for local in TagSynonyms.objects.filter(site=site, tag__slug__in=self.tags).select_related("tag"):
            for phrase in local.word_list:
                phrases.setdefault(_normal(phrase), local.tag.slug)
        for tag in self.tags.values():
            for phrase in [tag.label.lower(), tag.slug.replace("-", " "), *tag.synonym_list]:
                phrases.setdefault(_normal(phrase), tag.slug)
        # Then the English names, for parents on the English pages: "autism", "hard of hearing", "deaf".
        for tag in self.tags.values():
            for phrase in _english_phrases(tag.label_en):
                phrases.setdefault(_normal(phrase), tag.slug)
        self.phrases = phrases
        # A municipality wins over a place of the same name: it also holds the schools whose place is unknown.
        locations = list(site.schools.values_list("place", "municipality").distinct())
        self.places = {_normal(m): ("municipality", m) for _, m in locations}
        for place, _ in locations:
            if place:
                self.places.setdefault(_normal(place), ("place", place))

    @classmethod
    def for_site(cls, site: Site) -> "Vocabulary":
        """Built once per site until content changes: schools, tags and the SWV's words all raise the content
        generation (portal.core.page_cache)."""
        generation = ContentGeneration.current()
        cached = _vocabularies.get(site.pk)
        if cached is None or cached[0] != generation:
            cached = _vocabularies[site.pk] = (generation, cls(site))
        return cached[1]

    def tag_label(self, slug: str) -> str:
        """The tag's name in the reader's language."""
        tag = self.tags.get(slug)
        return tag.shown.label if tag else slug


def _english_phrases(label: str) -> list[str]:
    """An English tag name and its parts: "ADHD and concentration" → itself, "adhd", "concentration";
    "Remedial teaching (RT)" → itself, "remedial teaching", "rt"; "Speech therapy at school" → "speech therapy";
    "Wheelchair accessible" → "wheelchair". A part that says nothing alone ("group", "education") is left out."""
    label = label.lower()
    if not label:
        return []
    plain = label.split("(")[0].strip()
    inside = label[len(plain):].strip(" ()").split(":")[0]
    parts = [p.strip() for p in plain.replace(" or ", " and ").split(" and ") if p.strip()]
    short = [re.sub(r" (at|in) school$| accessible$", "", p) for p in [plain, *parts]]
    phrases = [label, plain, *parts, *short, *([inside] if inside else [])]
    return [p for p in dict.fromkeys(phrases) if p not in VAGUE_ALONE]


def _normal(text: str) -> str:
    return " ".join(words_of(text.replace("-", " ")))


def _take_phrases(words: list[str], table: dict, max_len: int = 4):
    """Longest known phrases first; returns [(value, phrase)] and the words that were not part of one."""
    found, rest, i = [], [], 0
    while i < len(words):
        for n in range(min(max_len, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n])
            if phrase in table:
                found.append((table[phrase], phrase))
                i += n
                break
        else:
            rest.append(words[i])
            i += 1
    return found, rest


def interpret(text: str, vocabulary: Vocabulary):
    """The parent's words as needs (tag slugs), places, school types and leftover words."""
    words = words_of(text.replace("-", " "))
    needs, words = _take_phrases(words, vocabulary.phrases)
    places, words = _take_phrases(words, vocabulary.places, max_len=3)
    levels, words = _take_phrases(words, LEVEL_WORDS, max_len=2)
    types, words = _take_phrases(words, TYPE_WORDS, max_len=3)
    types += [("VO", phrase) for _, phrase in levels]
    rest = [w for w in words if w not in FILLER and not w.isdigit()]
    return needs, places, types, rest


def _text_query(words: list[str]):
    parts = []
    for word in words:
        stems = [t.text for t in dutch(word)]
        if stems:
            parts.append(Or([Term(f, s) for s in stems for f in ("name", "text", "location")]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Or(parts)


def _value_label(name: str, value: str, vocabulary: Vocabulary) -> str:
    if name == "tag":
        return vocabulary.tag_label(value)
    if name == "type":
        return str(SchoolType(value).label) if value in SchoolType.values else value
    if name == "level":
        return str(LEVELS.get(value, value))
    if name == "denomination":
        return denomination_label(value)
    return value


def _query(slugs: list[str], words_query, *, every_need: bool):
    need_query = None
    if slugs:
        terms = [Term("tag", slug) for slug in slugs]
        need_query = terms[0] if len(terms) == 1 else (And(terms) if every_need else Or(terms))
    if need_query is not None and words_query is not None:
        return AndMaybe(need_query, words_query)
    return need_query or words_query or Every()


class FacetTable:
    """Every document's facet values, read once per open searcher (the searcher is reopened when the index
    changes). Filters and counts are then set operations in memory: Whoosh's own grouping re-reads the whole
    index for a multi-valued field on every search."""

    FIELDS = ["site", *FACETS]

    def __init__(self, searcher):
        self.docs: dict[str, dict[str, set[int]]] = {name: {} for name in self.FIELDS}
        self.values: dict[int, dict[str, list[str]]] = {}
        self.names: dict[int, str] = {}
        for docnum, stored in searcher.reader().iter_docs():
            row = {}
            for name in self.FIELDS:
                raw = stored.get(name) or ""
                values = [v for v in raw.split(",") if v] if name in MULTI_VALUED else ([raw] if raw else [])
                row[name] = values
                for value in values:
                    self.docs[name].setdefault(value, set()).add(docnum)
            self.values[docnum] = row
            self.names[docnum] = (stored.get("name") or "").lower()

    def allowed(self, name: str, chosen: list[str]) -> set[int]:
        sets = [self.docs[name].get(value, set()) for value in chosen]
        if name == "tag":  # a school must offer every ticked kind of support
            return set.intersection(*sets) if sets else set()
        return set().union(*sets)

    def count(self, name: str, docnums) -> dict[str, int]:
        counts: dict[str, int] = {}
        for docnum in docnums:
            for value in self.values[docnum][name]:
                counts[value] = counts.get(value, 0) + 1
        return counts


_tables: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def facet_table(searcher) -> FacetTable:
    table = _tables.get(searcher)
    if table is None:
        table = _tables[searcher] = FacetTable(searcher)
    return table


def _execute(searcher, query, site: Site, filters: dict, sort: str):
    """The ranked document numbers and the facet counts. An OR facet (type, place…) is counted as if none of
    its own values were ticked, so its counts say what ticking another value adds."""
    table = facet_table(searcher)
    base = set(table.docs["site"].get(str(site.pk), set()))
    allowed = {name: table.allowed(name, values) for name, values in filters.items() if values}
    own = {name for name in allowed if name != "tag"}
    loose = base.intersection(*(docs for name, docs in allowed.items() if name not in own))
    if isinstance(query, Every):
        matched, ranked = loose, None
    else:  # one Whoosh search, restricted to what the AND filters allow
        results = searcher.search(query, filter=loose, limit=None)
        ranked = [hit.docnum for hit in results]
        matched = set(ranked)
    final = matched.intersection(*(allowed[name] for name in own))
    if ranked is None or sort == "name":
        ordered = sorted(final, key=lambda d: table.names[d])
    else:
        ordered = [d for d in ranked if d in final]
    counts = {}
    for name in FACETS:
        scope = final
        if name in own:
            scope = matched.intersection(*(allowed[other] for other in own if other != name))
        counts[name] = table.count(name, scope)
    return ordered, counts


def search_schools(site: Site, request: SchoolSearch, vocabulary: Vocabulary | None = None) -> SchoolResults:
    vocabulary = vocabulary or Vocabulary.for_site(site)
    text, notice = clean_query(request.text)
    result = SchoolResults(query=text, notice=notice, page=max(request.page, 1))
    needs, places, types, rest = interpret(text, vocabulary)
    result.needs = [(slug, vocabulary.tag_label(slug), phrase) for slug, phrase in needs]
    filters = {name: list(dict.fromkeys(values)) for name, values in request.filters.items() if values}
    for (kind, value), _ in places:
        filters.setdefault(kind, [])
        if value not in filters[kind]:
            filters[kind].append(value)
        result.understood_places.append(value)
    for value, phrase in types:
        filters.setdefault("type", [])
        if value not in filters["type"]:
            filters["type"].append(value)
        if phrase in LEVEL_WORDS:  # "havo": a VO school that offers havo
            filters.setdefault("level", [])
            if LEVEL_WORDS[phrase] not in filters["level"]:
                filters["level"].append(LEVEL_WORDS[phrase])
            result.understood_types.append(str(LEVELS[LEVEL_WORDS[phrase]]))
        else:
            result.understood_types.append(str(SchoolType(value).label))

    slugs = list(dict.fromkeys(s for s, _ in needs))
    words_query = _text_query(rest)
    sort = request.sort if request.sort in SORTS else "relevance"
    if not slugs and words_query is None:
        sort = "name"  # nothing to rank by
    try:
        with index.schools.live_searcher() as searcher:
            if searcher is None:
                result.unavailable = True
                return result
            # Several needs: schools that offer all of them; if none does, those that offer some, best first.
            hits, counts = _execute(searcher, _query(slugs, words_query, every_need=True), site, filters, sort)
            if not hits and len(slugs) > 1:
                hits, counts = _execute(searcher, _query(slugs, words_query, every_need=False), site, filters, sort)
                if hits:
                    result.notice = gettext("Geen school biedt alles wat u zocht. Dit zijn scholen die een deel ervan "
                                        "bieden; bovenaan staan de scholen die het meeste bieden.")
            result.total = len(hits)
            result.pages = math.ceil(result.total / PAGE_LENGTH)
            start = (result.page - 1) * PAGE_LENGTH
            asked = {s for s, _ in needs} | set(filters.get("tag", []))
            for docnum in hits[start:start + PAGE_LENGTH]:
                doc = dict(searcher.stored_fields(docnum))
                doc["tags"] = [t for t in (doc.get("tag") or "").split(",") if t]
                doc["matched"] = [vocabulary.tag_label(t) for t in doc["tags"] if t in asked]
                doc["type_label"] = _value_label("type", doc["type"], vocabulary)
                doc["denomination_label"] = _value_label("denomination", doc.get("denomination") or "", vocabulary)
                result.hits.append(doc)
            for name in FACETS:
                chosen = set(filters.get(name, []))
                values = [FacetValue(str(v), _value_label(name, str(v), vocabulary), n, str(v) in chosen)
                          for v, n in counts[name].items() if v not in (None, "")]
                for value in chosen - {v.value for v in values}:  # ticked, but nothing left: still untickable
                    values.append(FacetValue(value, _value_label(name, value, vocabulary), 0, True))
                values.sort(key=lambda v: (-v.count, v.label.lower()) if name == "tag" else v.label.lower())
                result.facets[name] = values[:MAX_PER_FACET]
    except Exception:  # a broken index degrades to a friendly page, never a 500
        log.exception("school search failed for site %s", site.pk)
        result.hits, result.total, result.unavailable = [], 0, True
    return result
