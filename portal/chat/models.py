"""Conversations between a parent and the assistant or a Loket adviser, their messages, the advisers' notes,
call-back requests, and who opened which transcript.

No names, no IP addresses: a conversation is known by a random id and a token that only the parent's
browser holds (we keep its hash). A call-back request holds only what the parent chose to give."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from wagtail.models import Site

from .outcomes import Outcome


def new_conversation_id() -> str:
    return secrets.token_hex(12)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Conversation(models.Model):
    class State(models.TextChoices):
        BOT = "bot", "Assistent"
        WAITING = "waiting", "Wacht op adviseur"
        STAFF = "staff", "Adviseur"
        CLOSED = "closed", "Gesloten"

    id = models.CharField(primary_key=True, max_length=32, default=new_conversation_id, editable=False)
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="conversations")
    token_hash = models.CharField(max_length=64)
    state = models.CharField(max_length=10, choices=State.choices, default=State.BOT)
    handoff_reason = models.CharField(max_length=40, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    # The handoff: who answers, since when, how urgent, and what the parent agreed to share.
    handed_off_at = models.DateTimeField(null=True, blank=True)
    assigned_to = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="chats", verbose_name="Adviseur")
    claimed_at = models.DateTimeField(null=True, blank=True)
    urgent = models.BooleanField("Urgent", default=False)
    urgent_reason = models.CharField(max_length=80, blank=True)
    summary = models.TextField("Samenvatting van de ouder", blank=True)
    summary_choice = models.CharField(max_length=8, blank=True, choices=[("shared", "Gedeeld"),
                                                                           ("refused", "Niet gedeeld")])
    closed_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField("Uitkomst", max_length=20, blank=True, choices=[
        ("answered", "Vraag beantwoord"), ("referred", "Doorverwezen"), ("callback", "Terugbelafspraak gemaakt"),
        ("no_reply", "Ouder reageerde niet meer"), ("other", "Anders")])
    rating = models.PositiveSmallIntegerField("Waardering (1-5)", null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        # For the days of Inzichten still read from the chats (portal/insights/daily.py); and for the Loket's waiting
        # chats, counted on every admin page of its advisers (portal/chat/inbox.py), without reading every chat.
        indexes = [models.Index(fields=["site", "created"]), models.Index(fields=["site", "handed_off_at"]),
                   models.Index(fields=["site", "state"])]
        verbose_name = "Gesprek"
        verbose_name_plural = "Gesprekken"

    def __str__(self):
        return f"Gesprek {self.id[:8]} ({self.get_state_display()})"

    @property
    def adviser_name(self) -> str:
        user = self.assigned_to
        return (user.get_full_name() or user.get_username()) if user else ""

    @property
    def language(self) -> str:
        """The language the parent writes in: that of their latest message (Dutch before they wrote anything)."""
        return (self.messages.filter(sender=Message.Sender.PARENT).order_by("-id").values_list("lang", flat=True)
                .first() or "nl")

    def token_matches(self, token: str) -> bool:
        return bool(token) and secrets.compare_digest(self.token_hash, token_hash(token))


class Message(models.Model):
    class Sender(models.TextChoices):
        PARENT = "parent", "Ouder"
        BOT = "bot", "Assistent"
        STAFF = "staff", "Adviseur"
        SYSTEM = "system", "Systeem"

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    sender = models.CharField(max_length=10, choices=Sender.choices)
    # The adviser who wrote a staff message; the parent sees the first name only.
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="+")
    text = models.TextField()
    topic = models.CharField(max_length=60, blank=True)
    buttons = models.JSONField(default=list, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    # The load balancer's id of the request that brought a parent's message (X-Request-ID): when it sends the
    # request again because the web node that had it died, the message is not stored twice.
    request_id = models.CharField(max_length=64, blank=True, default="")
    # On a parent's message, once its turn has ended: what became of it and the topic of the reply
    # (portal/chat/outcomes.py). Blank on other messages and while the turn is still going.
    outcome = models.CharField(max_length=20, blank=True, default="", choices=Outcome.choices)
    answer_topic = models.CharField(max_length=60, blank=True, default="")
    # The language of the text (portal/chat/language.py): a parent's message as detected, the assistant's and the
    # adviser's as written. "nl", "en" or another ISO 639-1 code; the chat API sends it with every message.
    lang = models.CharField(max_length=8, default="nl")

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["conversation", "id"]), models.Index(fields=["conversation", "sender", "created"]),
                   # Inzichten: the parent messages of the days not yet stored, without reading the assistant's
                   models.Index(fields=["sender", "created"])]
        constraints = [
            models.UniqueConstraint(fields=["conversation", "request_id"], condition=~models.Q(request_id=""),
                                    name="chat_message_one_per_request"),
        ]
        verbose_name = "Bericht"
        verbose_name_plural = "Berichten"

    @property
    def author_name(self) -> str:
        """For the inbox: the adviser's full name (the parent sees the first name only)."""
        if self.author is None:
            return "Adviseur"
        return self.author.get_full_name() or self.author.get_username()

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "sender": self.sender,
            "text": self.text,
            "created": self.created.isoformat(),
            "topic": self.topic or None,
            "buttons": self.buttons,
            "lang": self.lang,
            **({"author": self.author.first_name or "Adviseur"} if self.sender == self.Sender.STAFF and self.author
               else {}),
        }


class StaffNote(models.Model):
    """An adviser's internal note on a conversation; the parent never sees it."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = models.TextField(max_length=2000)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created"]


class TranscriptAccess(models.Model):
    """Who opened or changed which conversation, and when (AVG: access to sensitive data is logged).
    Kept when the conversation is purged, by its id only."""

    conversation_id = models.CharField(max_length=32, db_index=True)
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=20)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]


class CallbackRequest(models.Model):
    """A parent's request to be called or mailed back, left when no adviser could answer in the chat."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CALLED = "called", "Gebeld of gemaild"
        CLOSED = "closed", "Afgehandeld"

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="callback_requests")
    conversation = models.ForeignKey(Conversation, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="callback_requests")
    name = models.CharField("Naam", max_length=100)
    phone = models.CharField("Telefoonnummer", max_length=30, blank=True)
    email = models.EmailField("E-mailadres", blank=True)
    best_moment = models.CharField("Beste moment", max_length=100, blank=True)
    description = models.TextField("Waar gaat het over?", max_length=1000, blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.OPEN)
    handled_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = "Terugbelverzoek"
        verbose_name_plural = "Terugbelverzoeken"

    def __str__(self):
        return f"Terugbelverzoek {self.name} ({self.get_status_display()})"


class AdviserPresence(models.Model):
    """When an adviser last had the inbox open: parents see that someone is there, also outside set hours."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    last_seen = models.DateTimeField()
