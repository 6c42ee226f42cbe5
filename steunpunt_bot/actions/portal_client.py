"""A thin client for the portal's bot API: one site per call (Host header), 2 s timeouts, one retry, clear errors."""

import asyncio
import logging
import os
import weakref
from typing import Any

import aiohttp

logger = logging.getLogger(__name__)

DEFAULT_PORTAL_URL = "http://127.0.0.1:8000"
DEFAULT_SITE = "duinenbollenstreek.localhost"
TIMEOUT_SECONDS = 2.0
RETRIES = 1
# Below gunicorn's 2 s keep-alive: a kept connection is dropped here before the portal could close it under a request.
IDLE_CONNECTION_SECONDS = 1.0
_sessions: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, aiohttp.ClientSession]" = weakref.WeakKeyDictionary()


def _session() -> aiohttp.ClientSession:
    """One session per event loop (the action server has one), its connections to the portal kept between calls: a
    session per call set up a new TCP connection on both sides for every answer."""
    loop = asyncio.get_running_loop()
    session = _sessions.get(loop)
    if session is None or session.closed:
        session = _sessions[loop] = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(keepalive_timeout=IDLE_CONNECTION_SECONDS))
    return session


async def _close_session(*_) -> None:
    """Close this loop's session (its kept connections), as the action server stops."""
    session = _sessions.pop(asyncio.get_running_loop(), None)
    if session is not None:
        await session.close()


def _close_sessions_with_the_action_server() -> None:
    """rasa_sdk makes its Sanic app before it imports the actions: the app closes the session as it stops (else
    Python logs "Unclosed client session" at every stop). Elsewhere (a script that runs one action) the process
    simply ends."""
    from sanic import Sanic
    from sanic.exceptions import SanicException

    try:
        Sanic.get_app("rasa_sdk").register_listener(_close_session, "before_server_stop")
    except SanicException:  # no action server in this process
        pass


_close_sessions_with_the_action_server()


class PortalError(Exception):
    """The portal could not be reached, or answered with an error."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class PortalUnavailable(PortalError):
    """No answer at all (refused, timed out) or a 5xx, also after the retry."""


class PortalNotFound(PortalError):
    """404: the portal has nothing at this path for this site (an unknown key, an API not built yet)."""


class PortalBadRequest(PortalError):
    """400: the portal did not accept the parameters."""


class PortalClient:
    def __init__(self, base_url: str | None = None, *, timeout: float = TIMEOUT_SECONDS, retries: int = RETRIES):
        self.base_url = (base_url or os.environ.get("PORTAL_URL") or DEFAULT_PORTAL_URL).rstrip("/")
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.retries = retries

    async def answer(self, key: str, *, site: str, lang: str = "nl") -> dict[str, Any]:
        """The site's effective answer for a topic key: {key, question, short, body_html, url, last_reviewed}, and
        "lang": the language it is in. English is asked for with ?lang=en; without an English version the portal
        gives the Dutch one with "lang": "nl" (a portal that does not know the parameter gives Dutch without "lang")."""
        return await self.get_json(f"/api/answers/{key}/", site=site, params={"lang": lang} if lang != "nl" else None)

    async def schools(self, *, site: str, **params: str) -> dict[str, Any]:
        """The site's schools matching the parameters: {count, results: [{id, name, place, type, url, ...}], facets}."""
        return await self.get_json("/api/schools/", site=site, params={k: v for k, v in params.items() if v})

    async def get_json(self, path: str, *, site: str, params: dict[str, str] | None = None) -> dict[str, Any]:
        url = self.base_url + path
        headers = {"Host": site or DEFAULT_SITE, "Accept": "application/json"}
        last_error: PortalError | None = None
        for attempt in range(self.retries + 1):
            try:
                async with _session().get(url, params=params, headers=headers, timeout=self.timeout) as response:
                    if response.status == 404:
                        raise PortalNotFound(f"{path} gaf 404 voor {site}", status=404)
                    if response.status == 400:
                        raise PortalBadRequest(f"{path} gaf 400 voor {site}: {await response.text()}", 400)
                    if response.status >= 500:
                        raise PortalUnavailable(f"{path} gaf {response.status} voor {site}", response.status)
                    if response.status != 200:
                        raise PortalError(f"{path} gaf {response.status} voor {site}", response.status)
                    return await response.json(content_type=None)
            except (PortalNotFound, PortalBadRequest):
                raise
            except PortalError as error:
                last_error = error
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
                last_error = PortalUnavailable(f"{path} voor {site}: {type(error).__name__}: {error}")
            logger.warning("Portal call failed (attempt %d of %d): %s", attempt + 1, self.retries + 1, last_error)
        raise last_error
