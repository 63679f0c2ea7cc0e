import pytest

from concertons.campaigns import perms
from tests.campaigns.factories import CampaignFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_organisers_and_admins_manage_their_collectives_campaigns_only():
    campaign, other = CampaignFactory(), CampaignFactory()
    organiser = MembershipFactory(collective=campaign.collective, role="organiser").user
    admin = MembershipFactory(collective=campaign.collective, role="admin").user
    moderator = MembershipFactory(collective=campaign.collective, role="moderator").user

    assert perms.can_manage_campaign(organiser, campaign)
    assert perms.can_manage_campaign(admin, campaign)
    assert not perms.can_manage_campaign(moderator, campaign)
    assert not perms.can_manage_campaign(organiser, other)


def test_a_moderator_limited_to_some_departements_moderates_only_there():
    campaign = CampaignFactory()
    limited = MembershipFactory(
        collective=campaign.collective, role="moderator", departements=["59", "62"]
    ).user
    everywhere = MembershipFactory(collective=campaign.collective, role="moderator").user

    assert perms.can_moderate(limited, campaign, "59")
    assert not perms.can_moderate(limited, campaign, "47")
    assert perms.can_moderate(everywhere, campaign, "47")


def test_organisers_and_strangers_do_not_moderate():
    campaign = CampaignFactory()
    organiser = MembershipFactory(collective=campaign.collective, role="organiser").user
    stranger = UserFactory()

    assert not perms.can_moderate(organiser, campaign, "59")
    assert not perms.can_moderate(stranger, campaign, "59")
    assert perms.can_moderate(UserFactory(is_superuser=True), campaign, "59")


def test_membership_departements_are_checked_and_normalised():
    from django.core.exceptions import ValidationError

    membership = MembershipFactory.build(departements=["2a", "59"])
    membership.clean()
    assert membership.departements == ["2A", "59"]

    membership.departements = ["99", "<script>"]
    with pytest.raises(ValidationError, match="Départements inconnus"):
        membership.clean()
