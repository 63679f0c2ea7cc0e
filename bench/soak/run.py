"""bench/soak: a bounded soak of the federation setup under faults, then a check that nothing was lost,
duplicated or half-written.

Setup (everything on 127.0.0.1, everything stopped and removed at the end):
  - a PRIVATE PostgreSQL cluster (initdb in a temporary folder, trust auth, free port; the machine's shared
    server is never touched), `concertons migrate`, `createcachetable`, `demo`;
  - an SMTP sink (aiosmtpd, bench/soak/smtpsink.py) appending every received message to a file (fsync);
  - two `concertons serve --workers 1` app processes and one `concertons worker`, production settings,
    CONCERTONS_ANTI_ABUSE=0, supervised like systemd's Restart=always (restart 2 s after an unexpected exit);
  - a load client process (bench/soak/load.py): a steady rate of signatures and testimonies, round-robin
    over the two app processes.
Faults (10-minute run; compressed in proportion for shorter runs):
  t=2:00 SIGKILL app 1 (restarted 10 s later), t=3:30 SIGKILL the worker (restarted 20 s later),
  t=5:00 stop the SMTP sink for 60 s, t=7:00 `pg_ctl restart -m fast` of PostgreSQL.
Then the load stops, the worker drains the outbox (bounded; the bound covers the 10-minute stale-claim
delay of an e-mail claimed by a killed worker), every process stops, and bench/soak/verify.py checks.

`uv run python -m bench.soak --minutes 10` (full) or `--minutes 2` (quick check).
"""

import argparse
import atexit
import contextlib
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

from bench.signatures.run import (
    ROOT,
    bench_env,
    concertons,
    free_port,
    say,
    stop,
    wait_for_quiet,
    wait_healthy,
)
from bench.soak import load, verify
from bench.soak.pgcluster import PrivateCluster

SETTINGS = "concertons.settings.production"
RESTART_SEC = 2.0  # systemd units of docs/deploy.md: Restart=always, RestartSec=2
WINDOW_MARGIN = 30.0  # a fault window lasts from the fault to this long after recovery
RUN_PREFIX = "soak-"  # load.py: soak-<run id>-<n>@soak.example.org


@dataclass
class Fault:
    at: float  # seconds after the load starts
    kind: str  # app | worker | smtp | postgres
    down: float = 0.0  # seconds before the restart


def fault_schedule(seconds: float) -> list[Fault]:
    scale = seconds / 600
    return [
        Fault(120 * scale, "app", 10.0),
        Fault(210 * scale, "worker", 20.0 * min(1.0, max(0.5, scale))),
        Fault(300 * scale, "smtp", 60.0 * max(0.25, min(1.0, scale))),
        Fault(420 * scale, "postgres"),
    ]


class Managed:
    """A process the soak supervises: started in its own session (so a kill takes its children too)."""

    def __init__(self, name: str, argv: list[str], env: dict, log: Path, soak: "Soak"):
        self.name, self.argv, self.env, self.log, self.soak = name, argv, env, log, soak
        self.proc: subprocess.Popen | None = None
        self.wanted = False
        self.restart_at: float | None = None
        self.starts = 0
        self.lock = threading.RLock()

    def start(self) -> None:
        with self.lock:
            with self.log.open("ab") as sink:
                sink.write(f"\n=== start {self.starts + 1} at {time.time():.3f} ===\n".encode())
                sink.flush()
                self.proc = subprocess.Popen(
                    self.argv,
                    env=self.env,
                    cwd=ROOT,
                    stdout=sink,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,
                )
            self.starts += 1
            self.wanted = True
            self.restart_at = None

    def kill9(self) -> None:
        with self.lock:
            self.wanted = False
            if self.proc and self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=30)

    def stop(self) -> None:
        """Clean stop (SIGTERM to the group, SIGKILL after 30 s): bench/signatures' stop()."""
        with self.lock:
            self.wanted = False
            if self.proc:
                with contextlib.suppress(ProcessLookupError):
                    stop(self.proc)
                if self.proc.poll() is None:  # pragma: no cover — stop() waits
                    self.proc.kill()

    def supervise(self) -> None:
        with self.lock:
            if not self.wanted or self.proc is None:
                return
            now = time.monotonic()
            if self.restart_at is None and self.proc.poll() is not None:
                self.soak.event(
                    f"{self.name} exited unexpectedly (code {self.proc.returncode}); restart in {RESTART_SEC:g} s "
                    "(systemd Restart=always)",
                    kind="unexpected",
                )
                self.soak.open_window(f"{self.name} unexpected exit", time.time())
                self.restart_at = now + RESTART_SEC
            elif self.restart_at is not None and now >= self.restart_at:
                self.start()
                self.soak.event(f"{self.name} restarted by the supervisor", kind="unexpected")
                self.soak.close_window(f"{self.name} unexpected exit", time.time())


@dataclass
class Soak:
    options: argparse.Namespace
    work: Path
    events: list[tuple[float, str, str]] = field(default_factory=list)
    windows: list[verify.Window] = field(default_factory=list)
    open_windows: dict[str, float] = field(default_factory=dict)
    managed: dict[str, Managed] = field(default_factory=dict)
    t0: float = 0.0
    orphan_claims: dict[int, tuple[float, object]] = field(default_factory=dict)
    cluster: PrivateCluster | None = None
    load_proc: subprocess.Popen | None = None
    stopping: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    cleaned: bool = False
    query_errors: set[str] = field(default_factory=set)
    load_averages: list[float] = field(default_factory=list)
    draining: bool = False
    claims_at_fault: dict[int, str] = field(default_factory=dict)

    # Events and windows --------------------------------------------------------------------------------

    def rel(self, moment: float) -> str:
        return (
            f"t={moment - self.t0:+7.1f}s" if self.t0 else time.strftime("%H:%M:%S", time.localtime(moment))
        )

    def event(self, text: str, kind: str = "info") -> None:
        now = time.time()
        with self.lock:
            self.events.append((now, kind, text))
        say(f"  {self.rel(now)}  {text}")

    def open_window(self, name: str, start: float) -> None:
        with self.lock:
            self.open_windows[name] = start

    def close_window(self, name: str, recovered: float) -> None:
        with self.lock:
            start = self.open_windows.pop(name, recovered)
            self.windows.append(verify.Window(name, start, recovered + WINDOW_MARGIN))

    # Database look-ups (plain SQL; errors while PostgreSQL restarts are expected and skipped) ----------

    def query(self, sql: str, params: tuple = ()) -> list[tuple] | None:
        try:
            with psycopg.connect(self.cluster.url, connect_timeout=5, autocommit=True) as connection:
                return connection.execute(sql, params).fetchall()
        except psycopg.OperationalError:  # PostgreSQL restarting: expected, skipped
            return None
        except psycopg.Error as error:  # a mistake in the soak's own SQL: say it once
            if str(error) not in self.query_errors:
                self.query_errors.add(str(error))
                self.event(f"soak query failed: {error}")
            return None

    def queue_state(self) -> dict | None:
        rows = self.query(
            "SELECT 'outbox:' || status, count(*) FROM mailer_outgoingemail GROUP BY status "
            # A new signature's confirmation e-mail is written by the worker: until then, a flag on its row.
            "UNION ALL SELECT 'outbox:to write', count(*) FROM signatures_signature WHERE confirmation_due "
            "UNION ALL SELECT 'testimonies:' || status, count(*) FROM testimonies_testimony GROUP BY status "
            "UNION ALL SELECT 'tasks:' || status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status"
        )
        return None if rows is None else dict(rows)

    def note_sending(self, reason: str, orphaned_by: str = "") -> None:
        """E-mails claimed ("sending") right now: after a worker's death they stay so until STALE_CLAIM."""
        rows = self.query(
            'SELECT id, "to", claimed_at, attempts FROM mailer_outgoingemail WHERE status = %s', ("sending",)
        )
        if rows is None:
            self.event(f"{reason}: outbox unreadable (database unavailable)", kind="evidence")
            return
        for pk, _to, _claimed, _attempts in rows if orphaned_by else []:
            self.claims_at_fault.setdefault(pk, orphaned_by)
        shown = ", ".join(f"#{pk} ({to}, claimed {claimed:%H:%M:%S.%f})" for pk, to, claimed, _ in rows[:5])
        self.event(
            f"{reason}: {len(rows)} e-mail(s) in 'sending'" + (f": {shown}" if rows else ""), kind="evidence"
        )

    # Processes -------------------------------------------------------------------------------------------

    def add(self, name: str, argv: list[str], env: dict) -> Managed:
        process = Managed(name, argv, env, self.work / f"{name.replace(' ', '-')}.log", self)
        self.managed[name] = process
        return process

    def wait_app(self, name: str, port: int, timeout: float = 240) -> None:
        process = self.managed[name]
        wait_healthy(port, process.proc, process.log, timeout=timeout)

    def wait_answering(self, name: str, port: int, timeout: float = 240) -> None:
        """After a restart under load: /healthz answers 200 within the client's 10 s (bench/signatures'
        wait_healthy gives each probe 2 s, which a process serving its backlog cannot meet)."""
        process = self.managed[name]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.proc.poll() is not None:
                raise RuntimeError(f"{name} exited with {process.proc.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"{name}: /healthz did not answer within {timeout:g} s")

    def wait_worker(self, starts_before: int, timeout: float = 90) -> None:
        """Until the worker's log says it polls the queue (its Django setup and imports are done)."""
        process = self.managed["worker"]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.log.read_text(errors="replace").count("Starting worker") > starts_before:
                return
            if process.proc.poll() is not None and not process.wanted:
                raise RuntimeError("the worker exited during its start")
            time.sleep(0.2)
        raise RuntimeError(
            f"the worker did not start within {timeout:g} s:\n{process.log.read_text()[-3000:]}"
        )

    def wait_smtp(self, port: int, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as probe:
                    if probe.recv(100).startswith(b"220"):
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the SMTP sink does not answer")

    def supervisor(self) -> None:
        while not self.stopping.is_set():
            for process in list(self.managed.values()):
                try:
                    process.supervise()
                except Exception as error:  # noqa: BLE001 — keep supervising the others
                    self.event(f"supervisor: {process.name}: {error}")
            self.stopping.wait(0.5)

    def monitor(self) -> None:
        """Every 5 s: claims older than 30 s (a worker died holding them); every 60 s: a progress line."""
        last_progress = time.monotonic()
        while not self.stopping.wait(5):
            self.load_averages.append(os.getloadavg()[0])
            rows = self.query(
                "SELECT id, claimed_at FROM mailer_outgoingemail WHERE status = %s AND claimed_at < now() - "
                "interval '30 seconds'",
                ("sending",),
            )
            for pk, claimed in rows or []:
                if pk not in self.orphan_claims:
                    self.orphan_claims[pk] = (time.time(), claimed)
                    fault = min(
                        (event for event in self.events if event[1] in ("fault", "unexpected")),
                        key=lambda event: abs(event[0] - claimed.timestamp()),
                        default=None,
                    )
                    self.claims_at_fault.setdefault(pk, f"claim left by: {fault[2] if fault else 'no fault'}")
                    self.event(
                        f"OutgoingEmail #{pk} still 'sending' 30 s after its claim ({claimed:%H:%M:%S.%f})",
                        kind="evidence",
                    )
            if time.monotonic() - last_progress >= 60 and not self.draining:
                last_progress = time.monotonic()
                self.progress()

    def progress(self) -> None:
        records = self.work / "requests.jsonl"
        lines = records.read_bytes().count(b"\n") if records.exists() else 0
        sink = self.work / "deliveries.jsonl"
        delivered = sink.read_bytes().count(b"\n") if sink.exists() else 0
        state = self.queue_state()
        outbox = {k.split(":")[1]: v for k, v in (state or {}).items() if k.startswith("outbox:")}
        tasks_ready = (state or {}).get("tasks:READY", 0 if state else "?")
        received = (state or {}).get("testimonies:received", 0 if state else "?")
        say(
            f"  {self.rel(time.time())}  progress: {lines} requests answered/failed, {delivered} e-mails delivered; "
            f"outbox {outbox or '?'}; tasks ready {tasks_ready}; testimonies to mask {received}; "
            f"load average {os.getloadavg()[0]:.1f}"
        )

    # Faults ------------------------------------------------------------------------------------------------

    def run_faults(self, faults: list[Fault], ports: dict[str, int]) -> list[threading.Thread]:
        """Each fault in its own thread at its own time: a slow recovery does not delay the next fault."""
        threads = []
        for fault in faults:
            thread = threading.Thread(target=self.run_fault, args=(fault, ports), name=f"fault-{fault.kind}")
            thread.daemon = True
            thread.start()
            threads.append(thread)
        return threads

    def run_fault(self, fault: Fault, ports: dict[str, int]) -> None:
        if self.stopping.wait(max(0.0, self.t0 + fault.at - time.time())):
            return
        try:
            getattr(self, f"fault_{fault.kind}")(fault, ports)
        except Exception as error:  # noqa: BLE001 — a failed fault is reported, the run goes on
            self.event(f"fault {fault.kind} FAILED: {str(error)[:300]}", kind="fault")

    def fault_app(self, fault: Fault, ports: dict[str, int]) -> None:
        name = "app 1"
        start = time.time()
        self.managed[name].kill9()
        self.event(f"FAULT: SIGKILL {name} (port {ports['app1']}, whole process group)", kind="fault")
        time.sleep(fault.down)
        self.managed[name].start()
        self.wait_answering(name, ports["app1"])
        self.event(f"{name} restarted and healthy after {time.time() - start:.1f} s", kind="recovery")
        self.windows.append(verify.Window("SIGKILL app 1", start, time.time() + WINDOW_MARGIN))

    def fault_worker(self, fault: Fault, ports: dict[str, int]) -> None:
        process = self.managed["worker"]
        start = time.time()
        process.kill9()
        self.event("FAULT: SIGKILL worker", kind="fault")
        self.note_sending("just after the worker's death", orphaned_by="claim left by: SIGKILL worker")
        time.sleep(fault.down)
        before = process.log.read_text(errors="replace").count("Starting worker")
        process.start()
        self.wait_worker(before)
        self.event(f"worker restarted and polling after {time.time() - start:.1f} s", kind="recovery")
        self.windows.append(verify.Window("SIGKILL worker", start, time.time() + WINDOW_MARGIN))

    def fault_smtp(self, fault: Fault, ports: dict[str, int]) -> None:
        process = self.managed["smtp sink"]
        start = time.time()
        process.stop()
        self.event(f"FAULT: SMTP sink stopped for {fault.down:g} s", kind="fault")
        time.sleep(fault.down)
        process.start()
        self.wait_smtp(ports["smtp"])
        self.event(f"SMTP sink back after {time.time() - start:.1f} s", kind="recovery")
        self.windows.append(verify.Window("SMTP sink stopped", start, time.time() + WINDOW_MARGIN))

    def fault_postgres(self, fault: Fault, ports: dict[str, int]) -> None:
        start = time.time()
        self.event("FAULT: PostgreSQL restart (pg_ctl restart -m fast)", kind="fault")
        seconds = self.cluster.restart()
        self.event(f"PostgreSQL accepting connections again after {seconds:.1f} s", kind="recovery")
        self.windows.append(verify.Window("PostgreSQL restart", start, time.time() + WINDOW_MARGIN))
        time.sleep(15)
        self.note_sending("15 s after the PostgreSQL restart")

    # Cleanup ---------------------------------------------------------------------------------------------

    def cleanup(self) -> None:
        if self.cleaned:
            return
        self.cleaned = True
        self.stopping.set()
        if self.load_proc and self.load_proc.poll() is None:
            os.killpg(self.load_proc.pid, signal.SIGKILL)
            self.load_proc.wait(timeout=10)
        for process in self.managed.values():
            try:
                process.stop()
            except Exception as error:  # noqa: BLE001
                say(f"  cleanup: {process.name}: {error}")
        if self.cluster:
            self.cluster.destroy()


def warm_up(port: int) -> None:
    """First requests load what a process loads once (URLconf, templates, commune index, form classes):
    a few signatures and testimonies per process, under addresses outside the run's (not counted)."""
    for path in ("/appel/", "/healthz"):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as response:
            response.read()
    for n in range(4):
        for kind in ("sig", "tes"):
            payload, _email = load.body(kind, n, f"warmup{port}")
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}" + load.PATHS[kind].format(slug="appel"),
                data=payload.replace(b'"soak-', b'"warmup-'),
                headers={"Content-Type": "application/json"},
            )
            with urllib.request.urlopen(request, timeout=60) as response:
                if response.status != load.EXPECTED[kind]:
                    raise RuntimeError(f"warm-up {kind} on {port}: HTTP {response.status}")


def run_command(env: dict, *args: str) -> str:
    done = subprocess.run(concertons(*args), env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"concertons {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout.strip()


def drain(soak: Soak, options: argparse.Namespace, stale_claim: float) -> str:
    """Keep the worker running until nothing is pending, sending or unmasked, within a bound that covers the
    stale-claim delay of e-mails a dead worker left 'sending'."""
    began = time.time()
    soak.draining = True
    hard_stop = began + options.drain_max
    last_print = 0.0
    while True:
        state = soak.queue_state()
        now = time.time()
        if state is not None:
            pending = state.get("outbox:pending", 0) + state.get("outbox:to write", 0)
            sending = state.get("outbox:sending", 0)
            received = state.get("testimonies:received", 0)
            if pending == 0 and sending == 0 and received == 0:
                return f"drained in {now - began:.0f} s"
            deadline = began + options.drain_min
            if sending:
                claimed = soak.query(
                    "SELECT max(claimed_at) FROM mailer_outgoingemail WHERE status = 'sending'"
                )
                if claimed and claimed[0][0]:
                    deadline = max(deadline, claimed[0][0].timestamp() + stale_claim + 45)
            deadline = min(deadline, hard_stop)
            if now - last_print >= 60:
                last_print = now
                say(
                    f"  {soak.rel(now)}  drain: outbox pending or to write {pending}, sending {sending}; testimonies to mask "
                    f"{received}; waiting at most until {soak.rel(deadline)}"
                )
            if now >= deadline:
                return (
                    f"drain bound reached after {now - began:.0f} s with {pending} pending, {sending} sending, "
                    f"{received} testimonies unmasked"
                )
        elif now >= hard_stop:
            return "drain bound reached (database unreadable)"
        time.sleep(5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--minutes", type=float, default=10, help="load duration (default 10; 2 = quick check)"
    )
    parser.add_argument("--sig-rate", type=float, default=20.0, help="signatures per second (default 20)")
    parser.add_argument("--tes-rate", type=float, default=2.0, help="testimonies per second (default 2)")
    parser.add_argument("--drain-min", type=float, default=300, help="drain bound in seconds (default 300)")
    parser.add_argument(
        "--drain-max",
        type=float,
        default=900,
        help="hard drain bound, even while waiting for stale claims to be retried (default 900)",
    )
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=300,
        help="wait at most this long for other work on the machine to calm down first (default 300 s)",
    )
    options = parser.parse_args(argv)
    if not 1 <= options.minutes <= 30 or not 0 < options.sig_rate <= 200 or not 0 < options.tes_rate <= 50:
        parser.error("--minutes in [1, 30], --sig-rate in (0, 200], --tes-rate in (0, 50]")
    if not 0 <= options.drain_min <= options.drain_max <= 1800:
        parser.error("0 <= --drain-min <= --drain-max <= 1800")
    if os.geteuid() != 0:
        parser.error("run as root: the private PostgreSQL cluster is created with runuser -u postgres")
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # SIGTERM runs the finally blocks too

    seconds = options.minutes * 60
    work = Path(tempfile.mkdtemp(prefix="concertons-soak-"))
    soak = Soak(options=options, work=work)
    atexit.register(soak.cleanup)
    import django

    say("bench/soak — federation setup under faults: nothing lost, nothing duplicated, nothing half-written")
    say(
        f"  machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; Python {platform.python_version()}, "
        f"Django {django.get_version()}; logs and records in {work}"
    )
    ports = {"app1": free_port(), "app2": free_port(), "smtp": free_port()}
    try:
        soak.cluster = PrivateCluster(free_port())
        soak.cluster.create()
        say(
            f"  PostgreSQL {soak.cluster.version}: private cluster in {soak.cluster.dir}, 127.0.0.1:{soak.cluster.port}"
        )
        from cryptography.fernet import Fernet

        env = bench_env(work / "var", soak.cluster.url)
        env.update(
            DJANGO_SETTINGS_MODULE=SETTINGS,
            SITE_URL=f"http://127.0.0.1:{ports['app1']}",
            EMAIL_URL=f"smtp://127.0.0.1:{ports['smtp']}",
            SECRET_KEY=f"soak-{os.urandom(24).hex()}",
            CONCERTONS_TESTIMONY_KEYS=Fernet.generate_key().decode(),
        )
        # The constants the drain depends on, read from the product (not copied).
        os.environ.update(env)
        django.setup()
        from concertons.mailer.services import FIRST_RETRY, STALE_CLAIM

        run_command(env, "migrate", "--noinput", "-v", "0")
        run_command(env, "createcachetable")  # see bench/signatures/run.py: migrate does not create it
        say(f"  {run_command(env, 'demo')}")

        soak.add(
            "smtp sink",
            [sys.executable, "-m", "bench.soak.smtpsink", "--port", str(ports["smtp"]), "--out", str(work / "deliveries.jsonl")],
            env,
        ).start()  # fmt: skip
        for name, port in (("app 1", ports["app1"]), ("app 2", ports["app2"])):
            soak.add(
                name, concertons("serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"), env
            ).start()
        soak.add("worker", concertons("worker", "--no-startup-delay"), env).start()
        soak.wait_smtp(ports["smtp"])
        for name, port in (("app 1", ports["app1"]), ("app 2", ports["app2"])):
            soak.wait_app(name, port)
            warm_up(port)
        soak.wait_worker(0)
        baseline = {row[0] for row in soak.query("SELECT id::text FROM testimonies_testimony") or []}
        say(
            f"  app processes: concertons serve --workers 1 on ports {ports['app1']} and {ports['app2']}; worker: "
            f"concertons worker; SMTP sink on {ports['smtp']}; settings {SETTINGS}, CONCERTONS_ANTI_ABUSE=0"
        )
        say(
            f"  e-mail recovery (concertons/mailer/services.py): retry after {FIRST_RETRY.total_seconds():g} s, "
            f"doubling; stale claim recovered after {STALE_CLAIM.total_seconds() / 60:g} min"
        )
        faults = fault_schedule(seconds)
        say(
            f"  load: {options.sig_rate:g} signatures/s + {options.tes_rate:g} testimonies/s for {seconds:g} s, "
            "round-robin over both app processes, open loop, 10 s timeout"
        )
        say(
            "  faults: "
            + "; ".join(
                f"t={fault.at:.0f}s {fault.kind}" + (f" (down {fault.down:g} s)" if fault.down else "")
                for fault in faults
            )
        )
        say()

        wait_for_quiet(options.wait_quiet)
        soak.t0 = time.time() + 3
        run_id = time.strftime("%Y%m%d%H%M%S")
        prefix = f"{RUN_PREFIX}{run_id}-"
        threading.Thread(target=soak.supervisor, name="supervisor", daemon=True).start()
        threading.Thread(target=soak.monitor, name="monitor", daemon=True).start()
        load_log = (work / "load.log").open("wb")
        soak.load_proc = subprocess.Popen(
            [
                sys.executable, "-m", "bench.soak.load",
                "--ports", f"{ports['app1']},{ports['app2']}",
                "--start", f"{soak.t0:.3f}",
                "--seconds", f"{seconds:g}",
                "--sig-rate", f"{options.sig_rate:g}",
                "--tes-rate", f"{options.tes_rate:g}",
                "--run-id", run_id,
                "--out", str(work / "requests.jsonl"),
            ],
            env=env, cwd=ROOT, stdout=load_log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        soak.event(f"load starts ({options.sig_rate:g} signatures/s + {options.tes_rate:g} testimonies/s)")
        fault_threads = soak.run_faults(faults, ports)
        soak.load_proc.wait(timeout=seconds + 120)
        for thread in fault_threads:
            thread.join(timeout=240)
        soak.event(
            f"load over (client exit code {soak.load_proc.returncode}); draining with the worker running"
        )
        if soak.load_proc.returncode != 0:
            say((work / "load.log").read_text()[-3000:])
        drained = drain(soak, options, STALE_CLAIM.total_seconds())
        soak.event(drained)
        soak.stopping.set()
        for name in ("worker", "app 1", "app 2", "smtp sink"):
            soak.managed[name].stop()
        soak.event("worker, app processes and SMTP sink stopped")

        # Logs: what went wrong on the server side, by process.
        notes = []
        for process in soak.managed.values():
            text = process.log.read_text(errors="replace")
            counts = {
                needle: text.count(needle)
                for needle in (
                    "Traceback",
                    "OperationalError",
                    "InterfaceError",
                    "not sent (attempt",
                    "ERROR",
                )
                if text.count(needle)
            }
            notes.append(f"    {process.name}: started {process.starts}×; {counts or 'no error lines'}")
        records = verify.read_jsonl(work / "requests.jsonl")
        deliveries = verify.read_jsonl(work / "deliveries.jsonl")
        say()
        say("== checks (database of the private cluster, SMTP sink log, client records) ==")
        db = verify.fetch(soak.cluster.url, prefix, baseline)
        scheduled = {"sig": int(seconds * options.sig_rate), "tes": int(seconds * options.tes_rate)}
        events = [
            (at, text)
            for at, kind, text in soak.events
            if kind in ("fault", "recovery", "unexpected", "evidence")
        ]
        findings = verify.analyse(
            records=records,
            deliveries=deliveries,
            db=db,
            windows=soak.windows,
            events=events,
            t0=soak.t0,
            scheduled=scheduled,
            prefix=prefix,
            claims_at_fault=soak.claims_at_fault,
        )
        say()
        say("== bench/soak summary ==")
        say(f"  run: {options.minutes:g} min of load, {drained}")
        if soak.load_averages:
            averages = soak.load_averages
            say(
                f"  machine load average during the run (2 CPUs, shared with other work): min {min(averages):.1f}, "
                f"mean {sum(averages) / len(averages):.1f}, max {max(averages):.1f}"
            )
        say("  fault and recovery events:")
        for at, text in events:
            say(f"    {soak.rel(at)}  {text}")
        if soak.orphan_claims:
            say(f"  e-mails seen 'sending' more than 30 s after their claim: {sorted(soak.orphan_claims)}")
        say("  server logs:")
        for note in notes:
            say(note)
        for line in findings.lines:
            say(line)
        say()
        lost, duplicated = findings.data["lost_total"], findings.data["duplicate_total"]
        say(f"  lost: {lost}   duplicated: {duplicated}   half-written: {findings.data['half_written']}")
        verdict = "PASS" if not findings.failures else "FAIL"
        say(
            f"RESULT: {verdict}"
            + (
                ": " + "; ".join(findings.failures)
                if findings.failures
                else " (zero lost, zero duplicated, nothing half-written)"
            )
        )
        summary = {
            **findings.data,
            "events": events,
            "windows": [w.__dict__ for w in soak.windows],
            "verdict": verdict,
        }
        (work / "summary.json").write_text(json.dumps(summary, default=str, indent=1))
        say(f"  records, deliveries, logs and summary.json kept in {work}")
        return 0 if verdict == "PASS" else 1
    finally:
        soak.cleanup()
