"""Pages kept for visitors (core.pagecache) are rendered again when what they publish changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from concertons.core import pagecache
from concertons.publication.models import Snapshot
from concertons.publication.services import reports
from concertons.testimonies.models import Testimony


@receiver([post_save, post_delete], sender=Snapshot)
def render_the_dashboards_again(sender, *, instance: Snapshot, **kwargs) -> None:
    pagecache.bump(instance.campaign.slug)


# A testimony shows (quoted on the dashboards) once published, and must go at once when it is withdrawn.
_SHOWN_OR_WITHDRAWN = {Testimony.Status.PUBLISHED, Testimony.Status.REJECTED}


@receiver([post_save, post_delete], sender=Testimony)
def render_the_quotes_again(sender, *, instance: Testimony, **kwargs) -> None:
    if instance.status in _SHOWN_OR_WITHDRAWN:
        pagecache.bump(instance.campaign.slug)


@receiver(post_delete, sender=Testimony)
@receiver(post_save, sender=Testimony)
def forget_the_withdrawn_testimony_cahier(sender, *, instance: Testimony, **kwargs) -> None:
    """A stored cahier keeps the testimonies it shows; one withdrawn or deleted must not stay in it."""
    if kwargs["signal"] is post_delete or instance.status == Testimony.Status.REJECTED:
        reports.reports_forget(campaign_id=instance.campaign_id, departement=instance.departement)
