"""The day-before reminder, run by the worker's periodic jobs, goes out once through a real SMTP server."""

from datetime import timedelta

import pytest
from django.utils import timezone

from concertons.core import periodic
from concertons.meetings import tasks
from concertons.meetings.models import Registration
from tests.meetings.factories import MeetingFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def reminder_job() -> periodic.Job:
    [job] = [job for job in periodic.jobs() if job.name == "meeting reminders to send"]
    return job


def test_the_worker_reminds_confirmed_registrants_the_day_before_once(
    smtp, django_capture_on_commit_callbacks
):
    meeting = MeetingFactory(starts_at=timezone.now() + timedelta(hours=23), title="AG de demain")
    registration = RegistrationFactory(meeting=meeting, email="anne@example.org")
    RegistrationFactory(meeting=meeting, waiting=True, email="attente@example.org")
    RegistrationFactory(
        meeting=MeetingFactory(starts_at=timezone.now() + timedelta(hours=30)), email="tard@example.org"
    )
    job = reminder_job()

    assert job.every_seconds <= 3600  # often enough to remind "the day before", even for a meeting set late
    # run_due() would first close the connection (close_old_connections), which a test transaction cannot
    # survive: the job itself is what it runs.
    with django_capture_on_commit_callbacks(execute=True):
        assert job.run() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert job.run() == 0  # next round: nothing new

    [message] = smtp.wait_for(1)
    assert message["To"] == "anne@example.org"
    assert "Rappel : AG de demain" in message["Subject"]
    body = message.get_content()
    assert "Salle Jean-Jaurès" in body and "/reunions/inscription/annuler/" in body
    registration.refresh_from_db()
    assert registration.reminded_at is not None
    assert len(smtp.wait_for(2, timeout=1)) == 1


def test_the_reminder_task_calls_the_same_service():
    meeting = MeetingFactory(starts_at=timezone.now() + timedelta(hours=2))
    RegistrationFactory.create_batch(2, meeting=meeting)
    assert tasks.reminders_send.enqueue().return_value == 2
    assert Registration.objects.filter(reminded_at__isnull=False).count() == 2


def test_a_meeting_already_started_gets_no_reminder():
    meeting = MeetingFactory(starts_at=timezone.now() - timedelta(minutes=1))
    RegistrationFactory(meeting=meeting)
    assert reminder_job().run() == 0
