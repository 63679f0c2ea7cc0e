"""Two app servers and the worker may all find no figures for the day and take them at once (first visit
of the day, worker's run): one snapshot is taken, the others read it, and no page fails."""

import threading

import pytest
from django.db import connection

from concertons.publication import selectors
from concertons.publication.models import Snapshot
from concertons.publication.services import snapshots
from tests.campaigns.factories import CampaignFactory
from tests.signatures.factories import SignatureFactory

TAKERS = 8


@pytest.mark.django_db(transaction=True)
def test_the_days_figures_taken_at_once_by_several_processes_are_taken_once():
    campaign = CampaignFactory()
    SignatureFactory.create_batch(3, campaign=campaign)
    barrier = threading.Barrier(TAKERS)
    errors, seen = [], []

    def take(n: int) -> None:
        try:
            barrier.wait(timeout=60)
            if n % 2:
                figures = selectors.figures(campaign=campaign)  # what a page view does
                seen.append((figures.constats_day, figures.signatures["confirmed"]))
            else:
                snapshots.snapshots_refresh_all()  # what the worker does
        except Exception as error:  # collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=take, args=(n,)) for n in range(TAKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Snapshot.objects.filter(campaign=campaign, scope=Snapshot.Scope.CONSTATS).count() == 1
    assert Snapshot.objects.filter(campaign=campaign, scope=Snapshot.Scope.SIGNATURES).count() == 1
    assert {confirmed for _day, confirmed in seen} == {3}
