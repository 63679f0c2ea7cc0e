"""Test settings: same as base, a fast hasher, and task/e-mail settings that tests override per case."""

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
