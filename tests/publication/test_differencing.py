"""Two daily releases must not tell one person's answers by subtraction (issue 11, item 6).

Through the real snapshot: a cell keeps its released figures until at least k contributions entered or
left it since, and every margin is computed from what the cells show."""

import pytest
from django.utils import timezone

from concertons.publication.models import Snapshot
from concertons.publication.services import snapshots
from concertons.testimonies import services as testimony_services
from tests.campaigns.factories import CampaignFactory
from tests.testimonies.factories import submit

pytestmark = pytest.mark.django_db


def publish(campaign, values, departement="47", service="pmi", themes=("moyens",)):
    """One published testimony per value of vacant posts; returns them."""
    testimonies = []
    for value in values:
        testimony, _receipt = submit(
            campaign=campaign,
            redact=False,
            text="",
            departement=departement,
            service=service,
            themes=list(themes),
            counts={"vacant_posts": value},
        )
        testimonies.append(testimony_services.testimony_publish(testimony=testimony, actor=None))
    return testimonies


def release(campaign, day: int) -> dict:
    return snapshots.constats_snapshot_take(
        campaign=campaign, day=timezone.localdate() + timezone.timedelta(days=day)
    ).data


def cell(records, **labels):
    return next(r for r in records if all(r.get(key) == value for key, value in labels.items()))


def figures_of_47(data) -> dict:
    """Every published figure the 47 testimonies are part of, margins included."""
    vacant = data["indicators"]["vacant_posts"]
    return {
        "departement": cell(data["by_departement"], departement="47"),
        "total": cell(data["by_departement"], departement=None),
        "service": cell(data["departement_service"], departement="47", service="pmi"),
        "service margin": cell(data["departement_service"], departement=None, service="pmi"),
        "theme": cell(data["by_theme"], theme="moyens"),
        "departement theme": cell(data["departement_theme"], departement="47", theme="moyens"),
        "departement themes": cell(data["departement_theme"], departement="47", theme=None),
        "vacant posts": cell(vacant, departement="47"),
        "vacant posts, all": cell(vacant, departement=None),
    }


def test_one_more_testimony_leaves_every_figure_of_its_cell_as_released():
    campaign = CampaignFactory(disclosure_threshold=5)
    publish(campaign, [4, 4, 4, 4, 4])
    first = release(campaign, 0)
    assert cell(first["indicators"]["vacant_posts"], departement="47") == {
        "departement": "47",
        "status": "published",
        "count": 5,
        "sum": 20,
        "median": 4,
    }

    publish(campaign, [7])
    second = release(campaign, 1)

    # n = 6, sum 27 would tell everyone who read both days that the newcomer reported 7.
    assert figures_of_47(second) == figures_of_47(first)

    publish(campaign, [3, 3, 3, 3])  # five new since the release: the new figures go out
    third = release(campaign, 2)
    vacant = cell(third["indicators"]["vacant_posts"], departement="47")
    assert (vacant["count"], vacant["sum"]) == (10, 39)
    assert cell(third["by_departement"], departement="47")["count"] == 10
    assert cell(third["by_theme"], theme="moyens")["count"] == 10
    assert cell(third["departement_service"], departement=None, service=None)["count"] == 10


def test_a_new_cell_shows_nothing_until_k_testimonies_entered_it():
    campaign = CampaignFactory(disclosure_threshold=5)
    publish(campaign, [4, 4, 4, 4, 4])
    release(campaign, 0)

    publish(campaign, [2], departement="33", service="ase", themes=["effectifs"])
    second = release(campaign, 1)

    # "secret" instead of "absent" would say that someone of the 33 testified since yesterday.
    assert cell(second["by_departement"], departement="33") == {
        "departement": "33",
        "status": "absent",
        "count": 0,
    }
    assert cell(second["by_theme"], theme="effectifs")["status"] == "absent"
    assert cell(second["indicators"]["vacant_posts"], departement="33")["status"] == "absent"
    assert cell(second["by_departement"], departement=None)["count"] == 5  # the margin adds what cells show


def test_a_removed_testimony_is_not_seen_until_k_changes():
    campaign = CampaignFactory(disclosure_threshold=5)
    testimonies = publish(campaign, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    first = release(campaign, 0)
    assert cell(first["indicators"]["vacant_posts"], departement="47")["sum"] == 55

    testimony_services.testimony_delete(testimony=testimonies[6])  # the author of "7" withdraws
    second = release(campaign, 1)

    assert figures_of_47(second) == figures_of_47(first)  # 48 would tell what the author had reported

    for testimony in testimonies[:3]:
        testimony_services.testimony_delete(testimony=testimony)
    testimony_services.testimony_reject(testimony=testimonies[9], reason="Hors sujet.", actor=None)
    third = release(campaign, 2)
    vacant = cell(third["indicators"]["vacant_posts"], departement="47")
    assert (vacant["count"], vacant["sum"]) == (5, 4 + 5 + 6 + 8 + 9)
    assert cell(third["by_departement"], departement="47")["count"] == 5


def test_only_the_latest_snapshot_remembers_what_was_released():
    campaign = CampaignFactory(disclosure_threshold=5)
    publish(campaign, [4, 4, 4, 4, 4])
    release(campaign, 0)
    release(campaign, 1)

    kept = [
        snapshot.day
        for snapshot in Snapshot.objects.filter(campaign=campaign, scope=Snapshot.Scope.CONSTATS)
        if snapshots.RELEASED in snapshot.data
    ]
    assert kept == [timezone.localdate() + timezone.timedelta(days=1)]
