"""Template filters and tags every page uses: cleaned rich text, glossary links, the page in each language."""

from django import template
from django.conf import settings
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from portal.core.blocks import render_stream as _render_stream
from portal.core.glossary import glossary_url, link_first_mentions
from portal.core.sanitize import clean_rich_text as _clean_rich_text
from portal.core.translations import alternate_urls, current_language, live_translation

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


@register.simple_tag(takes_context=True)
def page_languages(context):
    """This page in each language, for hreflang and the language switch: `alternates` holds the real equivalents
    ({code: url}); `switch` the other languages with where to go (the equivalent, else that language's home)."""
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    current = current_language()
    alternates = alternate_urls(request, page, context.get("alternates"))
    site = context.get("current_site")
    switch = []
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        url = alternates.get(code)
        if url is None and site is not None:
            home = live_translation(site.root_page, code)
            url = home.get_url(request=request) if home else None
        if url:
            switch.append({"code": code, "name": name, "url": url, "same_page": code in alternates})
    # hreflang wants whole addresses, and only pages that exist in more than one language.
    absolute = {code: request.build_absolute_uri(url) for code, url in alternates.items()}
    return {"current": current, "alternates": absolute if len(absolute) > 1 else {}, "switch": switch}
