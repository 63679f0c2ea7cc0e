from django.db.models import QuerySet

from concertons.campaigns.models import Campaign, Collective


def campaign_public_list() -> QuerySet[Campaign]:
    """Campaigns listed on the home page: published first, then closed; drafts never."""
    return (
        Campaign.objects.visible().select_related("collective").order_by("status", "-opens_at", "-created_at")
    )


def campaign_public_get(*, slug: str) -> Campaign | None:
    """A campaign the public may read, or None (drafts and unknown slugs look the same)."""
    return Campaign.objects.visible().select_related("collective").filter(slug=slug).first()


def collective_public_list() -> QuerySet[Collective]:
    """The collectives that publish on this site (one visible campaign at least): the legal notice and the
    privacy page name them, their publisher and their contact."""
    visible = Campaign.objects.visible().values("collective")
    return Collective.objects.filter(pk__in=visible).order_by("name")
