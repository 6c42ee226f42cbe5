"""What became of a parent's message: the one reading of the assistant's replies that the review list, the insights
and their CSV export all use (design.md, "Insights export").

The outcome is stored on the parent's message when its turn ends, so figures never have to re-read the replies."""

from django.db import models

HANDOFF_TOPIC = "handoff"
FALLBACK_TOPIC = "fallback"
OUT_OF_SCOPE_TOPIC = "out_of_scope"
# The button every "not sure" reply carries; a reply that offers only this one did not clarify anything.
HUMAN_PAYLOAD = "/request_human"


class Outcome(models.TextChoices):
    ANSWERED = "beantwoord", "Beantwoord"
    CLARIFIED = "verduidelijkt", "Verduidelijkt (onderwerpen als knoppen)"
    NOT_UNDERSTOOD = "niet_begrepen", "Niet begrepen"
    HANDED_OVER = "doorverbonden", "Doorverbonden"
    OUT_OF_SCOPE = "buiten_bereik", "Buiten bereik"


def outcome_of(replies, *, answered_by_staff: bool = False) -> tuple[str, str]:
    """(outcome, topic) of one turn, from the bot and system messages that followed the parent's message.

    `answered_by_staff`: the conversation was already with the Loket (waiting or staff), so the assistant kept
    silent and the message counts as handed over, without a topic. A turn without any bot reply (the assistant was
    unreachable) was not understood."""
    if answered_by_staff:
        return Outcome.HANDED_OVER, ""
    bot = [reply for reply in replies if reply.sender == "bot"]
    topics = [reply.topic for reply in bot]
    if HANDOFF_TOPIC in topics:
        return Outcome.HANDED_OVER, HANDOFF_TOPIC
    if OUT_OF_SCOPE_TOPIC in topics:
        return Outcome.OUT_OF_SCOPE, OUT_OF_SCOPE_TOPIC
    answered = [topic for topic in topics if topic and topic != FALLBACK_TOPIC]
    if answered:
        return Outcome.ANSWERED, answered[0]
    if any(button.get("payload") != HUMAN_PAYLOAD for reply in bot for button in reply.buttons or []):
        return Outcome.CLARIFIED, FALLBACK_TOPIC
    return Outcome.NOT_UNDERSTOOD, FALLBACK_TOPIC if bot else ""
