"""What a visitor gets when a request fails on the server. A database that is away (restarting, failing over) is a
503 with a message that it will be back soon (Dutch; English under /en/): it comes back by itself, and the next
request finds it."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseNotFound, JsonResponse
from django.template import loader
from django.utils.translation import gettext, gettext_noop
from django.views import defaults

DATABASE_AWAY = gettext_noop("De website is even niet bereikbaar door een storing. Uw gegevens zijn veilig. "
                             "Probeer het over een minuut opnieuw.")
RETRY_AFTER_SECONDS = 30


def page_not_found(request, exception):
    """handler404: an address that does not exist has no counterpart in the other language, so no hreflang, and
    the language switch leads to the other language's home page (page_languages) rather than to another 404."""
    return HttpResponseNotFound(loader.get_template("404.html").render({"alternates": {}}, request))


def server_error(request):
    """handler500: Django calls it while handling the exception, so the exception is at hand."""
    if not isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        return defaults.server_error(request)  # 500.html, in the language of the address
    if request.path.startswith("/api/"):
        response = JsonResponse({"error": DATABASE_AWAY}, status=503)
    else:
        # Without the request: the context processors would ask the database.
        response = HttpResponse(loader.get_template("503.html").render({"message": gettext(DATABASE_AWAY)}),
                                status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
