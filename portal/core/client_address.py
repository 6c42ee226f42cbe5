"""The address a request came from, also behind our own load balancer.

Behind a balancer every request comes from the balancer's address, so every parent would share one abuse limit.
When the direct peer is one of PORTAL_TRUSTED_PROXIES, the address it added last to X-Forwarded-For is taken
(what comes before that was written by the client and proves nothing)."""

from django.conf import settings


def client_address(request) -> str:
    peer = request.META.get("REMOTE_ADDR", "")
    if peer in settings.PORTAL_TRUSTED_PROXIES:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
        if forwarded:
            return forwarded[-1]
    return peer
