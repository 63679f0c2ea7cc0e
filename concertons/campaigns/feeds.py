"""Atom feeds of a campaign's public news (constats, exigences, réunions), for feed readers and union sites.

Each feed says what its page says, no more: a constat is dated by the Monday of the week it was published."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed

from concertons.campaigns import selectors
from concertons.campaigns.models import Campaign

FEED_ITEMS = 30


def week_start(day: datetime.date) -> datetime.datetime:
    """Midnight UTC on the Monday of the day's ISO week: the finest date a published constat carries."""
    monday = day - datetime.timedelta(days=day.weekday())
    return datetime.datetime.combine(monday, datetime.time(), tzinfo=datetime.UTC)


class CampaignFeed(Feed):
    """One campaign's feed; subclasses say which items, and how each reads."""

    feed_type = Atom1Feed

    def get_object(self, request, slug: str) -> Campaign:
        campaign = selectors.campaign_public_get(slug=slug)
        if campaign is None:
            raise Http404
        return campaign

    def author_name(self, campaign: Campaign) -> str:
        return campaign.collective.name

    def feed_guid(self, campaign: Campaign) -> str:
        return self.link(campaign)
