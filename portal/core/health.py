"""What the load balancer asks each web node: GET /health/ → 200 "ok" while this node serves requests.

Answered first, before the HTTPS redirect (balancers check over plain HTTP), the host check and the site lookup:
it touches no database, because when PostgreSQL is away every node is equally unwell, and a node that answers can
still tell parents so in Dutch."""

from django.http import HttpResponse

PATH = "/health/"


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == PATH and request.method in ("GET", "HEAD"):
            return HttpResponse("ok", content_type="text/plain", headers={"Cache-Control": "no-store"})
        return self.get_response(request)
