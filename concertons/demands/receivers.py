"""Pages kept for visitors (core.pagecache) are rendered again when a demand or its backing changes: the
campaign page lists the demands with their supports."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from concertons.core import pagecache
from concertons.demands.models import Demand, DemandStatusChange, DemandSupport


@receiver([post_save, post_delete], sender=Demand)
def render_after_a_demand(sender, *, instance: Demand, **kwargs) -> None:
    pagecache.bump(instance.campaign.slug)


@receiver([post_save, post_delete], sender=DemandSupport)
@receiver([post_save, post_delete], sender=DemandStatusChange)
def render_after_its_backing(sender, *, instance, **kwargs) -> None:
    pagecache.bump(instance.demand.campaign.slug)
