"""Bench-only settings: production, plus the bare baseline views (bench/signatures/bareapp), with the collected
static files in the bench's temporary folder (BENCH_STATIC_ROOT)."""

import os
from pathlib import Path

from concertons.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench.signatures.bareapp"]  # noqa: F405
ROOT_URLCONF = "bench.signatures.urls"
STATIC_ROOT = Path(os.environ["BENCH_STATIC_ROOT"])
