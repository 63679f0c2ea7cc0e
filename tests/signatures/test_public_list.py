import pytest
from django.urls import reverse

from tests.campaigns.factories import CampaignFactory
from tests.signatures.factories import SignatureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign():
    campaign = CampaignFactory()
    SignatureFactory(
        campaign=campaign,
        last_name="Zola",
        first_name="Émile",
        departement="13",
        commune="Aix",
        profession="educateur",
    )
    SignatureFactory(
        campaign=campaign,
        last_name="Abel",
        first_name="Rose",
        departement="59",
        commune="Lille",
        profession="psychologue",
    )
    SignatureFactory(
        campaign=campaign,
        last_name="Martin",
        first_name="Paul",
        departement="02",
        commune="Laon",
        profession="psychologue",
    )
    SignatureFactory(campaign=campaign, last_name="Cachée", first_name="Ine", is_public=False)
    SignatureFactory(campaign=campaign, last_name="Attente", first_name="Ine", pending=True)
    return campaign


def names(response) -> list[str]:
    return [signature.last_name for signature in response.context["page"].object_list]


def test_the_list_shows_only_confirmed_public_signatures_sorted_by_name(client, campaign):
    response = client.get(reverse("signatures:list", args=[campaign.slug]))
    assert names(response) == ["Abel", "Martin", "Zola"]
    assert "ABEL Rose - Psychologue à Lille (59)" in response.text
    assert '<strong class="counter__number">4</strong>' in response.text  # the hidden-name signer counts


def test_the_list_sorts_by_departement_and_filters(client, campaign):
    url = reverse("signatures:list", args=[campaign.slug])
    assert names(client.get(url, {"tri": "departement"})) == ["Martin", "Zola", "Abel"]
    assert names(client.get(url, {"departement": "59"})) == ["Abel"]
    assert names(client.get(url, {"profession": "psychologue", "tri": "departement"})) == ["Martin", "Abel"]


def test_a_signer_finds_their_name(client, campaign):
    url = reverse("signatures:list", args=[campaign.slug])
    found = client.get(url, {"nom": "  rose ABEL "})
    assert names(found) == ["Abel"] and "1 nom trouvé." in found.text
    assert names(client.get(url, {"nom": "mar"})) == ["Martin"]
    assert names(client.get(url, {"nom": "Cachée"})) == []  # a signer who chose not to be listed stays so
    assert names(client.get(url, {"nom": "Attente"})) == []
    hostile = client.get(url, {"nom": "<script>alert(1)</script>' OR 1=1 --"})
    assert hostile.status_code == 200 and names(hostile) == [] and "<script>alert(1)" not in hostile.text


def test_garbage_filters_fall_back_to_the_whole_list(client, campaign):
    url = reverse("signatures:list", args=[campaign.slug])
    response = client.get(
        url, {"tri": "'; DROP", "departement": "<script>", "profession": "x" * 5000, "page": "zz"}
    )
    assert response.status_code == 200
    assert names(response) == ["Abel", "Martin", "Zola"]


def test_the_list_is_paginated(client, campaign, settings):
    settings.SIGNATURES_PER_PAGE = 2
    url = reverse("signatures:list", args=[campaign.slug])
    first, second = client.get(url), client.get(url, {"page": 2})
    assert names(first) == ["Abel", "Martin"] and names(second) == ["Zola"]
    assert "Page 2 sur 2" in second.text


def test_counts_by_departement_and_profession_are_shown(client):
    campaign = CampaignFactory()  # k = 5
    SignatureFactory.create_batch(5, campaign=campaign, departement="59", profession="psychologue")
    SignatureFactory.create_batch(6, campaign=campaign, departement="59", profession="educateur")
    SignatureFactory.create_batch(6, campaign=campaign, departement="13", profession="educateur")
    SignatureFactory(campaign=campaign, departement="13", profession="cadre", is_public=False)
    response = client.get(reverse("signatures:list", args=[campaign.slug]))
    assert response.context["counts"].by_departement == {"13": 7, "59": 11}  # the hidden signer counts
    # but no figure lets anyone work out what they do: "cadre" is secret, and so is a second profession.
    assert response.context["profession_counts"] == [
        ("Éducateur·rice spécialisé·e", 12),
        ("Psychologue", None),
        ("Cadre / chef·fe de service", None),
    ]
    assert "<td>secret</td>" in response.text


def test_counts_are_not_broken_down_below_k_signatures(client, campaign):
    response = client.get(reverse("signatures:list", args=[campaign.slug]))
    assert response.context["counts"].withheld
    assert "reste secrète tant que l'appel compte moins de 5 signatures" in response.text


def test_the_live_counter_answers_htmx_with_a_fragment(client, campaign):
    response = client.get(reverse("signatures:counter", args=[campaign.slug]), headers={"HX-Request": "true"})
    assert response.text.strip().startswith('<p class="counter" id="compteur"')
    assert '<strong class="counter__number">4</strong>' in response.text


def test_the_campaign_page_shows_goal_progress(client):
    campaign = CampaignFactory(signature_goal=10)
    SignatureFactory.create_batch(3, campaign=campaign)
    response = client.get(campaign.get_absolute_url())
    assert "Objectif : 3 signatures sur 10" in response.text
    assert '<progress max="100" value="30"' in response.text
