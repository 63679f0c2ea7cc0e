"""'Send me my links again': people who lost the e-mail, or signed before the demands existed, get their links;
the page never tells whether an address signed."""

import pytest
from django.urls import reverse

from concertons.signatures.models import Signature
from concertons.signatures.views import LINK_REQUEST_LIMITS
from tests.campaigns.factories import CampaignFactory
from tests.demands.factories import DemandFactory
from tests.signatures.factories import SignatureFactory
from tests.signatures.helpers import form_started

pytestmark = pytest.mark.django_db

SENT = "Si cette adresse a signé l'appel, un e-mail vient de partir avec vos liens."


@pytest.fixture
def campaign():
    return CampaignFactory(slug="appel-test", title="Appel de test")


def ask(client, campaign, email, **extra):
    url = reverse("signatures:links_request", args=[campaign.slug])
    return client.post(url, {"email": email, "form_started": form_started(), **extra}, follow=True)


def test_a_signer_who_signed_before_the_demands_gets_a_support_link(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    SignatureFactory(campaign=campaign, email="anne.dupont@example.org", first_name="Anne")
    DemandFactory(campaign=campaign)  # written after she signed: her e-mails had no support link

    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, campaign, "  Anne.Dupont@Example.org ")

    assert SENT in response.text
    [message] = smtp.wait_for(1)
    assert message["To"] == "anne.dupont@example.org"
    assert "Vos liens pour l'appel" in message["Subject"]
    body = message.get_content()
    assert "/exigences/soutenir/" in body and "/signature/corriger/" in body and "/signature/retirer/" in body


def test_an_unconfirmed_signer_gets_the_confirmation_link_again(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    SignatureFactory(campaign=campaign, email="lea@example.org", pending=True)
    with django_capture_on_commit_callbacks(execute=True):
        ask(client, campaign, "lea@example.org")
    [message] = smtp.wait_for(1)
    assert "/signature/confirmer/" in message.get_content()


def test_the_answer_is_the_same_for_an_address_that_never_signed(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    SignatureFactory(campaign=campaign, email="anne.dupont@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        known = ask(client, campaign, "anne.dupont@example.org")
        unknown = ask(client, campaign, "personne@example.org")
    assert known.status_code == unknown.status_code == 200
    assert known.redirect_chain == unknown.redirect_chain
    assert SENT in unknown.text
    assert len(smtp.wait_for(2, timeout=3)) == 1  # only the address that signed got an e-mail


def test_a_mailbox_cannot_be_flooded_through_the_form(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    SignatureFactory(campaign=campaign, email="anne.dupont@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(LINK_REQUEST_LIMITS.per_hour_without_pow):
            assert SENT in ask(client, campaign, "anne.dupont@example.org").text
        too_many = ask(client, campaign, "anne.dupont@example.org")
    assert len(smtp.wait_for(5, timeout=3)) == 3  # EMAILS_PER_ADDRESS_PER_HOUR
    assert "Trop de demandes envoyées depuis votre connexion" in too_many.text


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("", "Ce champ est obligatoire."),
        ("pas-une-adresse", "Saisissez une adresse de courriel valide."),
        ("<script>alert(1)</script>@example.org", "Saisissez une adresse de courriel valide."),
        ("x" * 300 + "@example.org", "au plus 254 caractères"),
        ("anne\u200b@example.org", "Saisissez une adresse de courriel valide."),
    ],
)
def test_bad_addresses_get_a_french_message_and_keep_the_page(client, campaign, smtp, email, message):
    response = ask(client, campaign, email)
    assert response.status_code == 200
    assert message in response.text and SENT not in response.text
    assert "<script>alert(1)</script>" not in response.text
    assert Signature.objects.count() == 0


def test_a_robot_filling_the_trap_is_answered_as_if_it_had_worked(client, campaign, smtp, settings):
    from concertons.core.antiabuse import HONEYPOT_FIELD

    SignatureFactory(campaign=campaign, email="anne.dupont@example.org")
    response = ask(client, campaign, "anne.dupont@example.org", **{HONEYPOT_FIELD: "http://spam"})
    assert SENT in response.text
    assert smtp.wait_for(1, timeout=2) == []
