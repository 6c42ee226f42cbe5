"""Which answer a site gives for a topic: the one place that decides it (site pages, bot API, search, inbox)."""

from itertools import groupby

from wagtail.models import Site

from .models import AnswerIndexPage, AnswerPage, NationalAnswersPage, Topic


def answer_index(*, site: Site) -> AnswerIndexPage | None:
    if site is None:
        return None
    return AnswerIndexPage.objects.live().descendant_of(site.root_page, inclusive=True).first()


def _live_answers_under(parent):
    return AnswerPage.objects.live().public().child_of(parent).select_related("topic")


def effective_answers(*, site: Site) -> dict[str, AnswerPage]:
    """Every topic key with the answer this site gives: its own override, else the national answer."""
    answers = {}
    national_root = NationalAnswersPage.objects.first()
    if national_root is not None:
        answers.update({a.topic.key: a for a in _live_answers_under(national_root)})
    index = answer_index(site=site)
    if index is not None:
        answers.update({a.topic.key: a for a in _live_answers_under(index)})
    return answers


def effective_answer(*, site: Site, key: str) -> AnswerPage | None:
    index = answer_index(site=site)
    if index is not None:
        override = _live_answers_under(index).filter(topic__key=key).first()
        if override is not None:
            return override
    return national_answer(key=key)


def national_answer(*, key: str) -> AnswerPage | None:
    national_root = NationalAnswersPage.objects.first()
    if national_root is None:
        return None
    return _live_answers_under(national_root).filter(topic__key=key).first()


def answer_url(*, site: Site, answer: AnswerPage) -> str | None:
    """The path on this site where the answer is shown (national answers have no page of their own)."""
    index = answer_index(site=site)
    if index is None:
        return None
    return index.get_url(current_site=site) + answer.topic.slug + "/"


def answers_by_group(*, site: Site) -> list[tuple[str, list[tuple[AnswerPage, str]]]]:
    """The site's answers as (group, [(answer, url)]) in the order of the topic list."""
    answers = effective_answers(site=site)
    topics = [t for t in Topic.objects.all() if t.key in answers]
    return [
        (group, [(answers[t.key], answer_url(site=site, answer=answers[t.key])) for t in members])
        for group, members in groupby(sorted(topics, key=lambda t: (_group_position(topics, t.group), t.position)),
                                      key=lambda t: t.group)
    ]


def _group_position(topics, group):
    return min(t.position for t in topics if t.group == group)


def related_answers(*, site: Site, topics) -> list[tuple[AnswerPage, str]]:
    """The site's effective answers for these topics, with their URLs, in the given order."""
    answers = effective_answers(site=site)
    return [(answers[t.key], answer_url(site=site, answer=answers[t.key])) for t in topics if t.key in answers]


def answer_context(*, answer: AnswerPage, request) -> dict:
    """What an answer's page shows beside the answer itself."""
    site = Site.find_for_request(request)
    return {
        "answer": answer,
        "answer_url": answer_url(site=site, answer=answer),
        "related": related_answers(site=site, topics=answer.related_topics.all()),
    }
