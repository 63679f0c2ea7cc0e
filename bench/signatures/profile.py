"""Where the time of one signature goes, in one process and one thread, without the HTTP server or any
lock contention: `uv run python -m bench.signatures.profile [--db sqlite|postgres] [--requests N]`.

Prints the CPU time per request of both endpoints through Django's whole stack (middleware included), the SQL
statements of one signature, and cProfile's top functions for the full path.
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.signatures.run import DEFAULT_POSTGRES_URL, ENDPOINTS, bench_env, postgres_recreate


def body(n: int, tag: str) -> bytes:
    return json.dumps(
        {
            "last_name": "Martin",
            "first_name": "Camille",
            "profession": "educateur",
            "commune": "Lille",
            "departement": "59",
            "email": f"profile-{tag}-{n}@bench.example.org",
            "is_public": True,
            "consent": True,
        }
    ).encode()


# Inclusive wall time of the parts of a signature: (module, object path, label).
PARTS = [
    ("django.core.handlers.base", "BaseHandler.get_response", "whole Django stack (middleware + view)"),
    ("ninja.operation", "Operation.run", "  django-ninja operation (parse JSON body, schema, view)"),
    (
        "concertons.campaigns.selectors",
        "campaign_for_signing",
        "    campaign lookup (kept per site generation)",
    ),
    ("concertons.signatures.forms", "ApiSignatureForm.__init__", "    form construction (field deep copies)"),
    ("django.forms.forms", "BaseForm.full_clean", "    form validation (names, commune look-up)"),
    ("concertons.signatures.services", "signature_submit", "    signature_submit (transaction, commit)"),
    ("django.db.backends.base.base", "BaseDatabaseWrapper.commit", "      COMMIT"),
    ("concertons.campaigns.services", "campaign_version_current_id", "      current text version"),
    ("concertons.signatures.services", "_confirmation_write_later", "      e-mail left to the worker"),
    # Across the whole request (campaign and version look-ups; the signature's insert):
    ("django.db.models.query", "QuerySet.first", "(all ORM .first() queries of the request)"),
    ("django.db.models.query", "QuerySet.create", "(all ORM inserts of the request)"),
]


def breakdown(run_one, requests: int) -> None:
    """Wrap each part in a timer, run the signatures, print the mean inclusive time of each part."""
    import importlib

    totals: dict[str, float] = {}
    undo = []
    for module_name, path, label in PARTS:
        owner = importlib.import_module(module_name)
        *parents, attribute = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
        own = attribute in owner.__dict__
        original = getattr(owner, attribute) if not isinstance(owner, type) else owner.__dict__.get(attribute)
        if original is None:  # inherited method: time it here, remove the timer afterwards
            original = getattr(owner, attribute)
        totals[label] = 0.0

        def timed(*args, __original=original, __label=label, **kwargs):
            start = time.thread_time()
            try:
                return __original(*args, **kwargs)
            finally:
                totals[__label] += time.thread_time() - start

        setattr(owner, attribute, timed)
        undo.append((owner, attribute, original if own else None))
    start = time.thread_time()
    for n in range(1, requests + 1):
        run_one(n)
    elapsed = time.thread_time() - start
    for owner, attribute, original in reversed(undo):
        if original is None:
            delattr(owner, attribute)
        else:
            setattr(owner, attribute, original)
    print(
        f"Mean inclusive CPU time (this thread) per signature ({requests} signatures, {elapsed / requests * 1000:.2f} ms each "
        "with the timers):"
    )
    for _module, _path, label in PARTS:
        print(f"  {label:<62}{totals[label] / requests * 1000:>7.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.signatures.profile")
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL))
    options = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="concertons-profile-"))
    url = options.postgres_url if options.db == "postgres" else None
    if url:
        postgres_recreate(url)
    os.environ.clear()
    os.environ.update(bench_env(data_dir, url))

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    call_command("migrate", verbosity=0, interactive=False)
    call_command("demo", stdout=io.StringIO())
    client = Client(HTTP_HOST="127.0.0.1")

    def post(endpoint: str, n: int, tag: str) -> int:
        path, _status = ENDPOINTS[endpoint]
        return client.post(path, body(n, tag), content_type="application/json").status_code

    for endpoint in ENDPOINTS:  # warm-up: imports, commune index, templates, URL resolver
        assert post(endpoint, 0, "warm") == ENDPOINTS[endpoint][1]
    print(f"database: {connection.vendor}; one thread, no server, Django test client (middleware included)")
    for endpoint in ENDPOINTS:
        wall, cpu = time.perf_counter(), time.thread_time()
        for n in range(1, options.requests + 1):
            post(endpoint, n, "time")
        cpu = (time.thread_time() - cpu) / options.requests * 1000
        wall = (time.perf_counter() - wall) / options.requests * 1000
        print(
            f"  {endpoint}: {cpu:.2f} ms CPU ({wall:.2f} ms wall) per request, {1000 / cpu:.0f}/s on one core"
        )
    breakdown(lambda n: post("full", n, "parts"), options.requests)
    # What the request no longer does: the worker writes each confirmation e-mail (render, links, outbox).
    from concertons.signatures.services import signature_confirmations_write

    cpu = time.thread_time()
    written = signature_confirmations_write(limit=10 * options.requests)
    cpu = (time.thread_time() - cpu) / max(written, 1) * 1000
    print(f"Worker, after the requests: {cpu:.2f} ms CPU per confirmation e-mail written ({written} written)")
    with CaptureQueriesContext(connection) as queries:
        post("full", 1, "sql")
    print(f"SQL of one signature ({len(queries.captured_queries)} statements):")
    for query in queries.captured_queries:
        print(f"  {query['time']:>6}s  {query['sql'][:150]}")
    with CaptureQueriesContext(connection) as queries:
        post("bare", 1, "sql")
    print(f"SQL of one bare insert ({len(queries.captured_queries)} statements)")
    profiler = cProfile.Profile()
    profiler.enable()
    for n in range(1, options.requests + 1):
        post("full", n, "prof")
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(options.top)
    stats.sort_stats("tottime").print_stats(options.top)
    print(f"cProfile, {options.requests} signatures, by cumulative time, then by own time:")
    print(out.getvalue())
    connection.close()
    if url:
        postgres_recreate(url, drop_only=True)
    shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
