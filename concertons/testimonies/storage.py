"""Rows that keep no order of arrival.

A table's physical order is an order of arrival: SQLite numbers each row (rowid) as it comes, PostgreSQL
appends it to the end of the table, and a dump lists rows in that order. For the testimonies' tables:
- on SQLite, a trigger gives every new row a random rowid, so rows sit in random order;
- on PostgreSQL, every hour the worker rewrites the tables: one UPDATE of every row gives them all the
  same transaction number (xmin, which otherwise counts up with each insert, across tables), then CLUSTER
  lays them out in the order of their random ids. Rows written since the last rewrite are still in the
  order they came (docs/privacy.md).
"""

from django.db import connection, transaction

from concertons.testimonies.models import FieldCount, Testimony, TestimonyMessage

MODELS = (Testimony, TestimonyMessage, FieldCount)


def _tables() -> list[str]:
    return [model._meta.db_table for model in MODELS]


def install_random_rowids(using_connection=None) -> None:
    """SQLite: a trigger per table moves each new row to a random rowid (idempotent; run after migrate,
    since a migration that rebuilds a table drops its triggers)."""
    conn = using_connection or connection
    if conn.vendor != "sqlite":
        return
    with conn.cursor() as cursor:
        for table in _tables():
            cursor.execute(
                f'CREATE TRIGGER IF NOT EXISTS "{table}_random_rowid" AFTER INSERT ON "{table}" '
                f'BEGIN UPDATE "{table}" SET rowid = (random() & 9223372036854775807) '
                f"WHERE rowid = NEW.rowid; END"
            )


def testimonies_shuffle_storage() -> int:
    """PostgreSQL: rewrite the testimonies' tables, one transaction number for all rows, in the order of
    their random ids (worker, hourly)."""
    if connection.vendor != "postgresql":
        return 0
    with transaction.atomic(), connection.cursor() as cursor:
        for model in MODELS:
            table = model._meta.db_table
            cursor.execute(f'UPDATE "{table}" SET id = id')
            constraints = connection.introspection.get_constraints(cursor, table)
            primary = next(name for name, info in constraints.items() if info["primary_key"])
            cursor.execute(f'CLUSTER "{table}" USING "{primary}"')
    return 0  # nothing worth a log line: the rewrite follows no one
