"""Test settings: same as base, a fast hasher, and task/e-mail settings that tests override per case."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Tests start a real SMTP server (aiosmtpd) and point EMAIL_PORT at it; nothing leaves the machine.
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = 1
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True

# A file, not SQLite's shared in-memory database: that one locks whole tables and ignores busy_timeout,
# so concurrency tests would test something the product never runs on.
# One file per test run (several runs may share a checkout), in the temporary folder.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.gettempdir()) / f"concertons-test-{os.getpid()}.sqlite3")
    }  # noqa: F405

else:
    # Several runs on one PostgreSQL server (two people, or helpers) each name their own test database.
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("CONCERTONS_TEST_DB_NAME", "test_concertons")}  # noqa: F405

# In memory: tests run in one process, and clearing it between tests needs no database access.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "antiabuse": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "antiabuse"},
}
