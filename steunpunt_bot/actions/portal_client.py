"""A thin client for the portal's bot API: one site per call (Host header), 2 s timeouts, one retry, clear errors."""

import asyncio
import logging
import os
from typing import Any

import aiohttp

logger = logging.getLogger(__name__)

DEFAULT_PORTAL_URL = "http://127.0.0.1:8000"
DEFAULT_SITE = "duinenbollenstreek.localhost"
TIMEOUT_SECONDS = 2.0
RETRIES = 1


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
                async with aiohttp.ClientSession(timeout=self.timeout) as session:
                    async with session.get(url, params=params, headers=headers) as response:
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
