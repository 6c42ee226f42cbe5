"""The review list in the Wagtail admin: parent messages the assistant did not serve well (selection.py), each with
what the assistant did and a label form. Staff label it with the right topic, "buiten bereik", "heeft een persoon
nodig" or "nieuw onderwerp"; what is stored (LabelledExample) is the de-identified text they saw and may edit.

Who: the SWV's Loket advisers and its eindredactie, for their own SWV only; administrators for all. For anyone else,
and for another SWV's staff, every review URL that names a message or an SWV does not exist (404). The list shows
texts without personal data only; opening a message in its conversation shows the parent's own words, and is logged
(TranscriptAccess, like the Loket inbox)."""

import datetime
from urllib.parse import parse_qsl, urlencode

from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from portal.answers.models import Topic
from portal.chat.handoff import log_access
from portal.chat.inbox import loket_site_ids
from portal.chat.models import Message
from portal.chat.outcomes import FALLBACK_TOPIC, HANDOFF_TOPIC, OUT_OF_SCOPE_TOPIC, Outcome
from portal.core.models import SWVSettings, reviewed_site_ids

from . import selection
from .deidentify import deidentifier
from .forms import LabelForm, label_choices, options_html
from .models import LabelledExample, ReviewItem

PER_PAGE = 50
WEEKS_BACK = 13  # the default retention period (90 days) and a little
SPECIAL_TOPICS = {FALLBACK_TOPIC: "Geen onderwerp gevonden", HANDOFF_TOPIC: "Doorverbonden",
                  OUT_OF_SCOPE_TOPIC: "Buiten bereik"}


def review_site_ids(user) -> set[int]:
    """The sites whose parent messages this user reviews: their Loket's and their eindredactie's; all for admins."""
    if not user.is_active:
        return set()
    if user.is_superuser:
        return set(SWVSettings.objects.values_list("site_id", flat=True))
    return loket_site_ids(user) | reviewed_site_ids(user)


def may_review(user) -> bool:
    return bool(review_site_ids(user))


def _sites(request) -> set[int]:
    sites = review_site_ids(request.user)
    if not sites:
        raise Http404
    return sites


def _message(request, message_id) -> Message:
    """A parent's message of one of the user's SWVs that is on the list or was labelled from it; for anyone else it
    does not exist."""
    sites = _sites(request)
    on_list = ReviewItem.objects.filter(site_id__in=sites, message_id=OuterRef("pk"))
    labelled = LabelledExample.objects.filter(site_id__in=sites, message_id=OuterRef("pk"))
    return get_object_or_404(Message.objects.select_related("conversation__site")
                             .filter(Exists(on_list) | Exists(labelled)), pk=message_id)


# --- filters --------------------------------------------------------------------------------------------------------

def _weeks(today):
    """The last weeks as (value, label): ('2026-W49', 'week 49: 30 november t/m 6 december 2026')."""
    monday = today - datetime.timedelta(days=today.weekday())
    weeks = []
    for n in range(WEEKS_BACK):
        start = monday - datetime.timedelta(weeks=n)
        end = start + datetime.timedelta(days=6)
        year, week, _ = start.isocalendar()
        weeks.append((f"{year}-W{week:02}", f"week {week}: {_dutch_date(start)} t/m {_dutch_date(end)}"))
    return weeks


MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]


def _dutch_date(day, year=True) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}" + (f" {day.year}" if year else "")


def _week_range(value):
    """'2026-W49' -> the aware datetimes of its Monday 00:00 and the next Monday (Europe/Amsterdam), or None."""
    try:
        year, week = value.split("-W")
        monday = datetime.date.fromisocalendar(int(year), int(week), 1)
    except (ValueError, AttributeError):
        return None
    zone = timezone.get_current_timezone()
    start = datetime.datetime.combine(monday, datetime.time.min, tzinfo=zone)
    return start, start + datetime.timedelta(weeks=1)


def _topic_choices():
    return [(key, label) for key, label in Topic.objects.order_by("label").values_list("key", "label")] + [
        (key, label) for key, label in SPECIAL_TOPICS.items()]


def _filtered(request, sites):
    """The to-do list with the request's filters, and the filters as the form shows them."""
    items = selection.to_do(sites)
    chosen = {"uitkomst": request.GET.get("uitkomst", ""), "onderwerp": request.GET.get("onderwerp", ""),
              "week": request.GET.get("week", ""), "swv": request.GET.get("swv", "")}
    if chosen["swv"]:
        if not chosen["swv"].isdigit() or int(chosen["swv"]) not in sites:
            raise Http404  # another SWV's list does not exist for this user
        items = items.filter(site_id=int(chosen["swv"]))
    if chosen["uitkomst"] in Outcome.values:
        items = items.filter(outcome=chosen["uitkomst"])
    else:
        chosen["uitkomst"] = ""
    if chosen["onderwerp"]:
        items = items.filter(answer_topic=chosen["onderwerp"])
    week = _week_range(chosen["week"]) if chosen["week"] else None
    if week:
        items = items.filter(created__gte=week[0], created__lt=week[1])
    else:
        chosen["week"] = ""
    return items, chosen


def _query(chosen, **extra) -> str:
    params = {k: v for k, v in {**chosen, **extra}.items() if v}
    return urlencode(params)


# --- views ---------------------------------------------------------------------------------------------------------

def review_list(request):
    sites = _sites(request)
    items, chosen = _filtered(request, sites)
    page = Paginator(items, PER_PAGE).get_page(request.GET.get("pagina"))
    choices = label_choices()
    rows = _rows(list(page.object_list), choices)
    # After saving, the focus goes to the message that followed; after the last one on the page, to the one that
    # took its place (the first of the next page moved up), or the first when that one is gone too.
    focus = request.GET.get("focus", "")
    if rows and focus == "einde":
        focus = str(rows[-1]["message"].pk)
    elif rows and focus and not any(str(row["message"].pk) == focus for row in rows):
        focus = str(rows[0]["message"].pk)
    for row, following in zip(rows, rows[1:] + [None]):
        row["next_id"] = following["message"].pk if following else "einde"
        row["autofocus"] = str(row["message"].pk) == focus
    saved = None
    if request.GET.get("opgeslagen", "").isdigit():
        saved = (LabelledExample.objects.filter(pk=int(request.GET["opgeslagen"]), site_id__in=sites)
                 .select_related("topic").first())
    swvs = SWVSettings.objects.filter(site_id__in=sites).order_by("short_name") if len(sites) > 1 else []
    return TemplateResponse(request, "learning/review/list.html", {
        "rows": rows, "page": page, "total": page.paginator.count, "chosen": chosen, "focus": focus,
        "query": _query(chosen), "page_query": _query(chosen, pagina=page.number if page.number > 1 else ""),
        "outcomes": Outcome.choices, "topics": _topic_choices(), "weeks": _weeks(timezone.localdate()),
        "swvs": swvs, "many_sites": len(sites) > 1, "saved": saved, "options_html": options_html(choices),
        "recent": LabelledExample.objects.filter(site_id__in=sites).select_related("topic", "site", "labelled_by")[:10],
    })


def _rows(items, choices):
    """For each message: why it is listed, what the assistant did, and a label form with the de-identified text."""
    if not items:
        return []
    why = selection.reasons(items)
    messages = [item.message for item in items]
    replies = {}
    later = (Message.objects.filter(conversation_id__in={m.conversation_id for m in messages},
                                    id__gt=min(m.pk for m in messages))
             .order_by("conversation_id", "id").values("conversation_id", "id", "sender", "text", "topic", "buttons"))
    by_conversation = {}
    for reply in later:
        by_conversation.setdefault(reply["conversation_id"], []).append(reply)
    for m in messages:
        turn = []
        for reply in by_conversation.get(m.conversation_id, []):
            if reply["id"] <= m.pk:
                continue
            if reply["sender"] == Message.Sender.PARENT:
                break
            if reply["sender"] in (Message.Sender.BOT, Message.Sender.SYSTEM):
                turn.append(reply)
        replies[m.pk] = turn
    topics = dict(_topic_choices())
    scrub = deidentifier()
    return [{"message": m, "reasons": why.get(m.pk, []), "replies": replies[m.pk],
             "topic_label": "" if m.answer_topic in SPECIAL_TOPICS else topics.get(m.answer_topic, m.answer_topic),
             "form": LabelForm(initial={"text": scrub(m.text)}, prefix=f"m{m.pk}", choices=choices)}
            for m in messages]


def conversation(request, message_id):
    """The message within its whole conversation (the parent's own words: logged), with the label form."""
    message = _message(request, message_id)
    chat = message.conversation
    log_access(chat, request.user, "review")
    form = LabelForm(initial={"text": deidentifier()(message.text)}, prefix=f"m{message.pk}")
    return _label_page(request, message, form, show_conversation=True)


def _label_page(request, message, form, *, show_conversation, status=200):
    chat = message.conversation
    outcomes = dict(Outcome.choices)
    transcript = []
    if show_conversation:
        for m in chat.messages.select_related("author"):
            transcript.append({"m": m, "current": m.pk == message.pk,
                               "outcome": outcomes.get(m.outcome, "") if m.sender == Message.Sender.PARENT else ""})
    labelled = LabelledExample.objects.filter(message=message).select_related("topic", "labelled_by").first()
    return TemplateResponse(request, "learning/review/conversation.html", {
        "message": message, "chat": chat, "transcript": transcript, "form": form, "labelled": labelled,
        "reasons": selection.reasons(ReviewItem.objects.filter(message=message)).get(message.pk, []),
        "show_conversation": show_conversation,
        "topic_label": "" if message.answer_topic in SPECIAL_TOPICS else dict(_topic_choices()).get(
            message.answer_topic, message.answer_topic),
        "back": _safe_back(request.POST.get("terug") or request.GET.get("terug") or ""),
        "title": f"Bericht uit gesprek {chat.pk[:8]}"}, status=status)


@require_POST
def label(request, message_id):
    """Store the label and the (edited) de-identified text; then back to the list, at the next message."""
    message = _message(request, message_id)
    form = LabelForm(request.POST, prefix=f"m{message.pk}")
    back = _safe_back(request.POST.get("terug", ""))
    if LabelledExample.objects.filter(message=message).exists():
        return redirect(_list_url(back, focus=request.POST.get("volgende", "")))
    if not form.is_valid():
        return _label_page(request, message, form, show_conversation=False, status=400)
    data = form.cleaned_data
    try:
        with transaction.atomic():
            example = LabelledExample.objects.create(
                site=message.conversation.site, text=data["text"], label=data["kind"], topic=data["topic"],
                note=data["note"], message=message, labelled_by=request.user)
            ReviewItem.objects.filter(message=message).delete()  # it leaves the list
    except IntegrityError:  # labelled by a colleague at the same moment
        return redirect(_list_url(back, focus=request.POST.get("volgende", "")))
    return redirect(_list_url(back, focus=request.POST.get("volgende", ""), opgeslagen=example.pk))


@require_POST
def undo(request, example_id):
    """A label given by mistake: the example goes, and the message is back on the list while its chat is kept."""
    example = get_object_or_404(LabelledExample, pk=example_id, site_id__in=_sites(request))
    message_id = example.message_id
    example.delete()
    if message_id:
        selection.refresh([message_id])
    return redirect(_list_url(_safe_back(request.POST.get("terug", "")), focus=message_id or ""))


def _safe_back(query: str) -> str:
    """The list's query string to return to (filters and page), nothing else."""
    allowed = {"uitkomst", "onderwerp", "week", "swv", "pagina"}
    return urlencode([(k, v) for k, v in parse_qsl(query) if k in allowed])


def _list_url(back: str, **extra) -> str:
    # No #fragment: a browser does not autofocus in a page opened at a fragment, and autofocus scrolls there too.
    params = "&".join(p for p in [back, urlencode({k: v for k, v in extra.items() if v})] if p)
    return reverse("learning_review") + (f"?{params}" if params else "")
