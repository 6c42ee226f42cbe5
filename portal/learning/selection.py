"""Which parent messages the review list shows: the ones the assistant did not serve well, not yet labelled.

A parent message is listed when
- the assistant did not understand it (niet_begrepen) or only offered topics as buttons (verduidelijkt);
- the assistant handed the chat over because it failed twice: the message was doorverbonden by the assistant (its
  reply had the handoff topic) right after a parent message that was niet_begrepen or verduidelijkt;
- the assistant answered it (beantwoord) and the parent's next message was doorverbonden: they asked for a person;
- it is in a chat that the parent rated 1 or 2 (messages the parent wrote to a Loket adviser aside).

Outcomes come from portal/chat/outcomes.py, stored on each parent message when its turn ended. `to_review` says it
in one query over the chats; the list itself reads ReviewItem, which `refresh` keeps in step with the same rules
when a turn ends or a chat is rated (a test checks that both agree)."""

import logging

from django.db import transaction
from django.db.models import OuterRef, Q, Subquery
from django.dispatch import receiver

from portal.chat import signals
from portal.chat.models import Message
from portal.chat.outcomes import HANDOFF_TOPIC, Outcome

from .models import LabelledExample, ReviewItem

log = logging.getLogger(__name__)
FAILED = [Outcome.NOT_UNDERSTOOD, Outcome.CLARIFIED]
LOW_RATINGS = [1, 2]


class Reason:
    NOT_UNDERSTOOD = "Niet begrepen"
    CLARIFIED = "Alleen onderwerpen als knoppen"
    FAILED_TWICE = "Doorverbonden na twee keer niet begrepen"
    PERSON_AFTER_ANSWER = "Beantwoord, daarna vroeg de ouder om een persoon"
    LOW_RATING = "In een gesprek met een lage waardering"


def _parent_messages(site_ids=None):
    messages = Message.objects.filter(sender=Message.Sender.PARENT)
    return messages if site_ids is None else messages.filter(conversation__site_id__in=site_ids)


def _previous_parent(field):
    return Subquery(Message.objects.filter(conversation_id=OuterRef("conversation_id"), sender=Message.Sender.PARENT,
                                           id__lt=OuterRef("id")).order_by("-id").values(field)[:1])


def _next_parent(field):
    return Subquery(Message.objects.filter(conversation_id=OuterRef("conversation_id"), sender=Message.Sender.PARENT,
                                           id__gt=OuterRef("id")).order_by("id").values(field)[:1])


def to_review(site_ids=None):
    """The rules as one query: the parent messages of these sites (None: all) that belong on the list, labelled or
    not, newest first."""
    handed_over = _parent_messages(site_ids).filter(outcome=Outcome.HANDED_OVER).annotate(
        previous_id=_previous_parent("id"), previous_outcome=_previous_parent("outcome"))
    failed_twice = handed_over.filter(answer_topic=HANDOFF_TOPIC, previous_outcome__in=FAILED).values("id")
    person_after_answer = handed_over.filter(previous_outcome=Outcome.ANSWERED).values("previous_id")
    low_rating = Q(conversation__rating__in=LOW_RATINGS) & ~Q(outcome=Outcome.HANDED_OVER, answer_topic="")
    return (_parent_messages(site_ids).exclude(outcome="")
            .filter(Q(outcome__in=FAILED) | Q(id__in=failed_twice) | Q(id__in=person_after_answer) | low_rating)
            .order_by("-created", "-id"))


def to_do(site_ids):
    """The list: what is still to be labelled, newest first (ReviewItems, with their messages)."""
    return (ReviewItem.objects.filter(site_id__in=site_ids)
            .select_related("message__conversation__site").order_by("-created", "-message_id"))


# --- keeping ReviewItem in step ------------------------------------------------------------------------------------

def _facts(message_ids):
    return (Message.objects.filter(pk__in=message_ids, sender=Message.Sender.PARENT)
            .annotate(previous_outcome=_previous_parent("outcome"), next_outcome=_next_parent("outcome"))
            .values("pk", "outcome", "answer_topic", "previous_outcome", "next_outcome", "created",
                    "conversation__rating", "conversation__site_id"))


def _item(row) -> ReviewItem | None:
    """The ReviewItem a parent message should have, or None when it does not belong on the list."""
    outcome, topic = row["outcome"], row["answer_topic"]
    if not outcome:
        return None  # its turn has not ended
    failed_twice = outcome == Outcome.HANDED_OVER and topic == HANDOFF_TOPIC and row["previous_outcome"] in FAILED
    person_after_answer = outcome == Outcome.ANSWERED and row["next_outcome"] == Outcome.HANDED_OVER
    rating = row["conversation__rating"]
    low = rating if rating in LOW_RATINGS and not (outcome == Outcome.HANDED_OVER and topic == "") else None
    if outcome not in FAILED and not (failed_twice or person_after_answer or low):
        return None
    return ReviewItem(message_id=row["pk"], site_id=row["conversation__site_id"], created=row["created"],
                      outcome=outcome, answer_topic=topic, failed_twice=failed_twice,
                      person_after_answer=person_after_answer, low_rating=low)


def refresh(message_ids) -> None:
    """Bring the ReviewItems of these parent messages in step with the rules (a labelled message has none)."""
    ids = set(message_ids)
    if not ids:
        return
    fields = ["site", "created", "outcome", "answer_topic", "failed_twice", "person_after_answer", "low_rating"]
    with transaction.atomic():
        labelled = set(LabelledExample.objects.filter(message_id__in=ids).values_list("message_id", flat=True))
        wanted = [item for row in _facts(ids - labelled) if (item := _item(row))]
        ReviewItem.objects.filter(message_id__in=ids).exclude(message_id__in=[i.message_id for i in wanted]).delete()
        ReviewItem.objects.bulk_create(wanted, batch_size=500, update_conflicts=True, unique_fields=["message"],
                                       update_fields=fields)


def rebuild(batch: int = 2000) -> int:
    """Every ReviewItem again from the rules (after a change of the rules, or when the app is first installed)."""
    ReviewItem.objects.all().delete()
    ids = list(to_review().filter(labelled_example__isnull=True).values_list("id", flat=True))
    for start in range(0, len(ids), batch):
        refresh(ids[start:start + batch])
    return len(ids)


def _turn_changes_nothing(message) -> bool:
    """Most turns: answered, in a chat not rated low, the parent's latest message. No rule lists such a message (a
    request for a person after it has not come yet), and only a handover changes the message before it. Saves the
    five queries of `refresh` on most chat turns."""
    if message.outcome in FAILED or message.outcome == Outcome.HANDED_OVER:
        return False
    if message.conversation.rating in LOW_RATINGS:
        return False
    return not Message.objects.filter(conversation_id=message.conversation_id, sender=Message.Sender.PARENT,
                                      id__gt=message.pk).exists()


@receiver(signals.turn_ended)
def _turn_ended(sender, message, **kwargs):
    """The message itself; and after a handover the parent's message before it, which a request for a person puts on
    the list."""
    try:
        if _turn_changes_nothing(message):
            return
        previous = None
        if message.outcome == Outcome.HANDED_OVER:
            previous = (Message.objects.filter(conversation_id=message.conversation_id, sender=Message.Sender.PARENT,
                                               id__lt=message.pk).order_by("-id").values_list("id", flat=True).first())
        refresh([message.pk] + ([previous] if previous else []))
    except Exception:
        log.exception("review list: turn %s not taken in", message.pk)
        raise


@receiver(signals.conversation_rated)
def _conversation_rated(sender, conversation, **kwargs):
    try:
        refresh(Message.objects.filter(conversation_id=conversation.pk, sender=Message.Sender.PARENT)
                .values_list("id", flat=True))
    except Exception:
        log.exception("review list: rating of %s not taken in", conversation.pk)
        raise


def reasons(items) -> dict[int, list[str]]:
    """Why each of these ReviewItems is on the list, in words."""
    found = {}
    for item in items:
        why = []
        if item.outcome == Outcome.NOT_UNDERSTOOD:
            why.append(Reason.NOT_UNDERSTOOD)
        if item.outcome == Outcome.CLARIFIED:
            why.append(Reason.CLARIFIED)
        if item.failed_twice:
            why.append(Reason.FAILED_TWICE)
        if item.person_after_answer:
            why.append(Reason.PERSON_AFTER_ANSWER)
        if item.low_rating:
            why.append(f"{Reason.LOW_RATING} ({item.low_rating} van 5)")
        found[item.message_id] = why
    return found
