import contextlib
import logging
import smtplib
import time
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import DatabaseError, connections, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend

from concertons.mailer.models import OutgoingEmail

logger = logging.getLogger(__name__)

# Back-off between attempts while the SMTP relay is down: 30 s doubling up to 30 min, abandoned after
# about two days, so a relay down for a weekend loses nothing and a wrong address stops being retried.
FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(minutes=30)
MAX_ATTEMPTS = 100
# A worker killed between claiming an e-mail and recording the outcome leaves it "sending"; after this
# delay it is tried again. A send takes at most EMAIL_TIMEOUT (10 s), so an older claim is dead. If the
# worker died after the relay accepted the message, the recipient gets it twice: the one window left.
STALE_CLAIM = timedelta(minutes=2)
# After the relay has accepted a message, recording it as sent must survive a database restart (or the
# claim would go stale and the e-mail be sent again): retry this long.
RECORD_SENT_FOR = timedelta(minutes=2)


def email_queue(*, to: str, template: str, context: dict, collective=None) -> OutgoingEmail:
    """Write an e-mail to the outbox in the caller's transaction; a worker sends it after commit.
    `collective` is the one the mail is sent for (see OutgoingEmail.collective)."""
    rendered = render_to_string(template, {"site_url": settings.SITE_URL, **context}).strip()
    subject, _, body = rendered.partition("\n")
    email = OutgoingEmail.objects.create(
        to=to, subject=subject.strip()[:300], body=body.strip() + "\n", collective=collective
    )
    from concertons.mailer import tasks  # tasks imports this module

    if isinstance(tasks.email_send.get_backend(), DatabaseBackend):
        # The task row joins the e-mail in the caller's transaction: both or neither, in one write.
        tasks.email_send.enqueue(email.pk)
    else:  # a backend that runs the task at once (the tests') must not send what may still roll back
        transaction.on_commit(lambda: tasks.email_send.enqueue(email.pk))
    return email


def retry_delay(attempts: int) -> timedelta:
    return min(FIRST_RETRY * (2 ** max(attempts - 1, 0)), LONGEST_RETRY)


def email_send(*, email_id: int) -> bool:
    """Send one due e-mail, at most once at a time across workers; on SMTP failure, schedule a retry."""
    now = timezone.now()
    # A conditional UPDATE is the claim: of two workers holding the same id, one gets 1 row, the other 0.
    claimed = (
        OutgoingEmail.objects.due()
        .filter(pk=email_id)
        .update(status=OutgoingEmail.Status.SENDING, claimed_at=now, attempts=F("attempts") + 1)
    )
    if not claimed:
        return False
    email = OutgoingEmail.objects.get(pk=email_id)
    connection = get_connection(timeout=settings.EMAIL_TIMEOUT)
    try:
        connection.open()
        EmailMessage(
            subject=email.subject,
            body=email.body,
            to=[email.to],
            headers={"Message-ID": email.message_id, "Auto-Submitted": "auto-generated"},
            connection=connection,
        ).send()
    except (smtplib.SMTPException, OSError) as error:
        _close_quietly(connection)
        gave_up = email.attempts >= MAX_ATTEMPTS or isinstance(error, smtplib.SMTPRecipientsRefused)
        OutgoingEmail.objects.filter(pk=email_id).update(
            status=OutgoingEmail.Status.FAILED if gave_up else OutgoingEmail.Status.PENDING,
            next_attempt_at=timezone.now() + retry_delay(email.attempts),
            last_error=f"{type(error).__name__}: {error}"[:300],
        )
        logger.warning("e-mail %s not sent (attempt %s): %s", email_id, email.attempts, type(error).__name__)
        return False
    # Recorded before the session's QUIT: a worker killed between the relay's acceptance and this record sends
    # the e-mail again (see STALE_CLAIM), and the QUIT's round trip was a good part of that window (bench/soak).
    _record_sent(email_id)
    _close_quietly(connection)
    return True


def _close_quietly(connection) -> None:
    """End the SMTP session; the message's fate is already known, whatever QUIT answers."""
    with contextlib.suppress(smtplib.SMTPException, OSError):
        connection.close()


def _drop_broken_connections() -> None:
    """After a database restart, a connection is dead: drop it so that the next query opens a new one."""
    for connection in connections.all(initialized_only=True):
        if connection.connection is not None and not connection.is_usable():
            connection.close()


def _record_sent(email_id: int) -> None:
    """Mark an accepted e-mail as sent, retrying through database outages (found by bench/soak)."""
    deadline = time.monotonic() + RECORD_SENT_FOR.total_seconds()
    pause = 0.5
    while True:
        try:
            OutgoingEmail.objects.filter(pk=email_id).update(
                status=OutgoingEmail.Status.SENT, sent_at=timezone.now(), last_error=""
            )
            return
        except DatabaseError:
            if time.monotonic() > deadline:
                logger.error("e-mail %s was sent but could not be recorded: it may be sent again", email_id)
                raise
            _drop_broken_connections()
            time.sleep(pause)
            pause = min(pause * 2, 10)


def email_send_due(*, limit: int = 500) -> int:
    """Retry what is due and recover claims left by a dead worker. Returns how many e-mails went out."""
    OutgoingEmail.objects.filter(
        status=OutgoingEmail.Status.SENDING, claimed_at__lt=timezone.now() - STALE_CLAIM
    ).update(status=OutgoingEmail.Status.PENDING)
    due = OutgoingEmail.objects.due().order_by("next_attempt_at").values_list("pk", flat=True)[:limit]
    return sum(email_send(email_id=email_id) for email_id in list(due))


def emails_purge_old(*, older_than_days: int = 30) -> int:
    """Delete sent and abandoned e-mails after a month: each holds an address and links signed for it,
    nothing anyone needs once it is delivered. Returns how many."""
    limit = timezone.now() - timedelta(days=older_than_days)
    done = (OutgoingEmail.Status.SENT, OutgoingEmail.Status.FAILED)
    deleted, _by_model = OutgoingEmail.objects.filter(status__in=done, created_at__lt=limit).delete()
    return deleted
