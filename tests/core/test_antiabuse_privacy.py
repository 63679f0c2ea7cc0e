"""Anti-abuse state links nothing: no counter or used challenge in a table a backup copies, no hash shared
between the sign and testify scopes, IPv6 keyed on its /64, and every expiry on a window boundary.

An employer holding a database dump, a backup and the logs must not find there a row that ties a testimony
to a signature (the same address hash on one day) or that dates it to the second (an expiry time).
"""

import hashlib
import re

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from concertons.core import antiabuse
from concertons.settings import base as base_settings
from tests.campaigns.factories import CampaignFactory
from tests.signatures.helpers import form_started, sign_data
from tests.signatures.test_antiabuse import solved_payload

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.61"
TESTIMONY = {
    "departement": "59",
    "service": "ase",
    "themes": ["effectifs"],
    "text": "Deux postes vacants depuis un an.",
    "detail": "full",
}
DATABASE_CACHE = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "concertons_cache"}


@pytest.fixture
def production_caches(settings):
    """The caches as production has them without CACHE_URL: the default one in the database."""
    settings.CACHES = {"default": DATABASE_CACHE, "antiabuse": base_settings.CACHES["antiabuse"]}
    call_command("createcachetable")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM concertons_cache")  # rows another test run may have left (rolled back)
    caches["antiabuse"].clear()
    yield
    caches["antiabuse"].clear()


def database_cache_keys() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT cache_key FROM concertons_cache")
        return [row[0] for row in cursor.fetchall()]


def post_testimony(client, campaign, address=ADDRESS, **extra):
    data = {**TESTIMONY, "form_started": form_started(), **extra}
    return client.post(reverse("testimonies:testify", args=[campaign.slug]), data, REMOTE_ADDR=address)


def sign(client, campaign, address=ADDRESS, **extra):
    return client.post(
        reverse("signatures:sign", args=[campaign.slug]), sign_data(**extra), REMOTE_ADDR=address
    )


def antiabuse_keys() -> list[str]:
    """The keys the anti-abuse cache holds (in process memory: LocMemCache keeps them in `_cache`)."""
    return list(caches["antiabuse"]._cache)


def test_the_anti_abuse_cache_is_never_a_database_table():
    assert "DatabaseCache" not in base_settings.CACHES["antiabuse"]["BACKEND"]


def test_a_signature_and_a_testimony_from_one_address_write_no_anti_abuse_row_to_the_database(
    client, production_caches
):
    campaign = CampaignFactory()
    assert sign(client, campaign, altcha=solved_payload()).status_code == 302
    before = database_cache_keys()
    assert "Merci pour votre témoignage" in post_testimony(client, campaign, altcha=solved_payload()).text
    assert "Merci pour votre témoignage" in post_testimony(client, campaign).text  # without JavaScript

    assert database_cache_keys() == before, "a testimony wrote to the database cache"
    assert not [key for key in database_cache_keys() if re.search(r":(rl|altcha):", key)]
    # They are counted, elsewhere: in memory.
    assert any(":rl:testify:" in key for key in antiabuse_keys())
    assert any(":rl:sign:" in key for key in antiabuse_keys())
    assert any(":altcha:" in key for key in antiabuse_keys())


def test_e_mail_flood_counters_stay_out_of_the_database_and_hold_no_plain_hash(client, production_caches):
    campaign = CampaignFactory()
    assert sign(client, campaign, altcha=solved_payload()).status_code == 302
    assert sign(client, campaign, altcha=solved_payload()).status_code == 302  # signed again: link re-sent
    # Re-sent e-mails are counted against flooding: not in a table, not as a bare SHA-256.
    assert not [key for key in database_cache_keys() if "mail-to" in key]
    plain = hashlib.sha256(b"anne.dupont@example.org").hexdigest()
    assert not [key for key in antiabuse_keys() if plain in key]
    assert any(":lim:mail-to:" in key for key in antiabuse_keys())


def test_the_sign_and_testify_scopes_share_no_hash_of_one_address(client, rf, production_caches):
    campaign = CampaignFactory()
    sign(client, campaign)
    post_testimony(client, campaign)
    hashes = {
        scope: {key.split(":")[4] for key in antiabuse_keys() if key.startswith(f":1:rl:{scope}:")}
        for scope in ("sign", "testify")
    }
    assert len(hashes["sign"]) == len(hashes["testify"]) == 1
    (sign_hash,), (testify_hash,) = hashes["sign"], hashes["testify"]
    assert sign_hash != testify_hash
    assert sign_hash[:8] not in testify_hash and testify_hash[:8] not in sign_hash

    request = rf.get("/", REMOTE_ADDR=ADDRESS)
    keys = {scope: antiabuse.client_key(request, scope=scope) for scope in ("sign", "testify", "receipt")}
    assert len(set(keys.values())) == 3
    assert keys["sign"] == sign_hash and keys["testify"] == testify_hash


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("2001:db8:5:6::1", "2001:db8:5:6:a:b:c:d", True),  # one /64: one household or one machine
        ("2001:db8:5:6::1", "2001:db8:5:7::1", False),
        ("2001:DB8:5:6:0:0:0:1", "2001:db8:5:6::1", True),  # spellings of one address
        ("::ffff:192.0.2.1", "192.0.2.1", True),  # an IPv4 address seen through an IPv6 socket
        ("::ffff:192.0.2.1", "::ffff:192.0.2.2", False),  # not one /64 for every IPv4 address
        ("192.0.2.1", "192.0.2.2", False),
    ],
)
def test_ipv6_addresses_are_keyed_on_their_64(rf, first, second, together):
    one = antiabuse.client_key(rf.get("/", REMOTE_ADDR=first), scope="sign")
    other = antiabuse.client_key(rf.get("/", REMOTE_ADDR=second), scope="sign")
    assert (one == other) is together


def test_addresses_in_one_ipv6_64_count_together(client, production_caches):
    from concertons.signatures.views import SIGNATURE_LIMITS

    campaign = CampaignFactory()
    for n in range(SIGNATURE_LIMITS.per_hour_without_pow):
        response = sign(client, campaign, f"2001:db8:77:1::{n + 1:x}", email=f"personne{n}@example.org")
        assert response.status_code == 302
    again = sign(client, campaign, "2001:db8:77:1:ffff::9", email="une-de-trop@example.org")
    assert "Trop de signatures envoyées depuis votre connexion" in again.text
    elsewhere = sign(client, campaign, "2001:db8:77:2::1", email="ailleurs@example.org")
    assert elsewhere.status_code == 302


@pytest.mark.real_clock
def test_every_anti_abuse_expiry_lies_on_a_window_boundary(client, production_caches):
    campaign = CampaignFactory()
    sign(client, campaign, altcha=solved_payload())
    post_testimony(client, campaign, altcha=solved_payload())
    post_testimony(client, campaign)
    client.post(
        reverse("testimonies:follow_up"), {"receipt": "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"}, REMOTE_ADDR=ADDRESS
    )

    expiries = caches["antiabuse"]._expire_info  # LocMemCache: key -> expiry (seconds since the epoch)
    assert len(expiries) >= 4
    window = antiabuse.ALTCHA_VALIDITY.total_seconds()  # the shortest window; rate-limit hours are multiples
    for key, expiry in expiries.items():
        # To the second, as a database row would store it (LocMem adds the microseconds of its own call).
        assert int(expiry) % window == 0, (key, expiry)


def test_rows_an_older_version_left_in_the_database_cache_are_purged_by_migrate(transactional_db, settings):
    """`concertons migrate` deletes the rate-limit and proof-of-work rows older versions wrote there (and
    their expiries), and nothing else."""
    settings.CACHES = {"default": DATABASE_CACHE, "antiabuse": base_settings.CACHES["antiabuse"]}
    call_command("createcachetable")
    database_cache = caches["default"]
    try:
        database_cache.set("rl:testify:0123456789abcdef0123456789abcdef:493827", 1, 3600)
        database_cache.set("rl:receipt:fedcba9876543210fedcba9876543210:493827", 3, 3600)
        database_cache.set("altcha:" + "ab" * 32, 1, 600)
        database_cache.set("autre-usage", "gardé", 3600)
        assert len(database_cache_keys()) == 4

        call_command("migrate", "core", "zero", verbosity=0)
        call_command("migrate", "core", verbosity=0)

        assert database_cache_keys() == [":1:autre-usage"]
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM concertons_cache")
