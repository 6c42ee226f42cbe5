"""The model the Rasa servers run, and putting a new one live without a restart: `PUT /model` on Rasa's HTTP API
(the servers run with --enable-api --auth-token), on every server of RASA_URLS.

Rasa makes a new tracker store when it loads a model; the servers' tracker stores keep conversations outside the
loaded model (steunpunt_bot/stores.py), so a conversation in progress continues on the new model."""

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings

from .training import START_MODEL

LOAD_TIMEOUT_SECONDS = 180  # loading a model takes a few seconds, more on a busy machine


class SwapFailed(Exception):
    """The new model could not be put live; the message is Dutch, for the admin page."""


def token() -> str:
    """Rasa's API token: RASA_TOKEN, or the one `make run` wrote to $PORTAL_VAR_DIR/rasa-token."""
    if settings.RASA_TOKEN:
        return settings.RASA_TOKEN
    try:
        return (Path(settings.VAR_DIR) / "rasa-token").read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _request(url: str, path: str, *, method="GET", body=None, timeout=10):
    query = urllib.parse.urlencode({"token": token()})
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"{url.rstrip('/')}{path}?{query}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.status, response.read()


def _problem(url: str, error: Exception) -> str:
    if isinstance(error, urllib.error.HTTPError):
        if error.code in (401, 403):
            return f"{url} weigert de toegang: het token (RASA_TOKEN) klopt niet"
        return f"{url} antwoordt met fout {error.code}"
    return f"{url} is niet bereikbaar"


def running_model() -> Path:
    """The model file the first reachable Rasa server runs: Rasa names only the file, which is looked up among the
    trained models and the start model."""
    problems = []
    for url in settings.RASA_URLS:
        try:
            _, body = _request(url, "/status")
        except (OSError, ValueError) as error:
            problems.append(_problem(url, error))
            continue
        name = json.loads(body).get("model_file") or ""
        for candidate in (Path(settings.ASSISTANT_MODELS_DIR) / name, START_MODEL.parent / name):
            if name and candidate.is_file():
                return candidate
        raise SwapFailed(f"Het model dat de assistent nu gebruikt ({name or 'onbekend'}) staat niet in "
                         f"{settings.ASSISTANT_MODELS_DIR} of {START_MODEL.parent}.")
    raise SwapFailed("De assistent (Rasa) is niet bereikbaar: " + "; ".join(problems) + ".")


def put_live(model: Path, *, previous: Path) -> None:
    """Load `model` on every Rasa server; if one fails, those that took it go back to `previous`, so that all serve
    the same model."""
    done, problems = [], []
    for url in settings.RASA_URLS:
        try:
            _request(url, "/model", method="PUT", body={"model_file": str(model)}, timeout=LOAD_TIMEOUT_SECONDS)
            done.append(url)
        except (OSError, ValueError) as error:
            problems.append(_problem(url, error))
    if problems:
        for url in done:
            try:
                _request(url, "/model", method="PUT", body={"model_file": str(previous)},
                         timeout=LOAD_TIMEOUT_SECONDS)
            except (OSError, ValueError) as error:
                problems.append(f"terugzetten: {_problem(url, error)}")
        raise SwapFailed("Het nieuwe model kon niet in gebruik worden genomen: " + "; ".join(problems) + ".")
