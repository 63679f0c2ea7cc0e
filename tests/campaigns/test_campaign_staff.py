"""Organisers write, preview, publish, amend and close a call in /gestion/, without the Django admin."""

import pytest
from django.urls import reverse

from concertons.accounts.models import AuditEntry
from concertons.campaigns.models import Campaign, DepartementGoal
from concertons.mailer.models import OutgoingEmail
from tests.campaigns.factories import CampaignFactory, CollectiveFactory, MembershipFactory
from tests.signatures.factories import SignatureFactory
from tests.signatures.test_staff_views import verified_client

pytestmark = pytest.mark.django_db

TEXT = (
    "## Nous constatons\n\n- des postes vacants\n- des absences non remplacées\n\n<script>alert(1)</script>"
)


@pytest.fixture
def collective():
    return CollectiveFactory(slug="cgt-47")


@pytest.fixture
def organiser(client, collective):
    return verified_client(client, MembershipFactory(collective=collective, role="organiser").user)


def data(**overrides):
    return {"title": "Appel du Lot-et-Garonne", "slug": "", "summary": "Signez.", "text": TEXT,
            "signature_goal": "500", "disclosure_threshold": "5", **overrides}  # fmt: skip


def test_an_organiser_writes_previews_publishes_amends_and_closes_a_call(organiser, collective):
    create = reverse("campaigns_staff:campaign_create", args=[collective.slug])
    preview = organiser.post(create, data(preview="1"))
    assert "<h2>Nous constatons</h2>" in preview.text and "<script>alert" not in preview.text
    assert not Campaign.objects.exists()

    response = organiser.post(create, data())
    campaign = Campaign.objects.get()
    assert (campaign.slug, campaign.status, campaign.signature_goal) == (
        "appel-du-lot-et-garonne",
        "draft",
        500,
    )
    assert response.url == reverse("campaigns_staff:campaign", args=[campaign.slug])
    assert organiser.get(campaign.get_absolute_url()).status_code == 404  # a draft is not public

    page = reverse("campaigns_staff:campaign", args=[campaign.slug])
    organiser.post(page, data(text=TEXT + "\n\nCorrigé avant publication."))
    assert campaign.versions.count() == 1 and "Corrigé" in campaign.versions.get().text

    organiser.post(reverse("campaigns_staff:campaign_status", args=[campaign.slug]), {"status": "published"})
    campaign.refresh_from_db()
    assert campaign.status == "published" and organiser.get(campaign.get_absolute_url()).status_code == 200

    SignatureFactory(campaign=campaign, version=campaign.versions.get(), email="signe@example.org")
    organiser.post(page, data(text=TEXT + "\n\nAmendé après publication."))
    assert campaign.versions.count() == 2
    assert OutgoingEmail.objects.filter(to="signe@example.org").exists()
    assert "Version 2" in organiser.get(page).text

    organiser.post(
        reverse("campaigns_staff:campaign_goal", args=[campaign.slug]), {"departement": "47", "goal": "120"}
    )
    assert DepartementGoal.objects.get(campaign=campaign).goal == 120

    organiser.post(reverse("campaigns_staff:campaign_status", args=[campaign.slug]), {"status": "closed"})
    campaign.refresh_from_db()
    assert campaign.status == "closed" and not campaign.is_open
    actions = set(AuditEntry.objects.filter(campaign=campaign).values_list("action", flat=True))
    assert {"campaign_created", "campaign_updated", "campaign_status_changed", "campaign_amended"} <= actions


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"title": ""}, "Ce champ est obligatoire"),
        ({"text": ""}, "Ce champ est obligatoire"),
        ({"title": "<b>Appel</b>"}, "Les signes &lt; et &gt; ne sont pas acceptés"),
        ({"slug": "gestion"}, "Cette adresse est déjà prise"),
        ({"slug": "pas une adresse"}, "lettres"),
        ({"title": "!!!"}, "Choisissez une adresse"),
        ({"disclosure_threshold": "2"}, "supérieure ou égale à 3"),
        ({"signature_goal": "-4"}, "supérieure ou égale à 1"),
        ({"text": "x\u202ey"}, "caractères invisibles"),
    ],
)
def test_a_bad_call_gets_a_french_message_and_nothing_is_written(organiser, collective, overrides, message):
    response = organiser.post(
        reverse("campaigns_staff:campaign_create", args=[collective.slug]), data(**overrides)
    )
    assert response.status_code == 200 and message in response.text
    assert not Campaign.objects.exists() and not AuditEntry.objects.exists()


def test_a_taken_address_is_refused(organiser, collective):
    CampaignFactory(slug="appel-du-lot-et-garonne")
    response = organiser.post(reverse("campaigns_staff:campaign_create", args=[collective.slug]), data())
    assert "Cette adresse est déjà prise" in response.text


def test_moderators_and_other_collectives_cannot_write_calls(client, collective):
    campaign = CampaignFactory(collective=collective, draft=True)
    for member in (
        MembershipFactory(collective=collective, role="moderator").user,
        MembershipFactory(role="admin").user,
    ):
        staff = verified_client(client, member)
        assert (
            staff.post(reverse("campaigns_staff:campaign_create", args=[collective.slug]), data()).status_code
            == 403
        )
        assert (
            staff.post(
                reverse("campaigns_staff:campaign_status", args=[campaign.slug]), {"status": "published"}
            ).status_code
            == 403
        )
        client.logout()
    campaign.refresh_from_db()
    assert campaign.status == "draft"


def test_an_impossible_status_change_is_refused(organiser, collective):
    campaign = CampaignFactory(collective=collective, draft=True)
    response = organiser.post(
        reverse("campaigns_staff:campaign_status", args=[campaign.slug]), {"status": "closed"}, follow=True
    )
    assert "n'est pas possible" in response.text.replace("&#x27;", "'")
    campaign.refresh_from_db()
    assert campaign.status == "draft"
