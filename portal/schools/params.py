"""Reading a school search from a URL's parameters: the same for the page and for the bot API.

The API turns a bad parameter into a 400 with a Dutch message; the page ignores it and says so, in the page's
language (the API's address has no language prefix, so it is always Dutch).
"""

import re

from django.http import QueryDict
from django.utils.translation import gettext as _

from search.query import MAX_QUERY_CHARS
from search.schools import FACETS, SORTS, SchoolSearch, Vocabulary

from .models import LEVELS, SchoolType

MAX_VALUES_PER_FACET = 20
MAX_VALUE_CHARS = 120


class BadParameter(ValueError):
    pass


def parse_search(params: QueryDict, vocabulary: Vocabulary, *, extra_allowed=()) -> SchoolSearch:
    unknown = set(params) - {"q", "sort", "p", *FACETS, *extra_allowed}
    if unknown:
        raise BadParameter(_("Onbekende parameter: %(name)s. Gebruik q, %(facets)s, sort of p.") % {
            "name": sorted(unknown)[0], "facets": ", ".join(FACETS)})
    text = params.get("q", "")
    if len(text) > 10 * MAX_QUERY_CHARS:
        raise BadParameter(_("De zoektekst is te lang (meer dan %(max)s tekens).") % {"max": 10 * MAX_QUERY_CHARS})
    filters = {}
    for name in FACETS:
        values = [v.strip() for v in params.getlist(name) if v.strip()]
        if len(values) > MAX_VALUES_PER_FACET or any(len(v) > MAX_VALUE_CHARS for v in values):
            raise BadParameter(_("Te veel of te lange waarden voor %(name)s.") % {"name": name})
        if name == "tag":
            wrong = [v for v in values if v not in vocabulary.tags]
            if wrong:
                raise BadParameter(_("Onbekende soort ondersteuning: %(value)s.") % {"value": wrong[0]})
        if name == "type":
            wrong = [v for v in values if v not in SchoolType.values]
            if wrong:
                raise BadParameter(_("Onbekende soort school: %(value)s. Kies uit %(choices)s.") % {
                    "value": wrong[0], "choices": ", ".join(SchoolType.values)})
        if name == "level":
            wrong = [v for v in values if v not in LEVELS]
            if wrong:
                raise BadParameter(_("Onbekend niveau: %(value)s. Kies uit %(choices)s.") % {
                    "value": wrong[0], "choices": ", ".join(LEVELS)})
        if values:
            filters[name] = values
    sort = params.get("sort", "relevance")
    if sort not in SORTS:
        raise BadParameter(_("Sorteren kan op relevance of name."))
    try:
        page = int(params.get("p", "1"))
    except ValueError:
        raise BadParameter(_("p moet een paginanummer zijn.")) from None
    if not 1 <= page <= 1000:
        raise BadParameter(_("p moet tussen 1 en 1000 liggen."))
    return SchoolSearch(text=text, filters=filters, sort=sort, page=page)


def lenient_search(params: QueryDict, vocabulary: Vocabulary) -> tuple[SchoolSearch, str | None]:
    """For the page: drop what is wrong, keep the rest, and tell the parent."""
    try:
        return parse_search(params, vocabulary, extra_allowed=params.keys()), None
    except BadParameter as problem:
        cleaned = QueryDict(mutable=True)
        cleaned.setlist("q", [params.get("q", "")[: 10 * MAX_QUERY_CHARS]])
        for name in FACETS:
            values = params.getlist(name)
            if name == "tag":
                values = [v for v in values if v in vocabulary.tags]
            elif name == "type":
                values = [v for v in values if v in SchoolType.values]
            elif name == "level":
                values = [v for v in values if v in LEVELS]
            cleaned.setlist(name, [v[:MAX_VALUE_CHARS] for v in values][:MAX_VALUES_PER_FACET])
        if params.get("sort") in SORTS:
            cleaned["sort"] = params["sort"]
        if re.fullmatch(r"[0-9]{1,4}", params.get("p", "")) and 1 <= int(params["p"]) <= 1000:
            cleaned["p"] = params["p"]
        return parse_search(cleaned, vocabulary), "{} {}".format(problem, _("Dat deel hebben we overgeslagen."))
