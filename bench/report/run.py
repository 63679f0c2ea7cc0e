"""bench/report: the PDF cahier of one département with 2,000 published testimonies, timed.

For each database (SQLite in a temporary folder by default, or a fresh PostgreSQL database):
  1. `concertons migrate`, `createcachetable` and `demo` with the production settings;
  2. bulk load (bench/dashboard/fill.py): --testimonies published testimonies in the département (with
     their field counts), --signatures confirmed signatures there (60% on the public list, so about 4,800
     lines at the default, near the cahier's 5,000 cap), and a background elsewhere in France;
  3. the published figures computed once (the worker's job, as before any cahier), timed apart;
  4. the cahier built --runs times in one process (reports.report_build): the first with the testimonies'
     pages laid out (none kept), each next one after a new signature, with those pages kept from the build
     before (the usual case: every new signature asks for a new cahier);
  5. the real command, `concertons report appel --departement 59 --output …`, timed from the outside
     (Python and Django start-up included): once with the testimonies' pages dropped first (as when the
     département's testimonies change), once after a new signature.
Goal: the cahier in under 10 s.
"""

import argparse
import os
import platform
import signal
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from bench.dashboard.run import CAMPAIGN, SETTINGS, prepare, step
from bench.signatures.run import (
    ROOT,
    bench_env,
    concertons,
    postgres_recreate,
    postgres_version,
    say,
    wait_for_quiet,
)

DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/concertons_bench_report"
GOAL_S = 10.0
STEPS = "bench.report.steps"


def bench_database(kind: str, options: argparse.Namespace) -> bool:
    database_url = options.postgres_url if kind == "postgres" else None
    if kind == "postgres":
        try:
            postgres_recreate(database_url)
            label = f"PostgreSQL {postgres_version(database_url)} ({urlsplit(database_url).hostname})"
        except Exception as error:  # noqa: BLE001 — reported, then the other database goes on
            say(f"== PostgreSQL: SKIPPED, unreachable: {error}")
            return False
    else:
        label = "SQLite (WAL, synchronous=NORMAL)"
    say(f"== {label} ==")
    try:
        with tempfile.TemporaryDirectory(prefix=f"concertons-report-{kind}-") as tmp:
            data_dir = Path(tmp)
            env = bench_env(data_dir, database_url)
            env.update(DJANGO_SETTINGS_MODULE=SETTINGS, BENCH_STATIC_ROOT=str(data_dir / "static"))
            prepare(env, collectstatic=False)
            load = step(
                "load", env, data_dir, "--departement", options.departement,
                "--testimonies", str(options.testimonies), "--signatures", str(options.signatures),
                "--background-testimonies", str(options.background_testimonies),
                "--background-signatures", str(options.background_signatures),
                timeout=1800, module=STEPS,
            )  # fmt: skip
            rows = {item["table"]: 0 for item in load["loads"]}
            for item in load["loads"]:
                rows[item["table"]] += item["rows"]
            facts = load["facts"]
            say(
                f"  loaded in {load['total_s']:.1f} s: "
                + ", ".join(f"{count:,} {table}" for table, count in rows.items())
                + f"; database {load['database_mib']:,.0f} MiB"
            )
            say(
                f"  département {options.departement}: {options.testimonies:,} published testimonies, "
                f"{facts['texts']:,} with a text (mean {facts['text_chars'] / max(facts['texts'], 1):,.0f} "
                f"characters, {facts['text_chars'] / 1e6:.2f} M in all); {options.signatures:,} signatures"
            )
            snapshots = step("snapshots", env, data_dir, timeout=1800, module=STEPS)
            say(
                "  published figures computed once first (the worker's job): "
                + ", ".join(f"{name} {item['seconds']:.1f} s" for name, item in snapshots.items())
            )
            pdf_path = data_dir / "cahier-inprocess.pdf"
            args = ["--departement", options.departement, "--runs", str(options.runs), "--pdf", str(pdf_path)]
            if options.profile:
                args.append("--profile")
            if options.variants:
                args.append("--variants")
            build = step("build", env, data_dir, *args, timeout=1800, module=STEPS)
            say(
                f"  the cahier shows {min(build['testimonies'], build['cap_testimonies']):,} testimonies (of "
                f"{build['testimonies']:,} with a text; cap {build['cap_testimonies']:,}) and "
                f"{min(build['signatories'], build['cap_signatories']):,} signatory lines (of "
                f"{build['signatories']:,} listed; cap {build['cap_signatories']:,})"
            )
            say(
                f"  output: {build['html_kib']:,.0f} KiB of HTML -> {build['pdf_kib']:,.0f} KiB of PDF, "
                f"{build['pages'] if build['pages'] is not None else '?'} pages; build process peak memory "
                f"{build['peak_rss_mib']:,.0f} MiB"
            )
            say(f"  {'in one process':<28}{'HTML s':>9}{'build s':>9}  testimonies' pages")
            for index, run in enumerate(build["runs"], 1):
                kept = "kept (after a new signature)" if run["testimonies_kept"] else "laid out (none kept)"
                say(f"  {'build ' + str(index):<28}{run['html_s']:>9.2f}{run['total_s']:>9.2f}  {kept}")
            laid_out = build["runs"][0]["total_s"]
            kept_runs = [run["total_s"] for run in build["runs"] if run["testimonies_kept"]]
            median = statistics.median(kept_runs) if kept_runs else None
            output = data_dir / "cahier-command.pdf"
            command = concertons(
                "report", CAMPAIGN, "--departement", options.departement, "--output", str(output)
            )
            walls = {}
            for case, before in (("laid out", "forget"), ("kept", "sign")):
                step(
                    before,
                    env,
                    data_dir,
                    "--departement",
                    options.departement,
                    "--seed",
                    "1000",
                    timeout=600,
                    module=STEPS,
                )
                started = time.monotonic()
                done = subprocess.run(command, env=env, cwd=ROOT, timeout=600, capture_output=True, text=True)
                walls[case] = time.monotonic() - started
                if done.returncode != 0:
                    raise RuntimeError(f"concertons report failed:\n{done.stdout}\n{done.stderr}")
                say(
                    f"  `concertons report {CAMPAIGN} --departement {options.departement} --output …`, testimonies' "
                    f"pages {case}: {walls[case]:.2f} s wall"
                )
                say(f"    it said: {done.stdout.strip()}")
            if options.keep_pdf:
                Path(options.keep_pdf).write_bytes(output.read_bytes())
                say(f"    PDF kept: {options.keep_pdf}")
            if "variants" in build:
                say(
                    "  where the PDF time goes: the same HTML with one part changed, built once each (WeasyPrint only)"
                )
                say(f"    {'variant':<58}{'PDF s':>8}{'pages':>7}{'HTML KiB':>10}")
                for name, item in build["variants"].items():
                    say(
                        f"    {name:<58}{item['pdf_s']:>8.2f}{item['pages'] or 0:>7}{item['html_kib']:>10,.0f}"
                    )
            if "profile" in build:
                say("  cProfile of the last build's PDF part (WeasyPrint):")
                for line in build["profile"].splitlines():
                    if line.strip() and not line.lstrip().startswith(("Ordered by", "List reduced")):
                        say(
                            f"    {line.replace(str(ROOT) + '/', '').replace('.venv/lib/python3.11/site-packages/', '')}"
                        )
            met = median is not None and median < GOAL_S and walls["kept"] < GOAL_S
            say(
                f"  => cahier after a new signature (testimonies' pages kept): median build "
                f"{median if median is not None else float('nan'):.2f} s in process, {walls['kept']:.2f} s through "
                f"the command (goal < {GOAL_S:.0f} s: {'MET' if met else 'MISSED'})"
            )
            fresh = laid_out < GOAL_S and walls["laid out"] < GOAL_S
            say(
                f"  => cahier after its testimonies changed (their pages laid out): {laid_out:.2f} s in process, "
                f"{walls['laid out']:.2f} s through the command (< {GOAL_S:.0f} s: {'yes' if fresh else 'no'})"
            )
            return met
    finally:
        if kind == "postgres" and not options.keep_postgres:
            postgres_recreate(database_url, drop_only=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.report", description=__doc__.split("\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="sqlite")
    parser.add_argument("--departement", default="59")
    parser.add_argument(
        "--testimonies", type=int, default=2000, help="published testimonies in the département"
    )
    parser.add_argument(
        "--signatures", type=int, default=8000, help="confirmed signatures in the département"
    )
    parser.add_argument("--background-testimonies", type=int, default=20_000, help="elsewhere in France")
    parser.add_argument("--background-signatures", type=int, default=100_000, help="anywhere in France")
    parser.add_argument("--runs", type=int, default=3, help="builds in one process (default 3)")
    parser.add_argument("--profile", action="store_true", help="cProfile the last build's PDF part")
    parser.add_argument(
        "--variants",
        action="store_true",
        help="also build variants of the HTML (parts taken out or restyled)",
    )
    parser.add_argument("--keep-pdf", default="", help="write the command's PDF to this path")
    parser.add_argument(
        "--postgres-url", default=os.environ.get("BENCH_REPORT_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    parser.add_argument("--keep-postgres", action="store_true")
    parser.add_argument("--wait-quiet", type=float, default=120)
    options = parser.parse_args(argv)
    if options.runs < 1 or options.runs > 20 or options.testimonies < 0 or options.signatures < 0:
        parser.error("--runs in 1..20; sizes positive")
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    import django
    import weasyprint

    say("bench/report — the PDF cahier of one département (report_build: HTML, then WeasyPrint)")
    say(
        f"  machine: {os.cpu_count()} CPUs, load average before: {os.getloadavg()[0]:.2f}; Python "
        f"{platform.python_version()}, Django {django.get_version()}, WeasyPrint {weasyprint.__version__}"
    )
    say()
    kinds = ["sqlite", "postgres"] if options.db == "both" else [options.db]
    results = {}
    for kind in kinds:
        wait_for_quiet(options.wait_quiet)
        results[kind] = bench_database(kind, options)
        say()
    say(
        "goal (cahier < 10 s) "
        + (
            "met on every database"
            if all(results.values())
            else "NOT met on: " + ", ".join(k for k, ok in results.items() if not ok)
        )
    )
    return 0
