import pytest

from tests.campaigns.factories import CampaignFactory, MembershipFactory
from tests.signatures.test_staff_views import verified_client


@pytest.fixture
def campaign():
    return CampaignFactory(slug="appel-gestion")


@pytest.fixture
def organiser_client(client, campaign):
    """A logged-in, TOTP-verified organiser of the campaign's collective."""
    organiser = MembershipFactory(collective=campaign.collective, role="organiser").user
    return verified_client(client, organiser)
