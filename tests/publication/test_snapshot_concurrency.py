"""Two app servers and the worker may all find no figures for the day and take them at once (first visit
of the day, worker's run): one snapshot is taken, the others read it, and no page fails."""

import pytest

from concertons.publication import selectors
from concertons.publication.models import Snapshot
from concertons.publication.services import snapshots
from tests.campaigns.factories import CampaignFactory
from tests.concurrency import at_once
from tests.signatures.factories import SignatureFactory

TAKERS = 8


@pytest.mark.django_db(transaction=True)
def test_the_days_figures_taken_at_once_by_several_processes_are_taken_once():
    campaign = CampaignFactory()
    SignatureFactory.create_batch(3, campaign=campaign)
    seen = []

    def take(n: int) -> None:
        if n % 2:
            figures = selectors.figures(campaign=campaign)  # what a page view does
            seen.append((figures.constats_day, figures.signatures["confirmed"]))
        else:
            snapshots.snapshots_refresh_all()  # what the worker does

    errors = at_once(TAKERS, take)

    assert errors == []
    assert Snapshot.objects.filter(campaign=campaign, scope=Snapshot.Scope.CONSTATS).count() == 1
    assert Snapshot.objects.filter(campaign=campaign, scope=Snapshot.Scope.SIGNATURES).count() == 1
    assert {confirmed for _day, confirmed in seen} == {3}
