"""bench/signatures: the signature API's full path against a bare one-row insert, same server, same database.

For each database (SQLite in a temporary folder, and/or a fresh PostgreSQL database):
  1. `concertons migrate` and `concertons demo` with the bench settings (production + the bare app);
  2. `concertons serve` (granian, WSGI, production settings) on a free port of 127.0.0.1, with
     CONCERTONS_ANTI_ABUSE=0 and the database task backend, and no task worker: e-mails stay to write;
  3. wrk drives POST /bench/bare/ (201) and POST /api/campaigns/appel/signatures (202) with the same body
     and the same concurrency: a warm-up each, then measured runs alternating bare/full in ABBA order;
  4. the server is stopped and every accepted request is checked against the rows it should have left.
Prints requests/s, p50, p99 and errors for both, the full/bare ratio and whether the goals are met.
"""

import argparse
import bisect
import json
import os
import platform
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
LUA_SCRIPT = Path(__file__).with_name("load.lua")
SETTINGS = "bench.signatures.settings"
CAMPAIGN = "appel"
ENDPOINTS = {
    "bare": ("/bench/bare/", 201),
    "full": (f"/api/campaigns/{CAMPAIGN}/signatures", 202),
}
WARMUP_TRIES = 4
WARMED_MAX_US = 1_000_000  # a warm-up run whose slowest answer took less than 1 s: the workers are ready
GOAL_RATIO = 0.5
GOAL_P99_MS = 150.0
DEFAULT_POSTGRES_URL = "postgresql://postgres:postgres@127.0.0.1:5432/concertons_bench"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def say(text: str = "") -> None:
    print(text, flush=True)


# CPU accounting (Linux /proc) -------------------------------------------------------------------------


def _proc_stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, CPU ticks used) of a process, or None if it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    return int(fields[1]), int(fields[11]) + int(fields[12])


def _all_pids() -> list[int]:
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def _tree_ticks(root_pid: int) -> int:
    stats = {pid: stat for pid in _all_pids() if (stat := _proc_stat(pid)) is not None}
    children: dict[int, list[int]] = {}
    for pid, (ppid, _ticks) in stats.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        if pid in stats:
            total += stats[pid][1]
        todo.extend(children.get(pid, []))
    return total


# PostgreSQL's shared background processes (their WAL and checkpoint work is partly ours).
POSTGRES_SHARED = ("walwriter", "checkpointer", "background writer", "autovacuum")


def _postgres_ticks(database: str | None) -> dict[int, int]:
    """CPU ticks of each PostgreSQL process working for the bench: the backends connected to its database
    (their title names it) and the shared background writers; other databases' backends are not ours."""
    if not database:
        return {}
    found = {}
    for pid in _all_pids():
        try:
            if Path(f"/proc/{pid}/comm").read_text().strip() != "postgres":
                continue
            title = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        ours = f" {database} " in title or any(name in title for name in POSTGRES_SHARED)
        if ours and (stat := _proc_stat(pid)) is not None:
            found[pid] = stat[1]
    return found


def _machine_ticks() -> tuple[int, int]:
    """(busy, total) ticks of all CPUs."""
    values = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    total = sum(values[:8])
    return total - idle, total


@dataclass
class CpuSample:
    at: float
    server: int
    postgres: dict[int, int]
    machine_busy: int
    machine_total: int
    client: float  # seconds, children's rusage

    @classmethod
    def take(cls, server_pid: int, database: str | None) -> "CpuSample":
        busy, total = _machine_ticks()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return cls(
            at=time.monotonic(),
            server=_tree_ticks(server_pid),
            postgres=_postgres_ticks(database),
            machine_busy=busy,
            machine_total=total,
            client=usage.ru_utime + usage.ru_stime,
        )


@dataclass
class CpuShare:
    """Cores used over an interval (1.0 = one core busy all the time)."""

    seconds: float
    server: float
    postgres: float
    client: float
    machine: float

    @property
    def other(self) -> float:
        """Cores used by processes that are neither the server, PostgreSQL nor wrk (other work on the machine)."""
        return max(0.0, self.machine - self.server - self.postgres - self.client)

    @classmethod
    def between(cls, before: CpuSample, after: CpuSample) -> "CpuShare":
        seconds = max(after.at - before.at, 1e-9)
        cores = os.cpu_count() or 1
        machine_total = max(after.machine_total - before.machine_total, 1)
        return cls(
            seconds=seconds,
            server=(after.server - before.server) / CLOCK_TICKS / seconds,
            # Per process, so a backend that ends during the run never makes the figure negative.
            postgres=sum(ticks - before.postgres.get(pid, 0) for pid, ticks in after.postgres.items())
            / CLOCK_TICKS
            / seconds,
            client=(after.client - before.client) / seconds,
            machine=(after.machine_busy - before.machine_busy) / machine_total * cores,
        )


# Load runs --------------------------------------------------------------------------------------------


@dataclass
class Run:
    name: str
    endpoint: str
    measured: bool
    data: dict
    cpu: CpuShare

    @property
    def seconds(self) -> float:
        return self.data["duration_us"] / 1e6

    @property
    def answered(self) -> int:
        return sum(thread["answered"] for thread in self.data["threads"])

    @property
    def statuses(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for thread in self.data["threads"]:
            for status, count in thread["statuses"].items():
                counts[int(status)] = counts.get(int(status), 0) + count
        return counts

    @property
    def non_2xx(self) -> int:
        return sum(count for status, count in self.statuses.items() if not 200 <= status < 300)

    @property
    def socket_errors(self) -> int:
        errors = self.data["errors"]
        return errors["connect"] + errors["read"] + errors["write"] + errors["timeout"]

    def quantile_ms(self, p: float) -> float:
        for point, value in self.data["latency_us"]["quantiles"]:
            if point >= p - 1e-9:
                return value / 1000
        return self.data["latency_us"]["max"] / 1000

    def emails(self, domain: str = "bench.example.org") -> tuple[list[str], list[str], list[str]]:
        """(accepted, unanswered, refused) addresses: one connection per thread, so the thread's answers
        belong to its requests in order, except those lost to a reconnection and the one in flight."""
        accepted, unanswered, refused = [], [], []
        for thread in self.data["threads"]:
            tid, sent = thread["tid"], thread["sent"]
            no_answer = set(thread["lost"]) | ({sent} if thread["awaiting"] else set())
            bad = {int(item.split(":")[0]) for item in thread["unexpected"]}
            for seq in range(1, sent + 1):
                email = f"{self.name}-{tid}-{seq}@{domain}"
                if seq in no_answer:
                    unanswered.append(email)
                elif seq in bad:
                    refused.append(email)
                else:
                    accepted.append(email)
        return accepted, unanswered, refused


def merged_quantile_ms(runs: list[Run], p: float) -> float:
    """A percentile over several runs: mixes their latency distributions, weighted by their requests."""
    weights = [run.data["requests"] for run in runs]
    total = sum(weights)
    if not total:
        return float("nan")
    tables = []
    for run in runs:
        points = run.data["latency_us"]["quantiles"]
        tables.append(([value for _p, value in points], [point / 100 for point, _v in points]))

    def cdf(x: float) -> float:
        share = 0.0
        for weight, (values, fractions) in zip(weights, tables, strict=True):
            index = bisect.bisect_right(values, x)
            share += weight * (fractions[index - 1] if index else 0.0)
        return share / total

    for candidate in sorted({value for values, _f in tables for value in values}):
        if cdf(candidate) >= p / 100 - 1e-9:
            return candidate / 1000
    return max(run.data["latency_us"]["max"] for run in runs) / 1000


def run_wrk(
    *,
    port: int,
    endpoint: str,
    name: str,
    seconds: float,
    connections: int,
    server_pid: int,
    workdir: Path,
    measured: bool,
    database: str | None,
) -> Run:
    path, expected = ENDPOINTS[endpoint]
    out = workdir / f"{name}.json"
    env = {**os.environ, "BENCH_RUN": name, "BENCH_EXPECT": str(expected), "BENCH_OUT": str(out)}
    command = [
        "wrk",
        f"--threads={connections}",  # one connection per thread: exact accounting of every address
        f"--connections={connections}",
        f"--duration={max(1, round(seconds))}s",
        "--timeout=10s",
        f"--script={LUA_SCRIPT}",
        f"http://127.0.0.1:{port}{path}",
    ]
    before = CpuSample.take(server_pid, database)
    completed = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=seconds + 60, check=False
    )
    after = CpuSample.take(server_pid, database)
    if completed.returncode != 0 or not out.exists():
        raise RuntimeError(f"wrk failed ({completed.returncode}): {completed.stdout}\n{completed.stderr}")
    return Run(name, endpoint, measured, json.loads(out.read_text()), CpuShare.between(before, after))


def machine_busy(seconds: float = 3.0) -> float:
    """Cores busy over the next `seconds`."""
    before = _machine_ticks()
    time.sleep(seconds)
    after = _machine_ticks()
    return (after[0] - before[0]) / max(after[1] - before[1], 1) * (os.cpu_count() or 1)


def wait_for_quiet(max_wait: float, threshold: float = 0.5) -> None:
    """Other work on this 2-core machine skews every figure: wait (bounded) until it has calmed down."""
    deadline = time.monotonic() + max_wait
    busy = machine_busy()
    while busy >= threshold and time.monotonic() < deadline:
        say(f"  (machine busy with other work: {busy:.2f} cores; waiting for < {threshold} before starting)")
        time.sleep(5)
        busy = machine_busy()
    note = (
        "" if busy < threshold else f" — still busy after {max_wait:g} s, running anyway: figures are skewed"
    )
    say(f"  other work on the machine just before the start: {busy:.2f} cores{note}")


# Server and database ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def concertons(*args: str) -> list[str]:
    return [sys.executable, "-m", "concertons.cli", *args]


def bench_env(data_dir: Path, database_url: str | None) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DATABASE_URL", "CACHE_URL", "SECRET_KEY", "DEBUG"}
        and not name.startswith("GRANIAN_")
    }
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])),
        CONCERTONS_DATA_DIR=str(data_dir),
        CONCERTONS_ANTI_ABUSE="0",
        SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS="127.0.0.1",
        # Nothing is sent during the bench (no worker runs), and nothing could be: port 9 is "discard".
        EMAIL_URL="smtp://127.0.0.1:9",
        PYTHONUNBUFFERED="1",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def postgres_recreate(url: str, *, drop_only: bool = False) -> None:
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True, connect_timeout=5) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if not drop_only:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def postgres_version(url: str) -> str:
    import psycopg

    with psycopg.connect(url, connect_timeout=5) as connection:
        return connection.execute("SHOW server_version").fetchone()[0]


def wait_healthy(port: int, server: subprocess.Popen, log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"/healthz did not answer within {timeout} s:\n{log.read_text()}")


def stop(server: subprocess.Popen) -> None:
    """SIGTERM to the server's process group (granian lets running requests finish), then SIGKILL."""
    if server.poll() is not None:
        return
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=10)


# One database -------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    label: str
    runs: list[Run] = field(default_factory=list)
    verification: dict = field(default_factory=dict)
    server_notes: list[str] = field(default_factory=list)
    skipped: str = ""


def bench_database(kind: str, options: argparse.Namespace) -> Outcome:
    database_url = options.postgres_url if kind == "postgres" else None
    if kind == "postgres":
        try:
            postgres_recreate(database_url)
            label = f"PostgreSQL {postgres_version(database_url)} ({urlsplit(database_url).hostname})"
        except Exception as error:  # noqa: BLE001 — reported, then the other database goes on
            return Outcome(label="PostgreSQL", skipped=f"PostgreSQL unreachable: {error}")
    else:
        label = "SQLite (WAL, synchronous=NORMAL, BEGIN IMMEDIATE)"
    outcome = Outcome(label=label)
    with tempfile.TemporaryDirectory(prefix=f"concertons-bench-{kind}-") as tmp:
        data_dir = Path(tmp)
        env = bench_env(data_dir, database_url)
        for command in (("migrate", "--noinput", "-v", "0"), ("demo",)):
            done = subprocess.run(
                concertons(*command), env=env, cwd=ROOT, timeout=300, capture_output=True, text=True
            )
            if done.returncode != 0:
                raise RuntimeError(f"concertons {' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")
        port = free_port()
        log = data_dir / "server.log"
        serve = ["serve", "--port", str(port), "--threads", str(options.threads)]
        if options.workers:
            serve += ["--workers", str(options.workers)]
        with log.open("wb") as sink:
            server = subprocess.Popen(
                concertons(*serve),
                env=env,
                cwd=ROOT,
                stdout=sink,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        try:
            wait_healthy(port, server, log)
            common = {
                "port": port,
                "connections": options.connections,
                "server_pid": server.pid,
                "workdir": data_dir,
                "database": urlsplit(database_url).path.lstrip("/") if database_url else None,
            }
            # Warm-up until every worker has loaded what it loads on its first requests (the URLconf
            # imports spaCy through the testimonies: seconds per worker): at most WARMUP_TRIES runs.
            for endpoint in ("bare", "full"):
                for attempt in range(1, WARMUP_TRIES + 1):
                    warm = run_wrk(
                        endpoint=endpoint,
                        name=f"{kind}-{endpoint}-warm{attempt}",
                        seconds=options.warmup,
                        measured=False,
                        **common,
                    )
                    outcome.runs.append(warm)
                    if warm.data["requests"] and warm.data["latency_us"]["max"] < WARMED_MAX_US:
                        break
            per_run = options.duration / options.rounds
            for index in range(options.rounds):
                order = ("bare", "full") if index % 2 == 0 else ("full", "bare")  # ABBA: drift cancels out
                for endpoint in order:
                    outcome.runs.append(
                        run_wrk(
                            endpoint=endpoint,
                            name=f"{kind}-{endpoint}-r{index + 1}",
                            seconds=per_run,
                            measured=True,
                            **common,
                        )
                    )
        finally:
            stop(server)
        server_log = log.read_text(errors="replace")
        outcome.server_notes = [
            line
            for line in server_log.splitlines()
            if line.startswith("Concertons :") or line.startswith("  processus") or "ANTI_ABUSE" in line
        ]
        for needle in ("Traceback", "database is locked", "ERROR"):
            if count := server_log.count(needle):
                outcome.server_notes.append(f"server log: {count} × {needle!r}")
        sent: dict[str, dict[str, list[str]]] = {}
        for endpoint in ENDPOINTS:
            accepted, unanswered, refused = [], [], []
            for run in outcome.runs:
                if run.endpoint == endpoint:
                    a, u, r = run.emails()
                    accepted += a
                    unanswered += u
                    refused += r
            sent[endpoint] = {"accepted": accepted, "unanswered": unanswered, "refused": refused}
        (data_dir / "sent.json").write_text(json.dumps(sent))
        subprocess.run(
            [
                sys.executable,
                "-m",
                "bench.signatures.verify",
                str(data_dir / "sent.json"),
                str(data_dir / "v.json"),
            ],
            env=env,
            cwd=ROOT,
            check=True,
            timeout=300,
        )
        outcome.verification = json.loads((data_dir / "v.json").read_text())
    if kind == "postgres" and not options.keep_postgres:
        postgres_recreate(database_url, drop_only=True)
    return outcome


# Report -------------------------------------------------------------------------------------------------


def report(outcome: Outcome, options: argparse.Namespace) -> bool:
    say(f"== {outcome.label} ==")
    if outcome.skipped:
        say(f"SKIPPED: {outcome.skipped}")
        return False
    for note in outcome.server_notes:
        say(f"  {note.strip()}")
    say("  per run (warm-ups not counted):")
    say(
        f"    {'run':<30}{'s':>6}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'non-2xx':>9}{'sock.err':>9}"
        f"{'server':>8}{'pg':>6}{'wrk':>6}{'other':>7}  (CPU: cores used, of {os.cpu_count()})"
    )
    for run in outcome.runs:
        tag = run.name if run.measured else f"{run.name} (warm-up)"
        say(
            f"    {tag:<30}{run.seconds:>6.1f}{run.data['requests'] / run.seconds:>9.0f}"
            f"{run.quantile_ms(50):>9.1f}{run.quantile_ms(99):>9.1f}{run.non_2xx:>9}{run.socket_errors:>9}"
            f"{run.cpu.server:>8.2f}{run.cpu.postgres:>6.2f}{run.cpu.client:>6.2f}{run.cpu.other:>7.2f}"
        )
    summary = {}
    say(
        f"  measured: {options.connections} connections, {options.rounds} alternating runs (ABBA) per endpoint, "
        f"{options.duration:g} s per endpoint in all"
    )
    say(
        f"    {'endpoint':<44}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'non-2xx':>9}{'sock.err':>9}"
        f"{'CPU ms/req':>12}"
    )
    for endpoint, (path, expected) in ENDPOINTS.items():
        runs = [run for run in outcome.runs if run.endpoint == endpoint and run.measured]
        seconds = sum(run.seconds for run in runs)
        rps = sum(run.data["requests"] for run in runs) / seconds
        p50, p99 = merged_quantile_ms(runs, 50), merged_quantile_ms(runs, 99)
        worst = max(run.data["latency_us"]["max"] for run in runs) / 1000
        non_2xx = sum(run.non_2xx for run in runs)
        sock = sum(run.socket_errors for run in runs)
        # Server (granian) + PostgreSQL CPU time per request: the cost, whatever else the machine runs.
        cpu_seconds = sum((run.cpu.server + run.cpu.postgres) * run.cpu.seconds for run in runs)
        cpu_ms = cpu_seconds / max(sum(run.data["requests"] for run in runs), 1) * 1000
        other = sum(run.cpu.other * run.cpu.seconds for run in runs) / sum(run.cpu.seconds for run in runs)
        summary[endpoint] = (rps, p50, p99, cpu_ms, other)
        title = f"{endpoint} POST {path} ({expected})"
        say(
            f"    {title:<44}{rps:>8.0f}{p50:>9.1f}{p99:>9.1f}{worst:>9.1f}{non_2xx:>9}{sock:>9}{cpu_ms:>12.2f}"
        )
    ratio = summary["full"][0] / summary["bare"][0]
    ratio_ok, p99_ok = ratio >= GOAL_RATIO, summary["full"][2] < GOAL_P99_MS
    say(f"  full/bare throughput: {ratio:.2f}  (goal ≥ {GOAL_RATIO:.2f}: {'MET' if ratio_ok else 'MISSED'})")
    say(
        f"  full/bare by CPU cost per request (server + PostgreSQL): {summary['bare'][3] / summary['full'][3]:.2f}"
        f"  (the ceiling of the ratio when the server is CPU-bound)"
    )
    if max(summary["bare"][4], summary["full"][4]) > 0.25:
        say(
            f"  WARNING: other processes used {summary['bare'][4]:.2f} (bare) / {summary['full'][4]:.2f} (full) "
            f"cores of {os.cpu_count()} during the measured runs: throughput and latencies are skewed"
        )
    say(
        f"  full p99: {summary['full'][2]:.1f} ms  (goal < {GOAL_P99_MS:.0f} ms: {'MET' if p99_ok else 'MISSED'})"
    )
    intact = verification_report(outcome.verification)
    return ratio_ok and p99_ok and intact


def verification_report(v: dict) -> bool:
    full, bare, outbox = v["full"], v["bare"], v["outbox"]
    say("  nothing lost (checked in the database after the server stopped; no task worker ran):")
    for name, check, table in (("full", full, "Signature"), ("bare", bare, "BenchRow")):
        say(
            f"    {name}: {check['accepted']} accepted answers -> {check['rows']} {table} rows; "
            f"accepted without a row: {check['accepted_without_row']}; rows of requests in flight when wrk "
            f"stopped (answer unread): {check['rows_from_unanswered']} of {check['unanswered']}; "
            f"rows from nowhere: {check['rows_from_nowhere']}"
        )
    say(
        f"    outbox: {outbox['rows']} OutgoingEmail rows (pending, no worker ran) and {outbox['to_write']} "
        f"confirmations for the worker to write; signatures with neither: {outbox['signatures_without_email']}; e-mails without a signature: "
        f"{outbox['emails_without_signature']}; duplicates: {outbox['duplicates']}; "
        f"email_send tasks queued: {outbox['send_tasks']}"
    )
    ok = (
        full["accepted_without_row"] == 0
        and bare["accepted_without_row"] == 0
        and full["rows_from_nowhere"] == 0
        and bare["rows_from_nowhere"] == 0
        and outbox["signatures_without_email"] == 0
        and outbox["emails_without_signature"] == 0
        and outbox["duplicates"] == 0
        and outbox["send_tasks"] == outbox["rows"]
        and full["rows"] == full["accepted"] + full["rows_from_unanswered"]
    )
    say(
        f"    every 202 has its Signature and its e-mail (queued, or to be written by the worker): "
        f"{'YES' if ok else 'NO'}"
    )
    return ok


# Entry point --------------------------------------------------------------------------------------------


def ensure_wrk() -> None:
    if shutil.which("wrk"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        say("wrk is missing: installing Debian's package (apt-get install -y wrk)")
        install = ["apt-get", "install", "-y", "-q", "wrk"]
        if subprocess.run(install, capture_output=True, check=False).returncode != 0:
            subprocess.run(["apt-get", "update", "-q"], capture_output=True, check=False)
            subprocess.run(install, capture_output=True, check=True)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install wrk")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.signatures", description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument(
        "--duration", type=float, default=20, help="measured seconds per endpoint (default 20)"
    )
    parser.add_argument("--rounds", type=int, default=2, help="alternating runs the duration is split in")
    parser.add_argument("--warmup", type=float, default=5, help="warm-up seconds per endpoint (default 5)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument(
        "--workers", type=int, default=0, help="granian workers (default: serve's, one per CPU)"
    )
    parser.add_argument("--threads", type=int, default=None, help="threads per worker (default: serve's)")
    parser.add_argument("--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL))
    parser.add_argument(
        "--wait-quiet",
        type=float,
        default=120,
        help="wait at most this long for other work on the machine to calm down (default 120 s)",
    )
    parser.add_argument(
        "--keep-postgres", action="store_true", help="do not drop the bench database at the end"
    )
    options = parser.parse_args(argv)
    if options.duration <= 0 or options.rounds < 1 or options.duration > 600 or options.warmup > 60:
        parser.error("--duration must be in (0, 600], --warmup at most 60, --rounds at least 1")
    if options.threads is None:
        from concertons.core.management.commands.serve import DEFAULT_THREADS

        options.threads = DEFAULT_THREADS
    # SIGTERM (timeout, CI) must stop the server too: turn it into KeyboardInterrupt, so `finally` runs.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    ensure_wrk()
    wrk_version = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    import django
    import granian

    say("bench/signatures — signature API (full path) vs a bare one-row insert, same granian server")
    say(
        f"  machine: {os.cpu_count()} CPUs, load average before: {os.getloadavg()[0]:.2f}; "
        f"Python {platform.python_version()}, Django {django.get_version()}, granian {granian.__version__}, "
        f"{wrk_version.split('[')[0].strip()}"
    )
    say(
        f"  server: concertons serve, {options.workers or os.cpu_count()} workers × {options.threads} threads, "
        f"settings {SETTINGS} (production + bare app), CONCERTONS_ANTI_ABUSE=0 (no proof-of-work, no rate limit)"
    )
    say(
        "  e-mails: TASKS = django-tasks-db; a new signature's row carries its confirmation e-mail, which the "
        "worker writes and sends; NO worker runs during the bench, so nothing is written or sent"
    )
    say(
        f"  client: wrk, {options.connections} threads × 1 connection, keep-alive, same JSON body (unique e-mail "
        f"per request) to both endpoints, on the same 2-core machine (its CPU share is in the 'wrk' column)"
    )
    say()
    kinds = ["sqlite", "postgres"] if options.db == "both" else [options.db]
    all_ok = True
    for kind in kinds:
        wait_for_quiet(options.wait_quiet)
        outcome = bench_database(kind, options)
        all_ok = report(outcome, options) and all_ok
        say()
    say(
        f"goals (full ≥ {GOAL_RATIO:.0%} of bare, full p99 < {GOAL_P99_MS:.0f} ms, nothing lost) "
        f"{'met on every database' if all_ok else 'NOT all met'}"
    )
    return 0
