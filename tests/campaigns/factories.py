import factory
from django.utils import timezone

from concertons.accounts.models import User
from concertons.campaigns.models import Campaign, Collective, Membership


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"compte{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("un mot de passe assez long")


class CollectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Collective

    name = factory.Sequence(lambda n: f"Section syndicale {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    collective = factory.SubFactory(CollectiveFactory)
    role = Membership.Role.MODERATOR


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    collective = factory.SubFactory(CollectiveFactory)
    slug = factory.Sequence(lambda n: f"appel-{n}")
    title = factory.Sequence(lambda n: f"Appel numéro {n}")
    summary = "Un résumé de l'appel."
    text = "## Nous constatons\n\n- des postes vacants\n- des absences non remplacées\n"
    status = Campaign.Status.PUBLISHED

    class Params:
        draft = factory.Trait(status=Campaign.Status.DRAFT)
        closed = factory.Trait(status=Campaign.Status.CLOSED)
        ended = factory.Trait(
            closes_at=factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(days=1))
        )
