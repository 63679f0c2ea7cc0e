"""The baseline: the figures each dashboard page shows, computed per request by plain GROUP BY queries.

No snapshot, no disclosure control, no rendering: only the aggregate queries a dashboard would run if it
computed its figures on the fly (one set per page view), results fetched into Python. The campaign page:
signatures by day, by département and by profession; testimonies by theme and by département; field-count
answers, sums by département and the median wait by département. The département page: signatures by
département (its map), by profession in the département; testimonies by theme and by service there; its
field-count answers, sums and median wait.
"""

import statistics
import time
from collections.abc import Callable

from django.db import connection
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDate

from concertons.signatures.models import Signature
from concertons.testimonies.models import FieldCount, Testimony

SUMMED = ["vacant_posts", "absences_people", "absences_days", "measures_waiting", "closures"]
MEDIAN = "measures_median_days"


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _themes_sql(departement: str | None) -> str:
    """Mentions per theme: one testimony counts once per theme it ticks (themes is a JSON list)."""
    table = _table(Testimony)
    where = "t.campaign_id = %s AND t.status = %s"
    if departement:
        where += " AND t.departement = %s"
    if connection.vendor == "postgresql":
        return (
            f"SELECT theme, COUNT(*) FROM {table} t CROSS JOIN LATERAL jsonb_array_elements_text(t.themes) "
            f"AS theme WHERE {where} GROUP BY theme"
        )
    return f"SELECT j.value, COUNT(*) FROM {table} t, json_each(t.themes) j WHERE {where} GROUP BY j.value"


def _median_sql(departement: str | None) -> str:
    """Median of the wait by département: percentile_cont on PostgreSQL, window functions on SQLite."""
    counts, testimonies = _table(FieldCount), _table(Testimony)
    where = f"t.campaign_id = %s AND t.status = %s AND c.{MEDIAN} IS NOT NULL"
    if departement:
        where += " AND t.departement = %s"
    joined = f"{counts} c JOIN {testimonies} t ON t.id = c.testimony_id"
    if connection.vendor == "postgresql":
        return (
            f"SELECT t.departement, percentile_cont(0.5) WITHIN GROUP (ORDER BY c.{MEDIAN}) FROM {joined} "
            f"WHERE {where} GROUP BY t.departement"
        )
    return (
        "SELECT departement, AVG(v) FROM ("
        f" SELECT t.departement AS departement, c.{MEDIAN} AS v,"
        f" ROW_NUMBER() OVER (PARTITION BY t.departement ORDER BY c.{MEDIAN}) AS rn,"
        f" COUNT(*) OVER (PARTITION BY t.departement) AS n FROM {joined} WHERE {where}"
        ") WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY departement"
    )


def _raw(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def campaign_queries(campaign_id: int) -> dict[str, Callable[[], object]]:
    confirmed = Signature.objects.filter(campaign_id=campaign_id, status=Signature.Status.CONFIRMED)
    published = Testimony.objects.filter(campaign_id=campaign_id, status=Testimony.Status.PUBLISHED)
    counts = FieldCount.objects.filter(
        testimony__campaign_id=campaign_id, testimony__status=Testimony.Status.PUBLISHED
    )
    sums = {f"{name}_sum": Sum(name) for name in SUMMED} | {
        f"{name}_n": Count("pk", filter=Q(**{f"{name}__isnull": False})) for name in SUMMED
    }
    return {
        "signatures by day": lambda: list(
            confirmed.annotate(day=TruncDate("confirmed_at"))
            .values("day")
            .annotate(n=Count("pk"))
            .order_by("day")
        ),
        "signatures by département": lambda: list(
            confirmed.exclude(departement="").values("departement").annotate(n=Count("pk")).order_by()
        ),
        "signatures by profession": lambda: list(
            confirmed.values("profession").annotate(n=Count("pk")).order_by()
        ),
        "testimonies by theme": lambda: _raw(_themes_sql(None), [campaign_id, "published"]),
        "testimonies by département": lambda: list(
            published.values("departement").annotate(n=Count("pk")).order_by()
        ),
        "field counts by département (answers, sums)": lambda: list(
            counts.values("testimony__departement").annotate(n=Count("pk"), **sums).order_by()
        ),
        "median wait by département": lambda: _raw(_median_sql(None), [campaign_id, "published"]),
    }


def departement_queries(campaign_id: int, code: str) -> dict[str, Callable[[], object]]:
    confirmed = Signature.objects.filter(campaign_id=campaign_id, status=Signature.Status.CONFIRMED)
    published = Testimony.objects.filter(campaign_id=campaign_id, status=Testimony.Status.PUBLISHED)
    counts = FieldCount.objects.filter(
        testimony__campaign_id=campaign_id, testimony__status=Testimony.Status.PUBLISHED,
        testimony__departement=code,
    )  # fmt: skip
    sums = {f"{name}_sum": Sum(name) for name in SUMMED} | {
        f"{name}_n": Count("pk", filter=Q(**{f"{name}__isnull": False})) for name in SUMMED
    }
    return {
        "signatures by département (map)": lambda: list(
            confirmed.exclude(departement="").values("departement").annotate(n=Count("pk")).order_by()
        ),
        "signatures by profession there": lambda: list(
            confirmed.filter(departement=code).values("profession").annotate(n=Count("pk")).order_by()
        ),
        "testimonies by theme there": lambda: _raw(_themes_sql(code), [campaign_id, "published", code]),
        "testimonies by service there": lambda: list(
            published.filter(departement=code).values("service").annotate(n=Count("pk")).order_by()
        ),
        "field counts there (answers, sums)": lambda: counts.aggregate(n=Count("pk"), **sums),
        "median wait there": lambda: _raw(_median_sql(code), [campaign_id, "published", code]),
    }


def time_page(queries: dict[str, Callable[[], object]], *, runs: int, budget: float) -> dict:
    """Run the page's query set `runs` times (fewer if `budget` seconds run out, at least 3 times, after
    one untimed run); returns each set's total and each query's times, in milliseconds."""
    for run in queries.values():  # warm the caches and the connection, like a server that has been up
        run()
    totals: list[float] = []
    per_query: dict[str, list[float]] = {name: [] for name in queries}
    deadline = time.monotonic() + budget
    while len(totals) < runs and (len(totals) < 3 or time.monotonic() < deadline):
        start = time.perf_counter()
        for name, run in queries.items():
            began = time.perf_counter()
            run()
            per_query[name].append((time.perf_counter() - began) * 1000)
        totals.append((time.perf_counter() - start) * 1000)
    return {
        "totals_ms": totals,
        "per_query_p50_ms": {name: statistics.median(times) for name, times in per_query.items()},
    }
