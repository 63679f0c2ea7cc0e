"""Organisers' signature pages, reached as a logged-in, TOTP-verified organiser."""

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from concertons.accounts.models import AuditEntry
from concertons.signatures.models import Signature
from tests import spreadsheets
from tests.campaigns.factories import MembershipFactory
from tests.signatures.factories import SignatureFactory

pytestmark = pytest.mark.django_db


def verified_client(client, user):
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    assert client.post(reverse("accounts:two_factor"), {"token": code}).status_code == 302
    return client


def test_an_organiser_lists_searches_and_hides_a_signature_with_a_reason(organiser_client, campaign):
    fake = SignatureFactory(campaign=campaign, last_name="Canular", first_name="Bob")
    SignatureFactory(campaign=campaign, last_name="Vraie", first_name="Personne")

    listing = organiser_client.get(reverse("signatures_staff:list", args=[campaign.slug]), {"q": "canu"})
    assert "CANULAR Bob" in listing.text and "VRAIE" not in listing.text

    organiser_client.post(
        reverse("signatures_staff:hide", args=[campaign.slug, fake.pk]), {"reason": "Nom fantaisiste"}
    )

    fake.refresh_from_db()
    assert fake.status == Signature.Status.HIDDEN and fake.hidden_reason == "Nom fantaisiste"
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.SIGNATURE_HIDDEN, object_id=str(fake.pk)
    ).exists()
    organiser_client.get(reverse("signatures_staff:list", args=[campaign.slug]))  # shows the flash message
    public = organiser_client.get(reverse("signatures:list", args=[campaign.slug]))
    assert "CANULAR" not in public.text


def test_hiding_without_a_reason_changes_nothing(organiser_client, campaign):
    signature = SignatureFactory(campaign=campaign)
    organiser_client.post(
        reverse("signatures_staff:hide", args=[campaign.slug, signature.pk]), {"reason": " "}
    )
    signature.refresh_from_db()
    assert signature.status == Signature.Status.CONFIRMED


def test_paper_entry_uses_the_same_checks_and_counts_as_paper(organiser_client, campaign):
    url = reverse("signatures_staff:paper", args=[campaign.slug])
    refused = organiser_client.post(
        url,
        {
            "last_name": "<b>",
            "first_name": "Léa",
            "profession": "psychologue",
            "commune": "Agen",
            "consent": "on",
        },
    )
    assert "ne peut contenir que des lettres" in refused.text
    assert Signature.objects.count() == 0

    organiser_client.post(
        url,
        {
            "last_name": "Roux",
            "first_name": "Léa",
            "profession": "psychologue",
            "commune": "Agen",
            "consent": "on",
            "is_public": "on",
        },
    )

    signature = Signature.objects.get()
    assert (signature.source, signature.status, signature.departement) == ("paper", "confirmed", "47")


def test_export_csv_has_the_documented_columns_and_no_emails(organiser_client, campaign):
    SignatureFactory(
        campaign=campaign, last_name="=HYPERLINK(1)", first_name="Anne", email="secret@example.org"
    )
    response = organiser_client.get(reverse("signatures_staff:export", args=[campaign.slug, "csv"]))

    header, row = spreadsheets.rows(response.content)
    assert header == [
        "Nom", "Prénom", "Fonction", "Lieu de travail", "Commune", "Département", "Public", "Origine", "Confirmée le",
    ]  # fmt: skip
    assert "secret@example.org" not in response.content.decode()
    assert row[0] == "'=HYPERLINK(1)"  # a spreadsheet must not run it as a formula


def test_the_paper_sheet_is_a_pdf_with_the_call_title(organiser_client, campaign):
    response = organiser_client.get(reverse("signatures_staff:paper_sheet", args=[campaign.slug]))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_organisers_of_another_collective_are_refused(client, campaign):
    stranger = MembershipFactory(role="organiser").user
    stranger_client = verified_client(client, stranger)
    for name, extra in [("list", []), ("paper", []), ("export", ["xlsx"]), ("paper_sheet", [])]:
        url = reverse(f"signatures_staff:{name}", args=[campaign.slug, *extra])
        assert stranger_client.get(url).status_code == 403


def test_moderators_cannot_export(client, campaign):
    moderator = MembershipFactory(collective=campaign.collective, role="moderator").user
    assert (
        verified_client(client, moderator)
        .get(reverse("signatures_staff:export", args=[campaign.slug, "csv"]))
        .status_code
        == 403
    )


def test_only_admins_handle_personal_data_requests(client, campaign):
    organiser = MembershipFactory(collective=campaign.collective, role="organiser").user
    assert verified_client(client, organiser).get(reverse("signatures_staff:person_data")).status_code == 403


def test_an_admin_erases_a_persons_signatures_after_confirming(client, campaign):
    admin = MembershipFactory(collective=campaign.collective, role="admin").user
    admin_client = verified_client(client, admin)
    SignatureFactory(campaign=campaign, email="efface@example.org")
    url = reverse("signatures_staff:person_data")

    unconfirmed = admin_client.post(url, {"email": "efface@example.org", "action": "erase"})
    assert "Cochez cette case" in unconfirmed.text
    assert Signature.objects.count() == 1

    admin_client.post(url, {"email": "efface@example.org", "action": "erase", "confirm": "on"})
    assert Signature.objects.count() == 0


def test_an_admin_downloads_a_persons_data_as_json(client, campaign):
    admin = MembershipFactory(collective=campaign.collective, role="admin").user
    SignatureFactory(campaign=campaign, email="moi@example.org", last_name="Moi")
    response = verified_client(client, admin).post(
        reverse("signatures_staff:person_data"),
        {"email": "moi@example.org", "action": "export", "confirm": "on"},
    )
    assert response.json()["signatures"][0]["last_name"] == "Moi"


def test_editing_a_published_text_in_the_admin_adds_a_version(client, campaign):
    from tests.campaigns.factories import UserFactory

    superuser = UserFactory(is_superuser=True, is_staff=True)
    admin_client = verified_client(client, superuser)
    SignatureFactory(campaign=campaign)
    url = reverse("admin:campaigns_campaign_change", args=[campaign.pk])
    data = {
        "collective": campaign.collective.pk, "title": campaign.title, "slug": campaign.slug, "summary": "",
        "text": "Texte amendé", "status": "published", "signature_goal": "",
        "departement_goals-TOTAL_FORMS": "0", "departement_goals-INITIAL_FORMS": "0",
    }  # fmt: skip

    response = admin_client.post(url, data)

    assert response.status_code == 302, response.text[:3000]
    assert list(campaign.versions.values_list("number", "text")) == [(1, campaign.text), (2, "Texte amendé")]


def test_the_counts_by_origin_are_in_french(organiser_client, campaign):
    SignatureFactory(campaign=campaign)
    page = organiser_client.get(reverse("signatures_staff:list", args=[campaign.slug])).text
    assert "(en ligne : 1)" in page and "online" not in page
