"""Conversations between a parent and the assistant (later an adviser), and their messages.

No names, no IP addresses: a conversation is known by a random id and a token that only the parent's
browser holds (we keep its hash)."""

import hashlib
import secrets

from django.db import models
from wagtail.models import Site


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

    class Meta:
        ordering = ["-created"]
        verbose_name = "Gesprek"
        verbose_name_plural = "Gesprekken"

    def __str__(self):
        return f"Gesprek {self.id[:8]} ({self.get_state_display()})"

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
    text = models.TextField()
    topic = models.CharField(max_length=60, blank=True)
    buttons = models.JSONField(default=list, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["conversation", "id"]), models.Index(fields=["conversation", "sender", "created"])]
        verbose_name = "Bericht"
        verbose_name_plural = "Berichten"

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "sender": self.sender,
            "text": self.text,
            "created": self.created.isoformat(),
            "topic": self.topic or None,
            "buttons": self.buttons,
        }
