from django.urls import reverse
from django.utils.translation import gettext as _

from concertons.campaigns.feeds import FEED_ITEMS, CampaignFeed
from concertons.demands import selectors


class DemandsFeed(CampaignFeed):
    """The campaign's demands, newest or newest changed first."""

    def title(self, campaign) -> str:
        return _("Exigences — %(title)s") % {"title": campaign.title}

    def link(self, campaign) -> str:
        return reverse("demands:list", args=[campaign.slug])

    def items(self, campaign):
        return selectors.demand_list(campaign=campaign).order_by("-updated_at", "pk")[:FEED_ITEMS]

    def item_title(self, demand) -> str:
        return demand.title

    def item_description(self, demand) -> str:
        return demand.text

    def item_link(self, demand) -> str:
        return reverse("demands:detail", args=[demand.campaign.slug, demand.pk])

    def item_pubdate(self, demand):
        return demand.created_at

    def item_updateddate(self, demand):
        return demand.updated_at
