"""The chat broker: a parent's message is stored first, then the assistant is asked, then its replies are
stored. Whatever fails after the first step, the parent's message is kept."""

import base64
import datetime
import secrets
from itertools import takewhile

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from portal.core.models import SWVSettings

from . import handoff, language, rasa_client, safety_net, signals
from .models import Conversation, Message, token_hash
from .outcomes import HANDOFF_TOPIC, outcome_of

MAX_TEXT_CHARS = 2000


class ChatError(Exception):
    """Bad input or state, with the Dutch message the parent sees and the HTTP status it maps to."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


def start_conversation(*, site, request_id: str = "") -> tuple[Conversation, str]:
    """A new conversation and the token that only its parent holds. A request that comes again with the same
    `request_id` (the balancer resends it when the web node that had it died) gets the same conversation and token,
    not a second conversation: both are derived from the id with the secret key."""
    if not request_id:
        token = secrets.token_urlsafe(24)
        return Conversation.objects.create(site=site, token_hash=token_hash(token)), token
    token = base64.urlsafe_b64encode(salted_hmac("chat-token", request_id, algorithm="sha256").digest()[:24]).decode()
    conversation, _ = Conversation.objects.get_or_create(
        pk=salted_hmac("chat-conversation", request_id, algorithm="sha256").hexdigest()[:24],
        defaults={"site": site, "token_hash": token_hash(token)})
    return conversation, token


def find_conversation(*, site, conversation_id: str, token: str) -> Conversation:
    """The site's conversation with this id, only for the holder of its token."""
    conversation = Conversation.objects.filter(pk=str(conversation_id)[:32], site=site).first()
    if conversation is None or not conversation.token_matches(token or ""):
        raise ChatError("Dit gesprek bestaat niet (meer). Begin een nieuw gesprek.", status=404)
    conversation.site = site  # the request's (cached) site: a turn need not read it again
    return conversation


def clean_parent_text(text) -> str:
    if not isinstance(text, str):
        raise ChatError("Stuur uw bericht als tekst.")
    text = "".join(ch for ch in text if ch in "\n\t" or ch.isprintable()).strip()
    if not text:
        raise ChatError("Typ eerst een bericht.")
    if len(text) > MAX_TEXT_CHARS:
        raise ChatError(f"Uw bericht is te lang. Houd het bij {MAX_TEXT_CHARS} tekens; u kunt het in delen sturen.")
    return text


def _check_rate(conversation: Conversation) -> None:
    since = timezone.now() - datetime.timedelta(minutes=1)
    recent = Message.objects.filter(conversation=conversation, sender=Message.Sender.PARENT, created__gte=since)
    if recent.count() >= settings.CHAT_MESSAGES_PER_MINUTE:
        raise ChatError("U stuurt veel berichten kort na elkaar. Wacht een minuut en probeer het dan opnieuw.", 429)


def _button_payload(conversation: Conversation, payload) -> str | None:
    """A button's payload is passed on only if the assistant offered that button in its last message."""
    if not payload:
        return None
    last_bot = conversation.messages.filter(sender=Message.Sender.BOT).order_by("-id").first()
    offered = {b.get("payload") for b in (last_bot.buttons if last_bot else [])}
    if payload not in offered:
        raise ChatError("Deze keuze hoort niet bij dit gesprek. Typ uw vraag.")
    return payload


def post_parent_message(*, conversation: Conversation, text, payload=None, request_id: str = "") -> list[Message]:
    """Store the parent's message, then let the assistant answer while the conversation is the bot's.

    Returns the messages this turn produced, the parent's own first. A request that comes again with the same
    `request_id` (the balancer resends it when the web node that had it died) gets that turn, not a second one."""
    text = clean_parent_text(text)
    if conversation.state == Conversation.State.CLOSED:
        raise ChatError("Dit gesprek is afgesloten. Begin een nieuw gesprek als u nog een vraag heeft.", 409)
    request_id = (request_id or "")[:64]
    if request_id and (turn := _turn_of_request(conversation, request_id, payload)) is not None:
        return turn
    _check_rate(conversation)
    bot_input = _button_payload(conversation, payload) or text
    lang = language.language_of_message(text, current=lambda: conversation.language)
    try:
        with transaction.atomic():
            message = Message.objects.create(conversation=conversation, sender=Message.Sender.PARENT, text=text,
                                             request_id=request_id, lang=lang)
    except IntegrityError:  # the same request, on two nodes at once
        return _turn_of_request(conversation, request_id, payload) or []
    Conversation.objects.filter(pk=conversation.pk).update(updated=timezone.now())
    with_staff = conversation.state != Conversation.State.BOT
    replies = _answer(conversation=conversation, text=text, bot_input=bot_input, lang=lang)
    _record_outcome(message, replies, answered_by_staff=with_staff)
    return [message, *replies]


def _record_outcome(message: Message, replies: list[Message], *, answered_by_staff: bool) -> None:
    message.outcome, message.answer_topic = outcome_of(replies, answered_by_staff=answered_by_staff)
    Message.objects.filter(pk=message.pk).update(outcome=message.outcome, answer_topic=message.answer_topic)
    signals.turn_ended.send_robust(sender=Message, message=message)


def _answer(*, conversation: Conversation, text: str, bot_input: str, lang: str) -> list[Message]:
    """What follows a parent's message (in language `lang`) while the conversation is the bot's."""
    if conversation.state != Conversation.State.BOT:
        return []
    # Distress and a request for a person are the portal's own to answer: they must not depend on the assistant.
    decision = safety_net.decide(text, lang)
    if decision:
        reply = Message.objects.create(conversation=conversation, sender=Message.Sender.BOT, text=decision.reply,
                                       topic=HANDOFF_TOPIC, lang=decision.lang)
        hand_off(conversation=conversation, reason=decision.reason)
        return [reply]
    return ask_assistant(conversation=conversation, text=bot_input, lang=lang)


def _turn_of_request(conversation: Conversation, request_id: str, payload) -> list[Message] | None:
    """The turn a request already produced: its parent's message and what came after it up to the next parent
    message. When the node died before anything came after it, the assistant is asked now."""
    message = conversation.messages.filter(sender=Message.Sender.PARENT, request_id=request_id).first()
    if message is None:
        return None
    later = conversation.messages.filter(id__gt=message.id).order_by("id")[:50]
    replies = list(takewhile(lambda m: m.sender != Message.Sender.PARENT, later))
    if not replies:
        with_staff = conversation.state != Conversation.State.BOT
        replies = _answer(conversation=conversation, text=message.text,
                          bot_input=_button_payload(conversation, payload) or message.text, lang=message.lang)
        _record_outcome(message, replies, answered_by_staff=with_staff)
    elif not message.outcome:  # the node died after the replies were stored, before their outcome was
        _record_outcome(message, replies, answered_by_staff=not any(m.sender == Message.Sender.BOT for m in replies))
    return [message, *replies]


def ask_assistant(*, conversation: Conversation, text: str, lang: str = language.DEFAULT) -> list[Message]:
    """The assistant's replies to a parent's message in language `lang`, which it is told (it answers in Dutch or
    English, and in a few words of the parent's own language when that is another)."""
    reply_lang = language.reply_language(lang)
    try:
        replies = rasa_client.ask(conversation_id=conversation.pk, text=text, site_hostname=conversation.site.hostname,
                                  lang=lang)
        if not replies:  # Rasa answers with nothing when its action server is down
            raise rasa_client.BotUnavailable("no reply")
    except rasa_client.BotUnavailable:
        produced = [Message.objects.create(conversation=conversation, sender=Message.Sender.SYSTEM,
                                           text=assistant_unavailable_text(conversation.site, reply_lang),
                                           lang=reply_lang)]
        if safety_net.needs_person_without_assistant(text):
            hand_off(conversation=conversation, reason="eigen situatie (assistent weg)")
        return produced
    messages = [
        Message.objects.create(conversation=conversation, sender=Message.Sender.BOT, text=reply["text"],
                               buttons=reply["buttons"], topic=reply["topic"], lang=reply["lang"] or reply_lang)
        for reply in replies
    ]
    if any(m.topic == HANDOFF_TOPIC for m in messages):
        hand_off(conversation=conversation, reason="assistent")
    return messages


def hand_off(*, conversation: Conversation, reason: str) -> None:
    """Mark the conversation for an adviser; from now on the assistant stays silent."""
    if handoff.hand_off(conversation, reason):
        conversation.refresh_from_db()


def assistant_unavailable_text(site, lang: str = language.DEFAULT) -> str:
    swv = SWVSettings.for_site(site)
    if lang == "en":
        contact = " or ".join(filter(None, [swv.phone and f"call {swv.phone}", swv.email and f"e-mail {swv.email}"]))
        return ("The chat assistant cannot be reached right now. Your message has been saved. Please try again in a "
                "few minutes, or choose the button to talk to an adviser. In a hurry? "
                + (f"Then {contact}." if contact else "See the contact page of this site: /contact/."))
    if swv.phone and swv.email:
        route = f"Bel dan {swv.phone} of mail naar {swv.email}."
    elif swv.phone:
        route = f"Bel dan {swv.phone}."
    elif swv.email:
        route = f"Mail dan naar {swv.email}."
    else:
        route = "Kijk dan op de contactpagina van deze site: /contact/."
    return ("De chatassistent is nu even niet bereikbaar. Uw bericht is bewaard. Probeer het over een paar minuten "
            f"opnieuw, of kies 'Praat met een adviseur'. Heeft u haast? {route}")


def messages_after(*, conversation: Conversation, after: int) -> list[Message]:
    return list(conversation.messages.filter(id__gt=after).order_by("id")[:200])
