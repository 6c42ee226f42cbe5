"""The Loket's staff inbox in the Wagtail admin: the queue of handed-over chats (urgent first), one chat with
the whole conversation, and the call-back requests. An adviser sees only the chats of the SWVs whose Loket
group they are in; administrators see all. Every opening of a transcript is logged."""

import datetime

from django.contrib import messages as flash
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, OuterRef, Subquery, Value, When
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from portal.answers.selectors import answer_url, answers_url, effective_answers
from portal.core.models import SWVSettings

from . import handoff, language
from .models import AdviserPresence, CallbackRequest, Conversation, Message

State = Conversation.State
LONG_WAIT = datetime.timedelta(minutes=15)


def loket_site_ids(user) -> set[int]:
    if not user.is_active:
        return set()
    settings = SWVSettings.objects.all()
    if not user.is_superuser:
        settings = settings.filter(loket_group__in=user.groups.values_list("pk", flat=True))
    return set(settings.values_list("site_id", flat=True))


def may_use_inbox(user) -> bool:
    return bool(loket_site_ids(user))


def waiting_count(user) -> int:
    return Conversation.objects.filter(site_id__in=loket_site_ids(user), state=State.WAITING).count()


def _conversation(request, conversation_id) -> Conversation:
    """The chat, only if it belongs to one of the user's SWVs; otherwise it does not exist for them."""
    sites = loket_site_ids(request.user)
    if not sites:
        raise PermissionDenied
    return get_object_or_404(Conversation.objects.select_related("site", "assigned_to"), pk=conversation_id,
                             site_id__in=sites)


PRESENCE_WRITE_SECONDS = 30  # polls come every 1.5 s; writing the presence on each would only add lock waits


def _seen(request) -> None:
    """The adviser has the inbox open: parents of their SWVs see that someone is there."""
    if request.user.is_superuser:
        return  # administrators look in, they do not staff a Loket
    now = timezone.now()
    fresh = now - datetime.timedelta(seconds=PRESENCE_WRITE_SECONDS)
    if AdviserPresence.objects.filter(user=request.user, last_seen__gte=fresh).exists():
        return
    for site_id in loket_site_ids(request.user):
        AdviserPresence.objects.update_or_create(user=request.user, defaults={"site_id": site_id, "last_seen": now})


def queue(request):
    sites = loket_site_ids(request.user)
    if not sites:
        raise PermissionDenied
    _seen(request)
    now = timezone.now()
    chats = (Conversation.objects.filter(site_id__in=sites, state__in=[State.WAITING, State.STAFF])
             .select_related("site", "assigned_to")
             .annotate(priority=Case(When(urgent=True, then=Value(0)), default=Value(1), output_field=IntegerField()),
                       parent_lang=Subquery(Message.objects.filter(conversation=OuterRef("pk"),
                                                                   sender=Message.Sender.PARENT)
                                            .order_by("-id").values("lang")[:1]))
             .order_by("priority", "handed_off_at"))
    rows = [{"chat": c, "waited_minutes": int((now - (c.handed_off_at or c.created)).total_seconds() // 60),
             "long_wait": c.state == State.WAITING and now - (c.handed_off_at or c.created) > LONG_WAIT,
             "language": language.language_name(c.parent_lang) if c.parent_lang not in (None, "nl") else ""}
            for c in chats]
    # Urgent first, then chats that waited long, then the oldest.
    rows.sort(key=lambda r: (r["chat"].state != State.WAITING, not r["chat"].urgent, not r["long_wait"],
                             r["chat"].handed_off_at or r["chat"].created))
    closed = (Conversation.objects.filter(site_id__in=sites, state=State.CLOSED, handed_off_at__isnull=False)
              .select_related("site", "assigned_to").order_by("-closed_at")[:20])
    return TemplateResponse(request, "chat/inbox/queue.html", {
        "rows": rows, "closed": closed, "open_callbacks": CallbackRequest.objects.filter(
            site_id__in=sites, status=CallbackRequest.Status.OPEN).count(),
        "many_sites": len(sites) > 1})


def detail(request, conversation_id):
    chat = _conversation(request, conversation_id)
    _seen(request)
    handoff.log_access(chat, request.user, "view")
    colleagues = get_user_model().objects.none()
    swv = SWVSettings.for_site(chat.site)
    if swv.loket_group_id:
        colleagues = (get_user_model().objects.filter(groups=swv.loket_group_id, is_active=True)
                      .exclude(pk=request.user.pk).order_by("first_name", "username"))
    base = answers_url(site=chat.site)
    canned = sorted((a.title, f"{a.short_answer} Meer hierover: {chat.site.root_url}"
                              f"{answer_url(site=chat.site, answer=a, base=base)}")
                    for a in effective_answers(site=chat.site).values())
    return TemplateResponse(request, "chat/inbox/detail.html", {
        "chat": chat, "language_advice": language.advice_to_adviser(chat.language),
        "chat_messages": chat.messages.select_related("author"), "notes": chat.notes.select_related(
            "author"), "colleagues": colleagues, "canned": canned, "title": f"Gesprek {chat.pk[:8]}", "mine": chat.assigned_to_id == request.user.pk,
        "outcomes": Conversation._meta.get_field("outcome").choices,
        "last_id": chat.messages.order_by("-id").values_list("id", flat=True).first() or 0})


def messages_since(request, conversation_id):
    """For the inbox page's polling: new messages and the chat's state, as JSON."""
    chat = _conversation(request, conversation_id)
    _seen(request)
    try:
        after = max(0, int(request.GET.get("after", "0")))
    except ValueError:
        after = 0
    new = chat.messages.filter(id__gt=after).select_related("author").order_by("id")[:200]
    return JsonResponse({"state": chat.state, "assigned_to": chat.adviser_name or None, "messages": [
        {**m.as_json(), "author": m.author_name if m.sender == Message.Sender.STAFF else None} for m in new]})


def _act(request, conversation_id, action, success):
    chat = _conversation(request, conversation_id)
    try:
        result = action(chat)
    except handoff.HandoffError as problem:
        if request.headers.get("Accept") == "application/json":
            return JsonResponse({"error": problem.message}, status=problem.status)
        flash.error(request, problem.message)
    else:
        if request.headers.get("Accept") == "application/json":
            return JsonResponse({"ok": True, "id": getattr(result, "pk", None)})
        if success:
            flash.success(request, success)
    return redirect("loket_detail", conversation_id=chat.pk)


@require_POST
def claim(request, conversation_id):
    return _act(request, conversation_id, lambda c: handoff.claim(c, request.user), "U heeft het gesprek overgenomen.")


@require_POST
def reply(request, conversation_id):
    return _act(request, conversation_id, lambda c: handoff.reply(c, request.user, request.POST.get("text", "")), "")


@require_POST
def note(request, conversation_id):
    return _act(request, conversation_id, lambda c: handoff.add_note(c, request.user, request.POST.get("text", "")),
                "Notitie bewaard.")


@require_POST
def transfer(request, conversation_id):
    def move(chat):
        swv = SWVSettings.for_site(chat.site)
        colleague = get_user_model().objects.filter(pk=request.POST.get("colleague") or 0, is_active=True,
                                                    groups=swv.loket_group_id).first()
        if colleague is None:
            raise handoff.HandoffError("Kies een collega van het Loket van dit samenwerkingsverband.", status=400)
        handoff.transfer(chat, request.user, colleague)
    return _act(request, conversation_id, move, "Het gesprek is overgedragen.")


@require_POST
def hand_back(request, conversation_id):
    return _act(request, conversation_id, lambda c: handoff.hand_back(c, request.user),
                "Het gesprek is terug bij de assistent.")


@require_POST
def close(request, conversation_id):
    return _act(request, conversation_id, lambda c: handoff.close(c, request.user, request.POST.get("outcome", "")),
                "Het gesprek is afgesloten.")


def callbacks(request):
    sites = loket_site_ids(request.user)
    if not sites:
        raise PermissionDenied
    if request.method == "POST":
        item = CallbackRequest.objects.filter(pk=request.POST.get("id") or 0, site_id__in=sites).first()
        status = request.POST.get("status")
        if item is None:
            raise Http404
        if status in CallbackRequest.Status.values:
            CallbackRequest.objects.filter(pk=item.pk).update(status=status, handled_by=request.user,
                                                              updated=timezone.now())
            flash.success(request, f"Terugbelverzoek van {item.name}: {CallbackRequest.Status(status).label}.")
        return redirect("loket_callbacks")
    items = CallbackRequest.objects.filter(site_id__in=sites).select_related("site", "handled_by")
    return TemplateResponse(request, "chat/inbox/callbacks.html", {
        "items": items, "statuses": CallbackRequest.Status.choices, "many_sites": len(sites) > 1})


