"""gunicorn settings for the portal (gunicorn -c gunicorn.conf.py portal.wsgi).

Threads, because a chat turn mostly waits for the assistant, and the assistant's actions call back into the portal
for answers: with fewer threads than chats in flight, those calls queue behind the chats that wait for them."""

import gc
import os

bind = f"{os.environ.get('PORTAL_BIND', '127.0.0.1')}:{os.environ.get('PORTAL_PORT', '8000')}"
workers = int(os.environ.get("PORTAL_WORKERS", "2"))
threads = int(os.environ.get("PORTAL_THREADS", "32"))
worker_class = "gthread"
timeout = 30
accesslog = None


def post_worker_init(worker):
    """Each worker may keep this node's own search index in step with the database (search.sync).

    What the worker has loaded by now (Django, Wagtail, the portal's modules) lives as long as the worker: frozen, it
    is left out of Python's full garbage collections, which otherwise held up a worker's requests for 60-110 ms."""
    from search.sync import start_syncing

    start_syncing()
    gc.freeze()
