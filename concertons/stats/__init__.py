"""Aggregate counts and field-count summaries, and keep every published figure from singling anyone out.

Pure Python: no Django here. Plain rows in, `Table`s out; the caller renders them and translates
the statuses ("secret" becomes « secret (< k) » or whatever the page says).

>>> from concertons import stats
>>> rows = [{"departement": "47"}] * 6 + [{"departement": "33"}] * 2 + [{"departement": "24"}] * 9
>>> table = stats.count_table(rows, ["departement"], k=5)
>>> [(cell.key, cell.status.value, cell.count) for cell in table]  # doctest: +NORMALIZE_WHITESPACE
[(('24',), 'published', 9), (('33',), 'secret', None), (('47',), 'secret', None), ((None,), 'published', 17)]

The rules (k, dominance, secondary suppression, release from day to day, noise) are explained for organisers
in docs/disclosure.md.
"""

from concertons.stats.build import count_table, protect_together, summary_table
from concertons.stats.noise import noisy_counts
from concertons.stats.releases import changes, release
from concertons.stats.rules import DEFAULT_K, DOMINANCE, MIN_K, check_k, enough_contributors
from concertons.stats.tables import Cell, Key, Kind, Status, Table

__all__ = [
    "DEFAULT_K",
    "DOMINANCE",
    "MIN_K",
    "Cell",
    "Key",
    "Kind",
    "Status",
    "Table",
    "changes",
    "check_k",
    "count_table",
    "enough_contributors",
    "noisy_counts",
    "protect_together",
    "release",
    "summary_table",
]
