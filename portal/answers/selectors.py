"""Which answer a site gives for a topic: the one place that decides it (site pages, bot API, search, inbox)."""

from itertools import groupby

from wagtail.models import Site

from .models import AnswerIndexPage, AnswerPage, NationalAnswersPage


def answer_index(*, site: Site) -> AnswerIndexPage | None:
    if site is None:
        return None
    return AnswerIndexPage.objects.live().descendant_of(site.root_page, inclusive=True).first()


def _live_answers_under(parent, keys=None):
    answers = AnswerPage.objects.live().public().child_of(parent).select_related("topic")
    return answers if keys is None else answers.filter(topic__key__in=keys)


def _effective(site: Site, keys=None) -> dict[str, AnswerPage]:
    answers = {}
    national_root = NationalAnswersPage.objects.first()
    if national_root is not None:
        answers.update({a.topic.key: a for a in _live_answers_under(national_root, keys)})
    index = answer_index(site=site)
    if index is not None:
        answers.update({a.topic.key: a for a in _live_answers_under(index, keys)})
    return answers


def effective_answers(*, site: Site) -> dict[str, AnswerPage]:
    """Every topic key with the answer this site gives: its own override, else the national answer."""
    return _effective(site)


def effective_answer(*, site: Site, key: str) -> AnswerPage | None:
    return _effective(site, [key]).get(key)


def national_answer(*, key: str) -> AnswerPage | None:
    national_root = NationalAnswersPage.objects.first()
    if national_root is None:
        return None
    return _live_answers_under(national_root, [key]).first()


def answers_url(*, site: Site) -> str | None:
    """The path of the site's "Vragen van ouders"; an answer is shown at this path + its topic slug."""
    index = answer_index(site=site)
    return index.get_url(current_site=site) if index else None


def answer_url(*, site: Site, answer: AnswerPage, base: str | None = None) -> str | None:
    """The path on this site where the answer is shown (national answers have no page of their own)."""
    base = base or answers_url(site=site)
    return base + answer.topic.slug + "/" if base else None


def answers_by_group(*, site: Site) -> list[tuple[str, list[tuple[AnswerPage, str]]]]:
    """The site's answers as (group, [(answer, url)]), groups and answers in the order of the topic list."""
    base = answers_url(site=site)
    answers = sorted(effective_answers(site=site).values(), key=lambda a: a.topic.position)
    first_position = {}
    for answer in answers:
        first_position.setdefault(answer.topic.group, answer.topic.position)
    answers.sort(key=lambda a: (first_position[a.topic.group], a.topic.position))
    return [(group, [(a, answer_url(site=site, answer=a, base=base)) for a in members])
            for group, members in groupby(answers, key=lambda a: a.topic.group)]


def related_answers(*, site: Site, topics) -> list[tuple[AnswerPage, str]]:
    """The site's effective answers for these topics, with their URLs, in the given order."""
    keys = [t.key for t in topics]
    answers = _effective(site, keys)
    base = answers_url(site=site)
    return [(answers[k], answer_url(site=site, answer=answers[k], base=base)) for k in keys if k in answers]


def answer_context(*, answer: AnswerPage, request) -> dict:
    """What an answer's page shows beside the answer itself."""
    site = Site.find_for_request(request)
    return {
        "answer": answer,
        "answer_url": answer_url(site=site, answer=answer),
        "related": related_answers(site=site, topics=answer.related_topics.all()),
    }
