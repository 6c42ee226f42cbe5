"""What the Inzichten page and its CSV show: read from the daily figures (daily.rows), never from a chat's text."""

import datetime
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Sum

from portal.answers.models import Topic
from portal.chat.outcomes import FALLBACK_TOPIC, HANDOFF_TOPIC, OUT_OF_SCOPE_TOPIC, Outcome

from . import daily
from .models import AnswerViewDay, SearchKind

# The topics of replies that are not an answer on a subject; the outcomes show them.
NOT_A_SUBJECT = {"", FALLBACK_TOPIC, HANDOFF_TOPIC, OUT_OF_SCOPE_TOPIC, "greet", "goodbye", "thanks", "bot_challenge"}
OUTCOME_LABELS = {Outcome.ANSWERED: "Beantwoord", Outcome.CLARIFIED: "Verduidelijkt (met keuzeknoppen)",
                  Outcome.NOT_UNDERSTOOD: "Niet begrepen", Outcome.HANDED_OVER: "Doorverbonden met het Loket",
                  Outcome.OUT_OF_SCOPE: "Buiten bereik (geen vraag voor ons)"}
# handoff_reason as the chat sets it (chat/services.py, chat/safety_net.py, chat/api.py), in plain words.
REASON_LABELS = {
    "assistent": "De assistent verwees door",
    "ouder": "Ouder koos 'Praat met een adviseur'",
    "ouder vraagt een adviseur": "Ouder vroeg in de chat om een adviseur",
    "crisis": "Zorgelijke woorden",
    "eigen situatie (assistent weg)": "Eigen situatie, assistent niet bereikbaar",
}
TOP = 15


@dataclass
class Period:
    first: datetime.date
    last: datetime.date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass
class Overview:
    period: Period
    weeks: list = field(default_factory=list)  # (monday, conversations, parent messages)
    messages: int = 0
    conversations: int = 0
    topics: list = field(default_factory=list)  # (key, label, count), most asked first
    outcomes: list = field(default_factory=list)  # (key, label, count)
    handovers: list = field(default_factory=list)  # (label, count)
    handed_over: int = 0
    taken: int = 0
    median_wait_minutes: float | None = None
    callback_requests: int = 0
    ratings: list = field(default_factory=list)  # (score, count)
    rated: int = 0
    average_rating: float | None = None
    answers_opened: list = field(default_factory=list)  # (label, views)
    search_misses: dict = field(default_factory=dict)  # kind -> [(query, visitors)]
    unanswered: list = field(default_factory=list)  # (de-identified question, conversations), most asked first


def monday(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def default_period(today: datetime.date) -> Period:
    """The last 12 weeks: this week and the 11 before it."""
    return Period(monday(today) - datetime.timedelta(weeks=11), today)


def topic_labels() -> dict[str, str]:
    return dict(Topic.objects.values_list("key", "label"))


def overview(*, site, period: Period) -> Overview:
    result = Overview(period=period)
    first, last = period.first, period.last
    days = daily.span([site.pk], first, last)
    labels = topic_labels()

    weeks = {}
    week = monday(first)
    while week <= last:
        weeks[week] = [0, 0]
        week += datetime.timedelta(weeks=1)
    outcomes = Counter()
    per_day_and_outcome, per_topic = daily.totals(daily.MESSAGES, days, ("day", "outcome"), ("topic",))
    for (day, outcome), (count,) in per_day_and_outcome.items():
        weeks[monday(day)][1] += count
        outcomes[outcome] += count
    topics = Counter({topic: count for (topic,), (count,) in per_topic.items() if topic not in NOT_A_SUBJECT})
    ratings = Counter()
    (per_day,) = daily.totals(daily.CONVERSATIONS, days, ("day",))
    for (day,), (conversations, callbacks, *rated) in per_day.items():
        weeks[monday(day)][0] += conversations
        result.callback_requests += callbacks
        ratings.update({score: n for score, n in enumerate(rated, start=1)})
    result.weeks = [(week, conversations, messages) for week, (conversations, messages) in weeks.items()]
    result.conversations = sum(c for _, c, _ in result.weeks)
    result.messages = sum(outcomes.values())
    result.topics = [(key, labels.get(key, key), count) for key, count in topics.most_common()]
    result.outcomes = [(key, OUTCOME_LABELS[key], outcomes[key]) for key in Outcome.values]

    reasons, waits = Counter(), []
    (per_reason_and_wait,) = daily.totals(daily.HANDOVERS, days, ("reason", "wait_minutes"))
    for (reason, wait), (count,) in per_reason_and_wait.items():
        reasons[reason] += count
        if wait is not None:
            waits.extend([wait] * count)
    result.handovers = [(REASON_LABELS.get(reason, reason or "Onbekend"), count)
                        for reason, count in reasons.most_common()]
    result.handed_over, result.taken = sum(reasons.values()), len(waits)
    result.median_wait_minutes = statistics.median(waits) if waits else None

    result.ratings = [(score, ratings[score]) for score in range(1, 6)]
    result.rated = sum(ratings.values())
    if result.rated:
        result.average_rating = sum(score * n for score, n in ratings.items()) / result.rated

    views = (AnswerViewDay.objects.filter(site=site, day__gte=first, day__lte=last).values_list("topic")
             .annotate(total=Sum("views")).order_by("-total", "topic")[:TOP])
    result.answers_opened = [(labels.get(topic, topic), total) for topic, total in views]

    misses = defaultdict(Counter)
    (per_query,) = daily.totals(daily.SEARCH_MISSES, days, ("kind", "query"))
    for (kind, query), (visitors,) in per_query.items():
        misses[kind][query] = visitors
    result.search_misses = {kind: daily.shown(misses[kind], TOP) for kind in SearchKind.values}

    (per_text,) = daily.totals(daily.UNANSWERED, days, ("text",))
    asked = Counter({text: conversations for (text,), (conversations,) in per_text.items()})
    result.unanswered = daily.shown(asked, TOP)
    return result


def export_rows(*, site_ids, period: Period) -> list[tuple]:
    """(site_id, day, topic, outcome, count) for the CSV, in no particular order."""
    return daily.rows(daily.MESSAGES, daily.span(list(site_ids), period.first, period.last))
