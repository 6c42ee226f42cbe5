"""/terugbellen/: the call-back request as a plain server-rendered form, for parents without JavaScript (the chat
widget's fallback link) and for anyone who prefers a form to a chat."""

import hashlib

from django.core.cache import cache
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils.translation import gettext, gettext_noop
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods
from wagtail.models import Site

from portal.core.client_address import client_address
from portal.core.translations import current_language

from . import handoff, hours

FIELDS = ("name", "phone", "email", "best_moment", "description")
# Per client address, like new chats (api._limit_new_conversations): counted in the cache, the address never stored.
CALLBACKS_PER_ADDRESS = 5
CALLBACK_WINDOW_SECONDS = 600


def _error_field(message: str) -> str | None:
    """The field a HandoffError from leave_callback is about, to mark it and link the message to it."""
    lowered = message.lower()
    if "naam" in lowered:
        return "name"
    if "telefoonnummer" in lowered:
        return "phone"
    if "e-mailadres" in lowered:
        return "email"
    return None


def _address_key(request) -> str:
    return "callback-page:" + hashlib.sha256(client_address(request).encode()).hexdigest()[:32]


@never_cache  # holds a CSRF token and what the parent typed: never in the page cache
@csrf_protect
@require_http_methods(["GET", "POST"])
def callback_page(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    values = {name: "" for name in FIELDS}
    error = error_field = None
    if request.method == "POST":
        values = {name: request.POST.get(name, "") for name in FIELDS}
        try:
            # Only requests that went through count, so a parent who mistypes is never locked out.
            if cache.get_or_set(_address_key(request), 0, CALLBACK_WINDOW_SECONDS) >= CALLBACKS_PER_ADDRESS:
                raise handoff.HandoffError(gettext_noop("Er zijn veel terugbelverzoeken verstuurd vanaf uw "
                                                        "verbinding. Probeer het later opnieuw, of bel of mail ons."),
                                           status=429)
            handoff.leave_callback(site, None, values)
            try:
                cache.incr(_address_key(request))
            except ValueError:  # the window ran out in between: this one starts a new count
                cache.set(_address_key(request), 1, CALLBACK_WINDOW_SECONDS)
        except handoff.HandoffError as exc:
            error, error_field = gettext(exc.message), _error_field(exc.message)
        else:
            return redirect(reverse("callback-page") + "?verzonden=1")
    status = hours.availability(site)
    return render(request, "chat/callback_page.html", {
        "sent": request.method == "GET" and request.GET.get("verzonden") == "1",
        "values": values, "error": error, "error_field": error_field,
        "availability": status, "hours_text": hours.describe_hours(status.hours, current_language()),
        "privacy_url": translate_url("/privacy/", current_language()),
    })
