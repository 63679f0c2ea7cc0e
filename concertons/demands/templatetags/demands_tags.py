"""Pieces of the demands shown on pages other apps render: the campaign page and the signer's e-mails."""

from django import template
from django.conf import settings
from django.urls import reverse

from concertons.demands import selectors
from concertons.meetings import selectors as meeting_selectors
from concertons.publication import demand_figures
from concertons.publication.presenters import secret_note
from concertons.signatures import tokens

register = template.Library()


@register.simple_tag
def support_url(signature) -> str:
    """The signer's own link to back the campaign's demands, or "" when the campaign has none yet."""
    if signature is None or signature.pk is None:
        return ""
    if not selectors.demand_list(campaign=signature.campaign).exists():
        return ""
    path = reverse(
        "demands:support",
        kwargs={"slug": signature.campaign.slug, "token": tokens.make_token(signature, tokens.SUPPORT)},
    )
    return settings.SITE_URL + path


@register.inclusion_tag("demands/campaign_section.html")
def demands_section(campaign) -> dict:
    """The campaign page's short section: each demand with its backing, and the way to the meetings."""

    summaries = demand_figures.demand_summaries(campaign=campaign)
    return {
        "campaign": campaign,
        "summaries": summaries,
        "secret_note": secret_note(campaign.disclosure_threshold) if _any_secret(summaries) else "",
        "upcoming_meetings": meeting_selectors.meeting_upcoming_list(campaign=campaign).count(),
        "has_meetings": meeting_selectors.meeting_exists(campaign=campaign),
    }


def _any_secret(summaries) -> bool:
    return any(
        summary.supports.total is None
        or (
            not summary.backing.pending
            and None in (summary.backing.testimonies, summary.backing.field_counts)
        )
        for summary in summaries
    )
