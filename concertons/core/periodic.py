"""Jobs the worker runs on a schedule, beside queued tasks: e-mail retries, purges.

Each job is safe to run from several workers at once (claims, idempotent deletes).
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import close_old_connections

from concertons.core.logging import TESTIMONY_TRACE

logger = logging.getLogger("concertons.worker")
# The only jobs that say what they did: none of them follows a testimony. A job about testimonies (masking,
# raw texts, storage order) acts seconds after one was sent or published, and journald would keep its
# "testimonies to mask: 1" with the time to the microsecond; what the figures refresh does depends on
# testimonies too. Every other job, one added later included, stays silent until it is listed here.
LOGGED_JOBS = frozenset(
    {
        "e-mails to retry",
        "unconfirmed signatures to purge",
        "meeting reminders to send",
        "old records to purge",
    }
)
# How long finished task results stay (for a look when something failed): their arguments name rows.
TASK_RESULTS_DAYS = 7


def _send_due_emails() -> int:
    from concertons.mailer import services

    return services.email_send_due()


def _purge_unconfirmed_signatures() -> int:
    from concertons.meetings import services as meeting_services
    from concertons.signatures import services

    return services.signature_purge_unconfirmed() + meeting_services.registrations_purge_unconfirmed()


def _purge_old_records() -> int:
    """What is no longer needed: delivered e-mails, finished task results, expired sessions."""
    from importlib import import_module

    from django.conf import settings
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from concertons.mailer import services

    deleted = services.emails_purge_old()
    limit = timezone.now() - timezone.timedelta(days=TASK_RESULTS_DAYS)
    deleted += DBTaskResult.objects.finished().filter(finished_at__lt=limit).delete()[0]
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
    return deleted


def _redact_received_testimonies() -> int:
    from concertons.testimonies import services

    return services.testimonies_redact_received()


def _destroy_stale_raw_texts() -> int:
    from concertons.testimonies import services

    return services.testimonies_destroy_stale_raw_text()


def _shuffle_testimony_storage() -> int:
    from concertons.testimonies import storage

    return storage.testimonies_shuffle_storage()


def _remind_meetings() -> int:
    from concertons.meetings import services

    return services.meeting_reminders_send()


def _refresh_snapshots() -> int:
    from concertons.publication.services import snapshots

    return snapshots.snapshots_refresh_all()


@dataclass
class Job:
    name: str
    run: Callable[[], int]
    every_seconds: float
    last_run: float = field(default=-1e12)


def jobs() -> list[Job]:
    return [
        Job("e-mails to retry", _send_due_emails, every_seconds=10),
        Job("testimonies to mask", _redact_received_testimonies, every_seconds=5),
        Job("raw texts past their delay", _destroy_stale_raw_texts, every_seconds=3600),
        Job("testimony rows to reorder", _shuffle_testimony_storage, every_seconds=3600),
        Job("published figures to refresh", _refresh_snapshots, every_seconds=60),
        Job("unconfirmed signatures to purge", _purge_unconfirmed_signatures, every_seconds=3600),
        Job("meeting reminders to send", _remind_meetings, every_seconds=300),
        Job("old records to purge", _purge_old_records, every_seconds=3600),
    ]


def run_due(job_list: list[Job], now: float | None = None) -> None:
    now = time.monotonic() if now is None else now
    for job in job_list:
        if now - job.last_run < job.every_seconds:
            continue
        job.last_run = now
        close_old_connections()
        try:
            done = job.run()
        except Exception:  # a failing job must not stop the others, nor the worker
            # Written anyway, so that it gets fixed; for a silent job, as an error about testimonies (held
            # until the next full hour by DropTestimonyTraces).
            logger.exception(
                "periodic job failed: %s", job.name, extra={TESTIMONY_TRACE: job.name not in LOGGED_JOBS}
            )
        else:
            if done and job.name in LOGGED_JOBS:
                logger.info("%s: %s", job.name, done)


def run_forever(stop: threading.Event, tick_seconds: float = 5) -> None:
    job_list = jobs()
    while not stop.is_set():
        run_due(job_list)
        stop.wait(tick_seconds)
