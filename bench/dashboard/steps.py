"""The bench's steps that need Django, each run in its own process against the bench database (the
runner passes DJANGO_SETTINGS_MODULE, DATABASE_URL or CONCERTONS_DATA_DIR): each writes a JSON file.

  load       fill the demo campaign with confirmed signatures, published testimonies and field counts
  snapshots  compute the published figures once (the worker's job), timed, with this process's peak memory
  direct     time the baseline: each page's figures by direct GROUP BY queries, in this process
  profile    each page through Django's test client, in this process: its SQL and where the time goes
  prototype_index  the index of the prototype (--prototype), created in the bench database, with the plans
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import statistics
import sys
import time
from pathlib import Path

CAMPAIGN = "appel"


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def database_size_mib() -> float:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_database_size(current_database())")
            return cursor.fetchone()[0] / 2**20
        cursor.execute("PRAGMA page_count")
        pages = cursor.fetchone()[0]
        cursor.execute("PRAGMA page_size")
        return pages * cursor.fetchone()[0] / 2**20


def campaign():
    from concertons.campaigns.models import Campaign

    return Campaign.objects.get(slug=CAMPAIGN)


def step_load(options) -> dict:
    from bench.dashboard import fill

    fill.loading_pragmas()
    target = campaign()
    started = time.monotonic()
    signatures = fill.signatures_load(campaign=target, count=options.signatures, seed=options.seed)
    testimonies, counts, facts = fill.testimonies_load(
        campaign=target, count=options.testimonies, seed=options.seed + 1
    )
    analyze = fill.analyze()
    return {
        "loads": [vars(load) for load in (signatures, testimonies, counts)],
        "analyze_s": analyze,
        "total_s": time.monotonic() - started,
        "facts": facts,
        "database_mib": database_size_mib(),
        "peak_rss_mib": peak_rss_mib(),
    }


def step_snapshots(options) -> dict:
    from concertons.publication.services import snapshots

    target = campaign()
    result = {}
    for name, compute in (
        ("signatures", snapshots.signatures_snapshot_refresh),
        ("constats", snapshots.constats_snapshot_take),
    ):
        before = peak_rss_mib()
        started = time.monotonic()
        snapshot = compute(campaign=target)
        result[name] = {
            "seconds": time.monotonic() - started,
            "json_kib": len(json.dumps(snapshot.data)) / 1024,
            "peak_rss_mib": peak_rss_mib(),
            "peak_rss_before_mib": before,
        }
    return result


def step_direct(options) -> dict:
    from bench.dashboard import direct

    target = campaign()
    return {
        "campaign": direct.time_page(
            direct.campaign_queries(target.pk), runs=options.runs, budget=options.budget
        ),
        "departement": direct.time_page(
            direct.departement_queries(target.pk, options.departement),
            runs=options.runs,
            budget=options.budget,
        ),
    }


def step_profile(options) -> dict:
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    result = {}
    pages = {
        "campaign": f"/{CAMPAIGN}/tableau-de-bord/",
        "departement": f"/{CAMPAIGN}/tableau-de-bord/{options.departement}/",
    }
    for page, path in pages.items():
        for _ in range(2):  # warm: templates, translations, the map's geometry
            assert client.get(path).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        queries = []
        for query in captured.captured_queries:
            began = time.perf_counter()
            with connection.cursor() as cursor:  # the same statement again, timed alone
                cursor.execute(query["sql"])
                cursor.fetchall()
            queries.append({"ms": (time.perf_counter() - began) * 1000, "sql": query["sql"][:220]})
        times = []
        profiler = cProfile.Profile()
        for _ in range(options.requests):
            began = time.perf_counter()
            profiler.enable()
            response = client.get(path)
            profiler.disable()
            times.append((time.perf_counter() - began) * 1000)
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text)
        stats.sort_stats("cumulative").print_stats(r"concertons/(publication|core)", 18)
        stats.sort_stats("tottime").print_stats(12)
        plain = _timed(lambda: client.get(path), options.requests)  # noqa: B023 — called at once
        result[page] = {
            "path": path,
            "bytes": len(response.content),
            "one_thread_p50_ms": plain,
            "shell_p50_ms": _shell(client, path, options.requests),
            "profiled_p50_ms": statistics.median(times),
            "parts_ms": view_parts(page, options.departement, options.requests),
            "queries": queries,
            "profile": text.getvalue(),
        }
    return result


def _timed(call, runs: int) -> float:
    """Median milliseconds of `runs` calls."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        call()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _shell(client, path: str, runs: int) -> float:
    """The page with no chart and no quote (both patched out for the time of the measure): what a request
    would still cost if the charts, the indicator table and the quotes were served from a cache."""
    from unittest import mock

    from concertons.publication import selectors, views

    with (
        mock.patch.object(views, "campaign_charts", lambda campaign, figures: []),
        mock.patch.object(views, "departement_charts", lambda campaign, figures, code: ([], ([], []))),
        mock.patch.object(selectors, "quotes", lambda **kwargs: []),
    ):
        client.get(path)
        return _timed(lambda: client.get(path), runs)


def view_parts(page: str, code: str, runs: int) -> dict[str, float]:
    """Median time of each part of the view, called one by one as the view calls them (no profiler)."""
    from django.template.loader import render_to_string

    from concertons.campaigns import selectors as campaign_selectors
    from concertons.geo import departements
    from concertons.publication import presenters, selectors, views

    target = campaign_selectors.campaign_public_get(slug=CAMPAIGN)
    figures = selectors.figures(campaign=target)
    parts = {
        "campaign row (campaign_public_get)": lambda: campaign_selectors.campaign_public_get(slug=CAMPAIGN),
        "figures: 2 snapshot rows + JSON decoding": lambda: selectors.figures(campaign=target),
        "departements.choices() (the 101-option select)": departements.choices,
    }
    if page == "campaign":
        parts["charts: campaign_charts (2 maps, 3 bar/line charts)"] = lambda: views.campaign_charts(
            target, figures
        )
        parts["  of which vacant_posts_map (map + indicator_table)"] = lambda: presenters.vacant_posts_map(
            figures.constats, target
        )
        parts["  of which indicator_table alone"] = lambda: presenters.indicator_table(figures.constats)
        parts["  of which signatures_map"] = lambda: presenters.signatures_map(figures.signatures, target)
        parts["quotes (3 latest testimonies)"] = lambda: selectors.quotes(campaign=target)
    else:
        parts["charts: departement_charts (1 map, 3 bar charts, indicator row)"] = lambda: (
            views.departement_charts(target, figures, code)
        )
        parts["  of which signatures_map"] = lambda: presenters.signatures_map(
            figures.signatures, target, highlight=code
        )
        parts["quotes (10 latest testimonies there)"] = lambda: selectors.quotes(
            campaign=target, departement=code, limit=10
        )
    charts = (
        views.campaign_charts(target, figures)
        if page == "campaign"
        else views.departement_charts(target, figures, code)[0]
    )
    parts["template: the charts through publication/chart.html (in 'the rest')"] = lambda: [
        render_to_string("publication/chart.html", {"chart": chart, "csv_url": "/x.csv"}) for chart in charts
    ]
    timed = {}
    for name, call in parts.items():
        call()
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            call()
            times.append((time.perf_counter() - began) * 1000)
        timed[name] = statistics.median(times)
    return timed


PROTOTYPE_INDEX = "bench_testimony_latest"


def step_prototype_index(options) -> dict:
    """The index the prototype adds (in the bench database only): published testimonies of a campaign in
    the order the wall and the dashboards quote them, so "the 3 latest" stops after 3 rows."""
    from django.db import connection

    from concertons.publication import selectors
    from concertons.testimonies.models import Testimony

    table = connection.ops.quote_name(Testimony._meta.db_table)
    started = time.monotonic()
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE INDEX {PROTOTYPE_INDEX} ON {table} (campaign_id, status, published_on DESC, public_id)"
        )
        if connection.vendor == "postgresql":
            cursor.execute(f"ANALYZE {table}")
    created = time.monotonic() - started
    target = campaign()
    plans = {}
    for page, queryset in (
        ("campaign", Testimony.objects.published().filter(campaign=target).exclude(masked_text="")),
        (
            "departement",
            Testimony.objects.published()
            .filter(campaign=target, departement=options.departement)
            .exclude(masked_text=""),
        ),
    ):
        limit = 3 if page == "campaign" else 10
        plans[page] = queryset.order_by("-published_on", "public_id")[:limit].explain()
    times = {}
    for page, call in (
        ("campaign", lambda: selectors.quotes(campaign=target)),
        ("departement", lambda: selectors.quotes(campaign=target, departement=options.departement, limit=10)),
    ):
        call()
        runs = []
        for _ in range(10):
            began = time.perf_counter()
            call()
            runs.append((time.perf_counter() - began) * 1000)
        times[page] = statistics.median(runs)
    return {"created_s": created, "plans": plans, "quotes_ms": times}


STEPS = {
    "load": step_load,
    "snapshots": step_snapshots,
    "direct": step_direct,
    "profile": step_profile,
    "prototype_index": step_prototype_index,
}


def main(
    argv: list[str] | None = None, steps: dict | None = None, prog: str = "bench.dashboard.steps"
) -> int:
    steps = steps or STEPS
    parser = argparse.ArgumentParser(prog=f"python -m {prog}")
    parser.add_argument("step", choices=list(steps))
    parser.add_argument("--out", required=True)
    parser.add_argument("--signatures", type=int, default=0)
    parser.add_argument("--testimonies", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--departement", default="59")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--budget", type=float, default=60)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--background-signatures", type=int, default=0)
    parser.add_argument("--background-testimonies", type=int, default=0)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--variants", action="store_true")
    parser.add_argument("--pdf", default="")
    options = parser.parse_args(argv)
    if not os.environ.get("DJANGO_SETTINGS_MODULE"):
        raise SystemExit("run by bench.dashboard or bench.report, which set the settings and the database")
    import django

    django.setup()
    result = steps[options.step](options)
    Path(options.out).write_text(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
