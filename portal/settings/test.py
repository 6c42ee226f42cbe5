"""Settings for the test suite: fast hashing, mail kept in memory."""

from .base import *  # noqa: F401,F403

SECRET_KEY = "test-only-not-secret-" + "x" * 40
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Each test process gets its own scratch directory for the search index and media, removed when it exits (each run
# left 20 MB behind in /tmp per worker).
import atexit  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

VAR_DIR = Path(tempfile.mkdtemp(prefix="portal-test-"))
atexit.register(shutil.rmtree, VAR_DIR, ignore_errors=True)
SEARCH_INDEX_DIR = VAR_DIR / "search"
MEDIA_ROOT = VAR_DIR / "media"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir()
# Tests roll back the database but not a cache: pages are rendered afresh unless a test turns the cache on.
CACHES = {**CACHES, "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}  # noqa: F405
# Counted views and searches are written at once, so that a test sees them.
INSIGHTS_WRITE_SECONDS = 0
ASSISTANT_MODELS_DIR = VAR_DIR / "models"
