"""From the assistant to a Loket adviser and back: the states of a handed-over conversation and every move an
adviser or the parent makes on it. Each move is one conditional UPDATE, so two advisers can never both claim
the same chat, and each move leaves a system message the parent can read.

    bot ──hand_off──► waiting ──claim──► staff ──close──► closed
     ▲                   │                 │  └─transfer─► staff (another adviser)
     └────hand_back──────┴─────────────────┘
"""

import logging
import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from portal.core.models import SWVSettings

from . import hours, language, signals
from .models import CallbackRequest, Conversation, Message, StaffNote, TranscriptAccess

log = logging.getLogger(__name__)
State = Conversation.State
# Triage only (the assistant's own crisis path answers the parent at once): chats that mention a child out of
# school or distress go to the top of the queue.
URGENT_WORDS = re.compile(
    r"zelfmoord|zelfdoding|su[iï]cid|niet meer (willen |wil )?leven|\bdood\b|niet veilig|geslagen|mishandel"
    r"|thuis ?zit|thuiszitter|niet (meer )?naar school|weken thuis|maanden thuis|geschorst|verwijderd van school",
    re.IGNORECASE)
URGENT_TOPICS = {"thuiszitten", "ziek_kind"}
SUMMARY_CHARS = 600


class HandoffError(Exception):
    def __init__(self, message: str, status: int = 409):
        super().__init__(message)
        self.message = message
        self.status = status


def _system(conversation: Conversation, nl: str, en: str) -> Message:
    """A message from the system to the parent, in English when the parent writes anything but Dutch."""
    lang = language.reply_language(conversation.language)
    return Message.objects.create(conversation=conversation, sender=Message.Sender.SYSTEM,
                                  text=en if lang == "en" else nl, lang=lang)


def log_access(conversation: Conversation, user, action: str) -> None:
    TranscriptAccess.objects.create(conversation_id=conversation.pk, site_id=conversation.site_id, user=user,
                                    action=action)


def urgency(conversation: Conversation) -> str:
    """Why this chat should be answered first, or '' when nothing says so."""
    topics = set(conversation.messages.exclude(topic="").values_list("topic", flat=True))
    if topics & URGENT_TOPICS:
        return "thuiszitten"
    for text in conversation.messages.filter(sender=Message.Sender.PARENT).values_list("text", flat=True):
        if URGENT_WORDS.search(text):
            return "zorgelijke woorden"
    return ""


def proposed_summary(conversation: Conversation) -> str:
    """The parent's own words, newest last, for them to check, edit or refuse before an adviser reads it."""
    texts = list(conversation.messages.filter(sender=Message.Sender.PARENT).values_list("text", flat=True))
    summary = " / ".join(texts[-4:])
    return summary if len(summary) <= SUMMARY_CHARS else "…" + summary[-(SUMMARY_CHARS - 1):]


def handoff_text(conversation: Conversation, now=None, lang: str = "nl") -> str:
    """What the parent reads at the moment of the handoff: who will answer and when, or how to be called back."""
    status = hours.availability(conversation.site, now)
    if status.can_answer_now:
        wait = status.expected_wait_minutes or hours.DEFAULT_WAIT_MINUTES
        if lang == "en":
            return (f"An adviser of the Loket will take over this conversation. This usually takes about {wait} "
                    "minutes. Please stay in this window; the assistant will not reply any more.")
        return (f"Een adviseur van het Loket neemt dit gesprek over. Dat duurt meestal ongeveer {wait} minuten. "
                "Blijf gerust in dit venster; de assistent reageert nu niet meer.")
    if lang == "en":
        when = (f" The Loket is open again on {status.next_opening:%d-%m-%Y} at {status.next_opening:%H:%M}."
                if status.next_opening else "")
        return ("No adviser of the Loket is available right now. " + hours.describe_hours(status.hours, "en") + when
                + " Leave your details below; the Loket will then contact you. You may write in English.")
    when = ""
    if status.next_opening:
        when = f" Het Loket is weer open op {status.next_opening:%d-%m-%Y} om {status.next_opening:%H:%M}."
    return ("Er is nu geen adviseur van het Loket bereikbaar. " + hours.describe_hours(status.hours) + when +
            " Laat hieronder uw gegevens achter; dan neemt het Loket contact met u op.")


@transaction.atomic
def hand_off(conversation: Conversation, reason: str) -> bool:
    """The assistant (or the parent) asks for an adviser. False if the conversation was not the bot's."""
    now = timezone.now()
    reason_code = urgency(conversation)
    moved = Conversation.objects.filter(pk=conversation.pk, state=State.BOT).update(
        state=State.WAITING, handoff_reason=reason[:40], handed_off_at=now, urgent=bool(reason_code),
        urgent_reason=reason_code, summary=proposed_summary(conversation), updated=now)
    if not moved:
        return False
    conversation.refresh_from_db()
    lang = language.reply_language(conversation.language)
    Message.objects.create(conversation=conversation, sender=Message.Sender.SYSTEM,
                           text=handoff_text(conversation, now, lang), lang=lang)
    transaction.on_commit(lambda: notify_loket(conversation))
    return True


def loket_recipients(site) -> list[str]:
    swv = SWVSettings.for_site(site)
    addresses = [swv.loket_email] if swv.loket_email else []
    if swv.loket_group_id:
        addresses += list(get_user_model().objects.filter(groups=swv.loket_group_id, is_active=True)
                          .exclude(email="").values_list("email", flat=True))
    return sorted(set(addresses))


def notify_loket(conversation: Conversation) -> None:
    """An e-mail to the Loket at the moment of a handoff: where to answer, never what the parent wrote."""
    recipients = loket_recipients(conversation.site)
    if not recipients:
        log.warning("no Loket address for site %s; handoff %s not mailed", conversation.site_id, conversation.pk)
        return
    label = "URGENT: " if conversation.urgent else ""
    link = f"{conversation.site.root_url}/admin/loket/{conversation.pk}/"
    try:
        send_mail(f"{label}Een ouder wacht in de chat op een adviseur",
                  f"Een ouder vraagt in de chat van {conversation.site.site_name} om een adviseur.\n"
                  f"{'Urgent: ' + conversation.urgent_reason + '.' if conversation.urgent else ''}\n\n"
                  f"Neem het gesprek over in de inbox: {link}\n\n"
                  "Dit bericht bevat bewust geen inhoud van het gesprek.",
                  settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:  # a mail server that is down must not break the chat; the inbox shows the chat anyway
        log.exception("handoff mail for %s failed", conversation.pk)


@transaction.atomic
def claim(conversation: Conversation, adviser) -> None:
    """Take a waiting chat. Exactly one of two advisers who click at the same moment gets it."""
    now = timezone.now()
    if not Conversation.objects.filter(pk=conversation.pk, state=State.WAITING).update(
            state=State.STAFF, assigned_to=adviser, claimed_at=now, updated=now):
        conversation.refresh_from_db()
        who = conversation.assigned_to.get_full_name() if conversation.assigned_to else "iemand anders"
        raise HandoffError(f"Dit gesprek is al overgenomen door {who or 'een collega'}.")
    conversation.refresh_from_db()
    name = adviser.first_name
    _system(conversation, f"{name or 'Een adviseur'} van het Loket is er nu en leest uw gesprek. U kunt gewoon verder "
                          "typen.",
            f"{name or 'An adviser'} of the Loket is here now and is reading your conversation. Just go on typing.")
    log_access(conversation, adviser, "claim")


def _require_adviser(conversation: Conversation, adviser) -> None:
    if conversation.state != State.STAFF or conversation.assigned_to_id != adviser.pk:
        raise HandoffError("Neem het gesprek eerst over; alleen de adviseur van dit gesprek kan antwoorden.")


def reply(conversation: Conversation, adviser, text: str) -> Message:
    text = (text or "").strip()
    if not text:
        raise HandoffError("Typ eerst een antwoord.", status=400)
    if len(text) > 4000:
        raise HandoffError("Dit antwoord is te lang (meer dan 4000 tekens).", status=400)
    _require_adviser(conversation, adviser)
    # The adviser answers in the parent's language; a text too short to tell is taken to be in it.
    message = Message.objects.create(conversation=conversation, sender=Message.Sender.STAFF, text=text,
                                     author=adviser, lang=language.language_of_message(text, lambda: conversation.language))
    Conversation.objects.filter(pk=conversation.pk).update(updated=timezone.now())
    return message


def add_note(conversation: Conversation, adviser, text: str) -> StaffNote:
    text = (text or "").strip()
    if not text:
        raise HandoffError("Een notitie kan niet leeg zijn.", status=400)
    return StaffNote.objects.create(conversation=conversation, author=adviser, text=text[:2000])


@transaction.atomic
def transfer(conversation: Conversation, adviser, colleague) -> None:
    _require_adviser(conversation, adviser)
    if colleague.pk == adviser.pk:
        raise HandoffError("Kies een collega.", status=400)
    Conversation.objects.filter(pk=conversation.pk).update(assigned_to=colleague, updated=timezone.now())
    conversation.refresh_from_db()
    _system(conversation, f"{colleague.first_name or 'Een collega'} van het Loket neemt het gesprek van "
                          f"{adviser.first_name or 'de adviseur'} over.",
            f"{colleague.first_name or 'A colleague'} of the Loket takes over the conversation from "
            f"{adviser.first_name or 'the adviser'}.")
    log_access(conversation, adviser, "transfer")


@transaction.atomic
def hand_back(conversation: Conversation, adviser) -> None:
    """Back to the assistant, for a parent whose remaining questions it can answer."""
    if conversation.state == State.STAFF:
        _require_adviser(conversation, adviser)
    elif conversation.state != State.WAITING:
        raise HandoffError("Dit gesprek is niet bij het Loket.")
    Conversation.objects.filter(pk=conversation.pk).update(state=State.BOT, assigned_to=None, updated=timezone.now())
    conversation.refresh_from_db()
    _system(conversation, "U praat weer met de digitale assistent. Wilt u later toch een adviseur spreken? "
                          "Vraag het gewoon.",
            "You are talking to the digital assistant again. Would you like to talk to an adviser later? Just ask.")
    log_access(conversation, adviser, "hand_back")


@transaction.atomic
def close(conversation: Conversation, user=None, outcome: str = "") -> None:
    """Close by the adviser (with an outcome) or by the parent (user None)."""
    if conversation.state == State.CLOSED:
        return
    if user is not None:
        _require_adviser(conversation, user)
        valid = dict(Conversation._meta.get_field("outcome").choices)
        if outcome not in valid:
            raise HandoffError("Kies een uitkomst.", status=400)
    now = timezone.now()
    Conversation.objects.filter(pk=conversation.pk).update(state=State.CLOSED, closed_at=now, outcome=outcome,
                                                           updated=now)
    conversation.refresh_from_db()
    _system(conversation, "Dit gesprek is afgesloten. Wilt u laten weten hoe u geholpen bent? Geef hieronder een "
                          "cijfer van 1 tot 5. Heeft u nog een vraag, begin dan gerust een nieuw gesprek.",
            "This conversation is closed. Would you like to tell us how well we helped you? Give a mark from 1 to 5 "
            "below. If you have another question, just start a new conversation.")
    if user is not None:
        log_access(conversation, user, "close")


def rate(conversation: Conversation, score) -> None:
    if conversation.state != State.CLOSED:
        raise HandoffError("U kunt een cijfer geven als het gesprek is afgesloten.")
    if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
        raise HandoffError("Geef een cijfer van 1 tot 5.", status=400)
    Conversation.objects.filter(pk=conversation.pk).update(rating=score)
    conversation.rating = score
    signals.conversation_rated.send_robust(sender=Conversation, conversation=conversation)


def set_summary(conversation: Conversation, *, text: str | None = None, share: bool = True) -> None:
    """The parent shares the summary as shown, shares an edited one, or refuses to share any."""
    if conversation.state not in (State.WAITING, State.STAFF):
        raise HandoffError("Een samenvatting hoort bij een gesprek met het Loket.")
    if not share:
        Conversation.objects.filter(pk=conversation.pk).update(summary="", summary_choice="refused")
        return
    text = (conversation.summary if text is None else str(text)).strip()[:SUMMARY_CHARS]
    Conversation.objects.filter(pk=conversation.pk).update(summary=text, summary_choice="shared")


def leave_callback(site, conversation: Conversation | None, data: dict) -> CallbackRequest:
    """A call-back request; it needs a name and a phone number or an e-mail address, nothing more. Its messages
    are Dutch (the chat API's); the call-back page shows them in the page's language (gettext_noop marks them)."""
    from django.core.exceptions import ValidationError
    from django.core.validators import validate_email

    def field(name, limit):
        value = data.get(name) or ""
        if not isinstance(value, str):
            raise HandoffError(f"Het veld {name} moet tekst zijn.", status=400)
        return " ".join(value.split()) if name != "description" else value.strip()[:limit]

    name, phone, email = field("name", 100), field("phone", 30), field("email", 254)
    if not name:
        raise HandoffError(gettext_noop("Vul uw naam in (een voornaam is genoeg)."), status=400)
    if not phone and not email:
        raise HandoffError(gettext_noop("Vul een telefoonnummer of een e-mailadres in, zodat het Loket u kan "
                                        "bereiken."), status=400)
    if phone and not re.fullmatch(r"[0-9 +()-]{6,30}", phone):
        raise HandoffError(gettext_noop("Dit telefoonnummer klopt niet. Gebruik alleen cijfers, spaties, + of -."),
                           status=400)
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise HandoffError(gettext_noop("Dit e-mailadres klopt niet."), status=400) from None
    request = CallbackRequest.objects.create(
        site=site, conversation=conversation, name=name[:100], phone=phone, email=email,
        best_moment=field("best_moment", 100)[:100], description=field("description", 1000))
    if conversation is not None:
        _system(conversation, "Bedankt. Uw terugbelverzoek is bij het Loket. U hoort zo snel mogelijk van ons, "
                              "meestal de volgende werkdag.",
                "Thank you. Your request to be called back is with the Loket. You will hear from us as soon as "
                "possible, usually the next working day.")
    transaction.on_commit(lambda: notify_callback(request))
    return request


def notify_callback(request: CallbackRequest) -> None:
    recipients = loket_recipients(request.site)
    if not recipients:
        return
    try:
        send_mail("Nieuw terugbelverzoek", f"Er is een nieuw terugbelverzoek op {request.site.site_name}. "
                  f"Bekijk het in de inbox: {request.site.root_url}/admin/loket/terugbellen/\n\n"
                  "Dit bericht bevat bewust geen gegevens van de ouder.", settings.DEFAULT_FROM_EMAIL, recipients)
    except Exception:
        log.exception("call-back mail failed")


def delete_conversation(conversation: Conversation) -> None:
    """The parent deletes their conversation: every message, note and summary goes; the access log keeps the id."""
    CallbackRequest.objects.filter(conversation=conversation).update(conversation=None)
    conversation.delete()
