"""Links the first mention of each glossary term in a page's text to the glossary."""

import re

from bs4 import BeautifulSoup, NavigableString
from django.utils.translation import gettext
from wagtail.models import Site

from .models import GlossaryTerm

# Text inside these elements is never turned into a link.
SKIP_PARENTS = {"a", "h1", "h2", "h3", "h4", "abbr", "code", "mark", "button", "label"}


def glossary_url(request) -> str | None:
    from portal.pages.models import GlossaryPage

    site = Site.find_for_request(request)
    if site is None:
        return None
    page = GlossaryPage.objects.live().descendant_of(site.root_page).first()
    # The English glossary on English pages, where there is one (`localized` follows the request's language).
    return page.localized.get_url(request=request) if page else None


def _patterns(site):
    patterns = []
    for term in GlossaryTerm.objects.for_site(site):
        names = sorted(term.names, key=len, reverse=True)
        # An abbreviation matches only as written (TLV); a word in any case (Zorgplicht, zorgplicht).
        alternatives = "|".join(re.escape(n) if n == term.abbreviation else f"(?i:{re.escape(n)})" for n in names)
        patterns.append((term, re.compile(rf"(?<![\w-])({alternatives})(?![\w-])")))
    return patterns


def link_first_mentions(html: str, glossary_page_url: str, site=None) -> str:
    """Link the first mention of each of the site's terms (national and its own; national only without a site)."""
    soup = BeautifulSoup(html, "html.parser")
    remaining = _patterns(site)
    for text_node in list(soup.find_all(string=True)):
        if not remaining:
            break
        if not isinstance(text_node, NavigableString) or any(p.name in SKIP_PARENTS for p in text_node.parents):
            continue
        for term, pattern in list(remaining):
            match = pattern.search(str(text_node))
            if not match:
                continue
            before, word, after = (str(text_node)[: match.start()], match.group(1), str(text_node)[match.end():])
            link = soup.new_tag("a", href=f"{glossary_page_url}#{term.slug}", attrs={"class": "begrip"})
            link["title"] = gettext("Uitleg: %(term)s") % {"term": term.term}
            link.string = word
            new_nodes = [NavigableString(before), link, NavigableString(after)]
            text_node.replace_with(*new_nodes)
            remaining.remove((term, pattern))
            text_node = new_nodes[2]
    return str(soup)
