"""The one place that decides what a site's search documents look like."""

from collections.abc import Iterator

from django.utils import translation
from django.utils.html import strip_tags
from wagtail.models import Page, Site

from portal.answers.models import AnswerIndexPage, AnswerPage
from portal.answers.rendering import answer_text
from portal.answers.selectors import answer_url, answers_url, effective_answers, national_answer
from portal.core.blocks import render_stream
from portal.core.translations import DUTCH, locale_for


def plain_text(text: str) -> str:
    """Text without tags, control characters or runs of white space."""
    text = strip_tags(text or "")
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _page_text(page) -> str:
    parts = [getattr(page, "intro", "") or ""]
    for field in ("steps", "body", "note"):
        stream = getattr(page, field, None)
        if stream is not None:
            parts.append(render_stream(stream))
    return plain_text(" ".join(str(p) for p in parts))


def documents_for_site(site: Site, language: str = DUTCH) -> Iterator[dict]:
    """Every searchable thing on this site in one language: its live public pages in that language's tree (the
    Dutch tree is the site's root, the English one its translation under /en/) and the answers it gives in it."""
    base = answers_url(site=site, language=language)
    for answer in effective_answers(site=site, language=language).values():
        yield answer_document(site, answer, base, language)
    root = site.root_page if language == DUTCH else site.root_page.get_translation_or_none(locale_for(language))
    if root is None:
        return
    pages = (
        Page.objects.live().public().descendant_of(root, inclusive=True)
        .not_type(AnswerPage).not_type(AnswerIndexPage).specific()
    )
    for page in pages:
        text = _page_text(page)
        yield {
            "doc_id": f"{site.pk}:{page.pk}",
            "site": str(site.pk),
            "kind": "procedure" if page.specific_class.__name__ == "ProcedurePage" else "page",
            "url": page.get_url(current_site=site),
            "title": page.title,
            "summary": plain_text(getattr(page, "intro", "") or "")[:300] or text[:300],
            "body": text,
            "phrasings": "",
        }


def answer_document(site: Site, answer: AnswerPage, base: str, language: str = DUTCH) -> dict:
    phrasings = answer.examples
    # An override is asked for in the same words as the national answer it replaces. Those are Dutch: an English
    # answer has only its own (none in the demo; the English assistant learns its phrasings elsewhere).
    if not phrasings and language == DUTCH:
        phrasings = getattr(national_answer(key=answer.topic.key), "examples", [])
    return {
        "doc_id": f"{site.pk}:answer:{answer.topic.key}",
        "site": str(site.pk),
        "kind": "answer",
        "url": answer_url(site=site, answer=answer, base=base),
        "title": answer.title,
        "summary": answer.short_answer,
        "body": plain_text(f"{answer.short_answer} {answer_text(answer)}"),
        "phrasings": " ".join(phrasings),
    }


def school_documents_for_site(site: Site) -> Iterator[dict]:
    """A document per school of the site, with what its live (approved) profile says."""
    from portal.schools.models import School

    schools = (School.objects.filter(site=site).select_related("profile")
               .prefetch_related("profile__tags"))
    for school in schools:
        yield school_document(school)


def school_document(school) -> dict:
    return {k: v for k, v in _school_fields(school).items() if v is not None}


def _dutch_url(school) -> str:
    with translation.override(DUTCH):
        return school.get_absolute_url()


def _school_fields(school) -> dict:
    profile = getattr(school, "profile", None)
    live = profile if profile is not None and profile.live else None
    tags = list(live.tags.all()) if live else []
    text = [school.name]
    if live:
        text += [live.summary, live.expertise, live.facilities, *(t.label for t in tags)]
    return {
        "doc_id": str(school.pk),
        "site": str(school.site_id),
        "slug": school.slug,
        # Dutch whatever language is active while indexing (an editor working in English): the API that returns it
        # is Dutch, and the English pages make their own links.
        "url": _dutch_url(school),
        "brin": school.brin,
        "vestiging": school.vestiging,
        "name": school.name,
        "name_sort": school.name.lower(),
        "type": school.type,
        "place": school.place or None,
        "municipality": school.municipality,
        "denomination": school.denomination or None,
        "tag": ",".join(t.slug for t in tags) or None,
        "level": ",".join(school.level_list) or None,
        "text": plain_text(" ".join(text)),
        "location": " ".join(filter(None, [school.place, school.municipality, school.street, school.postcode])),
        "school_year": live.school_year if live else "",
        "is_current": bool(live and live.is_current),
        "is_example": bool(live and live.is_example),
        "has_profile": live is not None,
    }
