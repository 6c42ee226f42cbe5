"""Template filters and tags every page uses: cleaned rich text and glossary links."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Site

from portal.core.blocks import render_stream as _render_stream
from portal.core.glossary import glossary_url, link_first_mentions
from portal.core.sanitize import clean_rich_text as _clean_rich_text

register = template.Library()


@register.filter
def clean_rich_text(source):
    return mark_safe(_clean_rich_text(str(source)))


@register.simple_tag(takes_context=True)
def with_glossary_links(context, html):
    """Link the first mention of each glossary term in this HTML to the site's glossary."""
    request = context.get("request")
    url = glossary_url(request) if request else None
    if not url:
        return mark_safe(str(html))
    return mark_safe(link_first_mentions(str(html), url, Site.find_for_request(request)))


@register.simple_tag
def render_stream(stream):
    """A StreamField's blocks rendered to one HTML string (for further filtering)."""
    return mark_safe(_render_stream(stream))
