import factory
from django.utils import timezone

from concertons.campaigns import services as campaign_services
from concertons.core.text import email_key
from concertons.signatures.models import Signature
from tests.campaigns.factories import CampaignFactory


class SignatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signature

    campaign = factory.SubFactory(CampaignFactory)
    version = factory.LazyAttribute(lambda s: campaign_services.campaign_version_current(campaign=s.campaign))
    last_name = factory.Faker("last_name", locale="fr_FR")
    first_name = factory.Faker("first_name", locale="fr_FR")
    profession = "assistant_social"
    commune = "Agen"
    commune_insee = "47001"
    departement = "47"
    email = factory.Sequence(lambda n: f"signataire{n}@example.org")
    email_key = factory.LazyAttribute(lambda s: email_key(s.email))
    is_public = True
    status = Signature.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)

    class Params:
        pending = factory.Trait(status=Signature.Status.PENDING, confirmed_at=None)
