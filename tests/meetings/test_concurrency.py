"""Fifty people register at once for the last three places: never over capacity, the others wait in order."""

import re

import pytest

from concertons.meetings import services
from concertons.meetings.models import Registration
from concertons.meetings.services import RegistrantData
from tests.concurrency import at_once
from tests.meetings.factories import MeetingFactory, RegistrationFactory

PEOPLE = 50
CAPACITY = 10
ALREADY_SEATED = 7


@pytest.mark.django_db(transaction=True)
def test_fifty_people_at_once_for_the_last_three_places(smtp):
    meeting = MeetingFactory(capacity=CAPACITY)
    RegistrationFactory.create_batch(ALREADY_SEATED, meeting=meeting)

    def register(n: int) -> None:
        registration = services.registration_submit(
            meeting=meeting, person=RegistrantData(name=f"Personne {n}", email=f"personne{n}@example.org")
        )
        services.registration_confirm(registration=registration)

    errors = at_once(PEOPLE, register)

    assert errors == []
    seated = Registration.objects.filter(meeting=meeting, status=Registration.Status.CONFIRMED)
    assert seated.count() == CAPACITY  # never over capacity
    waiting = list(meeting.registrations.waiting())
    assert len(waiting) == PEOPLE - (CAPACITY - ALREADY_SEATED)
    assert Registration.objects.filter(meeting=meeting, status=Registration.Status.PENDING).count() == 0

    # Every person got their confirmation link, then either their seat or their place in the queue; the queue
    # positions announced are 1…47 exactly once each, so confirmations were counted one at a time.
    messages = smtp.wait_for(2 * PEOPLE)
    assert len(messages) == 2 * PEOPLE
    seats = [m for m in messages if m["Subject"].strip().startswith("Inscription confirmée")]
    queued = [m for m in messages if m["Subject"].strip().startswith("Liste d'attente")]
    assert len(seats) == CAPACITY - ALREADY_SEATED and len(queued) == len(waiting)
    positions = sorted(int(re.search(r"\(n° (\d+)\)", m.get_content()).group(1)) for m in queued)
    assert positions == list(range(1, len(waiting) + 1))

    # When a seated person cancels, the first in the queue gets the seat, and still no one over capacity.
    result = services.registration_cancel(registration=seated.first())
    assert result.promoted == [waiting[0]]
    assert (
        Registration.objects.filter(meeting=meeting, status=Registration.Status.CONFIRMED).count() == CAPACITY
    )
