from django.db.models import OuterRef, QuerySet, Subquery

from concertons.accounts.models import User
from concertons.campaigns.models import Campaign, CampaignVersion, Collective, Membership
from concertons.core import pagecache


def campaign_public_list() -> QuerySet[Campaign]:
    """Campaigns listed on the home page: published first, then closed; drafts never."""
    return (
        Campaign.objects.visible().select_related("collective").order_by("status", "-opens_at", "-created_at")
    )


def campaign_public_get(*, slug: str) -> Campaign | None:
    """A campaign the public may read, or None (drafts and unknown slugs look the same)."""
    # The current text version comes along: signing needs it, and the signature path is the busiest.
    current_version = CampaignVersion.objects.filter(campaign=OuterRef("pk")).order_by("-number").values("pk")
    return (
        Campaign.objects.visible()
        .select_related("collective")
        .annotate(current_version_id=Subquery(current_version[:1]))
        .filter(slug=slug)
        .first()
    )


def campaign_for_signing(*, slug: str) -> Campaign | None:
    """campaign_public_get, read once per change of the site in this process: each signature through the API
    would otherwise pay for it. Read-only (shared between threads); whether it is open is computed live."""
    return pagecache.kept_per_generation(pagecache.SITE, slug, lambda: campaign_public_get(slug=slug))


def collective_public_list() -> QuerySet[Collective]:
    """The collectives that publish on this site (one visible campaign at least): the legal notice and the
    privacy page name them, their publisher and their contact."""
    visible = Campaign.objects.visible().values("collective")
    return Collective.objects.filter(pk__in=visible).order_by("name")


def membership_list(*, user: User) -> QuerySet[Membership]:
    """The account's roles, with their collective and its campaigns."""
    return user.memberships.select_related("collective").prefetch_related("collective__campaigns")
