"""The whole signing path as a person lives it, with a real SMTP server."""

import re

import pytest
from django.urls import reverse

from concertons.signatures.models import Signature
from tests.campaigns.factories import CampaignFactory
from tests.signatures.helpers import link_from, sign_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    return CampaignFactory(slug="appel-test", title="Appel de test", signature_goal=1000)


def without_csrf(html: str) -> str:
    return re.sub(r'"x-csrftoken": "[^"]+"', "", html)


def sign(client, campaign, **overrides):
    return client.post(reverse("signatures:sign", args=[campaign.slug]), sign_data(**overrides))


def test_sign_receive_confirm_and_appear_on_the_public_list(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign(client, campaign)
    assert response.status_code == 302
    assert response.url == reverse("signatures:thanks", args=[campaign.slug])
    signature = Signature.objects.get()
    assert signature.status == Signature.Status.PENDING
    assert "DUPONT Anne" not in client.get(reverse("signatures:list", args=[campaign.slug])).text

    [message] = smtp.wait_for(1)
    assert message["To"] == "anne.dupont@example.org"
    assert "Confirmez votre signature" in message["Subject"]
    assert "DUPONT Anne - assistante sociale de polyvalence à Agen (47)" in message.get_content()

    confirm_path = link_from(message, "confirmer")
    page = client.get(confirm_path)
    assert page.status_code == 200 and "Je confirme ma signature" in page.text
    assert (
        Signature.objects.get().status == Signature.Status.PENDING
    )  # a GET (a mail scanner) confirms nothing
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(confirm_path)

    signature.refresh_from_db()
    assert signature.status == Signature.Status.CONFIRMED and signature.confirmed_at
    # The next steps: the goal so far, sharing (the call's address in the messages), testifying, meetings.
    assert "Objectif : 1 signatures sur 1000" in confirmed.text
    assert "Et maintenant ?" in confirmed.text
    assert (
        "https://wa.me/?text=J%27ai%20sign%C3%A9%20l%27appel%20%C2%AB%C2%A0Appel%20de%20test%C2%A0%C2%BB"
        in (confirmed.text)
    )
    assert reverse("testimonies:testify", args=[campaign.slug]) in confirmed.text
    assert reverse("meetings:list", args=[campaign.slug]) in confirmed.text
    listing = client.get(reverse("signatures:list", args=[campaign.slug]))
    assert "DUPONT Anne - assistante sociale de polyvalence à Agen (47)" in listing.text
    assert "anne.dupont@example.org" not in listing.text


def test_a_signer_who_declines_the_public_list_is_counted_but_not_named(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, campaign, is_public=None)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link_from(smtp.wait_for(1)[0], "confirmer"))

    listing = client.get(reverse("signatures:list", args=[campaign.slug]))
    assert "DUPONT" not in listing.text
    assert '<strong class="counter__number">1</strong>' in listing.text


def test_withdraw_link_deletes_the_signature(client, campaign, smtp, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, campaign)
    withdraw_path = link_from(smtp.wait_for(1)[0], "retirer")

    assert client.get(withdraw_path).status_code == 200
    assert Signature.objects.count() == 1
    response = client.post(withdraw_path)

    assert "Votre signature est retirée" in response.text
    assert Signature.objects.count() == 0
    assert client.post(withdraw_path).status_code == 404  # the link is spent


def test_signing_again_resends_the_link_and_keeps_one_signature(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = sign(client, campaign)
    with django_capture_on_commit_callbacks(execute=True):
        second = sign(client, campaign, email="  Anne.DUPONT@Example.ORG ", first_name="Annie")

    assert first.status_code == second.status_code == 302 and first.url == second.url
    assert Signature.objects.count() == 1
    assert Signature.objects.get().first_name == "Annie"  # unconfirmed: the newest details win
    messages = smtp.wait_for(2)
    assert len(messages) == 2
    assert all("Confirmez votre signature" in message["Subject"] for message in messages)


def test_rewriting_an_unconfirmed_signature_revokes_the_link_already_sent(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    """Someone who knows the address must not get its owner to confirm details they did not write."""
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, campaign)
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, campaign, first_name="Usurpé", job_title="propos injurieux")
    first, second = smtp.wait_for(2)

    assert client.get(link_from(first, "confirmer")).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link_from(first, "confirmer"))
    assert Signature.objects.get().status == Signature.Status.PENDING
    assert "Usurpé" in second.get_content() and "propos injurieux" in second.get_content()
    assert client.get(link_from(second, "confirmer")).status_code == 200


def test_page_answers_the_same_whether_or_not_the_address_had_signed(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, campaign)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link_from(smtp.wait_for(1)[0], "confirmer"))

    with django_capture_on_commit_callbacks(execute=True):
        known = sign(client, campaign)
    with django_capture_on_commit_callbacks(execute=True):
        unknown = sign(client, campaign, email="quelquun.dautre@example.org")

    assert (known.status_code, known.url) == (unknown.status_code, unknown.url)
    assert without_csrf(client.get(known.url).text) == without_csrf(client.get(unknown.url).text)
    assert Signature.objects.filter(email="anne.dupont@example.org").count() == 1
    reminder = smtp.wait_for(3)[1]
    assert "Vous avez déjà signé" in reminder["Subject"]
    assert "/signature/retirer/" in reminder.get_content()


def correction(comment: str) -> dict:
    return {
        "last_name": "Dupont-Martin",
        "first_name": "Anne",
        "profession": "assistant_social",
        "commune": "Agen",
        "departement": "47",
        "is_public": "on",
        "comment": comment,
    }


def test_correction_link_updates_details_but_not_the_address_and_keeps_the_comment(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, campaign, comment="Nous sommes à bout.")
    correct_path = link_from(smtp.wait_for(1)[0], "corriger")
    Signature.objects.update(comment_published=True)

    page = client.get(correct_path).text
    assert "Nous sommes à bout." in page  # the comment is shown in its field, ready to be kept
    response = client.post(correct_path, correction(comment="Nous sommes à bout."))

    assert response.status_code == 302
    signature = Signature.objects.get()
    assert signature.last_name == "Dupont-Martin"
    assert signature.email == "anne.dupont@example.org"
    assert signature.comment == "Nous sommes à bout." and signature.comment_published

    client.post(correct_path, correction(comment="Nous sommes à bout, et seul·es."))
    signature.refresh_from_db()
    assert signature.comment == "Nous sommes à bout, et seul·es."
    assert not signature.comment_published  # a rewritten comment is read again before it shows


def test_a_forged_or_expired_link_gets_a_french_page(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    from django.utils import timezone
    from freezegun import freeze_time

    assert client.get(f"/{campaign.slug}/signature/confirmer/pas-un-jeton/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, campaign)
    confirm_path = link_from(smtp.wait_for(1)[0], "confirmer")

    with freeze_time(timezone.now() + timezone.timedelta(days=8)):
        response = client.post(confirm_path)

    assert response.status_code == 404
    assert "Ce lien ne fonctionne plus" in response.text
    assert Signature.objects.get().status == Signature.Status.PENDING


def test_a_closed_campaign_refuses_signatures(client, smtp):
    campaign = CampaignFactory(ended=True)
    response = sign(client, campaign)
    assert "Cet appel n&#x27;accepte plus de signatures." in response.text
    assert Signature.objects.count() == 0
