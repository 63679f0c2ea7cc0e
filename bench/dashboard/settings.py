"""Bench-only settings: the production settings, with the collected static files in the bench's own
temporary folder (BENCH_STATIC_ROOT) instead of the checkout's staticfiles/, which the bench never touches."""

import os
from pathlib import Path

from concertons.settings.production import *  # noqa: F403

STATIC_ROOT = Path(os.environ["BENCH_STATIC_ROOT"])
