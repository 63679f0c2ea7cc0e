"""Bench-only settings: the production settings plus the bare baseline app, on the same server."""

from concertons.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench.signatures.bareapp"]  # noqa: F405
ROOT_URLCONF = "bench.signatures.urls"
