"""The receipt check as a denial of service: each check costs a 64 MiB Argon2 hash.

Proof-of-work before a check (a lower hourly limit without it), addresses keyed on their IPv6 /64, and a
cap on concurrent checks per process that answers 503 when every slot is taken.
"""

import re
from contextlib import contextmanager

import pytest
from django.urls import reverse

from concertons.testimonies import receipts
from concertons.testimonies.views import RECEIPT_TRIES_PER_HOUR, RECEIPT_TRIES_PER_HOUR_WITHOUT_POW
from tests.signatures.test_antiabuse import solved_payload
from tests.testimonies.factories import submit

pytestmark = pytest.mark.django_db

UNKNOWN = "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"
BUSY = "Trop de vérifications en cours, réessayez dans un instant."
ROBOT = "La vérification anti-robot a échoué"
URL = "/constats/suivi/"


@contextmanager
def every_check_slot_taken():
    """Hold every slot of the process-wide cap, as as many slow checks in progress would."""
    held = 0
    try:
        while receipts.CHECK_SLOTS.acquire(blocking=False):
            held += 1
        assert held == receipts.CONCURRENT_CHECKS
        yield
    finally:
        for _ in range(held):
            receipts.CHECK_SLOTS.release()


def check(client, receipt=UNKNOWN, address="192.0.2.33", **extra):
    return client.post(URL, {"receipt": receipt, **extra}, REMOTE_ADDR=address)


def test_the_follow_up_form_carries_the_proof_of_work_widget(client):
    page = client.get(reverse("testimonies:follow_up"))
    assert "<altcha-widget" in page.text and "challengejson=" in page.text
    assert re.search(r'<script src="[^"]*vendor/altcha/altcha\.js"', page.text)


def test_a_forged_or_replayed_proof_of_work_is_refused_before_any_receipt_check(client):
    _testimony, receipt = submit(redact=False)
    payload = solved_payload()
    assert "Votre témoignage" in check(client, receipt, altcha=payload).text

    with every_check_slot_taken():  # a slow check now would answer 503: these never reach one
        replayed = check(client, receipt, altcha=payload)
        forged = check(client, receipt, altcha="eyJmYXV4IjogdHJ1ZX0=")

    for response in (replayed, forged):
        assert response.status_code == 400
        assert ROBOT in response.text and BUSY not in response.text
        assert "Votre témoignage" not in response.text


def test_without_proof_of_work_a_lower_hourly_limit_applies(client):
    assert RECEIPT_TRIES_PER_HOUR_WITHOUT_POW < RECEIPT_TRIES_PER_HOUR
    for _ in range(RECEIPT_TRIES_PER_HOUR_WITHOUT_POW):
        assert check(client).status_code == 404
    assert check(client).status_code == 429
    # With the proof-of-work the browser ran, the higher limit still lets the person try.
    assert check(client, altcha=solved_payload()).status_code == 404


def test_with_proof_of_work_the_hourly_limit_still_holds(client):
    for _ in range(RECEIPT_TRIES_PER_HOUR):
        assert check(client, altcha=solved_payload()).status_code == 404
    assert check(client, altcha=solved_payload()).status_code == 429


def test_addresses_in_one_ipv6_64_share_the_receipt_limit(client):
    for n in range(RECEIPT_TRIES_PER_HOUR_WITHOUT_POW):
        assert check(client, address=f"2001:db8:42:7::{n + 1:x}").status_code == 404
    assert check(client, address="2001:db8:42:7:dead:beef:0:1").status_code == 429
    assert check(client, address="2001:db8:42:8::1").status_code == 404


def test_when_every_check_slot_is_taken_the_page_says_so_and_nothing_else(client):
    _testimony, receipt = submit(redact=False)
    with every_check_slot_taken():
        busy = check(client, receipt)
    assert busy.status_code == 503
    assert BUSY in busy.text
    assert "Votre témoignage" not in busy.text and "Ce code ne correspond" not in busy.text
    assert "no-store" in busy["Cache-Control"]
    # The slots are given back: the next check goes through.
    assert "Votre témoignage" in check(client, receipt).text


def test_checks_give_their_slot_back(client):
    _testimony, receipt = submit(redact=False)
    for _ in range(receipts.CONCURRENT_CHECKS + 2):
        assert check(client, receipt).status_code == 200
    assert receipts.matches(None, []) is None  # one more, directly: a slot is free


def test_the_api_is_capped_too(client):
    _testimony, receipt = submit(redact=False)
    with every_check_slot_taken():
        busy = client.get("/api/testimonies/mine", headers={"Authorization": f"Receipt {receipt}"})
    assert busy.status_code == 503
    assert busy.json() == {"detail": BUSY, "errors": {}}


def test_the_api_has_the_low_limit_keyed_on_the_64(client):
    """The API runs no proof-of-work: it gets the limit of a browser without JavaScript."""
    for n in range(RECEIPT_TRIES_PER_HOUR_WITHOUT_POW):
        response = client.get(
            "/api/testimonies/mine",
            headers={"Authorization": f"Receipt {UNKNOWN}"},
            REMOTE_ADDR=f"2001:db8:9::{n}",
        )
        assert response.status_code == 401
    again = client.get(
        "/api/testimonies/mine",
        headers={"Authorization": f"Receipt {UNKNOWN}"},
        REMOTE_ADDR="2001:db8:9::ffff",
    )
    assert again.status_code == 429
    elsewhere = client.get(
        "/api/testimonies/mine", headers={"Authorization": f"Receipt {UNKNOWN}"}, REMOTE_ADDR="2001:db8:a::1"
    )
    assert elsewhere.status_code == 401
