"""Public demand pages, and the support path as a signer lives it: sign, confirm, follow the e-mail's link."""

import datetime
import re

import pytest
from django.urls import reverse

from concertons.demands import services
from concertons.demands.models import DemandStatusChange, DemandSupport
from concertons.publication.services import snapshots
from concertons.signatures import tokens
from concertons.signatures.models import Signature
from tests.campaigns.factories import CampaignFactory
from tests.demands.factories import DemandFactory
from tests.meetings.factories import MeetingFactory
from tests.signatures.factories import SignatureFactory
from tests.signatures.helpers import link_from, sign_data

pytestmark = pytest.mark.django_db

Status = DemandStatusChange.Status


@pytest.fixture
def campaign():
    return CampaignFactory(slug="appel-exigences", title="Appel des services sociaux")


def support_path_from(message) -> str:
    match = re.search(r"https?://[^\s/]+(/[^\s]*/exigences/soutenir/[^\s]+/)", message.get_content())
    assert match, message.get_content()
    return match.group(1)


def test_sign_confirm_then_support_demands_from_the_link_in_the_email(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    staffing = DemandFactory(campaign=campaign, title="Remplacer chaque absence")
    means = DemandFactory(campaign=campaign, title="Des moyens pour l'ASE")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("signatures:sign", args=[campaign.slug]), sign_data())
    [message] = smtp.wait_for(1)
    support_path = support_path_from(message)

    # Before confirming, the link refuses, in French, and writes nothing.
    refused = client.get(support_path)
    assert refused.status_code == 403
    assert "Votre signature n'est pas confirmée" in refused.text
    refused = client.post(support_path, {"demands": [staffing.pk]})
    assert refused.status_code == 403 and DemandSupport.objects.count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(link_from(message, "confirmer"))
    assert "Soutenir les exigences" in confirmed.text
    page = client.get(support_path)
    assert page.status_code == 200
    assert "Remplacer chaque absence" in page.text and "Des moyens pour l&#x27;ASE" in page.text

    response = client.post(support_path, {"demands": [staffing.pk, means.pk]}, follow=True)
    assert "vos soutiens sont enregistrés" in response.text
    assert DemandSupport.objects.count() == 2
    # Unticking withdraws; the page shows what is supported.
    client.post(support_path, {"demands": [means.pk]})
    signature = Signature.objects.get()
    assert list(DemandSupport.objects.filter(signature=signature).values_list("demand_id", flat=True)) == [
        means.pk
    ]
    assert f'value="{means.pk}" id="id_demands_1" checked' in client.get(support_path).text


def test_the_already_signed_email_carries_the_support_link(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    DemandFactory(campaign=campaign)
    SignatureFactory(campaign=campaign, email="anne.dupont@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("signatures:sign", args=[campaign.slug]), sign_data())
    [message] = smtp.wait_for(1)
    assert "Vous avez déjà signé" in message["Subject"]
    assert client.get(support_path_from(message)).status_code == 200


def test_no_support_link_while_the_campaign_has_no_demands(
    client, campaign, smtp, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("signatures:sign", args=[campaign.slug]), sign_data())
    [message] = smtp.wait_for(1)
    assert "/exigences/soutenir/" not in message.get_content()


def test_a_forged_or_foreign_support_link_is_refused(client, campaign):
    demand = DemandFactory(campaign=campaign)
    other = SignatureFactory()  # signed another campaign
    foreign = tokens.make_token(other, tokens.SUPPORT)
    for token in ("pas-un-jeton", foreign, tokens.make_token(other, tokens.WITHDRAW)):
        response = client.post(
            reverse("demands:support", args=[campaign.slug, token]), {"demands": [demand.pk]}
        )
        assert response.status_code == 404
        assert "Ce lien ne fonctionne pas" in response.text
    assert DemandSupport.objects.count() == 0


def test_an_unknown_demand_in_the_support_form_gets_a_french_message(client, campaign):
    DemandFactory(campaign=campaign)
    signature = SignatureFactory(campaign=campaign)
    path = reverse("demands:support", args=[campaign.slug, tokens.make_token(signature, tokens.SUPPORT)])
    for value in ("999999", "abc"):
        response = client.post(path, {"demands": [value]})
        assert response.status_code == 200
        assert "Exigence inconnue" in response.text
    assert DemandSupport.objects.count() == 0


def test_the_campaign_page_lists_demands_with_supports_withheld_below_k_and_links_to_meetings(
    client, campaign
):
    demand = DemandFactory(campaign=campaign, title="Des postes pérennes")
    DemandFactory(campaign=campaign, title="Des moyens")
    for _ in range(2):
        services.demand_support_add(signature=SignatureFactory(campaign=campaign), demand=demand)
    MeetingFactory(campaign=campaign)

    page = client.get(campaign.get_absolute_url())

    assert "Nos exigences" in page.text and "Des postes pérennes" in page.text
    assert "témoignages : 0" in page.text
    assert "soutiens : secret" in page.text and "soutiens : 2" not in page.text  # 2 < k = 5
    assert "moins de 5 personnes" in page.text  # what "secret" means
    assert reverse("meetings:list", args=[campaign.slug]) in page.text
    assert "1 réunion à venir" in page.text
    for _ in range(5):
        services.demand_support_add(signature=SignatureFactory(campaign=campaign), demand=demand)
    snapshots.snapshots_refresh_all()  # the worker, within a minute
    page = client.get(campaign.get_absolute_url()).text
    assert "soutiens : 7" in page and "soutiens : 0" in page  # nobody backs the other demand yet


def test_the_campaign_page_without_demands_or_meetings_has_no_section(client, campaign):
    assert "Nos exigences" not in client.get(campaign.get_absolute_url()).text


def test_the_table_shows_each_departement_with_a_status_or_a_support(client, campaign):
    first = DemandFactory(campaign=campaign, title="Postes")
    second = DemandFactory(campaign=campaign, title="Moyens")
    services.demand_status_record(
        demand=first, departement="47", status=Status.WON, date=datetime.date(2026, 10, 1)
    )
    for _ in range(5):  # k = 5: fewer would be secret, and not even tell where
        services.demand_support_add(
            signature=SignatureFactory(campaign=campaign, departement="59"), demand=second
        )

    page = client.get(reverse("demands:table", args=[campaign.slug]))

    assert page.status_code == 200
    assert "Lot-et-Garonne (47)" in page.text and "Nord (59)" in page.text
    assert "<td>5</td>" in page.text
    assert "Ain (01)" not in page.text
    assert 'demand-status--won">Gagnée' in page.text and "Pas encore portée" in page.text
    everything = client.get(reverse("demands:table", args=[campaign.slug]), {"tous": "1"})
    assert "Ain (01)" in everything.text and "Mayotte (976)" in everything.text


def test_a_departement_page_lists_demands_with_status_and_history(client, campaign):
    demand = DemandFactory(campaign=campaign, title="Postes")
    DemandFactory(campaign=campaign, title="Formation")
    services.demand_status_record(
        demand=demand, departement="47", status=Status.RAISED, date=datetime.date(2026, 9, 1)
    )
    services.demand_status_record(
        demand=demand,
        departement="47",
        status=Status.PARTLY_WON,
        date=datetime.date(2026, 10, 12),
        note="4 postes créés sur 10 demandés",
        link="https://example.org/deliberation.pdf",
    )
    MeetingFactory(campaign=campaign, departement="47", title="Assemblée d'Agen")

    page = client.get(reverse("demands:departement", args=[campaign.slug, "47"]))

    assert "Partiellement gagnée" in page.text and "4 postes créés sur 10 demandés" in page.text
    assert "1er septembre 2026" in page.text and "12 octobre 2026" in page.text
    assert "https://example.org/deliberation.pdf" in page.text
    assert "Formation" in page.text and "Pas encore portée" in page.text
    assert "Assemblée d&#x27;Agen" in page.text
    assert client.get(reverse("demands:departement", args=[campaign.slug, "2a"])).status_code == 302
    assert client.get(reverse("demands:departement", args=[campaign.slug, "99"])).status_code == 404


def test_a_demand_page_shows_supports_by_departement_and_its_history(client, campaign):
    demand = DemandFactory(campaign=campaign, title="Postes")
    for _ in range(5):
        services.demand_support_add(
            signature=SignatureFactory(campaign=campaign, departement="47"), demand=demand
        )
    services.demand_status_record(
        demand=demand, departement="59", status=Status.REFUSED, date=datetime.date(2026, 10, 1)
    )

    page = client.get(reverse("demands:detail", args=[campaign.slug, demand.pk]))

    assert "Lot-et-Garonne (47)" in page.text and "Refusée" in page.text
    assert "5 signataires la soutiennent" in page.text
    assert client.get(reverse("demands:detail", args=[campaign.slug, 999999])).status_code == 404


def test_draft_campaigns_have_no_demand_pages(client):
    draft = CampaignFactory(draft=True)
    DemandFactory(campaign=draft)
    assert client.get(reverse("demands:list", args=[draft.slug])).status_code == 404
