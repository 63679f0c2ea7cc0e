from django.db.models import QuerySet

from concertons.campaigns.models import Campaign


def campaign_public_list() -> QuerySet[Campaign]:
    """Campaigns listed on the home page: published first, then closed; drafts never."""
    return (
        Campaign.objects.visible().select_related("collective").order_by("status", "-opens_at", "-created_at")
    )


def campaign_public_get(*, slug: str) -> Campaign | None:
    """A campaign the public may read, or None (drafts and unknown slugs look the same)."""
    return Campaign.objects.visible().select_related("collective").filter(slug=slug).first()
