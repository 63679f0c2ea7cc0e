"""bench.dashboard.settings plus the bench-only prototype of per-process chart caching (--prototype)."""

from bench.dashboard.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench.dashboard.cachedcharts"]  # noqa: F405
