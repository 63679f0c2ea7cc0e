"""Meetings: scheduling rules, double opt-in registration, waiting list, cancellation, reminders."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from concertons.mailer.models import OutgoingEmail
from concertons.meetings import services
from concertons.meetings.models import Meeting, Registration
from concertons.meetings.services import RegistrantData
from tests.campaigns.factories import CampaignFactory
from tests.meetings.factories import MeetingFactory, RegistrationFactory
from tests.meetings.helpers import meeting_data

pytestmark = pytest.mark.django_db

Status = Registration.Status


def person(n: int = 1, **overrides) -> RegistrantData:
    return RegistrantData(**{"name": f"Awa Diallo {n}", "email": f"awa{n}@example.org", **overrides})


def subjects(to: str) -> list[str]:
    return list(OutgoingEmail.objects.filter(to__iexact=to).order_by("pk").values_list("subject", flat=True))


def test_a_meeting_is_scheduled_in_paris_time_and_its_departement_normalised():
    campaign = CampaignFactory()
    meeting = services.meeting_schedule(
        campaign=campaign, data=meeting_data(departement="2a", online_url="https://visio.example.org/ag")
    )
    assert meeting.departement == "2A" and meeting.sequence == 0
    assert Meeting.objects.get().online_url == "https://visio.example.org/ag"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"ends_at": timezone.now() + timedelta(days=9)}, "ends_at", "La réunion doit finir après avoir commencé."),
        ({"starts_at": timezone.now() - timedelta(hours=1)}, "starts_at", "Une réunion à venir ne peut pas commencer dans le passé."),
        ({"capacity": 0}, "capacity", "Il faut au moins une place."),
        ({"capacity": -5}, "capacity", "Il faut au moins une place."),
        ({"capacity": 10**9}, "capacity", "Pas plus de 100 000 places."),
        ({"capacity": "12"}, "capacity", "Indiquez le nombre de places."),
        ({"address": "", "online_url": ""}, "address", "Indiquez une adresse, un lien de visioconférence"),
        ({"online_url": "javascript:alert(1)"}, "online_url", "adresse web complète"),
        ({"departement": "96"}, "departement", "Département inconnu"),
        ({"title": "  "}, "title", "Donnez un titre"),
        ({"kind": "fete"}, "kind", "Type de réunion inconnu."),
        ({"starts_at": timezone.now().replace(tzinfo=None) + timedelta(days=3)}, "starts_at", "Indiquez la date"),
    ],
)  # fmt: skip
def test_bad_meetings_are_refused_with_a_french_message_and_nothing_is_written(overrides, field, message):
    with pytest.raises(ValidationError) as error:
        services.meeting_schedule(campaign=CampaignFactory(), data=meeting_data(**overrides))
    assert message in " ".join(error.value.message_dict[field])
    assert Meeting.objects.count() == 0


def test_the_database_itself_refuses_an_inverted_meeting_or_no_places():
    from django.db import IntegrityError, transaction

    for fields in ({"ends_at": timezone.now()}, {"capacity": 0}):
        with pytest.raises(IntegrityError), transaction.atomic():
            MeetingFactory(**fields)


def test_registering_sends_a_confirmation_link_and_holds_no_place_until_confirmed():
    meeting = MeetingFactory(capacity=1)
    registration = services.registration_submit(meeting=meeting, person=person(1))
    assert registration.status == Status.PENDING
    assert subjects("awa1@example.org") == [f"Confirmez votre inscription : {meeting.title}"]

    # Another person confirms first: the unconfirmed address did not keep the seat.
    other = services.registration_submit(meeting=meeting, person=person(2))
    assert services.registration_confirm(registration=other).status == Status.CONFIRMED
    assert services.registration_confirm(registration=registration).status == Status.WAITING
    assert subjects("awa1@example.org")[-1] == f"Liste d'attente : {meeting.title}"
    assert "(n° 1)" in OutgoingEmail.objects.filter(to="awa1@example.org").last().body


def test_registering_twice_keeps_one_registration_and_resends_the_right_email():
    meeting = MeetingFactory()
    first = services.registration_submit(meeting=meeting, person=person(1))
    again = services.registration_submit(meeting=meeting, person=person(1, email=" AWA1@Example.org "))
    assert again.pk == first.pk and Registration.objects.count() == 1
    services.registration_confirm(registration=first)
    services.registration_submit(meeting=meeting, person=person(1))

    assert Registration.objects.get().status == Status.CONFIRMED
    assert subjects("awa1@example.org")[-1] == f"Vous êtes déjà inscrit·e : {meeting.title}"


def test_confirming_twice_changes_nothing():
    meeting = MeetingFactory(capacity=2)
    registration = services.registration_submit(meeting=meeting, person=person(1))
    services.registration_confirm(registration=registration)
    services.registration_confirm(registration=registration)
    assert meeting.registrations.holding_a_place().count() == 1
    assert subjects("awa1@example.org").count(f"Inscription confirmée : {meeting.title}") == 1


def test_a_cancellation_promotes_the_first_on_the_waiting_list():
    meeting = MeetingFactory(capacity=2)
    seated = [RegistrationFactory(meeting=meeting) for _ in range(2)]
    first_waiting = RegistrationFactory(meeting=meeting, waiting=True)
    second_waiting = RegistrationFactory(meeting=meeting, waiting=True)

    result = services.registration_cancel(registration=seated[0])

    assert result.promoted == [first_waiting]
    first_waiting.refresh_from_db()
    second_waiting.refresh_from_db()
    assert first_waiting.status == Status.CONFIRMED and second_waiting.status == Status.WAITING
    assert meeting.registrations.holding_a_place().count() == 2
    assert subjects(first_waiting.email) == [f"Une place s'est libérée : {meeting.title}"]
    assert subjects(seated[0].email) == [f"Inscription annulée : {meeting.title}"]


def test_cancelling_a_waiting_or_pending_registration_promotes_nobody():
    meeting = MeetingFactory(capacity=1)
    RegistrationFactory(meeting=meeting)
    waiting = RegistrationFactory(meeting=meeting, waiting=True)
    other = RegistrationFactory(meeting=meeting, waiting=True)
    assert services.registration_cancel(registration=waiting).promoted == []
    other.refresh_from_db()
    assert other.status == Status.WAITING


def test_cancelling_twice_says_so_and_changes_nothing():
    registration = RegistrationFactory()
    services.registration_cancel(registration=registration)
    result = services.registration_cancel(registration=registration)
    assert result.already_cancelled is True
    assert OutgoingEmail.objects.count() == 1


def test_registering_again_after_cancelling_revokes_the_old_links():
    meeting = MeetingFactory()
    registration = services.registration_submit(meeting=meeting, person=person(1))
    old_key = registration.token_key
    services.registration_confirm(registration=registration)
    services.registration_cancel(registration=registration)

    again = services.registration_submit(meeting=meeting, person=person(1))

    assert again.pk == registration.pk and again.status == Status.PENDING
    assert again.token_key != old_key


def test_no_registration_once_the_meeting_has_started():
    meeting = MeetingFactory(starts_at=timezone.now() - timedelta(minutes=5))
    with pytest.raises(ValidationError, match="Les inscriptions sont closes"):
        services.registration_submit(meeting=meeting, person=person(1))
    assert Registration.objects.count() == 0


def test_more_places_promote_the_waiting_list_and_fewer_than_taken_are_refused():
    meeting = MeetingFactory(capacity=1)
    RegistrationFactory(meeting=meeting)
    waiting = RegistrationFactory(meeting=meeting, waiting=True)

    data = meeting_data(
        starts_at=meeting.starts_at, capacity=2, departement="47", title=meeting.title, organiser="X"
    )
    updated = services.meeting_update(meeting=meeting, data=data)
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED and updated.sequence == 1

    with pytest.raises(ValidationError, match="2 personnes ont déjà une place"):
        services.meeting_update(meeting=meeting, data=meeting_data(starts_at=meeting.starts_at, capacity=1))


def test_a_past_meeting_can_be_corrected_without_moving_it():
    meeting = MeetingFactory(
        starts_at=timezone.now() - timedelta(days=2), ends_at=timezone.now() - timedelta(days=2, hours=-2)
    )
    data = meeting_data(starts_at=meeting.starts_at, title="Assemblée (corrigée)")
    assert services.meeting_update(meeting=meeting, data=data).title == "Assemblée (corrigée)"


def test_reminders_go_once_to_confirmed_registrants_of_meetings_in_the_next_24_hours():
    tomorrow = MeetingFactory(starts_at=timezone.now() + timedelta(hours=20))
    next_week = MeetingFactory(starts_at=timezone.now() + timedelta(days=7))
    confirmed = RegistrationFactory(meeting=tomorrow)
    RegistrationFactory(meeting=tomorrow, waiting=True)
    RegistrationFactory(meeting=tomorrow, pending=True)
    RegistrationFactory(meeting=tomorrow, status=Status.CANCELLED)
    RegistrationFactory(meeting=next_week)

    assert services.meeting_reminders_send() == 1
    assert services.meeting_reminders_send() == 0  # once each

    confirmed.refresh_from_db()
    assert confirmed.reminded_at is not None
    [reminder] = OutgoingEmail.objects.all()
    assert reminder.to == confirmed.email and reminder.subject == f"Rappel : {tomorrow.title}"
    assert "Délégation au conseil départemental" in reminder.body  # the agenda
    assert "/reunions/inscription/annuler/" in reminder.body


def test_registrations_never_confirmed_are_purged_after_the_delay(settings):
    from django.utils import timezone

    from concertons.meetings import services as meeting_services
    from concertons.meetings.models import Registration
    from tests.meetings.factories import RegistrationFactory

    settings.SIGNATURE_PENDING_DAYS = 7
    old = RegistrationFactory(status=Registration.Status.PENDING)
    Registration.objects.filter(pk=old.pk).update(created_at=timezone.now() - timezone.timedelta(days=8))
    recent = RegistrationFactory(status=Registration.Status.PENDING)

    assert meeting_services.registrations_purge_unconfirmed() == 1
    assert list(Registration.objects.values_list("pk", flat=True)) == [recent.pk]
