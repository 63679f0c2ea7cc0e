import base64
import json

import altcha
import pytest
from django.urls import reverse

from concertons.core import antiabuse
from concertons.signatures.models import Signature
from tests.campaigns.factories import CampaignFactory
from tests.signatures.helpers import form_started, sign_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    return CampaignFactory()


def solved_payload() -> str:
    """Solve a real challenge the way the browser widget does."""
    challenge = antiabuse.altcha_challenge()
    solution = altcha.solve_challenge_v1(
        challenge["challenge"], challenge["salt"], challenge["algorithm"], challenge["maxnumber"]
    )
    payload = {
        "algorithm": challenge["algorithm"],
        "challenge": challenge["challenge"],
        "number": solution.number,
        "salt": challenge["salt"],
        "signature": challenge["signature"],
    }
    return base64.b64encode(json.dumps(payload).encode()).decode()


def post(client, campaign, REMOTE_ADDR="192.0.2.10", **overrides):
    return client.post(
        reverse("signatures:sign", args=[campaign.slug]), sign_data(**overrides), REMOTE_ADDR=REMOTE_ADDR
    )


def test_the_honeypot_answers_like_success_but_keeps_nothing(client, campaign):
    response = post(client, campaign, website="http://spam.example")
    assert response.status_code == 302 and response.url.endswith("/signer/merci/")
    assert Signature.objects.count() == 0


def test_a_form_sent_within_seconds_of_loading_is_refused(client, campaign):
    response = post(client, campaign, form_started=form_started(seconds_ago=-60))
    assert "Formulaire envoyé trop vite" in response.text
    assert Signature.objects.count() == 0


@pytest.mark.parametrize("token", ["", "n'importe quoi", "day-old"], ids=["missing", "forged", "day-old"])
def test_a_missing_forged_or_day_old_form_token_asks_to_reload(client, campaign, token):
    if token == "day-old":  # made here, not at collection: every test process must collect the same ids
        token = form_started(seconds_ago=2 * 86400)
    response = post(client, campaign, form_started=token)
    assert "Ce formulaire a expiré" in response.text
    assert Signature.objects.count() == 0


def test_a_solved_proof_of_work_is_accepted_once(client, campaign):
    payload = solved_payload()
    assert post(client, campaign, altcha=payload).status_code == 302
    replay = post(client, campaign, altcha=payload, email="autre@example.org")
    assert "La vérification anti-robot a échoué" in replay.text
    assert Signature.objects.count() == 1


def test_a_forged_proof_of_work_is_refused(client, campaign):
    response = post(client, campaign, altcha="eyJmYXV4IjogdHJ1ZX0=")
    assert "La vérification anti-robot a échoué" in response.text
    assert Signature.objects.count() == 0


def test_without_javascript_a_lower_rate_limit_applies(client, campaign):
    from concertons.signatures.views import SIGNATURE_LIMITS

    for n in range(SIGNATURE_LIMITS.per_hour_without_pow):
        assert post(client, campaign, email=f"personne{n}@example.org").status_code == 302
    response = post(client, campaign, email="une-de-trop@example.org")
    assert "Trop de signatures envoyées depuis votre connexion" in response.text
    assert Signature.objects.count() == SIGNATURE_LIMITS.per_hour_without_pow
    # Another connection is not affected.
    other = post(client, campaign, email="ailleurs@example.org", REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 302


def test_rate_limit_keys_are_keyed_hashes_that_never_contain_the_address(rf, settings):
    request = rf.get("/", REMOTE_ADDR="203.0.113.42")
    key = antiabuse.client_key(request, scope="sign")
    assert "203.0.113.42" not in key and len(key) == 32
    settings.SECRET_KEY = "une autre clé"
    assert antiabuse.client_key(request, scope="sign") != key


def test_anti_abuse_can_be_switched_off_for_benchmarks(client, campaign, settings):
    settings.CONCERTONS_ANTI_ABUSE = False
    for n in range(10):
        assert post(client, campaign, email=f"bench{n}@example.org").status_code == 302
    assert Signature.objects.count() == 10
