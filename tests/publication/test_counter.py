"""The live counter for other sites: an SVG badge any page may show, and a small page that only the sites an
organiser listed may frame."""

import html

import pytest
from django.urls import reverse

from concertons.campaigns.models import Campaign
from tests.campaigns.factories import CampaignFactory, CollectiveFactory, MembershipFactory
from tests.signatures.factories import SignatureFactory
from tests.signatures.test_staff_views import verified_client

pytestmark = pytest.mark.django_db


def frame_ancestors(response) -> str:
    policy = response["Content-Security-Policy"]
    return next(part.strip() for part in policy.split(";") if part.strip().startswith("frame-ancestors"))


def test_the_badge_is_an_svg_image_with_the_live_count_any_site_may_show(client):
    campaign = CampaignFactory(title="<script>alert(1)</script> Appel")
    SignatureFactory.create_batch(2, campaign=campaign)
    SignatureFactory(campaign=campaign, pending=True)

    response = client.get(reverse("publication:counter_badge", args=[campaign.slug]))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert response["Cache-Control"] == "public, max-age=60"
    svg = response.content.decode()
    assert svg.startswith("<svg ") and ">2 signatures</text>" in svg
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "Set-Cookie" not in response


def test_the_counter_page_may_be_framed_by_the_listed_sites_only(client):
    campaign = CampaignFactory(embed_origins="https://www.syndicat.fr\nhttp://127.0.0.1:8080")
    SignatureFactory(campaign=campaign)

    response = client.get(reverse("publication:counter_embed", args=[campaign.slug]))

    assert response.status_code == 200
    assert frame_ancestors(response) == "frame-ancestors https://www.syndicat.fr http://127.0.0.1:8080"
    assert "X-Frame-Options" not in response
    assert "<strong>1</strong> signature" in response.text and "Signer l'appel" in response.text
    assert (
        response.cookies == {}
    )  # no session, no CSRF cookie: the visitor of another site leaves nothing here


def test_without_listed_sites_nobody_may_frame_the_counter_nor_any_other_page(client):
    campaign = CampaignFactory()
    counter = client.get(reverse("publication:counter_embed", args=[campaign.slug]))
    assert frame_ancestors(counter) == "frame-ancestors 'none'"
    page = client.get(campaign.get_absolute_url())
    assert frame_ancestors(page) == "frame-ancestors 'none'" and page["X-Frame-Options"] == "DENY"


def test_a_draft_has_no_counter(client):
    draft = CampaignFactory(status=Campaign.Status.DRAFT)
    assert client.get(reverse("publication:counter_badge", args=[draft.slug])).status_code == 404
    assert client.get(reverse("publication:counter_embed", args=[draft.slug])).status_code == 404


@pytest.fixture
def organiser(client):
    collective = CollectiveFactory()
    campaign = CampaignFactory(collective=collective)
    user = MembershipFactory(collective=collective, role="organiser").user
    return verified_client(client, user), campaign


def form(campaign, embed_origins: str) -> dict:
    return {"title": campaign.title, "slug": campaign.slug, "summary": "", "text": campaign.text,
            "signature_goal": "", "disclosure_threshold": "5", "embed_origins": embed_origins}  # fmt: skip


def test_an_organiser_lists_sites_written_as_people_copy_them(organiser):
    client, campaign = organiser
    page = reverse("campaigns_staff:campaign", args=[campaign.slug])

    response = client.post(
        page, form(campaign, "www.Syndicat.fr\n\nhttps://fédé.fr/\nhttps://www.syndicat.fr")
    )

    assert response.status_code == 302
    campaign.refresh_from_db()
    assert campaign.embed_origins == "https://www.syndicat.fr\nhttps://xn--fd-bjab.fr"
    assert "compteur.svg" in client.get(page).text  # the code to copy


@pytest.mark.parametrize(
    "written",
    ["https://a.fr; script-src *", "https://a.fr/page", "javascript:alert(1)", "https://*.fr", "'none'",
     "https://a.fr\u200b", "ftp://a.fr"],
)  # fmt: skip
def test_anything_but_a_site_address_is_refused_in_french_and_nothing_changes(organiser, written):
    client, campaign = organiser
    before = campaign.embed_origins

    response = client.post(reverse("campaigns_staff:campaign", args=[campaign.slug]), form(campaign, written))

    assert response.status_code == 200
    assert "n'est pas l'adresse d'un site" in html.unescape(response.text)
    campaign.refresh_from_db()
    assert campaign.embed_origins == before
