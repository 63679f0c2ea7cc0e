from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from concertons.campaigns.feeds import FEED_ITEMS, CampaignFeed
from concertons.meetings import selectors


class MeetingsFeed(CampaignFeed):
    """Meetings announced, upcoming and of the last months (the calendar file carries the same)."""

    def title(self, campaign) -> str:
        return _("Réunions — %(title)s") % {"title": campaign.title}

    def link(self, campaign) -> str:
        return reverse("meetings:list", args=[campaign.slug])

    def items(self, campaign):
        return selectors.meeting_feed_list(campaign=campaign).order_by("-created_at", "pk")[:FEED_ITEMS]

    def item_title(self, meeting) -> str:
        when = formats.date_format(timezone.localtime(meeting.starts_at), "l j F Y, H\\hi")
        return f"{meeting.title} — {when}"

    def item_description(self, meeting) -> str:
        return "\n".join(part for part in (meeting.description, meeting.address) if part)

    def item_link(self, meeting) -> str:
        return reverse("meetings:detail", args=[meeting.campaign.slug, meeting.pk])

    def item_pubdate(self, meeting):
        return meeting.created_at

    def item_updateddate(self, meeting):
        return meeting.updated_at
