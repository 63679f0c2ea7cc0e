"""The signatures app's answers to what lower apps announce."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from concertons.campaigns.models import Campaign
from concertons.campaigns.signals import campaign_amended
from concertons.core import pagecache
from concertons.signatures import services
from concertons.signatures.models import Signature


@receiver(campaign_amended, sender=Campaign)
def tell_signatories_of_the_new_version(sender, *, campaign, version, **kwargs) -> None:
    services.signatories_tell_new_version(campaign=campaign, version=version)


@receiver([post_save, post_delete], sender=Signature)
def render_the_calls_pages_again(sender, *, instance: Signature, **kwargs) -> None:
    """A pending signature shows nowhere; any other counts or shows on the call's public pages (core.pagecache)."""
    if instance.status != Signature.Status.PENDING:
        pagecache.bump(pagecache.part(instance.campaign.slug, pagecache.SIGNATURES))
