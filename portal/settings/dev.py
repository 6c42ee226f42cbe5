"""Settings for `make run` on one machine: the embedded defaults."""

from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-" + "x" * 40  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# While developing, every request renders afresh.
CACHES = {**CACHES, "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}  # noqa: F405
