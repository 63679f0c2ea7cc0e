"""The signatures app's answers to what lower apps announce."""

from django.dispatch import receiver

from concertons.campaigns.models import Campaign
from concertons.campaigns.signals import campaign_amended
from concertons.signatures import services


@receiver(campaign_amended, sender=Campaign)
def tell_signatories_of_the_new_version(sender, *, campaign, version, **kwargs) -> None:
    services.signatories_tell_new_version(campaign=campaign, version=version)
