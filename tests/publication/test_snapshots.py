import pytest
from django.utils import timezone

from concertons.publication.models import Snapshot
from concertons.publication.services import snapshots
from concertons.testimonies import services as testimony_services
from tests.campaigns.factories import CampaignFactory
from tests.signatures.factories import SignatureFactory
from tests.testimonies.factories import submit

pytestmark = pytest.mark.django_db


def publish(campaign, n, **fields):
    for _ in range(n):
        testimony, _receipt = submit(campaign=campaign, redact=False, text="", **fields)
        testimony_services.testimony_publish(testimony=testimony, actor=None)


def cell(records, **labels):
    return next(r for r in records if all(r.get(key) == value for key, value in labels.items()))


def test_signature_figures_are_counted_once_and_refreshed_only_when_they_change():
    campaign = CampaignFactory()
    SignatureFactory.create_batch(3, campaign=campaign, departement="59", profession="educateur")
    SignatureFactory(campaign=campaign, departement="47", profession="psychologue")
    SignatureFactory(campaign=campaign, pending=True)

    snapshot = snapshots.signatures_snapshot_refresh(campaign=campaign)

    assert snapshot.data["confirmed"] == 4
    # Four signatures in all, under k: nothing is broken down (the live counter shows the total).
    assert set(snapshot.data["by_departement"].values()) == {None}
    assert snapshot.data["by_day"] == [[timezone.localdate().isoformat(), 4]]
    lonely = cell(snapshot.data["departement_profession"], departement="47", profession="psychologue")
    assert lonely["status"] == "secret" and lonely["count"] is None
    assert snapshots.signatures_snapshot_refresh(campaign=campaign).pk == snapshot.pk
    SignatureFactory(campaign=campaign)
    assert snapshots.signatures_snapshot_refresh(campaign=campaign).data["confirmed"] == 5


def test_constats_are_published_as_one_snapshot_a_day_never_live():
    campaign = CampaignFactory(disclosure_threshold=3)
    publish(campaign, 4, departement="59", service="ase", themes=["effectifs"], counts={"vacant_posts": 2})
    publish(campaign, 5, departement="47", service="pmi", themes=["moyens"], counts={"vacant_posts": 3})
    publish(campaign, 3, departement="33", service="pmi", themes=["moyens"], counts={"vacant_posts": 1})
    publish(campaign, 1, departement="62", service="pmi", themes=["moyens"], counts={"vacant_posts": 40})

    first = snapshots.constats_snapshot_take(campaign=campaign)
    publish(campaign, 3, departement="62", service="pmi")
    again = snapshots.constats_snapshot_take(campaign=campaign)

    assert again.pk == first.pk  # the figures of the day do not move when someone testifies
    data = first.data
    assert cell(data["by_departement"], departement="59")["count"] == 4
    assert cell(data["by_departement"], departement="62")["status"] == "secret"
    # 62 alone would be total minus the others: a second figure is withheld (secondary suppression).
    assert cell(data["by_departement"], departement="33")["status"] == "secret"
    assert cell(data["by_theme"], theme="effectifs")["count"] == 4
    vacant = data["indicators"]["vacant_posts"]
    assert cell(vacant, departement="47")["sum"] == 15 and cell(vacant, departement="47")["median"] == 3
    assert cell(vacant, departement="62")["status"] == "secret"
    tomorrow = snapshots.constats_snapshot_take(
        campaign=campaign, day=timezone.localdate() + timezone.timedelta(days=1)
    )
    assert cell(tomorrow.data["by_departement"], departement="62")["count"] == 4
    assert Snapshot.objects.filter(campaign=campaign, scope="constats").count() == 2


def test_a_campaign_with_nothing_yet_still_gets_figures():
    campaign = CampaignFactory()
    signatures = snapshots.signatures_snapshot_refresh(campaign=campaign)
    constats = snapshots.constats_snapshot_take(campaign=campaign)
    assert signatures.data["confirmed"] == 0 and signatures.data["by_day"] == []
    assert all(record["status"] in ("absent", "secret") for record in constats.data["by_departement"])
