"""Daily figures per SWV that outlive the chat purge: counts, and of what parents wrote only de-identified questions
that several asked; nothing that leads back to a person. The chats themselves are deleted after each SWV's retention period (chat/retention.py); the
figures of a year are read from these rows, and only the days not yet stored from the chats themselves (daily.py)."""

from django.db import models
from wagtail.models import Site


class StoredThrough(models.Model):
    """Per SWV: the last day whose figures are stored in the tables below. Later days are read from the chats."""

    site = models.OneToOneField(Site, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()


class DailyRow(models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()  # Europe/Amsterdam

    class Meta:
        abstract = True


class MessageDay(DailyRow):
    """Parent messages of one day by the topic of the reply and their outcome: the CSV export's lines."""

    topic = models.CharField(max_length=60, blank=True)
    outcome = models.CharField(max_length=20)
    count = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "day", "topic", "outcome"],
                                               name="insights_message_day_unique")]


class ConversationDay(DailyRow):
    """Conversations started on one day, how their parents rated them, and the call-back requests of that day."""

    conversations = models.PositiveIntegerField(default=0)
    callback_requests = models.PositiveIntegerField(default=0)
    rated_1 = models.PositiveIntegerField(default=0)
    rated_2 = models.PositiveIntegerField(default=0)
    rated_3 = models.PositiveIntegerField(default=0)
    rated_4 = models.PositiveIntegerField(default=0)
    rated_5 = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "day"], name="insights_conversation_day_unique")]


class HandoverDay(DailyRow):
    """Conversations handed over to the Loket on one day, by reason and by whole minutes until an adviser took the
    chat (null: nobody took it). Minutes rather than a daily median, so that the median of any period is exact."""

    reason = models.CharField(max_length=40)
    wait_minutes = models.PositiveIntegerField(null=True)
    count = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["site", "day"])]


class SearchKind(models.TextChoices):
    SITE = "zoeken", "Zoeken op de site"
    SCHOOLS = "scholen", "Scholen zoeken"


class SearchMissVisit(DailyRow):
    """Today's searches that found nothing, one row per query and visitor. The visitor is a hash of the address and
    browser with a salt of the day (VisitorSalt) that is deleted afterwards: it tells visitors apart within a day and
    cannot be traced back. Turned into SearchMissDay counts, and deleted, when the day is stored."""

    kind = models.CharField(max_length=10, choices=SearchKind.choices)
    query = models.CharField(max_length=80)
    visitor = models.CharField(max_length=16)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "day", "kind", "query", "visitor"],
                                               name="insights_search_miss_once_per_visitor")]


class SearchMissDay(DailyRow):
    """How many different visitors searched for this (normalised, short) query on this day and found nothing."""

    kind = models.CharField(max_length=10, choices=SearchKind.choices)
    query = models.CharField(max_length=80)
    visitors = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["site", "day"])]


class UnansweredDay(DailyRow):
    """A question the assistant did not understand, after de-identification (portal/learning/deidentify.py) and
    normalisation, with the number of conversations that asked it on this day. Shown only once MIN_VISITORS
    conversations asked it; forgotten after the retention period if it never got there."""

    text = models.CharField(max_length=120)
    conversations = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["site", "day"])]


class VisitorSalt(models.Model):
    """The random salt of one day for SearchMissVisit.visitor; deleted once the day is over."""

    day = models.DateField(primary_key=True)
    salt = models.CharField(max_length=64)


class AnswerViewDay(DailyRow):
    """How often the answer page of a topic was opened on one day (every view counts, cached or not)."""

    topic = models.CharField(max_length=60)
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["site", "day", "topic"], name="insights_answer_view_day_unique")]
