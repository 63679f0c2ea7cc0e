import factory

from concertons.demands.models import Demand
from tests.campaigns.factories import CampaignFactory


class DemandFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Demand

    campaign = factory.SubFactory(CampaignFactory)
    position = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Remplacement rapide et durable des absent·es ({n})")
    text = "Chaque absence est remplacée dans le mois, par un poste pérenne."
    themes = factory.LazyFunction(lambda: ["effectifs"])
