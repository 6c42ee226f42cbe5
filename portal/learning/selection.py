"""Which parent messages the review list shows: the ones the assistant did not serve well, not yet labelled.

A parent message is listed when
- the assistant did not understand it (niet_begrepen) or only offered topics as buttons (verduidelijkt);
- the assistant handed the chat over because it failed twice: the message was doorverbonden by the assistant (its
  reply had the handoff topic) right after a parent message that was niet_begrepen or verduidelijkt;
- the assistant answered it (beantwoord) and the parent's next message was doorverbonden: they asked for a person;
- it is in a chat that the parent rated 1 or 2 (messages the parent wrote to a Loket adviser aside).

Outcomes come from portal/chat/outcomes.py, stored on each parent message when its turn ended."""

from django.db.models import OuterRef, Q, Subquery

from portal.chat.models import Message
from portal.chat.outcomes import HANDOFF_TOPIC, Outcome

FAILED = [Outcome.NOT_UNDERSTOOD, Outcome.CLARIFIED]
LOW_RATINGS = [1, 2]


class Reason:
    NOT_UNDERSTOOD = "Niet begrepen"
    CLARIFIED = "Alleen onderwerpen als knoppen"
    FAILED_TWICE = "Doorverbonden na twee keer niet begrepen"
    PERSON_AFTER_ANSWER = "Beantwoord, daarna vroeg de ouder om een persoon"
    LOW_RATING = "In een gesprek met een lage waardering"


def _parent_messages(site_ids):
    return Message.objects.filter(sender=Message.Sender.PARENT, conversation__site_id__in=site_ids)


def _previous_parent(field):
    return Subquery(Message.objects.filter(conversation_id=OuterRef("conversation_id"), sender=Message.Sender.PARENT,
                                           id__lt=OuterRef("id")).order_by("-id").values(field)[:1])


def _next_parent(field):
    return Subquery(Message.objects.filter(conversation_id=OuterRef("conversation_id"), sender=Message.Sender.PARENT,
                                           id__gt=OuterRef("id")).order_by("id").values(field)[:1])


def to_review(site_ids):
    """The parent messages of these sites that the review list shows, labelled or not (newest first)."""
    handed_over = _parent_messages(site_ids).filter(outcome=Outcome.HANDED_OVER).annotate(
        previous_id=_previous_parent("id"), previous_outcome=_previous_parent("outcome"))
    failed_twice = handed_over.filter(answer_topic=HANDOFF_TOPIC, previous_outcome__in=FAILED).values("id")
    person_after_answer = handed_over.filter(previous_outcome=Outcome.ANSWERED).values("previous_id")
    low_rating = Q(conversation__rating__in=LOW_RATINGS) & ~Q(outcome=Outcome.HANDED_OVER, answer_topic="")
    return (_parent_messages(site_ids).exclude(outcome="")
            .filter(Q(outcome__in=FAILED) | Q(id__in=failed_twice) | Q(id__in=person_after_answer) | low_rating)
            .order_by("-created", "-id"))


def to_do(site_ids):
    """Those not labelled yet: a labelled message leaves the list."""
    return to_review(site_ids).filter(labelled_example__isnull=True)


def reasons(messages) -> dict[int, list[str]]:
    """Why each of these (a page of the list) is listed, read again for these messages only."""
    ids = [m.pk for m in messages]
    rows = (Message.objects.filter(pk__in=ids)
            .annotate(previous_outcome=_previous_parent("outcome"), next_outcome=_next_parent("outcome"))
            .values("pk", "outcome", "answer_topic", "previous_outcome", "next_outcome", "conversation__rating"))
    found = {}
    for row in rows:
        why = []
        if row["outcome"] == Outcome.NOT_UNDERSTOOD:
            why.append(Reason.NOT_UNDERSTOOD)
        if row["outcome"] == Outcome.CLARIFIED:
            why.append(Reason.CLARIFIED)
        if (row["outcome"] == Outcome.HANDED_OVER and row["answer_topic"] == HANDOFF_TOPIC
                and row["previous_outcome"] in FAILED):
            why.append(Reason.FAILED_TWICE)
        if row["outcome"] == Outcome.ANSWERED and row["next_outcome"] == Outcome.HANDED_OVER:
            why.append(Reason.PERSON_AFTER_ANSWER)
        if row["conversation__rating"] in LOW_RATINGS:
            why.append(f"{Reason.LOW_RATING} ({row['conversation__rating']} van 5)")
        found[row["pk"]] = why
    return found
