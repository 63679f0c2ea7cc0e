from datetime import timedelta

import factory
from django.utils import timezone

from concertons.core.text import email_key
from concertons.meetings.models import Meeting, Registration
from tests.campaigns.factories import CampaignFactory


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    campaign = factory.SubFactory(CampaignFactory)
    departement = "47"
    kind = Meeting.Kind.ASSEMBLY
    title = factory.Sequence(lambda n: f"Assemblée des travailleur·ses sociaux·les n° {n}")
    description = "Faire le point sur les postes vacants et préparer la délégation."
    agenda = "Tour de table des services\nPostes vacants : nos relevés\nDélégation au conseil départemental"
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda m: m.starts_at + timedelta(hours=2))
    address = "Salle Jean-Jaurès, 1 place de la Mairie, 47000 Agen"
    capacity = 30
    organiser = "Section syndicale du Lot-et-Garonne"


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    meeting = factory.SubFactory(MeetingFactory)
    name = factory.Faker("name", locale="fr_FR")
    email = factory.Sequence(lambda n: f"participant{n}@example.org")
    email_key = factory.LazyAttribute(lambda r: email_key(r.email))
    status = Registration.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)

    class Params:
        pending = factory.Trait(status=Registration.Status.PENDING, confirmed_at=None)
        waiting = factory.Trait(
            status=Registration.Status.WAITING, waitlisted_at=factory.LazyFunction(timezone.now)
        )
