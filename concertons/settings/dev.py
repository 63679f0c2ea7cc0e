"""Local settings for `make run`: plain HTTP on 127.0.0.1; DEBUG stays off unless DEBUG=1."""

import os

from .base import *  # noqa: F403

# Without a configured SMTP relay, e-mails (confirmation links…) are printed by the worker in the terminal,
# so the whole signing path can be tried on a laptop.
if not os.environ.get("EMAIL_URL") and not os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
