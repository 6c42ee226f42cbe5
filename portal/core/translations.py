"""Pages in two languages with Wagtail's own localisation: every English page is a translation of a Dutch one
(same translation key, a page tree per locale). Which translation a reader gets, and whether it is still true."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

DUTCH = settings.LANGUAGE_CODE
LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]


def locale_for(language_code: str) -> Locale:
    return Locale.objects.get(language_code=language_code)


def current_language() -> str:
    """The language of this request: English under /en/, else Dutch (LocaleMiddleware reads it from the URL)."""
    language = translation.get_language() or DUTCH
    return language if language in LANGUAGE_CODES else DUTCH


def live_translation(page: Page, language_code: str) -> Page | None:
    """The page's live version in that language, or None."""
    if page.locale.language_code == language_code:
        return page
    return (Page.objects.live().public().filter(translation_key=page.translation_key,
                                                  locale__language_code=language_code).specific().first())


def is_out_of_date(page: Page) -> bool:
    """A translation whose Dutch original was published after it: an editor changed the Dutch text since."""
    if page.locale.language_code == DUTCH or page.last_published_at is None:
        return False
    original = (Page.objects.live().filter(translation_key=page.translation_key, locale__language_code=DUTCH)
                .values_list("last_published_at", flat=True).first())
    return bool(original and original > page.last_published_at)


def alternate_urls(request, page: Page | None = None, known: dict | None = None) -> dict[str, str]:
    """The URL of what the reader sees in each language that has it, for the language switch and hreflang:
    `known` where a view worked it out itself (an answer under its index), else the page's live translations,
    else the same view's URL under the other language prefix (search, schools)."""
    if known is not None:
        return {code: url for code, url in known.items() if url}
    if page is not None:
        urls = {}
        for code in LANGUAGE_CODES:
            other = live_translation(page, code)
            if other is not None:
                urls[code] = other.get_url(request=request)
        return urls
    return {code: translate_url(request.get_full_path(), code) for code in LANGUAGE_CODES}
