"""With CACHE_URL (several app processes), the anti-abuse counters live in Redis and expire on window
boundaries. Uses the Redis server of the machine; skipped where none answers on 127.0.0.1:6379."""

import socket
import time

import pytest
from django.core.cache import caches

from concertons.core import antiabuse

REDIS_URL = "redis://127.0.0.1:6379/15"


def _redis_answers() -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", 6379)) == 0


pytestmark = pytest.mark.skipif(not _redis_answers(), reason="no Redis on 127.0.0.1:6379")


@pytest.fixture
def redis_caches(settings):
    backend = "django.core.cache.backends.redis.RedisCache"
    settings.CACHES = {
        "default": {"BACKEND": backend, "LOCATION": REDIS_URL},
        "antiabuse": {"BACKEND": backend, "LOCATION": REDIS_URL, "KEY_PREFIX": "antiabuse"},
    }
    caches["antiabuse"].clear()
    yield caches["antiabuse"]
    caches["antiabuse"].clear()


@pytest.mark.real_clock
def test_counters_are_shared_through_redis_and_end_on_the_hour(redis_caches, rf):
    request = rf.post("/", REMOTE_ADDR="192.0.2.44")
    assert not antiabuse.rate_limited(request, scope="testify", limit=1)
    assert antiabuse.rate_limited(request, scope="testify", limit=1)  # the second one counts

    client = redis_caches._cache.get_client()
    keys = client.keys("antiabuse:*")
    assert keys and not any(b"192.0.2.44" in key for key in keys)
    now = time.time()
    until_hour = 3600 - now % 3600
    for key in keys:
        assert abs(client.ttl(key) - until_hour) <= 2
