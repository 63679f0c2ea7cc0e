"""The worker's hourly purge: delivered e-mails after a month, finished task results after a week, expired
sessions; nothing still needed."""

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from concertons.core import periodic
from concertons.mailer.models import OutgoingEmail

pytestmark = pytest.mark.django_db


def email(status: str, days_ago: int) -> OutgoingEmail:
    mail = OutgoingEmail.objects.create(to="a@example.org", subject="S", body="B", status=status)
    OutgoingEmail.objects.filter(pk=mail.pk).update(created_at=timezone.now() - timedelta(days=days_ago))
    return mail


def task_result(status: str, days_ago: int) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status=status, task_path="concertons.mailer.tasks.email_send", args_kwargs={"args": [1], "kwargs": {}},
        backend_name="default", queue_name="default", run_after=timezone.now(),
        finished_at=timezone.now() - timedelta(days=days_ago) if status != "READY" else None,
    )  # fmt: skip


def test_old_delivered_mails_finished_results_and_expired_sessions_go_the_rest_stays():
    old_sent, old_failed = email("sent", 31), email("failed", 40)
    recent_sent, old_pending = email("sent", 2), email("pending", 60)
    old_done, recent_done, waiting = (
        task_result("SUCCESSFUL", 8),
        task_result("FAILED", 1),
        task_result("READY", 0),
    )
    Session.objects.create(
        session_key="expiree", session_data="", expire_date=timezone.now() - timedelta(hours=1)
    )
    Session.objects.create(
        session_key="valide", session_data="", expire_date=timezone.now() + timedelta(hours=1)
    )

    purges = [
        job for job in periodic.jobs() if job.name.endswith("to purge") and "unconfirmed" not in job.name
    ]
    assert sorted(job.name for job in purges) == [
        "delivered e-mails to purge",
        "task results and sessions to purge",
    ]
    assert sum(job.run() for job in purges) == 3

    assert set(OutgoingEmail.objects.all()) == {recent_sent, old_pending}
    assert not OutgoingEmail.objects.filter(pk__in=[old_sent.pk, old_failed.pk]).exists()
    assert set(DBTaskResult.objects.all()) == {recent_done, waiting}
    assert not DBTaskResult.objects.filter(pk=old_done.pk).exists()
    assert list(Session.objects.values_list("session_key", flat=True)) == ["valide"]
