"""Settings shared by every environment; values that differ come from the environment (concertons/settings/env.py)."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from concertons.settings import env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Where the embedded database, the generated secret key and uploaded files live; never in git.
DATA_DIR = Path(os.environ.get("CONCERTONS_DATA_DIR", BASE_DIR / "var")).resolve()
# Backups go beside the data folder, not in it (it holds the testimony key), and are encrypted to these age
# public keys ("age1…", comma-separated), whose private keys stay off the server (`concertons backup_key`).
BACKUP_DIR = Path(os.environ.get("CONCERTONS_BACKUP_DIR", DATA_DIR.parent / "sauvegardes")).resolve()
BACKUP_RECIPIENTS = [
    key for key in os.environ.get("CONCERTONS_BACKUP_RECIPIENT", "").split(",") if key.strip()
]
# Signs each backup's manifest (Ed25519, base64), so that a restore refuses a file made elsewhere with the
# public key above; `concertons backup_key` prints it, and puts the matching verification key in the file kept
# off the server.
BACKUP_SIGNING_KEY = os.environ.get("CONCERTONS_BACKUP_SIGNING_KEY", "").strip()

SECRET_KEY = env.secret_key(DATA_DIR)
DEBUG = env.env_bool("DEBUG")
ALLOWED_HOSTS = env.env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# The project's apps lowest layer first (docs/architecture.md): their periodic jobs run in this order.
INSTALLED_APPS = [
    "concertons.geo",
    "concertons.core",
    "concertons.mailer",
    "concertons.accounts",
    "concertons.campaigns",
    "concertons.signatures",
    "concertons.testimonies",
    "concertons.demands",
    "concertons.meetings",
    "concertons.publication",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_otp",
    "concertons.accounts.third_party.AuthenticatorApps",
    "concertons.accounts.third_party.RecoveryCodes",
    "concertons.accounts.third_party.Axes",
    "csp",
    "django_htmx",
    "ninja",  # serves Swagger UI's files itself (from a CDN, the site's CSP would block them)
    "template_partials",
    "django_tasks",
    "concertons.accounts.third_party.Tasks",
]

MIDDLEWARE = [
    "concertons.core.observability.CountResponsesMiddleware",
    "concertons.core.observability.FrenchApiMethodNotAllowed",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "concertons.accounts.middleware.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it answers a locked-out login before the view runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "concertons.urls"
WSGI_APPLICATION = "concertons.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "concertons" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                # After Django's own: a page kept for every visitor gets its CSRF token filled per request.
                "concertons.core.pagecache.csrf",
            ],
        },
    },
]


def _sqlite_database(path: Path) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": path,
        "OPTIONS": {
            # WAL lets readers go on while one writer commits; IMMEDIATE takes the write lock at BEGIN,
            # so two writers queue on busy_timeout instead of failing with "database is locked".
            # secure_delete zeroes what is deleted or overwritten (a published testimony's raw text), so the
            # file and its backups keep no copy of it in free pages.
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                "PRAGMA secure_delete=ON;"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }


if database_url := os.environ.get("DATABASE_URL", "").strip():
    DATABASES = {"default": dj_database_url.parse(database_url, conn_max_age=60, conn_health_checks=True)}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
        # The same SQLite however the file is named: without these settings a moved file would lose WAL,
        # the busy timeout, and secure_delete (a published testimony's raw text left in free pages).
        DATABASES = {"default": _sqlite_database(Path(DATABASES["default"]["NAME"]))}
else:
    DATABASES = {"default": _sqlite_database(DATA_DIR / "concertons.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:staff_home"
LOGOUT_REDIRECT_URL = "campaigns:home"

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français"))]
LOCALE_PATHS = [BASE_DIR / "concertons" / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("CONCERTONS_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "concertons" / "static"]
# Hashed, compressed, cached-forever names once `collectstatic` has run. Before it (a first `runserver`, a
# forgotten step) the files are served from the source folders under their plain names, instead of every
# page failing on a missing manifest.
if (STATIC_ROOT / "staticfiles.json").exists():
    _STATIC_BACKEND = "whitenoise.storage.CompressedManifestStaticFilesStorage"
else:
    _STATIC_BACKEND = "django.contrib.staticfiles.storage.StaticFilesStorage"
    WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": _STATIC_BACKEND},
}
MEDIA_ROOT = DATA_DIR / "media"
# A file added since the last `collectstatic` keeps its plain name rather than turning pages into errors.
WHITENOISE_MANIFEST_STRICT = False

SESSION_COOKIE_HTTPONLY = True
# Only the team has sessions (signers and witnesses get no cookie): a working day, then log in again.
SESSION_COOKIE_AGE = 10 * 3600
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# No inline script or style anywhere: htmx is configured through a <meta> tag, not inline JS.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    },
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
globals().update(env.email_settings(os.environ.get("EMAIL_URL")))
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Concertons <ne-pas-repondre@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# "default": the database cache (its table is created by `concertons migrate`), Redis when CACHE_URL says so.
# "antiabuse": rate-limit counters and used proof-of-work solutions, NEVER in a database table (a backup
# would keep, per address and day, when someone signed and when someone testified): process memory by
# default, so each app process counts on its own; Redis without persistence when CACHE_URL is set, so that
# several processes share their counts (docs/deploy.md).
if cache_url := os.environ.get("CACHE_URL", "").strip():
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": cache_url},
        "antiabuse": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": cache_url,
            "KEY_PREFIX": "antiabuse",
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "concertons_cache"},
        "antiabuse": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "concertons-antiabuse",
            # Past this, the least recently used entries go (a counter forgotten, a solution accepted twice):
            # room for a busy day, about 30 MB at most.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        },
    }

# Honeypot, time trap, proof-of-work and rate limits; CONCERTONS_ANTI_ABUSE=0 turns the last two off
# (benchmarks and tests only; a warning is logged at start-up).
CONCERTONS_ANTI_ABUSE = env.env_bool("CONCERTONS_ANTI_ABUSE", True)
# Number of reverse proxies in front of the app that append to X-Forwarded-For (0: none, use the socket).
TRUSTED_PROXY_HOPS = env.env_int("TRUSTED_PROXY_HOPS", 0)
# Unconfirmed signatures are deleted after this many days (GDPR: keep nothing not needed).
SIGNATURE_PENDING_DAYS = env.env_int("SIGNATURE_PENDING_DAYS", 7)
SIGNATURES_PER_PAGE = 50

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# django-axes: lock an account name out after repeated failures. It never learns the client
# address (AXES_CLIENT_IP_CALLABLE) nor keeps the user agent (see accounts/axes.py).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_CLIENT_IP_CALLABLE = "concertons.accounts.axes.no_client_address"
AXES_HANDLER = "concertons.accounts.axes.PrivacyDatabaseHandler"
AXES_DISABLE_ACCESS_LOG = True
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

OTP_TOTP_ISSUER = "Concertons"

# Request logs on public paths must not carry client addresses: Django's own request logger only
# logs paths and status codes; the server's access log is configured in `concertons serve`.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {"no_testimony_traces": {"()": "concertons.core.logging.DropTestimonyTraces"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["no_testimony_traces"],
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "concertons": {"level": "INFO"},
        "django.request": {"level": "ERROR"},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.security.DisallowedHost": {"handlers": [], "propagate": False},
    },
}

# We lock out by account name on purpose: reading the client address would put it in the database.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

# Testimonies: the raw text's encryption key lives outside the database (see testimonies/crypto.py);
# a raw text nobody reviewed is destroyed after this many days.
TESTIMONY_KEY_FILE = os.environ.get("CONCERTONS_TESTIMONY_KEY_FILE", str(DATA_DIR / "testimony.key"))
TESTIMONY_RAW_TEXT_DAYS = env.env_int("TESTIMONY_RAW_TEXT_DAYS", 60)
TESTIMONY_MAX_LENGTH = 5000
