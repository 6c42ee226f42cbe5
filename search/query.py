"""Searching the site index of the reader's language: cleaning the parent's words, synonyms from the glossary,
Dutch or English stemming, highlighted snippets and a "Bedoelde u …?" suggestion. Never raises on bad input."""

import logging
import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.safestring import mark_safe
from whoosh import highlight
from whoosh.query import And, Or, Term
from wagtail.models import Site

from portal.core.models import GlossaryTerm
from portal.core.translations import DUTCH

from . import index
from .schema import ANALYZERS, dutch

log = logging.getLogger(__name__)
MAX_QUERY_CHARS = 200
MAX_WORDS = 12
PAGE_LENGTH = 10
FIELD_BOOSTS = {"title": 3.0, "body": 1.0, "phrasings": 0.5}
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)


@dataclass
class Hit:
    title: str
    url: str
    kind: str
    snippet: str


@dataclass
class SearchResult:
    query: str = ""
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    page: int = 1
    pages: int = 0
    suggestion: str | None = None
    # On the English search: the words are Dutch ones (known to the Dutch pages, not to the English): the page points
    # to the Dutch search instead of suggesting English look-alikes ("wat is" → "get is").
    dutch_words: bool = False
    notice: str | None = None  # a friendly remark about the query itself
    unavailable: bool = False


def clean_query(raw: str) -> tuple[str, str | None]:
    """The parent's words without control characters, trimmed to a sane length, and a notice if cut."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in raw or "")
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_CHARS:
        return text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0], _("Uw zoekvraag was erg lang. We zochten op het begin ervan.")
    return text, None


def words_of(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)][:MAX_WORDS]


def synonyms(terms: list[GlossaryTerm]) -> dict[str, list[str]]:
    """Each glossary name of the site's terms (the national ones and its own) in lower case, with all names of its
    term. The same in English: a term keeps the Dutch words a parent meets in letters, and the English texts use them
    too."""
    table = {}
    for term in terms:
        names = [n.lower() for n in term.names]
        for name in names:
            table.setdefault(name, [])
            table[name].extend(n for n in names if n not in table[name])
    return table


def english_names(terms: list[GlossaryTerm]) -> dict[str, list[str]]:
    """Each English name of a glossary term ("practical education") in lower case, with the Dutch names of its term
    that the English texts use ("praktijkonderwijs", "pro")."""
    table = {}
    for term in terms:
        for name in term.names_en:
            table.setdefault(name.lower(), []).extend(n.lower() for n in term.names)
    return table


def _english_name_queries(terms: list[GlossaryTerm], text: str, analyzer) -> list:
    """For the English names in the query (a name is often more than one word), the Dutch words of their term."""
    found = []
    lowered = f" {' '.join(words_of(text))} "
    for name, dutch_names in english_names(terms).items():
        if f" {' '.join(words_of(name))} " in lowered:
            found += [q for q in (_word_query(n, {}, analyzer) for n in dutch_names) if q is not None]
    return found


def _stems(text: str, analyzer=dutch) -> list[str]:
    return [t.text for t in analyzer(text)]


def _word_query(word: str, table: dict[str, list[str]], analyzer=dutch):
    alternatives = []
    for variant in table.get(word, [word]):
        stems = _stems(variant, analyzer)
        if not stems:
            continue
        per_stem = [Or([Term(f, s, boost=b) for f, b in FIELD_BOOSTS.items()]) for s in stems]
        alternatives.append(per_stem[0] if len(per_stem) == 1 else And(per_stem))
    if not alternatives:
        return None
    return alternatives[0] if len(alternatives) == 1 else Or(alternatives)


# Highlighting re-analyses the text it marks; the start of a page holds its gist and keeps this fast.
HIGHLIGHT_CHARS = 1500
_START, _END = "\x02", "\x03"  # never in indexed text (documents.plain_text drops control characters)


class _MarkFormatter(highlight.Formatter):
    """Wraps matched words in placeholders; _snippet escapes everything else before turning them into <mark>."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return _START + highlight.get_text(text, token, replace) + _END


def _snippet(hit) -> str:
    text = hit.highlights("body", text=hit["body"][:HIGHLIGHT_CHARS], top=2) or hit["summary"] or ""
    return mark_safe(escape(text).replace(_START, '<mark class="zoek-treffer">').replace(_END, "</mark>"))


def _suggest(searcher, words: list[str], unknown: list[str]) -> str | None:
    """Replace the words that are not in the index (`unknown`) by the closest word that is."""
    changed = False
    corrected = []
    for word in words:
        if word not in unknown:
            corrected.append(word)
            continue
        options = searcher.corrector("body").suggest(word, limit=1, maxdist=2)
        corrected.append(options[0] if options else word)
        changed = changed or bool(options)
    return " ".join(corrected) if changed else None


def _known(searcher, word: str, analyzer) -> bool:
    stems = _stems(word, analyzer)
    return not stems or any(searcher.doc_frequency(f, s) for f in ("title", "body") for s in stems)


def _dutch_words(unknown: list[str]) -> bool:
    """Most of the words the English index does not know are words of the Dutch pages."""
    if not unknown:
        return False
    with index.PAGE_STORES[DUTCH].live_searcher() as dutch:
        return dutch is not None and 2 * sum(_known(dutch, w, ANALYZERS[DUTCH]) for w in unknown) > len(unknown)


def search(*, site: Site, raw_query: str, page: int = 1, language: str = DUTCH) -> SearchResult:
    """The site's pages in this language that match."""
    if language not in index.PAGE_STORES:  # a language without pages of its own searches the Dutch ones
        language = DUTCH
    store, analyzer = index.PAGE_STORES[language], ANALYZERS[language]
    text, notice = clean_query(raw_query)
    result = SearchResult(query=text, notice=notice, page=max(page, 1))
    words = words_of(text)
    if not words:
        if text:
            result.notice = _("Typ een of meer woorden, bijvoorbeeld ‘tlv aanvragen’ of ‘zorgplicht’.")
        return result
    terms = list(GlossaryTerm.objects.for_site(site))  # one read of the glossary for both kinds of synonym
    table = synonyms(terms)
    parts = [q for q in (_word_query(w, table, analyzer) for w in words) if q is not None]
    if language == "en":
        parts += _english_name_queries(terms, text, analyzer)
    try:
        with store.live_searcher() as searcher:
            if searcher is None:
                result.unavailable = True
                return result
            if parts:
                query = Or(parts) if len(parts) > 1 else parts[0]
                # The site in the query, not as a filter: with terms=True whoosh 2.7.5 counts the documents a filter
                # drops in the total (other sites' hits). The site term adds the same score to each hit: same order.
                page_hits = searcher.search_page(And([query, Term("site", str(site.pk))]), result.page,
                                                 pagelen=PAGE_LENGTH, terms=True)
                page_hits.results.fragmenter = highlight.ContextFragmenter(maxchars=220, surround=60)
                page_hits.results.formatter = _MarkFormatter()
                result.total = page_hits.total
                result.pages = page_hits.pagecount
                result.page = page_hits.pagenum or result.page  # a page past the last one shows the last
                result.hits = [Hit(h["title"], h["url"], h["kind"], _snippet(h)) for h in page_hits]
            if not result.hits or result.total < 3:
                unknown = [w for w in words if not _known(searcher, w, analyzer)]
                if language != DUTCH and _dutch_words(unknown):
                    result.dutch_words = True
                else:
                    result.suggestion = _suggest(searcher, words, unknown)
    except Exception:  # a broken index degrades to a friendly page, never a 500
        log.exception("search failed for site %s", site.pk)
        result.hits, result.total, result.unavailable = [], 0, True
    return result
