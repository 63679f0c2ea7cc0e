"""bench/dashboard: both dashboards on a big campaign through the real server, against direct GROUP BY queries.

The campaign and département dashboards, and the same figures computed per request by plain GROUP BY
queries, measured in the same run.

For each database (SQLite in a temporary folder, and/or a fresh PostgreSQL database):
  1. `concertons migrate`, `createcachetable` and `demo` with the production settings;
  2. bulk load of the demo campaign (bench/dashboard/fill.py): confirmed signatures, published testimonies
     and their field counts, timed;
  3. the published figures computed once, as the worker does (signatures_snapshot_refresh and
     constats_snapshot_take): the cost moved off the request path, timed, with its peak memory;
  4. the baseline, in one process: each page's figures by plain GROUP BY queries, N times (p50/p99);
  5. `concertons serve` (granian, WSGI, production settings) on a free port of 127.0.0.1; wrk GETs
     each page (warm-up, then measured runs at --connections, then one connection alone);
  6. optionally (--profile) each page in one process under cProfile, with its SQL statements timed alone.
Prints req/s, p50, p99 of both pages and of the direct queries, their ratio, and whether the goals are met.
"""

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from bench.dashboard.steps import PROTOTYPE_INDEX
from bench.signatures.run import (
    ROOT,
    CpuSample,
    CpuShare,
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

SETTINGS = "bench.dashboard.settings"  # production, static files collected in the temporary folder
PROTOTYPE_SETTINGS = "bench.dashboard.settings_cached"  # the same plus the prototype (--prototype)
GET_SCRIPT = Path(__file__).with_name("get.lua")
CAMPAIGN = "appel"
DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/concertons_bench_dashboard"
GOAL_P50_MS = 50.0
GOAL_P99_MS = 200.0
GOAL_SPEEDUP = 10.0
WARMUP_TRIES = 4
WARMED_MAX_US = 1_000_000
PAGE_LABELS = {"campaign": "campaign dashboard", "departement": "département dashboard"}


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (with 20 runs, p99 is the slowest one)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), -(-len(ordered) * p // 100)))
    return ordered[int(rank) - 1]


def run_get(
    *,
    port: int,
    path: str,
    page: str,
    name: str,
    seconds: float,
    connections: int,
    server_pid: int,
    database: str | None,
    workdir: Path,
    measured: bool,
    expect: int = 200,
) -> Run:
    out = workdir / f"{name}.json"
    env = {**os.environ, "BENCH_RUN": name, "BENCH_EXPECT": str(expect), "BENCH_OUT": str(out)}
    command = [
        "wrk",
        f"--threads={min(connections, 2)}",
        f"--connections={connections}",
        f"--duration={max(1, round(seconds))}s",
        "--timeout=10s",
        f"--script={GET_SCRIPT}",
        f"http://127.0.0.1:{port}{path}",
    ]
    before = CpuSample.take(server_pid, database)
    completed = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=seconds + 60, check=False
    )
    after = CpuSample.take(server_pid, database)
    if completed.returncode != 0 or not out.exists():
        raise RuntimeError(f"wrk failed ({completed.returncode}): {completed.stdout}\n{completed.stderr}")
    return Run(name, page, measured, json.loads(out.read_text()), CpuShare.between(before, after))


def step(
    name: str, env: dict, workdir: Path, *args: str, timeout: float, module: str = "bench.dashboard.steps"
) -> dict:
    """Run one Django step (bench/dashboard/steps.py) against the bench database; its JSON result."""
    out = workdir / f"step-{name}.json"
    command = [sys.executable, "-m", module, name, "--out", str(out), *args]
    done = subprocess.run(command, env=env, cwd=ROOT, timeout=timeout, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"step {name} failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(out.read_text())


@dataclass
class PageFigures:
    rps: float
    p50: float
    p99: float
    worst: float
    non_2xx: int
    socket_errors: int
    cpu_ms: float
    other: float


@dataclass
class Outcome:
    label: str
    kind: str
    load: dict = field(default_factory=dict)
    snapshots: dict = field(default_factory=dict)
    direct: dict = field(default_factory=dict)
    runs: list[Run] = field(default_factory=list)
    prototype_runs: list[Run] = field(default_factory=list)
    prototype: dict = field(default_factory=dict)  # the prototype index: creation time, plans, quotes
    pages: dict = field(default_factory=dict)  # variant -> page -> {"bytes", "svgs"}
    profile: dict = field(default_factory=dict)
    server_notes: list[str] = field(default_factory=list)
    skipped: str = ""


def page_paths(departement: str) -> dict[str, str]:
    return {
        "campaign": f"/{CAMPAIGN}/tableau-de-bord/",
        "departement": f"/{CAMPAIGN}/tableau-de-bord/{departement}/",
    }


def bench_database(kind: str, options: argparse.Namespace) -> Outcome:
    database_url = options.postgres_url if kind == "postgres" else None
    if kind == "postgres":
        try:
            postgres_recreate(database_url)
            label = f"PostgreSQL {postgres_version(database_url)} ({urlsplit(database_url).hostname})"
        except Exception as error:  # noqa: BLE001 — reported, then the other database goes on
            return Outcome(label="PostgreSQL", kind=kind, skipped=f"PostgreSQL unreachable: {error}")
    else:
        label = "SQLite (WAL, synchronous=NORMAL)"
    outcome = Outcome(label=label, kind=kind)
    say(f"== {label} ==")
    try:
        with tempfile.TemporaryDirectory(prefix=f"concertons-dashboard-{kind}-") as tmp:
            data_dir = Path(tmp)
            env = bench_env(data_dir, database_url)
            env.update(DJANGO_SETTINGS_MODULE=SETTINGS, BENCH_STATIC_ROOT=str(data_dir / "static"))
            prepare(env, collectstatic=True)
            say(f"  loading {options.signatures:,} signatures and {options.testimonies:,} testimonies…")
            outcome.load = step(
                "load", env, data_dir, "--signatures", str(options.signatures), "--testimonies",
                str(options.testimonies), timeout=options.load_timeout,
            )  # fmt: skip
            report_load(outcome.load)
            say("  computing the published figures once (the worker's job)…")
            outcome.snapshots = step("snapshots", env, data_dir, timeout=options.load_timeout)
            report_snapshots(outcome.snapshots)
            say(f"  timing the direct GROUP BY queries ({options.direct_runs} runs per page at most)…")
            outcome.direct = step(
                "direct", env, data_dir, "--departement", options.departement, "--runs", str(options.direct_runs),
                "--budget", str(options.direct_budget), timeout=options.direct_budget * 4 + 600,
            )  # fmt: skip
            outcome.runs = serve(outcome, env, data_dir, options, variant="product")
            if options.profile:
                say("  profiling both pages in one process (cProfile)…")
                outcome.profile = step(
                    "profile", env, data_dir, "--departement", options.departement, "--requests", "20",
                    timeout=900,
                )  # fmt: skip
            if options.prototype:
                say("  the prototype: an index for the latest testimonies, charts kept per server process…")
                outcome.prototype = step(
                    "prototype_index", env, data_dir, "--departement", options.departement, timeout=900
                )
                outcome.prototype_runs = serve(outcome, env, data_dir, options, variant="prototype")
    finally:
        if kind == "postgres" and not options.keep_postgres:
            postgres_recreate(database_url, drop_only=True)
    return outcome


def prepare(env: dict, *, collectstatic: bool) -> None:
    """Tables, the cache table (see bench/signatures), the demo campaign and, for the server, static files."""
    commands = [("migrate", "--noinput", "-v", "0"), ("createcachetable",), ("demo",)]
    if collectstatic:
        commands.append(("collectstatic", "--noinput", "-v", "0"))
    for command in commands:
        done = subprocess.run(
            concertons(*command), env=env, cwd=ROOT, timeout=600, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise RuntimeError(f"concertons {' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")


def serve(
    outcome: Outcome, env: dict, data_dir: Path, options: argparse.Namespace, *, variant: str
) -> list[Run]:
    """Start `concertons serve` and drive both pages with wrk; `variant` "prototype" loads the bench-only
    chart cache (bench/dashboard/cachedcharts). Returns the runs, warm-ups and 1-connection runs included."""
    database = urlsplit(env["DATABASE_URL"]).path.lstrip("/") if "DATABASE_URL" in env else None
    if variant == "prototype":
        env = {**env, "DJANGO_SETTINGS_MODULE": PROTOTYPE_SETTINGS}
    port = free_port()
    log = data_dir / f"server-{variant}.log"
    command = ["serve", "--port", str(port)]
    if options.workers:
        command += ["--workers", str(options.workers)]
    if options.threads:
        command += ["--threads", str(options.threads)]
    runs: list[Run] = []
    with log.open("wb") as sink:
        server = subprocess.Popen(
            concertons(*command),
            env=env,
            cwd=ROOT,
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        wait_healthy(port, server, log, timeout=300)  # 2 workers import spaCy: slow on a busy machine
        paths = page_paths(options.departement)
        for page, path in paths.items():
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=60) as response:
                    body = response.read()
            except urllib.error.HTTPError as error:
                tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:])
                raise RuntimeError(
                    f"{path} answered {error.code}; the server's log ends with:\n{tail}"
                ) from error
            outcome.pages.setdefault(variant, {})[page] = {"bytes": len(body), "svgs": body.count(b"<svg")}
        common = {"port": port, "server_pid": server.pid, "workdir": data_dir, "database": database}
        prefix = f"{outcome.kind}-{variant}"
        for page, path in paths.items():
            for attempt in range(1, WARMUP_TRIES + 1):
                warm = run_get(
                    path=path, page=page, name=f"{prefix}-{page}-warm{attempt}", seconds=options.warmup,
                    connections=options.connections, measured=False, **common,
                )  # fmt: skip
                runs.append(warm)
                if warm.data["requests"] and warm.data["latency_us"]["max"] < WARMED_MAX_US:
                    break
        per_run = options.duration / options.rounds
        for index in range(options.rounds):
            order = list(paths) if index % 2 == 0 else list(reversed(paths))  # ABBA: drift cancels out
            for page in order:
                say(
                    f"  wrk ({variant}): {PAGE_LABELS[page]}, {options.connections} connections, {per_run:g} s…"
                )
                runs.append(
                    run_get(
                        path=paths[page],
                        page=page,
                        name=f"{prefix}-{page}-r{index + 1}",
                        seconds=per_run,
                        connections=options.connections,
                        measured=True,
                        **common,
                    )  # fmt: skip
                )
        if options.single:
            for page, path in paths.items():
                runs.append(
                    run_get(
                        path=path,
                        page=page,
                        name=f"{prefix}-{page}-single",
                        seconds=options.single,
                        connections=1,
                        measured=False,
                        **common,
                    )  # fmt: skip
                )
    finally:
        stop(server)
    server_log = log.read_text(errors="replace")
    if variant == "product":
        outcome.server_notes += [
            line for line in server_log.splitlines() if line.startswith(("Concertons :", "  processus"))
        ]
    for needle in ("Traceback", "ERROR"):
        if count := server_log.count(needle):
            outcome.server_notes.append(f"{variant} server log: {count} × {needle!r}")
    return runs


# Report -------------------------------------------------------------------------------------------------


def report_load(load: dict) -> None:
    for item in load["loads"]:
        rate = item["rows"] / item["seconds"] if item["seconds"] else 0
        say(
            f"    {item['table']:<28}{item['rows']:>11,} rows in {item['seconds']:7.1f} s ({rate:,.0f} rows/s), "
            f"of which {item.get('indexes_s', 0):.1f} s to create its {item.get('indexes', 0)} secondary indexes again"
        )
    facts = load["facts"]
    testimonies = load["loads"][1]["rows"] or 1
    say(
        f"    load total {load['total_s']:.1f} s (VACUUM ANALYZE {load['analyze_s']:.1f} s); database "
        f"{load['database_mib']:,.0f} MiB; loader peak memory {load['peak_rss_mib']:,.0f} MiB; testimonies with "
        f"a text {facts['texts'] / testimonies:.0%}, mean length {facts['text_chars'] / max(facts['texts'], 1):,.0f} "
        f"characters, {facts['themes'] / testimonies:.2f} themes each"
    )


def report_snapshots(snapshots: dict) -> None:
    total = sum(item["seconds"] for item in snapshots.values())
    for name, item in snapshots.items():
        say(
            f"    {name} snapshot: {item['seconds']:6.1f} s, {item['json_kib']:,.0f} KiB of JSON; process peak "
            f"memory {item['peak_rss_before_mib']:,.0f} → {item['peak_rss_mib']:,.0f} MiB"
        )
    say(f"    both: {total:.1f} s of worker time, off the request path")


def page_figures(runs: list[Run]) -> PageFigures:
    seconds = sum(run.seconds for run in runs)
    requests = sum(run.data["requests"] for run in runs)
    cpu_seconds = sum((run.cpu.server + run.cpu.postgres) * run.cpu.seconds for run in runs)
    return PageFigures(
        rps=requests / seconds,
        p50=merged_quantile_ms(runs, 50),
        p99=merged_quantile_ms(runs, 99),
        worst=max(run.data["latency_us"]["max"] for run in runs) / 1000,
        non_2xx=sum(run.non_2xx for run in runs),
        socket_errors=sum(run.socket_errors for run in runs),
        cpu_ms=cpu_seconds / max(requests, 1) * 1000,
        other=sum(run.cpu.other * run.cpu.seconds for run in runs)
        / max(sum(run.cpu.seconds for run in runs), 1e-9),
    )


def _row(title: str, figures: PageFigures) -> None:
    say(
        f"  {title:<46}{figures.rps:>8.1f}{figures.p50:>9.1f}{figures.p99:>9.1f}{figures.worst:>9.1f}"
        f"{figures.non_2xx + figures.socket_errors:>8}{figures.cpu_ms:>12.1f}"
    )


def report(outcome: Outcome, options: argparse.Namespace) -> dict[str, bool]:
    """Prints the database's figures; returns each goal's verdict (the product's, not the prototype's)."""
    say(f"== {outcome.label}: results ==")
    if outcome.skipped:
        say(f"SKIPPED: {outcome.skipped}")
        return {"ran": False}
    for note in outcome.server_notes:
        say(f"  {note.strip()}")
    loads = outcome.load["loads"]
    say(
        f"  size: {loads[0]['rows']:,} confirmed signatures, {loads[1]['rows']:,} published testimonies, "
        f"{loads[2]['rows']:,} field counts; département page: {options.departement}"
    )
    for variant, pages in outcome.pages.items():
        for page, facts in pages.items():
            say(
                f"  {PAGE_LABELS[page]} ({variant}): {facts['bytes'] / 1024:,.0f} KiB of HTML, {facts['svgs']} SVG charts"
            )
    say("  per wrk run:")
    say(
        f"    {'run':<46}{'s':>6}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}"
        f"{'server':>8}{'pg':>6}{'wrk':>6}{'other':>7}  (CPU: cores used, of {os.cpu_count()})"
    )
    for run in outcome.runs + outcome.prototype_runs:
        tag = run.name if run.measured else f"{run.name} ({'warm-up' if 'warm' in run.name else '1 conn.'})"
        say(
            f"    {tag:<46}{run.seconds:>6.1f}{run.data['requests'] / run.seconds:>8.1f}"
            f"{run.quantile_ms(50):>9.1f}{run.quantile_ms(99):>9.1f}{run.non_2xx + run.socket_errors:>8}"
            f"{run.cpu.server:>8.2f}{run.cpu.postgres:>6.2f}{run.cpu.client:>6.2f}{run.cpu.other:>7.2f}"
        )
    verdicts: dict[str, bool] = {"ran": True}
    cores = min(os.cpu_count() or 1, options.workers or os.cpu_count() or 1)
    say(f"  {'':<46}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}{'CPU ms/req':>12}")
    for page in ("campaign", "departement"):
        variants = {"server": outcome.runs, "prototype": outcome.prototype_runs}
        served, alone_p50 = None, {}
        for variant, runs in variants.items():
            measured = [run for run in runs if run.endpoint == page and run.measured]
            single = [run for run in runs if run.endpoint == page and run.name.endswith("-single")]
            if not measured:
                continue
            figures = page_figures(measured)
            served = served or figures
            _row(f"{PAGE_LABELS[page]}, {variant}, {options.connections} conn.", figures)
            if single:
                alone = page_figures(single)
                alone_p50[variant] = alone.p50
                _row(f"{PAGE_LABELS[page]}, {variant}, 1 conn.", alone)
            if figures.other > 0.25:
                say(f"    (other processes used {figures.other:.2f} cores during these runs: figures skewed)")
        totals = outcome.direct[page]["totals_ms"]
        d50, d99 = percentile(totals, 50), percentile(totals, 99)
        title = f"{PAGE_LABELS[page]}, direct GROUP BY, 1 thread"
        say(
            f"  {title:<46}{1000 / (sum(totals) / len(totals)):>8.2f}{d50:>9.1f}{d99:>9.1f}{max(totals):>9.1f}"
            f"{'':>8}{'':>12}   ({len(totals)} runs)"
        )
        for name, ms in outcome.direct[page]["per_query_p50_ms"].items():
            say(f"      {name:<48}{ms:>9.1f} ms (p50)")
        speedup = d50 / served.p50
        ok_p50, ok_p99, ok_speed = served.p50 < GOAL_P50_MS, served.p99 < GOAL_P99_MS, speedup >= GOAL_SPEEDUP
        say(
            f"  => {PAGE_LABELS[page]}: p50 {served.p50:.1f} ms (goal < {GOAL_P50_MS:.0f}: {verdict(ok_p50)}), "
            f"p99 {served.p99:.1f} ms (goal < {GOAL_P99_MS:.0f}: {verdict(ok_p99)}), direct p50 / server p50 = "
            f"{speedup:.1f}× (goal ≥ {GOAL_SPEEDUP:.0f}×: {verdict(ok_speed)}); direct p99 / server p99 = "
            f"{d99 / served.p99:.1f}×"
        )
        if alone_p50:
            say(
                "     direct p50 / 1-connection p50 (no queueing): "
                + ", ".join(f"{variant} {d50 / p50:.1f}×" for variant, p50 in alone_p50.items())
            )
        say(
            f"     CPU-bound floor: {options.connections} clients × {served.cpu_ms:.1f} ms of CPU per request / "
            f"{cores} cores ≈ {options.connections * served.cpu_ms / cores:.0f} ms p50 on an otherwise idle machine; "
            f"p50 < {GOAL_P50_MS:.0f} ms needs ≤ {GOAL_P50_MS * cores / options.connections:.1f} ms of CPU per request"
        )
        verdicts[f"{page} p50"], verdicts[f"{page} p99"], verdicts[f"{page} 10×"] = ok_p50, ok_p99, ok_speed
    if outcome.prototype:
        index = outcome.prototype
        say(
            f"  prototype (bench only, not the product): index {PROTOTYPE_INDEX} created in "
            f"{index['created_s']:.1f} s; the quotes query then takes "
            + ", ".join(f"{ms:.2f} ms ({PAGE_LABELS[page]})" for page, ms in index["quotes_ms"].items())
        )
        for page, plan in index["plans"].items():
            say(f"    plan of the {PAGE_LABELS[page]}'s quotes with it: " + " | ".join(plan.splitlines()))
    if outcome.profile:
        report_profile(outcome.profile)
    return verdicts


def report_profile(profile: dict) -> None:
    for page, item in profile.items():
        total = sum(query["ms"] for query in item["queries"])
        say(
            f"  profile of the {PAGE_LABELS[page]} ({item['path']}), one thread, Django test client: p50 "
            f"{item['one_thread_p50_ms']:.1f} ms; {len(item['queries'])} SQL statements, {total:.1f} ms when "
            f"replayed alone:"
        )
        for query in item["queries"]:
            say(f"      {query['ms']:8.2f} ms  {query['sql']}")
        if "parts_ms" in item:
            say("    the view's parts, each called alone (median ms):")
            counted = 0.0
            for name, ms in item["parts_ms"].items():
                say(f"      {ms:8.2f} ms  {name}")
                counted += 0 if name.startswith(" ") or name.startswith("template:") else ms
            rest = item["one_thread_p50_ms"] - counted
            if rest > 0:
                say(
                    f"      {rest:8.2f} ms  the rest: middleware, template rendering (chart tables, 101 <option>s, "
                    f"quotes), response"
                )
            else:
                say("      (the parts timed alone add up to more than the whole: the machine's load varied)")
        if "shell_p50_ms" in item:
            say(
                f"    the same page with no chart and no quote (patched out): {item['shell_p50_ms']:.1f} ms, "
                f"the floor if charts, tables and quotes came from a cache"
            )
        say("    cProfile (20 requests):")
        for line in item["profile"].splitlines():
            if line.strip() and not line.lstrip().startswith(("Ordered by", "List reduced")):
                say(f"      {line.replace(str(ROOT) + '/', '')}")


def verdict(ok: bool) -> str:
    return "MET" if ok else "MISSED"


# Entry point --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dashboard", description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--signatures", type=int, default=1_000_000)
    parser.add_argument("--testimonies", type=int, default=200_000)
    parser.add_argument(
        "--departement", default="59", help="the département page measured (default 59, Nord)"
    )
    parser.add_argument("--duration", type=float, default=15, help="measured seconds per page (default 15)")
    parser.add_argument("--rounds", type=int, default=1, help="alternating runs the duration is split in")
    parser.add_argument("--warmup", type=float, default=5, help="warm-up seconds per page (default 5)")
    parser.add_argument(
        "--single", type=float, default=5, help="seconds per page with 1 connection (0: none)"
    )
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=0, help="granian workers (default: serve's)")
    parser.add_argument("--threads", type=int, default=0, help="threads per worker (default: serve's)")
    parser.add_argument("--direct-runs", type=int, default=20, help="runs of each page's direct queries")
    parser.add_argument(
        "--direct-budget", type=float, default=90, help="seconds per page for the direct queries (min 3 runs)"
    )
    parser.add_argument(
        "--load-timeout", type=float, default=3600, help="limit for the load and the snapshots"
    )
    parser.add_argument("--profile", action="store_true", help="also profile both pages in one process")
    parser.add_argument(
        "--prototype",
        action="store_true",
        help="also measure the bench-only prototype of the recommended change (charts kept per process)",
    )
    parser.add_argument(
        "--postgres-url", default=os.environ.get("BENCH_DASHBOARD_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    parser.add_argument(
        "--keep-postgres", action="store_true", help="do not drop the bench database at the end"
    )
    parser.add_argument(
        "--wait-quiet", type=float, default=120, help="wait at most this long for a quiet machine"
    )
    options = parser.parse_args(argv)
    if not 0 < options.duration <= 600 or options.warmup > 60 or options.single > 60 or options.rounds < 1:
        parser.error("--duration must be in (0, 600], --warmup and --single at most 60, --rounds at least 1")
    if options.signatures < 0 or options.testimonies < 0 or options.connections < 1:
        parser.error("sizes must be positive, --connections at least 1")
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # SIGTERM stops the server too (finally)
    ensure_wrk()
    wrk_version = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    import django
    import granian

    from concertons.core.management.commands.serve import DEFAULT_THREADS, cpu_count

    say(
        "bench/dashboard — campaign and département dashboards (pre-computed snapshots) vs direct GROUP BY queries"
    )
    say(
        f"  machine: {os.cpu_count()} CPUs, load average before: {os.getloadavg()[0]:.2f}; Python "
        f"{platform.python_version()}, Django {django.get_version()}, granian {granian.__version__}, "
        f"{wrk_version.split('[')[0].strip()}"
    )
    say(
        f"  server: concertons serve, {options.workers or cpu_count()} workers × {options.threads or DEFAULT_THREADS} "
        f"threads, {SETTINGS}; client: wrk, {options.connections} keep-alive connections, GET, same machine"
    )
    say(
        f"  goals: p50 < {GOAL_P50_MS:.0f} ms and p99 < {GOAL_P99_MS:.0f} ms at {options.connections} connections, "
        f"server p50 at least {GOAL_SPEEDUP:.0f}× below the direct queries' p50, for both pages"
    )
    say()
    kinds = ["sqlite", "postgres"] if options.db == "both" else [options.db]
    verdicts = {}
    started = time.monotonic()
    for kind in kinds:
        wait_for_quiet(options.wait_quiet)
        outcome = bench_database(kind, options)
        verdicts[kind] = report(outcome, options)
        say()
    say(f"summary ({time.monotonic() - started:.0f} s in all):")
    all_met = True
    for kind, found in verdicts.items():
        if not found.get("ran"):
            say(f"  {kind}: not run")
            all_met = False
            continue
        missed = [goal for goal, ok in found.items() if goal != "ran" and not ok]
        all_met = all_met and not missed
        say(f"  {kind}: {'every goal MET' if not missed else 'MISSED: ' + ', '.join(missed)}")
    say(f"goals {'met on every database' if all_met else 'NOT all met'}")
    return 0
