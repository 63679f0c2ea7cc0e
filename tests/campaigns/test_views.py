import re

import pytest
from django.urls import reverse

from tests.campaigns.factories import CampaignFactory

pytestmark = pytest.mark.django_db


def test_home_lists_published_and_closed_campaigns_but_never_drafts(client):
    published = CampaignFactory(title="Appel publié")
    closed = CampaignFactory(title="Appel clos", closed=True)
    CampaignFactory(title="Brouillon secret", draft=True)

    response = client.get(reverse("campaigns:home"))

    assert response.status_code == 200
    assert published.title in response.text
    assert closed.title in response.text
    assert "Brouillon secret" not in response.text


def test_home_says_so_when_nothing_is_published(client):
    response = client.get(reverse("campaigns:home"))
    assert "Aucun appel n'est publié pour le moment." in response.text


def test_campaign_page_renders_its_markdown_text(client):
    campaign = CampaignFactory(text="## Nous exigeons\n\n- des postes\n- des moyens\n")

    response = client.get(campaign.get_absolute_url())

    assert response.status_code == 200
    assert "<h2>Nous exigeons</h2>" in response.text
    assert "<li>des postes</li>" in response.text
    assert f"<title>{campaign.title} — Concertons</title>" in response.text


def test_a_draft_campaign_answers_like_an_unknown_one(client):
    draft = CampaignFactory(draft=True)

    response = client.get(draft.get_absolute_url())

    assert response.status_code == 404
    assert "Page introuvable" in response.text
    assert draft.title not in response.text


def test_unknown_campaign_gets_a_french_404_page(client):
    response = client.get("/nexiste-pas/")
    assert response.status_code == 404
    assert 'lang="fr"' in response.text
    assert "Cette page n'existe pas" in response.text


def test_an_ended_campaign_says_it_no_longer_takes_signatures(client):
    campaign = CampaignFactory(ended=True)
    response = client.get(campaign.get_absolute_url())
    assert "Cet appel n'accepte plus de signatures." in response.text


def test_html_and_script_in_the_campaign_text_render_inert(client):
    campaign = CampaignFactory(
        text=(
            "Bonjour <script>alert('x')</script> <img src=x onerror=alert(1)> "
            '[lien](javascript:alert(2)) <a href="https://example.org" onclick="alert(3)">ok</a>'
        )
    )

    response = client.get(campaign.get_absolute_url())

    body = response.text.split('<div class="prose">', 1)[1].split("</div>", 1)[0]
    assert "<script" not in body
    assert "onerror" not in body and "onclick" not in body
    assert "javascript:" not in body
    assert "<img" not in body
    assert 'href="https://example.org"' in body


def test_pages_carry_a_strict_content_security_policy(client):
    campaign = CampaignFactory()
    response = client.get(campaign.get_absolute_url())
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "<script>" not in response.text  # nothing inline that the policy would have to allow


def test_the_poster_carries_the_calls_address_and_its_qr_code(client, settings):
    settings.SITE_URL = "https://concertons.example.org"
    campaign = CampaignFactory(title="Appel <b>du 59</b>", summary="Des postes, des moyens.")

    response = client.get(reverse("campaigns:poster", args=[campaign.slug]))

    assert response.status_code == 200
    assert f"https://concertons.example.org/{campaign.slug}/" in response.text
    assert response.text.count("<svg") == 1 and "Des postes, des moyens." in response.text
    assert "Appel &lt;b&gt;du 59&lt;/b&gt;" in response.text  # the title is text, never markup
    draft = CampaignFactory(draft=True)
    assert client.get(reverse("campaigns:poster", args=[draft.slug])).status_code == 404


def test_the_campaign_navigation_marks_the_page_one_is_on(client):
    campaign = CampaignFactory()
    for name, current in [("testimonies:wall", "Constats"), ("demands:list", "Exigences")]:
        page = client.get(reverse(name, args=[campaign.slug])).text
        campaign_nav = re.search(r'<nav class="campaign-nav".*?</nav>', page, re.S).group()
        assert campaign_nav.count('aria-current="page"') == 1
        assert f'aria-current="page">{current}</a>' in campaign_nav
    # Staff pages and pages of no campaign have no campaign navigation.
    assert 'aria-label="Cet appel"' not in client.get(reverse("campaigns:home")).text


def test_dates_say_1er_for_the_first_of_the_month():
    from datetime import date

    from django.template import Context, Template

    template = Template('{% load french %}{{ day|french_date:"l j F Y" }} · {{ other|french_date:"j F" }}')
    assert template.render(Context({"day": date(2026, 12, 1), "other": date(2026, 12, 21)})) == (
        "mardi 1er décembre 2026 · 21 décembre"
    )


def test_every_page_links_the_legal_notice_privacy_and_accessibility(client):
    CampaignFactory(
        collective__name="Section CGT du CD 47", collective__publisher="Marie Durand, secrétaire",
        collective__contact_email="contact@section47.example.org",
    )  # fmt: skip
    CampaignFactory(draft=True, collective__name="Collectif en brouillon")
    home = client.get(reverse("campaigns:home")).text
    for name in ("campaigns:legal_notice", "campaigns:privacy", "campaigns:accessibility"):
        assert f'href="{reverse(name)}"' in home

    legal = client.get(reverse("campaigns:legal_notice")).text
    assert "Section CGT du CD 47" in legal and "Marie Durand, secrétaire" in legal
    assert "mailto:contact@section47.example.org" in legal
    assert "non renseigné" in legal  # no host given yet: said, not hidden
    assert "Collectif en brouillon" not in legal  # publishes nothing yet
    privacy = client.get(reverse("campaigns:privacy")).text
    assert "contact@section47.example.org" in privacy and "CNIL" in privacy
    assert "Quand vous témoignez" in privacy and "Quand vous vous inscrivez à une réunion" in privacy
    accessibility = client.get(reverse("campaigns:accessibility")).text
    assert "RGAA" in accessibility and "Défenseur des droits" in accessibility
