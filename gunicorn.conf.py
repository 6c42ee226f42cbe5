"""gunicorn settings for the portal (gunicorn -c gunicorn.conf.py portal.wsgi).

Threads, because a chat turn mostly waits for the assistant: a worker thread that waits costs no CPU."""

import os

bind = f"{os.environ.get('PORTAL_BIND', '127.0.0.1')}:{os.environ.get('PORTAL_PORT', '8000')}"
workers = int(os.environ.get("PORTAL_WORKERS", "2"))
threads = int(os.environ.get("PORTAL_THREADS", "8"))
worker_class = "gthread"
timeout = 30
accesslog = None
