"""Atom feeds of constats, demands and meetings: what the pages show, dated no finer than they are."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone

from concertons.testimonies import services as testimony_services
from concertons.testimonies.models import Testimony
from tests.campaigns.factories import CampaignFactory, UserFactory
from tests.demands.factories import DemandFactory
from tests.meetings.factories import MeetingFactory
from tests.testimonies.factories import submit

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def entries(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


def test_the_constats_feed_carries_the_masked_text_dated_by_week_only(client):
    campaign = CampaignFactory()
    testimony, _receipt = submit(campaign)
    testimony_services.testimony_publish(testimony=testimony, actor=UserFactory())
    Testimony.objects.filter(pk=testimony.pk).update(
        published_on=timezone.localdate().replace(day=3, month=12, year=2026)
    )

    [entry] = entries(client, reverse("testimonies:feed", args=[campaign.slug]))
    summary = entry.find(f"{ATOM}summary").text
    assert "[personne]" in summary and "Durand" not in summary
    assert entry.find(f"{ATOM}updated").text == "2026-11-30T00:00:00+00:00"  # the Monday, no time of day
    assert entry.find(f"{ATOM}link").get("href").endswith(f"/constats/{testimony.public_id}/")
    wall = client.get(reverse("testimonies:wall", args=[campaign.slug])).text
    assert 'type="application/atom+xml"' in wall


def test_unpublished_constats_and_drafts_stay_out():
    campaign = CampaignFactory()
    submit(campaign)  # masked, not published
    from django.test import Client

    assert entries(Client(), reverse("testimonies:feed", args=[campaign.slug])) == []
    draft = CampaignFactory(draft=True)
    assert Client().get(reverse("testimonies:feed", args=[draft.slug])).status_code == 404


def test_demands_and_meetings_feeds_list_what_their_pages_list(client):
    campaign = CampaignFactory()
    DemandFactory(campaign=campaign, title="Remplacer chaque absence")
    MeetingFactory(campaign=campaign, title="Assemblée de Lille")
    MeetingFactory(campaign=campaign, title="Très ancienne", starts_at=timezone.now() - timedelta(days=400),
                   ends_at=timezone.now() - timedelta(days=400) + timedelta(hours=2))  # fmt: skip

    [demand] = entries(client, reverse("demands:feed", args=[campaign.slug]))
    assert demand.find(f"{ATOM}title").text == "Remplacer chaque absence"
    [meeting] = entries(client, reverse("meetings:atom", args=[campaign.slug]))
    assert meeting.find(f"{ATOM}title").text.startswith("Assemblée de Lille — ")


def test_every_feed_validates_as_atom_for_a_feed_reader(client):
    """feedparser, the reader most feed tools build on: well-formed Atom 1.0, nothing it had to guess."""
    campaign = CampaignFactory(title="Appel <b>& co</b>")
    testimony, _receipt = submit(campaign)
    testimony_services.testimony_publish(testimony=testimony, actor=UserFactory())
    DemandFactory(campaign=campaign, title="Remplacer chaque absence & plus")
    MeetingFactory(campaign=campaign, title="Assemblée « Lille »")

    for name in ("testimonies:feed", "demands:feed", "meetings:atom"):
        parsed = feedparser.parse(client.get(reverse(name, args=[campaign.slug])).content)
        assert not parsed.bozo, (name, parsed.get("bozo_exception"))
        assert parsed.version == "atom10", name
        assert parsed.feed.title and parsed.feed.link.startswith("http"), name
        [entry] = parsed.entries
        assert entry.title and entry.link.startswith("http") and entry.id and entry.updated_parsed, name
