"""Settings shared by every environment; everything that differs between machines comes from the environment."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Runtime state (SQLite database, search index, uploaded media) lives under var/ unless told otherwise.
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("PORTAL_ALLOWED_HOSTS", ".localhost,localhost,127.0.0.1").split(",") if h]

INSTALLED_APPS = [
    "portal.core",
    "portal.pages",
    "portal.answers",
    "portal.chat",
    "portal.schools",
    "portal.learning",
    "portal.insights",
    "search",
    "content",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "portal.core.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.core.site_cache.CachedSiteMiddleware",
    # Outside the page cache, so that a cached answer or search page counts too (portal/insights/tally.py).
    "portal.insights.tally.TallyMiddleware",
    "portal.core.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the URL: English under /en/, Dutch everywhere else (portal/urls.py).
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.core.context_processors.swv",
            ],
        },
    },
]

if "DATABASE_URL" not in os.environ:
    VAR_DIR.mkdir(parents=True, exist_ok=True)  # SQLite creates its file, not the folder
DATABASES = {
    "default": dj_database_url.parse(
        # A kept connection is checked before a request uses it: after a database restart, the first request
        # connects afresh instead of failing on the old connection.
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'portal.sqlite3'}"), conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Many chats at once on the embedded database: write-ahead logging lets readers go on while one writes, and
    # IMMEDIATE transactions take the write lock at the start, so two writers queue (up to `timeout` seconds)
    # instead of failing with "database is locked" when a read-then-write transaction upgrades its lock.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE", "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
# Dutch pages where they always were, English ones under /en/ as Wagtail translations of the Dutch ones (a page
# tree per locale); the interface's own words through gettext, from locale/.
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "portal" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"

WAGTAIL_SITE_NAME = "Passend onderwijs: informatie voor ouders"
WAGTAILADMIN_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://localhost:8000")
# The portal's own search (search/) indexes pages; Wagtail's database backend serves only the admin.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt"]
# No avatars fetched from gravatar.com: the admin sends nothing about its users to third parties.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the admin ask wagtail.org for new versions.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Each web node keeps its own index; nodes that share VAR_DIR on one machine give each their own directory.
SEARCH_INDEX_DIR = Path(os.environ.get("PORTAL_SEARCH_INDEX_DIR", VAR_DIR / "search"))

# The assistant: Rasa's REST channel. RASA_URLS (comma-separated) names several Rasa servers that share their
# tracker and lock stores; RASA_URL one. A turn that takes longer than this gets the "not reachable" message.
RASA_URLS = [u.strip() for u in os.environ.get("RASA_URLS", "").split(",") if u.strip()] or [
    os.environ.get("RASA_URL", f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}")]
RASA_TIMEOUT_SECONDS = float(os.environ.get("RASA_TIMEOUT_SECONDS", "10"))
# Retraining (portal/learning/retraining.py): trained models are kept in ASSISTANT_MODELS_DIR, a directory that every
# Rasa server reads and the node that retrains writes; they are put live through Rasa's HTTP API with RASA_TOKEN (or
# the token in $PORTAL_VAR_DIR/rasa-token that `make run` writes).
ASSISTANT_MODELS_DIR = Path(os.environ.get("ASSISTANT_MODELS_DIR", VAR_DIR / "models"))
RASA_TOKEN = os.environ.get("RASA_TOKEN", "")
# The question sets (file names in bench/questions, comma-separated) a new model is measured on before it goes live;
# empty means every *final*.yml. Tests name one or two to keep a retraining short.
ASSISTANT_GATE_SETS = [n.strip() for n in os.environ.get("ASSISTANT_GATE_SETS", "").split(",") if n.strip()]
# Abuse limits of the chat: new conversations per client address per 10 minutes, messages per conversation
# per minute.
CHAT_NEW_CONVERSATIONS_PER_ADDRESS = int(os.environ.get("CHAT_NEW_CONVERSATIONS_PER_ADDRESS", "10"))
CHAT_MESSAGES_PER_MINUTE = int(os.environ.get("CHAT_MESSAGES_PER_MINUTE", "20"))
# Load balancers whose X-Forwarded-For names the client (core.client_address), comma-separated addresses.
PORTAL_TRUSTED_PROXIES = {a.strip() for a in os.environ.get("PORTAL_TRUSTED_PROXIES", "").split(",") if a.strip()}

# "default": the chat's abuse counters and the site per host name (core.site_cache); "pages": whole public
# responses (core.page_cache), whose entries expire by content generation. Per process, unless REDIS_URL puts
# them in Redis, shared by every worker and web node (then a Redis that is away is a cache miss, not an error).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    _redis = {"BACKEND": "portal.core.redis_cache.ForgivingRedisCache", "LOCATION": REDIS_URL,
              "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}}
    CACHES = {"default": {**_redis, "KEY_PREFIX": "portal"}, "pages": {**_redis, "KEY_PREFIX": "pages"}}
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages",
                  "OPTIONS": {"MAX_ENTRIES": 5000}},
    }

# Answer views and searches that found nothing are counted in each process and written this often (seconds).
INSIGHTS_WRITE_SECONDS = float(os.environ.get("INSIGHTS_WRITE_SECONDS", "10"))

EMAIL_BACKEND = os.environ.get("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "noreply@passendonderwijs.localhost")

# Pages send nothing to third parties: everything is served from our own origin.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("PORTAL_LOG_LEVEL", "WARNING")},
}
