from django.urls import reverse
from django.utils.translation import gettext as _

from concertons.campaigns.feeds import FEED_ITEMS, CampaignFeed, week_start
from concertons.testimonies import selectors


class ConstatsFeed(CampaignFeed):
    """The newest published constats, as the wall shows them (masked text, context as far as allowed)."""

    def title(self, campaign) -> str:
        return _("Constats — %(title)s") % {"title": campaign.title}

    def subtitle(self, campaign) -> str:
        return _(
            "Les constats publiés, datés par semaine. Les détails qui permettraient d'identifier quelqu'un sont masqués."
        )

    def link(self, campaign) -> str:
        return reverse("testimonies:wall", args=[campaign.slug])

    def items(self, campaign):
        entries, _filters = selectors.wall_list(campaign=campaign)
        return entries[:FEED_ITEMS]

    def item_title(self, entry) -> str:
        context = " · ".join(part for part in (entry.departement, entry.service, entry.profession) if part)
        return _("Constat — %(context)s") % {"context": context}

    def item_description(self, entry) -> str:
        return entry.testimony.masked_text

    def item_link(self, entry) -> str:
        return reverse(
            "testimonies:wall_detail", args=[entry.testimony.campaign.slug, entry.testimony.public_id]
        )

    def item_pubdate(self, entry):
        return week_start(entry.testimony.published_on)

    item_updateddate = item_pubdate
