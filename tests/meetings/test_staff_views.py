"""Organisers' meeting pages: create and change meetings, registrations and their CSV, minutes and decisions."""

import datetime
import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from concertons.accounts.models import AuditEntry
from concertons.demands import selectors as demand_selectors
from concertons.demands.models import DemandStatusChange
from concertons.meetings import minutes as minutes_services
from concertons.meetings.models import Meeting, Minutes, MinutesItem
from tests import spreadsheets
from tests.campaigns.factories import CampaignFactory, MembershipFactory
from tests.demands.factories import DemandFactory
from tests.meetings.factories import MeetingFactory, RegistrationFactory
from tests.signatures.test_staff_views import verified_client

pytestmark = pytest.mark.django_db


def form_data(**overrides) -> dict:
    day = timezone.localdate() + timedelta(days=14)
    return {
        "kind": "assemblee",
        "title": "Assemblée de Lille",
        "description": "Préparer la délégation.",
        "agenda": "Relevés\nDélégation",
        "starts_at": f"{day.isoformat()}T18:00",
        "ends_at": f"{day.isoformat()}T20:30",
        "address": "Maison des syndicats, Lille",
        "online_url": "",
        "capacity": "40",
        "organiser": "Section du Nord",
        "departement": "59",
        **overrides,
    }


def past_meeting(campaign, **fields):
    starts_at = timezone.now() - timedelta(days=2)
    return MeetingFactory(
        campaign=campaign, starts_at=starts_at, ends_at=starts_at + timedelta(hours=2), **fields
    )


def test_an_organiser_creates_a_meeting_in_paris_time_and_changes_it(organiser_client, campaign):
    response = organiser_client.post(reverse("meetings_staff:create", args=[campaign.slug]), form_data())
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    local = timezone.localtime(meeting.starts_at, ZoneInfo("Europe/Paris"))
    assert (local.hour, local.minute, meeting.departement, meeting.capacity) == (18, 0, "59", 40)
    assert meeting.agenda_items == ["Relevés", "Délégation"]
    assert meeting.created_by is not None

    edit = reverse("meetings_staff:edit", args=[campaign.slug, meeting.pk])
    assert 'value="40"' in organiser_client.get(edit).text
    organiser_client.post(
        edit, form_data(title="Assemblée de Lille (salle changée)", address="Bourse du travail")
    )
    meeting.refresh_from_db()
    assert meeting.title == "Assemblée de Lille (salle changée)" and meeting.sequence == 1
    assert (
        "Assemblée de Lille (salle changée)"
        in organiser_client.get(reverse("meetings_staff:list", args=[campaign.slug])).text
    )


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"ends_at": "2030-01-01T17:00", "starts_at": "2030-01-01T18:00"}, "La réunion doit finir après avoir commencé."),
        ({"starts_at": "2020-01-01T18:00", "ends_at": "2020-01-01T20:00"}, "Une réunion à venir ne peut pas commencer dans le passé."),
        ({"already_held": "on"}, "Une réunion qui a déjà eu lieu a commencé dans le passé"),
        ({"capacity": "0"}, "Il faut au moins une place."),
        ({"capacity": "-3"}, "Il faut au moins une place."),
        ({"capacity": "beaucoup"}, "Saisissez un nombre entier."),
        ({"address": ""}, "Indiquez une adresse, un lien de visioconférence, ou les deux."),
        ({"departement": "999"}, "Département inconnu"),
        # 02:30 happens twice on 25 October 2026 in Paris: Django refuses to guess.
        ({"starts_at": "2026-10-25T02:30", "ends_at": "2026-10-25T04:00"}, "elle est peut-être ambigüe ou elle n'existe pas"),
    ],
)  # fmt: skip
def test_bad_meetings_from_the_form_get_a_french_message_and_nothing_is_written(
    organiser_client, campaign, overrides, message
):
    response = organiser_client.post(
        reverse("meetings_staff:create", args=[campaign.slug]), form_data(**overrides)
    )
    assert response.status_code == 200
    assert message in response.text.replace("&#x27;", "'").replace("’", "'")
    assert Meeting.objects.count() == 0


def test_the_registrations_list_and_csv_show_who_comes_and_who_waits(organiser_client, campaign):
    meeting = MeetingFactory(campaign=campaign, capacity=1)
    RegistrationFactory(meeting=meeting, name="Anne Dupont", email="anne@example.org")
    RegistrationFactory(meeting=meeting, name="=HYPERLINK(1)", email="b@example.org", waiting=True)
    RegistrationFactory(meeting=meeting, name="Pas Confirmé", pending=True)

    listing = organiser_client.get(reverse("meetings_staff:registrations", args=[campaign.slug, meeting.pk]))
    assert "Anne Dupont" in listing.text and "Pas Confirmé" in listing.text
    assert "1 place(s) prise(s) sur 1 ; 1 en liste d'attente" in listing.text

    response = organiser_client.get(reverse("meetings_staff:export", args=[campaign.slug, meeting.pk, "csv"]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = spreadsheets.records(response.content)
    assert [(row["Nom"], row["Statut"], row["Rang sur la liste d'attente"]) for row in rows] == [
        ("Anne Dupont", "Inscrit·e", ""),
        ("'=HYPERLINK(1)", "Sur liste d'attente", "1"),
    ]
    assert AuditEntry.objects.filter(action=AuditEntry.Action.MEETING_REGISTRATIONS_EXPORTED).count() == 1


def test_minutes_with_a_decision_change_the_demand_status_and_the_history_links_to_them(
    organiser_client, client, campaign
):
    meeting = past_meeting(campaign, departement="59", title="Assemblée de Lille")
    demand = DemandFactory(campaign=campaign, title="Remplacer les absent·es")
    minutes_url = reverse("meetings_staff:minutes", args=[campaign.slug, meeting.pk])

    organiser_client.post(minutes_url, {"text": "Quarante collègues présent·es."})
    organiser_client.post(
        reverse("meetings_staff:item_add", args=[campaign.slug, meeting.pk]),
        {
            "text": "La direction accepte d'ouvrir la négociation.",
            "demand": demand.pk,
            "status": "negotiating",
        },
    )
    organiser_client.post(
        reverse("meetings_staff:item_add", args=[campaign.slug, meeting.pk]),
        {"text": "Prochaine AG en janvier."},
    )
    assert DemandStatusChange.objects.count() == 0  # not before publication
    public = reverse("meetings:minutes", args=[campaign.slug, meeting.pk])
    assert organiser_client.get(public).status_code == 404

    organiser_client.post(reverse("meetings_staff:publish", args=[campaign.slug, meeting.pk]))

    change = DemandStatusChange.objects.get()
    assert (change.departement, change.status) == ("59", "negotiating")
    assert change.date == timezone.localdate(meeting.starts_at)
    assert MinutesItem.objects.get(status_change=change).text.startswith("La direction accepte")
    assert AuditEntry.objects.filter(action=AuditEntry.Action.MINUTES_PUBLISHED).count() == 1
    [entry] = demand_selectors.demand_status_history(campaign=campaign, departement="59")
    assert entry.minutes_url == public and entry.meeting_title == "Assemblée de Lille"

    page = client.get(reverse("meetings:detail", args=[campaign.slug, meeting.pk]))
    assert public in page.text  # the meeting page links to its minutes
    minutes_page = client.get(public)
    assert "Quarante collègues présent·es." in minutes_page.text and "En négociation" in minutes_page.text
    departement_page = client.get(reverse("demands:departement", args=[campaign.slug, "59"]))
    assert public in departement_page.text and "En négociation" in departement_page.text

    # Published minutes: a decision added now goes straight into the history; it can no longer be removed.
    organiser_client.post(
        reverse("meetings_staff:item_add", args=[campaign.slug, meeting.pk]),
        {
            "text": "Correction : accord obtenu en séance.",
            "demand": demand.pk,
            "status": "won",
            "departement": "62",
        },
    )
    assert DemandStatusChange.objects.filter(departement="62", status="won").exists()
    item = MinutesItem.objects.get(status_change=change)
    organiser_client.post(reverse("meetings_staff:item_delete", args=[campaign.slug, meeting.pk, item.pk]))
    assert MinutesItem.objects.filter(pk=item.pk).exists()


def test_a_decision_needs_a_demand_a_known_status_and_a_departement(organiser_client, campaign):
    national = past_meeting(campaign, departement="")
    demand = DemandFactory(campaign=campaign)
    url = reverse("meetings_staff:item_add", args=[campaign.slug, national.pk])

    unknown = organiser_client.post(url, {"text": "Décision", "demand": demand.pk, "status": "bientot"})
    assert "Statut inconnu : « bientot »." in unknown.text
    no_departement = organiser_client.post(url, {"text": "Décision", "demand": demand.pk, "status": "won"})
    assert "Indiquez le département où la décision s&#x27;applique." in no_departement.text
    no_demand = organiser_client.post(url, {"text": "Décision", "status": "won", "departement": "59"})
    assert "Choisissez l&#x27;exigence" in no_demand.text
    foreign = DemandFactory()
    other = organiser_client.post(
        url, {"text": "Décision", "demand": foreign.pk, "status": "won", "departement": "59"}
    )
    assert "Sélectionnez un choix valide" in other.text
    assert MinutesItem.objects.count() == 0


def test_publishing_is_all_or_nothing(campaign):
    meeting = past_meeting(campaign)
    demand = DemandFactory(campaign=campaign)
    minutes_services.minutes_item_add(meeting=meeting, text="Bonne décision", demand=demand, status="won")
    # A decision that became invalid (written around the services): nothing at all must be published.
    MinutesItem.objects.create(
        minutes=meeting.minutes,
        position=2,
        text="Mauvaise décision",
        demand=demand,
        departement="47",
        status="x",
    )

    with pytest.raises(Exception, match="Statut inconnu"):
        minutes_services.minutes_publish(meeting=meeting, actor=None)

    assert DemandStatusChange.objects.count() == 0
    assert Minutes.objects.get().published_at is None
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.MINUTES_PUBLISHED).exists()


def test_a_meeting_already_held_is_recorded_with_its_minutes_and_decisions(organiser_client, campaign):
    """An assembly held before the platform existed gets its place, its minutes and its decision."""
    response = organiser_client.post(
        reverse("meetings_staff:create", args=[campaign.slug]),
        form_data(starts_at="2026-09-15T18:00", ends_at="2026-09-15T20:00", already_held="on"),
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.has_started

    edit = organiser_client.get(reverse("meetings_staff:edit", args=[campaign.slug, meeting.pk])).text
    assert re.search(r'<input type="checkbox" name="already_held"[^>]* checked>', edit)
    organiser_client.post(
        reverse("meetings_staff:minutes", args=[campaign.slug, meeting.pk]), {"text": "Quarante présent·es."}
    )
    organiser_client.post(reverse("meetings_staff:publish", args=[campaign.slug, meeting.pk]))
    assert Minutes.objects.get(meeting=meeting).is_published
    detail = organiser_client.get(reverse("meetings:detail", args=[campaign.slug, meeting.pk])).text
    minutes_url = reverse("meetings:minutes", args=[campaign.slug, meeting.pk])
    assert f'href="{minutes_url}"' in detail and 'name="email"' not in detail
    assert "Quarante présent·es." in organiser_client.get(minutes_url).text


def test_minutes_are_published_after_the_meeting_only_and_once(organiser_client, campaign):
    upcoming = MeetingFactory(campaign=campaign)
    minutes_services.minutes_save(meeting=upcoming, text="Préparé à l'avance")
    response = organiser_client.post(
        reverse("meetings_staff:publish", args=[campaign.slug, upcoming.pk]), follow=True
    )
    assert "Le compte rendu se publie après la réunion." in response.text
    done = past_meeting(campaign)
    empty = organiser_client.post(
        reverse("meetings_staff:publish", args=[campaign.slug, done.pk]), follow=True
    )
    assert "Le compte rendu est vide" in empty.text
    minutes_services.minutes_save(meeting=done, text="Compte rendu")
    organiser_client.post(reverse("meetings_staff:publish", args=[campaign.slug, done.pk]))
    again = organiser_client.post(
        reverse("meetings_staff:publish", args=[campaign.slug, done.pk]), follow=True
    )
    assert "Ce compte rendu est déjà publié." in again.text
    assert Minutes.objects.filter(published_at__isnull=False).count() == 1


def test_other_collectives_and_moderators_cannot_reach_meeting_pages(client, campaign):
    meeting = MeetingFactory(campaign=campaign)
    RegistrationFactory(meeting=meeting, email="secret@example.org")
    stranger = MembershipFactory(role="organiser").user  # organiser of another collective
    verified_client(client, stranger)
    for name, extra in (("registrations", []), ("export", ["ods"]), ("minutes", []), ("edit", [])):
        url = reverse(f"meetings_staff:{name}", args=[campaign.slug, meeting.pk, *extra])
        assert client.get(url).status_code == 403
    assert client.post(reverse("meetings_staff:create", args=[campaign.slug]), form_data()).status_code == 403
    assert Meeting.objects.count() == 1


def test_the_date_of_a_decision_is_the_meeting_day_in_paris():
    # 23:30 UTC on 24 October is already the 25th in Paris.
    campaign = CampaignFactory()
    starts_at = datetime.datetime(2026, 10, 24, 23, 30, tzinfo=datetime.UTC)
    meeting = MeetingFactory(campaign=campaign, starts_at=starts_at, ends_at=starts_at + timedelta(hours=3))
    demand = DemandFactory(campaign=campaign)
    minutes_services.minutes_item_add(meeting=meeting, text="Accord", demand=demand, status="won")
    minutes_services.minutes_publish(meeting=meeting, actor=None)
    assert DemandStatusChange.objects.get().date == datetime.date(2026, 10, 25)
