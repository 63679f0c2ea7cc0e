"""Demands: support by confirmed signatories, status history per département, counts and disclosure."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from concertons.accounts.models import AuditEntry
from concertons.demands import selectors, services
from concertons.demands.models import Demand, DemandStatusChange, DemandSupport
from concertons.publication import demand_figures
from concertons.signatures import services as signature_services
from tests.campaigns.factories import CampaignFactory, UserFactory
from tests.demands.factories import DemandFactory
from tests.signatures.factories import SignatureFactory

pytestmark = pytest.mark.django_db

Status = DemandStatusChange.Status


def test_a_confirmed_signatory_supports_a_demand_once_and_can_withdraw():
    demand = DemandFactory()
    signature = SignatureFactory(campaign=demand.campaign)

    services.demand_support_add(signature=signature, demand=demand)
    services.demand_support_add(signature=signature, demand=demand)
    assert DemandSupport.objects.count() == 1

    assert services.demand_support_withdraw(signature=signature, demand=demand) is True
    assert services.demand_support_withdraw(signature=signature, demand=demand) is False
    assert DemandSupport.objects.count() == 0


def test_supporting_without_a_confirmed_signature_is_refused_in_french_and_writes_nothing():
    demand = DemandFactory()
    pending = SignatureFactory(campaign=demand.campaign, pending=True)

    with pytest.raises(ValidationError, match="Votre signature n'est pas confirmée"):
        services.demand_support_add(signature=pending, demand=demand)
    with pytest.raises(ValidationError, match="Votre signature n'est pas confirmée"):
        services.demand_support_set(signature=pending, demand_ids={demand.pk})
    assert DemandSupport.objects.count() == 0


def test_a_hidden_signature_cannot_support_and_its_supports_stop_counting():
    demand = DemandFactory()
    signature = SignatureFactory(campaign=demand.campaign)
    services.demand_support_add(signature=signature, demand=demand)
    signature_services.signature_hide(signature=signature, reason="Faux nom", actor=UserFactory())

    assert selectors.demand_support_counts(campaign=demand.campaign) == {}
    with pytest.raises(ValidationError):
        services.demand_support_add(signature=signature, demand=demand)


def test_a_demand_of_another_campaign_cannot_be_supported():
    demand = DemandFactory()
    signature = SignatureFactory()  # another campaign
    with pytest.raises(ValidationError, match="n'appartient pas"):
        services.demand_support_add(signature=signature, demand=demand)
    with pytest.raises(ValidationError, match="Exigence inconnue"):
        services.demand_support_set(signature=signature, demand_ids={demand.pk})
    assert DemandSupport.objects.count() == 0


def test_setting_supports_adds_and_withdraws_to_match_the_choice():
    campaign = CampaignFactory()
    first, second, third = DemandFactory.create_batch(3, campaign=campaign)
    signature = SignatureFactory(campaign=campaign)

    change = services.demand_support_set(signature=signature, demand_ids={first.pk, second.pk})
    assert (change.added, change.withdrawn) == (2, 0)
    change = services.demand_support_set(signature=signature, demand_ids={second.pk, third.pk})
    assert (change.added, change.withdrawn) == (1, 1)
    assert selectors.demand_supported_ids(signature=signature) == {second.pk, third.pk}


def test_withdrawing_the_signature_withdraws_its_supports():
    demand = DemandFactory()
    signature = SignatureFactory(campaign=demand.campaign)
    services.demand_support_add(signature=signature, demand=demand)

    signature_services.signature_withdraw(signature=signature)

    assert DemandSupport.objects.count() == 0


def test_organisers_get_the_raw_supports_per_demand_and_per_departement():
    campaign = CampaignFactory()
    staffing, means = DemandFactory.create_batch(2, campaign=campaign)
    for departement in ("47", "47", "59"):
        signature = SignatureFactory(campaign=campaign, departement=departement)
        services.demand_support_add(signature=signature, demand=staffing)
    services.demand_support_add(signature=SignatureFactory(campaign=campaign, departement="59"), demand=means)
    services.demand_support_add(signature=SignatureFactory(campaign=campaign, departement=""), demand=means)

    counts = selectors.demand_support_counts(campaign=campaign)

    assert counts[staffing.pk] == {"47": 2, "59": 1}
    assert counts[means.pk] == {"59": 1, "": 1}


def test_the_status_history_is_kept_whole_and_the_latest_date_is_the_current_status():
    demand = DemandFactory()
    organiser = UserFactory()
    services.demand_status_record(
        demand=demand, departement="47", status=Status.RAISED, date=datetime.date(2026, 9, 1), actor=organiser
    )
    services.demand_status_record(
        demand=demand,
        departement="47",
        status=Status.NEGOTIATING,
        date=datetime.date(2026, 10, 5),
        note="Rendez-vous avec la DGA solidarités",
        link="https://example.org/courrier.pdf",
        actor=organiser,
    )
    # Recorded later but dated earlier: it joins the history, it does not become the current status.
    services.demand_status_record(
        demand=demand,
        departement="47",
        status=Status.RAISED,
        date=datetime.date(2026, 8, 20),
        actor=organiser,
    )
    services.demand_status_record(
        demand=demand,
        departement="59",
        status=Status.REFUSED,
        date=datetime.date(2026, 10, 1),
        actor=organiser,
    )

    history = selectors.demand_status_history(campaign=demand.campaign, departement="47")
    assert [entry.change.date for entry in history] == [
        datetime.date(2026, 8, 20), datetime.date(2026, 9, 1), datetime.date(2026, 10, 5),
    ]  # fmt: skip
    current = selectors.demand_current_statuses(campaign=demand.campaign)
    assert current[(demand.pk, "47")].status == Status.NEGOTIATING
    assert current[(demand.pk, "47")].note == "Rendez-vous avec la DGA solidarités"
    assert current[(demand.pk, "59")].status == Status.REFUSED
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DEMAND_STATUS_CHANGED).count() == 4
    entry = AuditEntry.objects.filter(action=AuditEntry.Action.DEMAND_STATUS_CHANGED).first()
    assert entry.actor_name == organiser.username


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"status": "gagnee-peut-etre"}, "status", "Statut inconnu : « gagnee-peut-etre »."),
        ({"status": ""}, "status", "Statut inconnu"),
        ({"departement": "99"}, "departement", "Département inconnu : « 99 »."),
        ({"date": None}, "date", "Indiquez la date"),
        ({"date": "2026-10-01"}, "date", "Indiquez la date"),
        ({"link": "javascript:alert(1)"}, "link", "adresse web complète"),
        ({"note": "x" * 501}, "note", "500 caractères"),
    ],
)
def test_bad_status_input_gets_a_french_message_and_writes_nothing(overrides, field, message):
    demand = DemandFactory()
    data = {"departement": "47", "status": Status.WON, "date": datetime.date(2026, 10, 1), **overrides}

    with pytest.raises(ValidationError) as error:
        services.demand_status_record(demand=demand, **data)

    assert field in error.value.message_dict
    assert message in " ".join(error.value.message_dict[field])
    assert DemandStatusChange.objects.count() == 0
    assert AuditEntry.objects.count() == 0


def test_a_status_cannot_be_dated_in_the_future():
    demand = DemandFactory()
    with pytest.raises(ValidationError, match="futur"):
        services.demand_status_record(
            demand=demand,
            departement="47",
            status=Status.WON,
            date=timezone.localdate() + datetime.timedelta(days=1),
        )


def test_the_departement_is_read_as_people_type_it():
    demand = DemandFactory()
    change = services.demand_status_record(
        demand=demand, departement="2a", status=Status.RAISED, date=datetime.date(2026, 10, 1)
    )
    assert change.departement == "2A"


def test_demands_are_added_at_the_end_moved_and_deleted_with_positions_renumbered():
    campaign = CampaignFactory()
    first = services.demand_create(campaign=campaign, data=services.DemandData(title="Postes"))
    second = services.demand_create(
        campaign=campaign, data=services.DemandData(title="Moyens", themes=("moyens", "effectifs"))
    )
    third = services.demand_create(campaign=campaign, data=services.DemandData(title="Formation"))
    assert [first.position, second.position, third.position] == [1, 2, 3]
    assert second.themes == ["effectifs", "moyens"]  # the vocabulary's order

    services.demand_move(demand=third, offset=-1)
    assert list(selectors.demand_list(campaign=campaign).values_list("title", flat=True)) == [
        "Postes", "Formation", "Moyens",
    ]  # fmt: skip
    services.demand_move(demand=first, offset=-1)  # already first: nothing moves
    services.demand_delete(demand=first)
    assert list(selectors.demand_list(campaign=campaign).values_list("title", "position")) == [
        ("Formation", 1), ("Moyens", 2),
    ]  # fmt: skip


def test_an_unknown_theme_or_an_empty_title_is_refused():
    campaign = CampaignFactory()
    with pytest.raises(ValidationError, match="Thème inconnu"):
        services.demand_create(campaign=campaign, data=services.DemandData(title="X", themes=("licornes",)))
    with pytest.raises(ValidationError, match="intitulé"):
        services.demand_create(campaign=campaign, data=services.DemandData(title="  "))
    assert Demand.objects.count() == 0


def test_a_demand_with_a_history_cannot_be_deleted():
    demand = DemandFactory()
    services.demand_status_record(
        demand=demand, departement="47", status=Status.RAISED, date=datetime.date(2026, 10, 1)
    )
    with pytest.raises(ValidationError, match="historique"):
        services.demand_delete(demand=demand)
    assert Demand.objects.filter(pk=demand.pk).exists()


def test_backing_counts_come_from_the_daily_release_with_the_campaign_threshold():
    from concertons.publication.services import snapshots
    from concertons.testimonies.models import FieldCount, Testimony

    campaign = CampaignFactory(disclosure_threshold=3)
    staffing = DemandFactory(campaign=campaign, themes=["effectifs"])
    means = DemandFactory(campaign=campaign, themes=["moyens", "partenaires"])
    training = DemandFactory(campaign=campaign, themes=["formation"])
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    def testimony(themes, status=Testimony.Status.PUBLISHED, on=yesterday):
        return Testimony.objects.create(
            campaign=campaign,
            departement="59",
            themes=themes,
            week="2026-W40",
            status=status,
            published_on=on,
        )

    backing_staffing = [
        testimony(["effectifs"]),
        testimony(["effectifs", "moyens"]),
        testimony(["effectifs"]),
    ]
    only_means = testimony(["moyens"])
    testimony(["sante_travail"])
    testimony(["effectifs"], status=Testimony.Status.TO_REVIEW, on=None)
    FieldCount.objects.create(testimony=backing_staffing[0], vacant_posts=3)
    FieldCount.objects.create(testimony=backing_staffing[1])  # empty: it backs nothing
    FieldCount.objects.create(testimony=only_means, absences_people=2)

    backing = demand_figures.demand_backing(campaign=campaign, demands=[staffing, means, training])

    assert backing[staffing.pk] == demand_figures.Backing(testimonies=3, field_counts=None)  # 1 < 3: secret
    assert backing[means.pk].testimonies is None  # 2 < 3
    assert backing[training.pk] == demand_figures.Backing(testimonies=0, field_counts=0)  # nobody: 0
    # Two more field counts today: the day's figures do not move, nor tomorrow's (2 changes < k).
    FieldCount.objects.create(testimony=backing_staffing[2], closures=1)
    FieldCount.objects.filter(testimony=backing_staffing[1]).update(pmi_dropped="yes")
    assert (
        demand_figures.demand_backing(campaign=campaign, demands=[staffing])[staffing.pk].field_counts is None
    )
    snapshots.constats_snapshot_take(campaign=campaign, day=timezone.localdate() + datetime.timedelta(days=1))
    assert (
        demand_figures.demand_backing(campaign=campaign, demands=[staffing])[staffing.pk].field_counts is None
    )
    # A demand written after the day's release waits for the next one.
    later = DemandFactory(campaign=campaign, themes=["effectifs"])
    assert demand_figures.demand_backing(campaign=campaign, demands=[later])[
        later.pk
    ] == demand_figures.Backing(pending=True)


def test_the_cahier_gets_each_demand_with_its_current_status_in_the_departement():
    campaign = CampaignFactory()
    staffing = DemandFactory(campaign=campaign, title="Postes")
    DemandFactory(campaign=campaign, title="Formation")
    services.demand_status_record(
        demand=staffing,
        departement="47",
        status=Status.WON,
        date=datetime.date(2026, 10, 1),
        note="10 postes",
    )

    rows = selectors.demands_for_departement(campaign=campaign, departement="47")

    assert [(r.title, r.status_label, r.since, r.note) for r in rows] == [
        ("Postes", "Gagnée", datetime.date(2026, 10, 1), "10 postes"),
        ("Formation", "Pas encore portée", None, ""),
    ]
