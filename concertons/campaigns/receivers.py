"""Pages kept for visitors (core.pagecache) are rendered again when a collective or a call changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from concertons.campaigns.models import Campaign, CampaignVersion, Collective, DepartementGoal
from concertons.core import pagecache


@receiver([post_save, post_delete], sender=Collective)
@receiver([post_save, post_delete], sender=Campaign)
@receiver([post_save, post_delete], sender=CampaignVersion)
@receiver([post_save, post_delete], sender=DepartementGoal)
def render_every_page_again(sender, **kwargs) -> None:
    # Site-wide: a collective's name and look are on all its calls' pages, and such changes are rare.
    pagecache.bump()
