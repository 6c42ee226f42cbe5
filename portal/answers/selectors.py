"""Which answer a site gives for a topic, in which language: the site pages, bot API, search and inbox ask here.

The deciding is done by the site's `AnswerIndexPage` ("Vragen van ouders", and its English translation); these
functions find that index for a site and a language. They import the models; the models never import them.
"""

from wagtail.models import Site

from portal.core.translations import DUTCH

from .models import AnswerIndexPage, AnswerPage, NationalAnswersPage, live_answers_under


def answer_index(*, site: Site, language: str = DUTCH) -> AnswerIndexPage | None:
    if site is None:
        return None
    index = AnswerIndexPage.objects.live().descendant_of(site.root_page, inclusive=True).first()
    if index is None or language == DUTCH:
        return index
    return AnswerIndexPage.objects.live().filter(translation_key=index.translation_key,
                                                 locale__language_code=language).first()


def effective_answers(*, site: Site, language: str = DUTCH) -> dict[str, AnswerPage]:
    """Every topic key with the answer this site gives: its own override, else the national answer."""
    index = answer_index(site=site, language=language)
    return index.effective_answers() if index else {}


def effective_answer(*, site: Site, key: str, language: str = DUTCH) -> AnswerPage | None:
    index = answer_index(site=site, language=language)
    return index.effective_answers([key]).get(key) if index else None


def national_answer(*, key: str) -> AnswerPage | None:
    national_root = NationalAnswersPage.for_language(DUTCH)
    if national_root is None:
        return None
    return live_answers_under(national_root, [key]).first()


def answers_url(*, site: Site, language: str = DUTCH) -> str | None:
    """The path of the site's "Vragen van ouders"; an answer is shown at this path + its topic slug."""
    index = answer_index(site=site, language=language)
    return index.get_url(current_site=site) if index else None


def answer_url(*, site: Site, answer: AnswerPage, base: str | None = None) -> str | None:
    """The path on this site where the answer is shown, in the answer's own language."""
    base = base or answers_url(site=site, language=answer.locale.language_code)
    return base + answer.topic.slug + "/" if base else None


def related_answers(*, site: Site, topics, language: str = DUTCH) -> list[tuple[AnswerPage, str]]:
    """The site's effective answers for these topics, with their URLs, in the given order."""
    index = answer_index(site=site, language=language)
    return index.related_answers(topics) if index else []
