"""E-mails survive an SMTP outage and a restart, and each goes out exactly once."""

import asyncio
import time

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from concertons.mailer import services
from concertons.mailer.models import OutgoingEmail
from tests.signatures.factories import SignatureFactory

pytestmark = pytest.mark.django_db


def queue(n: int) -> list[OutgoingEmail]:
    signature = SignatureFactory()
    return [
        services.email_queue(
            to=f"personne{i}@example.org",
            template="signatures/emails/confirm.txt",
            context={"signature": signature, "campaign": signature.campaign, "links": {}},
        )
        for i in range(n)
    ]


def make_due() -> None:
    OutgoingEmail.objects.update(next_attempt_at=timezone.now())


def test_smtp_down_then_up_delivers_each_email_exactly_once(smtp):
    smtp.stop()
    emails = queue(3)
    for email in emails:
        assert services.email_send(email_id=email.pk) is False
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {"pending"}
    first_retry = OutgoingEmail.objects.first().next_attempt_at
    assert first_retry > timezone.now()  # backed off, not hammering the relay

    assert services.email_send_due() == 0  # not due yet: nothing sent, nothing lost
    make_due()
    assert services.email_send_due() == 0  # still down
    assert OutgoingEmail.objects.first().attempts == 2
    assert OutgoingEmail.objects.first().next_attempt_at - timezone.now() > first_retry - timezone.now()

    smtp.start()
    make_due()
    assert services.email_send_due() == 3
    make_due()
    assert services.email_send_due() == 0  # a second sweep sends nothing again

    received = sorted(message["To"] for message in smtp.wait_for(3))
    assert received == ["personne0@example.org", "personne1@example.org", "personne2@example.org"]
    assert len(set(message["Message-ID"] for message in smtp.messages)) == 3
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {"sent"}


def test_an_email_claimed_by_a_worker_that_died_is_sent_later(smtp):
    [email] = queue(1)
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=OutgoingEmail.Status.SENDING, claimed_at=timezone.now() - services.STALE_CLAIM * 2
    )

    assert services.email_send_due() == 1
    assert len(smtp.wait_for(1)) == 1


def test_two_workers_holding_the_same_email_send_it_once(smtp):
    [email] = queue(1)
    assert services.email_send(email_id=email.pk) is True
    assert services.email_send(email_id=email.pk) is False
    assert len(smtp.wait_for(1, timeout=1)) == 1


def test_retry_delay_doubles_up_to_half_an_hour():
    delays = [services.retry_delay(n).total_seconds() for n in range(1, 10)]
    assert delays[:4] == [30, 60, 120, 240]
    assert max(delays) == 1800


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_queued_emails_from_the_database_queue(smtp, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    queue(2)  # autocommit: the tasks are enqueued right away in the database

    call_command("worker", "--batch", "--no-startup-delay", verbosity=0)

    assert len(smtp.wait_for(2)) == 2
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {"sent"}


def test_an_email_accepted_by_the_relay_is_recorded_even_if_the_database_blinks(smtp, monkeypatch):
    """Found by bench/soak: a failed "sent" update left the claim to go stale, and the e-mail went out twice."""
    from django.db import OperationalError
    from django.db.models import QuerySet

    [email] = queue(1)
    real_update, failures = QuerySet.update, []

    def flaky_update(self, **kwargs):
        if kwargs.get("status") == OutgoingEmail.Status.SENT and not failures:
            failures.append(True)
            raise OperationalError("terminating connection due to administrator command")
        return real_update(self, **kwargs)

    monkeypatch.setattr(QuerySet, "update", flaky_update)
    monkeypatch.setattr(services.time, "sleep", lambda seconds: None)

    assert services.email_send(email_id=email.pk) is True
    assert failures and OutgoingEmail.objects.get(pk=email.pk).status == OutgoingEmail.Status.SENT
    assert len(smtp.wait_for(1)) == 1


@pytest.mark.django_db(transaction=True)
def test_an_email_is_recorded_as_sent_before_the_smtp_session_ends(smtp):
    """A worker killed after the relay accepted a message and before it recorded it sends it again: that window
    leaves out the session's QUIT (found by bench/soak at 100 signatures a second). The relay sees the e-mail
    already recorded when the worker says goodbye."""
    seen_at_quit = []

    def statuses_now() -> list[str]:
        try:
            return list(OutgoingEmail.objects.values_list("status", flat=True))
        finally:
            connection.close()  # this thread's own connection

    async def handle_QUIT(server, session, envelope):
        seen_at_quit.append(await asyncio.to_thread(statuses_now))
        return "221 Bye"

    smtp.handle_QUIT = handle_QUIT
    queue(1)  # committed at once here: the send task runs (immediate backend in the tests)
    assert len(smtp.wait_for(1)) == 1
    deadline = time.monotonic() + 10
    while not seen_at_quit and time.monotonic() < deadline:
        time.sleep(0.05)
    assert seen_at_quit == [[OutgoingEmail.Status.SENT]]


def test_an_smtp_session_that_ends_badly_after_acceptance_still_counts_as_sent(smtp):
    """The relay accepted the message; an error at QUIT must not send it again."""
    [email] = queue(1)

    async def handle_QUIT(server, session, envelope):
        return "421 Service closing transmission channel"

    smtp.handle_QUIT = handle_QUIT
    assert services.email_send(email_id=email.pk) is True
    assert OutgoingEmail.objects.get(pk=email.pk).status == OutgoingEmail.Status.SENT
    assert len(smtp.wait_for(1)) == 1


@pytest.mark.django_db(transaction=True)
def test_an_email_and_its_send_task_are_written_together_or_not_at_all(settings):
    """With the database queue the task row is written in the e-mail's transaction: a signature that rolls
    back leaves no task pointing at nothing, and one that commits never lacks its task."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

    class Refused(Exception):
        pass

    with pytest.raises(Refused), transaction.atomic():
        queue(1)
        raise Refused
    assert OutgoingEmail.objects.count() == 0 and DBTaskResult.objects.count() == 0

    with transaction.atomic():
        [email] = queue(1)
    [task] = DBTaskResult.objects.all()
    assert task.task_path == "concertons.mailer.tasks.email_send" and task.args_kwargs["args"] == [email.pk]
