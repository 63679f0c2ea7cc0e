"""Organisers' demand pages, as a logged-in, TOTP-verified organiser."""

import pytest
from django.urls import reverse
from django.utils import timezone

from concertons.accounts.models import AuditEntry
from concertons.demands.models import Demand, DemandStatusChange
from tests.campaigns.factories import MembershipFactory
from tests.demands.factories import DemandFactory
from tests.signatures.test_staff_views import verified_client

pytestmark = pytest.mark.django_db


def test_an_organiser_adds_edits_and_orders_demands(organiser_client, campaign):
    url = reverse("demands_staff:create", args=[campaign.slug])
    organiser_client.post(url, {"title": "Des postes", "text": "Créer les postes.", "themes": ["effectifs"]})
    organiser_client.post(url, {"title": "Des moyens", "themes": ["moyens", "partenaires"]})
    first, second = Demand.objects.order_by("position")
    assert (first.title, first.themes, second.themes) == (
        "Des postes",
        ["effectifs"],
        ["moyens", "partenaires"],
    )

    organiser_client.post(reverse("demands_staff:move", args=[campaign.slug, second.pk]), {"sens": "monter"})
    assert list(Demand.objects.order_by("position").values_list("title", flat=True)) == [
        "Des moyens",
        "Des postes",
    ]

    organiser_client.post(
        reverse("demands_staff:edit", args=[campaign.slug, first.pk]), {"title": "Des postes pérennes"}
    )
    first.refresh_from_db()
    assert first.title == "Des postes pérennes" and first.themes == []
    listing = organiser_client.get(reverse("demands_staff:list", args=[campaign.slug]))
    assert "Des postes pérennes" in listing.text


def test_bad_demand_input_gets_french_messages(organiser_client, campaign):
    response = organiser_client.post(
        reverse("demands_staff:create", args=[campaign.slug]), {"title": "", "themes": ["licornes"]}
    )
    assert "Ce champ est obligatoire." in response.text
    assert "Sélectionnez un choix valide" in response.text
    assert Demand.objects.count() == 0


def test_an_organiser_records_a_status_with_a_note_and_a_link(organiser_client, campaign):
    demand = DemandFactory(campaign=campaign)
    url = reverse("demands_staff:status", args=[campaign.slug])
    response = organiser_client.post(
        url,
        {
            "demand": demand.pk,
            "departement": "47",
            "status": "negotiating",
            "date": timezone.localdate().isoformat(),
            "note": "Première rencontre avec la direction",
            "link": "example.org/compte-rendu",
        },
    )
    assert response.status_code == 302
    change = DemandStatusChange.objects.get()
    assert (change.departement, change.status, change.link) == (
        "47",
        "negotiating",
        "https://example.org/compte-rendu",
    )
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DEMAND_STATUS_CHANGED).exists()
    history = organiser_client.get(response.url)
    assert "Première rencontre avec la direction" in history.text


def test_an_unknown_status_or_departement_is_refused_in_french(organiser_client, campaign):
    demand = DemandFactory(campaign=campaign)
    response = organiser_client.post(
        reverse("demands_staff:status", args=[campaign.slug]),
        {"demand": demand.pk, "departement": "123", "status": "presque", "date": "2026-10-01"},
    )
    assert "Statut inconnu : « presque »." in response.text
    assert "Département inconnu : « 123 »." in response.text
    assert DemandStatusChange.objects.count() == 0


def test_a_moderator_or_another_collective_cannot_manage_demands(client, campaign):
    moderator = MembershipFactory(collective=campaign.collective, role="moderator").user
    verified_client(client, moderator)
    assert client.get(reverse("demands_staff:list", args=[campaign.slug])).status_code == 403
    assert (
        client.post(reverse("demands_staff:create", args=[campaign.slug]), {"title": "X"}).status_code == 403
    )
    assert Demand.objects.count() == 0


def test_staff_pages_need_a_login(client, campaign):
    response = client.get(reverse("demands_staff:status", args=[campaign.slug]))
    assert response.status_code == 302 and "connexion" in response.url


def test_organisers_see_the_exact_supports_beside_what_the_public_sees(organiser_client, campaign):
    from concertons.demands import services
    from tests.signatures.factories import SignatureFactory

    demand = DemandFactory(campaign=campaign)
    for _ in range(2):  # fewer than k = 5: secret on public pages
        services.demand_support_add(
            signature=SignatureFactory(campaign=campaign, is_public=False), demand=demand
        )

    listing = organiser_client.get(reverse("demands_staff:list", args=[campaign.slug])).text

    assert "Chiffre exact, réservé à l'équipe : 2 soutiens." in listing
    assert "tenu secret tant qu'il pourrait désigner quelqu'un" in listing
