"""The one allow-list that editors' rich text passes through before a page or the bot shows it."""

import bleach

ALLOWED_TAGS = frozenset({
    "p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "b", "em", "i", "a", "abbr", "blockquote",
    "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "caption", "code", "sup", "sub",
})
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "lang"], "abbr": ["title"], "th": ["scope"], "td": ["colspan"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})

_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
)


def clean_html(html: str) -> str:
    """Return editor HTML reduced to the allow-list: no scripts, styles, event handlers or foreign tags."""
    return _cleaner.clean(html or "")


def clean_rich_text(source: str) -> str:
    """Wagtail's stored rich text, with its internal links expanded, reduced to the allow-list."""
    from wagtail.rich_text import expand_db_html

    return clean_html(expand_db_html(source or ""))
