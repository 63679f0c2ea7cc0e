"""bench/pages: each public page through the real server, against a static file and a bare Django view.

For each database (SQLite in a temporary folder, and/or a fresh PostgreSQL database):
  1. `concertons migrate`, `createcachetable`, `demo`, `collectstatic` with the production settings plus the
     bare views of bench/signatures/bareapp (bench/pages/settings.py);
  2. in one process (Django's test client, no server): CPU per request of each page, the fastest of three
     rounds (`inprocess.py`) — the figure of issue 15's table;
  3. `concertons serve` (granian, production settings) on a free port of 127.0.0.1, wrk GETs each page
     (warm-up, then measured rounds alternating the pages' order): requests/s, p50, p99 and CPU per request
     (server + PostgreSQL, from /proc).
Prints both, each page's CPU against the static file's, and the goals of issue 15 (campaign page ≤ 10×,
signatory list and dashboards ≤ 15×, the 404 page ≤ 4×).
"""

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from bench.dashboard.run import prepare, run_get
from bench.signatures.run import (
    ROOT,
    Run,
    bench_env,
    concertons,
    ensure_wrk,
    free_port,
    merged_quantile_ms,
    postgres_recreate,
    postgres_version,
    say,
    stop,
    wait_for_quiet,
    wait_healthy,
)

SETTINGS = "bench.pages.settings"
DEFAULT_POSTGRES_URL = "postgresql://postgres:postgres@127.0.0.1:5432/concertons_bench_pages"
CAMPAIGN = "appel"
# name -> (path, expected status, goal: at most this many times the static file's CPU per request, or None)
PAGES = {
    "static file": ("{static}", 200, None),
    "bare view": ("/bench/bare-page/", 200, None),
    "healthz": ("/healthz", 200, None),
    "404 page": (f"/{CAMPAIGN}/pas-une-page/", 404, 4),
    "home": ("/", 200, None),
    "campaign page": (f"/{CAMPAIGN}/", 200, 10),
    "signatory list": (f"/{CAMPAIGN}/signataires/", 200, 15),
    "live counter": (f"/{CAMPAIGN}/signataires/compteur/", 200, None),
    "dashboard": (f"/{CAMPAIGN}/tableau-de-bord/", 200, 15),
    "département dashboard": (f"/{CAMPAIGN}/tableau-de-bord/59/", 200, 15),
    "testimony wall": (f"/{CAMPAIGN}/constats/", 200, None),
    "demands": (f"/{CAMPAIGN}/exigences/", 200, None),
    "meetings": (f"/{CAMPAIGN}/reunions/", 200, None),
}
STYLESHEET = re.compile(rb'<link[^>]+href="(/static/[^"]+\.css)"')


def static_path(port: int) -> str:
    """The site's own stylesheet, as the home page links it (hashed name, served by WhiteNoise)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=60) as response:
        found = STYLESHEET.search(response.read())
    if not found:
        raise RuntimeError("no stylesheet linked from the home page")
    return found[1].decode()


def resolved_pages(static: str) -> dict[str, tuple[str, int, float | None]]:
    return {name: (path.format(static=static), status, goal) for name, (path, status, goal) in PAGES.items()}


def check_pages(port: int, pages: dict) -> None:
    for name, (path, status, _goal) in pages.items():
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as response:
                got = response.status
        except urllib.error.HTTPError as error:
            got = error.code
        if got != status:
            raise RuntimeError(f"{name} ({path}) answered {got}, expected {status}")


def in_process(env: dict, data_dir: Path, pages: dict, requests: int) -> dict[str, float]:
    out = data_dir / "inprocess.json"
    paths = {name: [path, status] for name, (path, status, _goal) in pages.items()}
    command = [
        sys.executable, "-m", "bench.pages.inprocess", "--out", str(out), "--requests", str(requests),
        "--pages", json.dumps(paths),
    ]  # fmt: skip
    done = subprocess.run(command, env=env, cwd=ROOT, timeout=1800, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"in-process step failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(out.read_text())


def serve_and_load(env: dict, data_dir: Path, options: argparse.Namespace, database: str | None):
    port = free_port()
    log = data_dir / "server.log"
    command = ["serve", "--port", str(port)]
    if options.workers:
        command += ["--workers", str(options.workers)]
    with log.open("wb") as sink:
        server = subprocess.Popen(
            concertons(*command), env=env, cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
    runs: list[Run] = []
    try:
        wait_healthy(port, server, log, timeout=300)
        pages = resolved_pages(static_path(port))
        check_pages(port, pages)
        common = {"port": port, "server_pid": server.pid, "workdir": data_dir, "database": database}

        def load(name: str, run_name: str, *, seconds: float, measured: bool) -> Run:
            path, status, _goal = pages[name]
            return run_get(
                path=path,
                page=name,
                name=run_name,
                seconds=seconds,
                connections=options.connections,
                measured=measured,
                expect=status,
                **common,
            )

        for name in pages:
            runs.append(load(name, f"warm-{slug(name)}", seconds=options.warmup, measured=False))
        for index in range(options.rounds):
            order = list(pages) if index % 2 == 0 else list(reversed(pages))  # ABBA: drift cancels out
            for name in order:
                runs.append(load(name, f"r{index + 1}-{slug(name)}", seconds=options.duration, measured=True))
            say(f"  round {index + 1}/{options.rounds} done")
    finally:
        stop(server)
    notes = []
    server_log = log.read_text(errors="replace")
    for needle in ("Traceback", "ERROR"):
        if count := server_log.count(needle):
            notes.append(f"server log: {count} × {needle!r}")
    return pages, runs, notes


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.encode("ascii", "ignore").decode().lower()).strip("-")


def server_figures(runs: list[Run], name: str) -> dict:
    measured = [run for run in runs if run.measured and run.endpoint == name]
    answered = sum(run.answered for run in measured)
    seconds = sum(run.seconds for run in measured)
    cpu = sum((run.cpu.server + run.cpu.postgres) * run.cpu.seconds for run in measured)
    return {
        "rps": answered / seconds if seconds else 0.0,
        "p50": merged_quantile_ms(measured, 50),
        "p99": merged_quantile_ms(measured, 99),
        "cpu_ms": cpu / answered * 1000 if answered else float("nan"),
        "unexpected": sum(thread["unexpected"] for run in measured for thread in run.data["threads"]),
        "socket_errors": sum(run.socket_errors for run in measured),
        "other": max((run.cpu.other for run in measured), default=0.0),
    }


def bench_database(kind: str, options: argparse.Namespace) -> bool:
    database_url = options.postgres_url if kind == "postgres" else None
    if kind == "postgres":
        postgres_recreate(database_url)
        label = f"PostgreSQL {postgres_version(database_url)}"
    else:
        label = "SQLite (WAL)"
    say(f"== {label} ==")
    try:
        with tempfile.TemporaryDirectory(prefix=f"concertons-pages-{kind}-") as tmp:
            data_dir = Path(tmp)
            env = bench_env(data_dir, database_url)
            env.update(DJANGO_SETTINGS_MODULE=SETTINGS, BENCH_STATIC_ROOT=str(data_dir / "static"))
            prepare(env, collectstatic=True)
            database = urlsplit(database_url).path.lstrip("/") if database_url else None
            pages, runs, notes = serve_and_load(env, data_dir, options, database)
            say(f"  in one process (test client), {options.requests} requests per page, best of 3 rounds…")
            local = in_process(env, data_dir, pages, options.requests)
    finally:
        if kind == "postgres":
            postgres_recreate(database_url, drop_only=True)
    return report(label, pages, runs, local, notes, options)


def report(label: str, pages: dict, runs: list[Run], local: dict, notes: list[str], options) -> bool:
    figures = {name: server_figures(runs, name) for name in pages}
    static_cpu = figures["static file"]["cpu_ms"]
    static_local = local["static file"]
    say()
    say(
        f"{label}: {options.connections} connections, {options.rounds} rounds × {options.duration:g} s per page"
    )
    say(
        f"{'page':<24}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'CPU ms':>9}{'× static':>10}"
        f"{'1 proc ms':>11}{'× static':>10}  goal"
    )
    all_ok = True
    for name, (_path, _status, goal) in pages.items():
        row = figures[name]
        ratio = row["cpu_ms"] / static_cpu
        local_ratio = local[name] / static_local
        verdict = ""
        if goal is not None:
            ok = ratio <= goal
            all_ok &= ok
            verdict = f"≤ {goal}× {'ok' if ok else 'NO'}"
        flags = ""
        if row["unexpected"] or row["socket_errors"]:
            flags = f"  ({row['unexpected']} unexpected status, {row['socket_errors']} socket errors)"
            all_ok = False
        say(
            f"{name:<24}{row['rps']:>8.0f}{row['p50']:>9.1f}{row['p99']:>9.1f}{row['cpu_ms']:>9.2f}"
            f"{ratio:>9.1f}×{local[name]:>11.2f}{local_ratio:>9.1f}×  {verdict}{flags}"
        )
    busiest = max(row["other"] for row in figures.values())
    say(f"other work on the machine during the runs: up to {busiest:.2f} cores")
    for note in notes:
        say(f"  {note}")
    return all_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="sqlite")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES_URL)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--duration", type=float, default=4.0, help="seconds per page and round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--warmup", type=float, default=2.0)
    parser.add_argument("--workers", type=int, default=0, help="server workers (default: one per core)")
    parser.add_argument("--requests", type=int, default=200, help="in-process requests per page and round")
    parser.add_argument("--quiet-wait", type=float, default=120.0)
    options = parser.parse_args(argv)
    ensure_wrk()
    load = os.getloadavg()
    say(
        f"Concertons bench/pages — {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    say(f"load average at start: {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}")
    wait_for_quiet(options.quiet_wait)
    kinds = ["sqlite", "postgres"] if options.db == "both" else [options.db]
    ok = all([bench_database(kind, options) for kind in kinds])
    load = os.getloadavg()
    say(f"load average at end: {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}")
    say("ALL GOALS MET" if ok else "GOALS MISSED")
    return 0 if ok else 1
