"""The two ways a page finds its campaign, for every app's views."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from concertons.campaigns import perms, selectors
from concertons.campaigns.models import Campaign
from concertons.core import pagecache


def public_campaign_or_404(slug: str, request: HttpRequest | None = None) -> Campaign:
    """A campaign the public may read; 404 for a draft as for an unknown address. With the `request` of a
    page kept for visitors (core.pagecache), the kept copy ends when the campaign opens or closes."""
    campaign = selectors.campaign_public_get(slug=slug)
    if campaign is None:
        raise Http404
    if request is not None:
        pagecache.valid_until(request, campaign.opens_at, campaign.closes_at)
    return campaign


def managed_campaign(request: HttpRequest, slug: str) -> Campaign:
    """A campaign the logged-in organiser runs; 403 for anyone else."""
    campaign = get_object_or_404(Campaign.objects.select_related("collective"), slug=slug)
    if not perms.can_manage_campaign(request.user, campaign):
        raise PermissionDenied
    return campaign
