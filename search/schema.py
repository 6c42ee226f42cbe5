"""The Whoosh schemas of the site search and their analyzers: Dutch, and English for the pages under /en/."""

from whoosh.analysis import LanguageAnalyzer
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

# Dutch stop words and Snowball stemming: "toelaatbaarheidsverklaringen" finds "toelaatbaarheidsverklaring".
dutch = LanguageAnalyzer("nl")
# English stop words and stemming for the English pages: "appeals" finds "appeal".
english = LanguageAnalyzer("en")
ANALYZERS = {"nl": dutch, "en": english}


def page_schema(language: str = "nl") -> Schema:
    """The pages of one language (an index per language): the same fields, that language's analyzer."""
    analyzer = ANALYZERS[language]
    return Schema(
        doc_id=ID(unique=True, stored=True),
        site=ID(stored=True),
        kind=ID(stored=True),
        url=STORED,
        title=TEXT(analyzer=analyzer, stored=True, field_boost=3.0, spelling=True),
        # Summary: what the result list shows when nothing in the body is highlighted.
        summary=STORED,
        body=TEXT(analyzer=analyzer, stored=True, spelling=True),
        # How parents ask for this page (the answers' example phrasings): found, never shown.
        phrasings=TEXT(analyzer=analyzer, field_boost=0.5),
    )


def school_schema() -> Schema:
    """One document per school of a site; the facets are exact, sortable values."""
    return Schema(
        doc_id=ID(unique=True, stored=True),
        site=ID(stored=True),
        slug=STORED,
        url=STORED,
        brin=STORED,
        vestiging=STORED,
        name=TEXT(analyzer=dutch, stored=True, field_boost=3.0),
        name_sort=ID(sortable=True),
        type=ID(stored=True, sortable=True),
        place=ID(stored=True, sortable=True),
        municipality=ID(stored=True, sortable=True),
        denomination=ID(stored=True, sortable=True),
        level=KEYWORD(stored=True, commas=True, lowercase=False),
        # The support tags the school's approved profile lists (slugs, several per school).
        tag=KEYWORD(stored=True, commas=True, lowercase=False, scorable=True),
        # What the school offers in its own words, and the labels of its tags. Never its limits: a search for
        # "lift" must not find the school that says it has none.
        text=TEXT(analyzer=dutch),
        location=TEXT(analyzer=dutch, field_boost=2.0),
        school_year=STORED,
        is_current=STORED,
        is_example=STORED,
        has_profile=STORED,
    )
