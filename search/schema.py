"""The Whoosh schema of the site search and its Dutch analyzer."""

from whoosh.analysis import LanguageAnalyzer
from whoosh.fields import ID, STORED, TEXT, Schema

# Dutch stop words and Snowball stemming: "toelaatbaarheidsverklaringen" finds "toelaatbaarheidsverklaring".
dutch = LanguageAnalyzer("nl")


def page_schema() -> Schema:
    return Schema(
        doc_id=ID(unique=True, stored=True),
        site=ID(stored=True),
        kind=ID(stored=True),
        url=STORED,
        title=TEXT(analyzer=dutch, stored=True, field_boost=3.0, spelling=True),
        # Summary: what the result list shows when nothing in the body is highlighted.
        summary=STORED,
        body=TEXT(analyzer=dutch, stored=True, spelling=True),
        # How parents ask for this page (the answers' example phrasings): found, never shown.
        phrasings=TEXT(analyzer=dutch, field_boost=0.5),
    )
