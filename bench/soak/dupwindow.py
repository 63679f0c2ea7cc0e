"""Deterministic reproduction of the e-mail duplicate windows the soak can only hit by chance.

`uv run python -m bench.soak.dupwindow`

concertons/mailer/services.py sends an e-mail, then marks its OutgoingEmail row "sent" with a second
query. If that query cannot run after the SMTP server accepted the message, the row stays "sending", the
periodic job makes it due again after STALE_CLAIM (10 min), and the recipient gets it a second time.
This probe calls the product's own functions (no product code changed) on a private PostgreSQL cluster
and an in-process SMTP sink, and makes the one thing happen at the worst moment:

  A. control: nothing happens between the SMTP acceptance and the "sent" update -> 1 delivery;
  B. PostgreSQL restarts (`pg_ctl restart -m fast`) while the SMTP server accepts the message, before
     its 250 reply -> the "sent" update fails; then the stale claim is recovered;
  C. the process sending dies right after the 250 (the row is left as a SIGKILL leaves it: "sending"),
     then the stale claim is recovered: the documented window, for comparison.

The 10-minute wait for the stale claim is not slept: the probe moves the row's claimed_at back by
STALE_CLAIM + 1 min (what the clock would have done) and runs the periodic job, email_send_due().
"""

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.signatures.run import ROOT, bench_env, concertons, free_port, say
from bench.soak.pgcluster import PrivateCluster

SETTINGS = "concertons.settings.production"


class Sink:
    """aiosmtpd in a thread; `hook` runs after the message is recorded and before the 250 reply."""

    def __init__(self, port: int):
        from aiosmtpd.controller import Controller

        self.deliveries: list[dict] = []
        self.hook = None
        self.controller = Controller(self, hostname="127.0.0.1", port=port)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 — aiosmtpd's hook name
        from email.parser import BytesHeaderParser

        headers = BytesHeaderParser().parsebytes(envelope.original_content or envelope.content)
        self.deliveries.append({"t": time.time(), "message_id": headers["Message-ID"], "to": headers["To"]})
        if self.hook:
            hook, self.hook = self.hook, None
            hook()
        return "250 Message accepted for delivery"


def case(name: str, sink: Sink, hook, after) -> dict:
    from django.db import close_old_connections, connection
    from django.db.models import F

    from concertons.mailer import services
    from concertons.mailer.models import OutgoingEmail

    close_old_connections()
    email = OutgoingEmail.objects.create(to=f"{name}@dupwindow.example.org", subject=name, body="probe\n")
    before = len(sink.deliveries)
    sink.hook = hook
    outcome = {"case": name, "email_id": email.pk}
    try:
        services.email_send(email_id=email.pk)
        outcome["first_call"] = "returned"
    except Exception as error:  # noqa: BLE001 — what the worker would see
        outcome["first_call"] = (
            f"raised {type(error).__module__}.{type(error).__name__}: {str(error).strip()[:120]}"
        )
    if after:
        after()
    connection.close()  # the next loop of a worker (or its restart under systemd) starts a fresh connection
    outcome["status_after_first_call"] = OutgoingEmail.objects.get(pk=email.pk).status
    outcome["deliveries_after_first_call"] = len(sink.deliveries) - before
    # The stale-claim delay elapses (10 min): moved back in the database rather than slept.
    OutgoingEmail.objects.filter(pk=email.pk, status="sending").update(
        claimed_at=F("claimed_at") - services.STALE_CLAIM - services.FIRST_RETRY * 2
    )
    services.email_send_due()
    row = OutgoingEmail.objects.get(pk=email.pk)
    message_id = row.message_id
    outcome["status_at_end"] = row.status
    outcome["attempts"] = row.attempts
    outcome["deliveries"] = sum(1 for d in sink.deliveries if d["message_id"] == message_id)
    return outcome


def main() -> int:
    if os.geteuid() != 0:
        raise SystemExit("run as root: the private PostgreSQL cluster is created with runuser -u postgres")
    work = Path(tempfile.mkdtemp(prefix="concertons-dupwindow-"))
    cluster = PrivateCluster(free_port(), database="concertons_dupwindow")
    smtp_port = free_port()
    sink = None
    try:
        cluster.create()
        env = bench_env(work / "var", cluster.url)
        env.update(
            DJANGO_SETTINGS_MODULE=SETTINGS,
            EMAIL_URL=f"smtp://127.0.0.1:{smtp_port}",
            SECRET_KEY=f"dupwindow-{os.urandom(16).hex()}",
        )
        subprocess.run(
            concertons("migrate", "--noinput", "-v", "0"), env=env, cwd=ROOT, check=True, timeout=600
        )
        os.environ.update(env)
        import django

        django.setup()
        sink = Sink(smtp_port)
        sink.controller.start()
        say(
            f"bench/soak/dupwindow — PostgreSQL {cluster.version} (private, 127.0.0.1:{cluster.port}), SMTP sink :{smtp_port}"
        )

        results = [
            case("control", sink, hook=None, after=None),
            case(
                "postgres-restart",
                sink,
                hook=lambda: say(
                    f"  (PostgreSQL restarted in {cluster.restart():.1f} s "
                    "while the SMTP server held the message)"
                ),
                after=None,
            ),  # fmt: skip
        ]
        # C: the documented window: the sending process is SIGKILLed after the SMTP server got the message.
        results.append(sigkill_case(sink))
        say(
            f"  {'case':<18}{'first call':<58}{'row after':>10}{'deliv.':>7}{'row at end':>12}{'deliveries':>11}"
        )
        for r in results:
            say(
                f"  {r['case']:<18}{r['first_call'][:56]:<58}{r['status_after_first_call']:>10}"
                f"{r['deliveries_after_first_call']:>7}{r['status_at_end']:>12}{r['deliveries']:>11}"
            )
        for r in results:
            if r["deliveries"] > 1:
                say(
                    f"  DUPLICATE: case {r['case']}: OutgoingEmail {r['email_id']} delivered {r['deliveries']} times"
                )
        (work / "dupwindow.json").write_text(json.dumps(results, indent=1))
        say(f"  details: {work / 'dupwindow.json'}")
        return 0
    finally:
        if sink:
            sink.controller.stop()
        try:
            from django.db import connections

            connections.close_all()
        except Exception:  # noqa: BLE001,S110 — Django may not be set up
            pass
        cluster.destroy()


def sigkill_case(sink: Sink) -> dict:
    """The SIGKILL window: a child process claims and sends, and is SIGKILLed by the sink's hook before it
    can mark the row sent (the sink kills it after recording the message, before the 250)."""
    import signal

    from django.db import close_old_connections
    from django.db.models import F

    from concertons.mailer import services
    from concertons.mailer.models import OutgoingEmail

    close_old_connections()
    email = OutgoingEmail.objects.create(
        to="sigkill@dupwindow.example.org", subject="sigkill", body="probe\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", f"import django; django.setup(); from concertons.mailer import services; "
         f"services.email_send(email_id={email.pk})"],
        env=os.environ.copy(), cwd=ROOT,
    )  # fmt: skip
    killed = threading.Event()

    def kill_sender() -> None:
        os.kill(child.pid, signal.SIGKILL)
        killed.set()

    sink.hook = kill_sender
    try:
        child.wait(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    outcome = {
        "case": "sigkill-worker",
        "email_id": email.pk,
        "first_call": f"sender SIGKILLed after the SMTP DATA (exit {child.returncode})",
    }
    row = OutgoingEmail.objects.get(pk=email.pk)
    outcome["status_after_first_call"] = row.status
    outcome["deliveries_after_first_call"] = sum(
        1 for d in sink.deliveries if d["message_id"] == row.message_id
    )
    OutgoingEmail.objects.filter(pk=email.pk, status="sending").update(
        claimed_at=F("claimed_at") - services.STALE_CLAIM - services.FIRST_RETRY * 2
    )
    services.email_send_due()
    row = OutgoingEmail.objects.get(pk=email.pk)
    outcome["status_at_end"] = row.status
    outcome["attempts"] = row.attempts
    outcome["deliveries"] = sum(1 for d in sink.deliveries if d["message_id"] == row.message_id)
    return outcome


if __name__ == "__main__":
    sys.exit(main())
