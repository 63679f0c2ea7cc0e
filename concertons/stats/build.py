"""Build protected tables from plain rows."""

import math
from collections.abc import Hashable, Iterable, Mapping, Sequence

from concertons.stats.rules import DOMINANCE, check_dominance, check_k
from concertons.stats.suppression import protect
from concertons.stats.tables import Entry, Identity, Key, Kind, Table, all_keys


def count_table(
    rows: Iterable[Mapping[str, str]],
    by: Sequence[str],
    *,
    k: int,
    levels: Mapping[str, Sequence[str]] | None = None,
    contributor: str | None = None,
) -> Table:
    """Count contributors per combination of `by` (one or two dimensions), with margins, protected.

    Each row is one contributor, unless `contributor` names a key whose value identifies who gave the row
    (a testimony that ticks three themes is three rows of one contributor; k then counts testimonies).
    `levels` fixes the labels and their order for a dimension (all 101 départements for a map);
    otherwise the labels seen, sorted.
    """
    table = _collect(
        ((row, None) for row in rows),
        by,
        kind=Kind.COUNT,
        k=k,
        dominance=None,
        levels=levels,
        contributor=contributor,
    )
    return _finish(table, protect([table]))


def summary_table(
    values: Iterable[tuple[Mapping[str, str], float | None]],
    by: Sequence[str],
    *,
    k: int,
    dominance: float = DOMINANCE,
    levels: Mapping[str, Sequence[str]] | None = None,
    contributor: str | None = None,
) -> Table:
    """Number of answers, sum and median of one field count per combination of `by`, protected.

    Each item is (dimensions, value) for one contributor; a value of None (no answer) is skipped.
    A cell is secret with fewer than k contributors or when one of them holds more than `dominance` of
    its sum. Values must be finite and not negative.
    """
    table = _collect(
        values,
        by,
        kind=Kind.SUMMARY,
        k=k,
        dominance=check_dominance(dominance),
        levels=levels,
        contributor=contributor,
    )
    return _finish(table, protect([table]))


def protect_together(tables: Sequence[Table]) -> list[Table]:
    """Protect tables published side by side, so that none helps to recover a secret of another.

    Give every table of one campaign snapshot that is computed from the same contributors: the map by
    département, département × profession, département × service, profession alone… A figure that two
    tables share (a département's total, the grand total, a whole inner cell when two tables have the
    same dimensions) gets the same status in both. Returns the tables, in order, re-protected from scratch.
    Raises ValueError when the tables do not share the same contributors or the same k.
    """
    tables = list(tables)
    if not tables:
        return []
    if len({table.k for table in tables}) != 1:
        raise ValueError("tables published together must use the same k")
    _check_same_contributors(tables)
    secret = protect(tables)
    return [_finish(table, secret) for table in tables]


def _check_same_contributors(tables: list[Table]) -> None:
    """Shared figures must be the very same figure in every table, else equations between them lie."""
    seen: dict[Identity, tuple[int, frozenset]] = {}
    for table in tables:
        for key, entry in table._entries.items():
            identity = table.identity(key)
            figure = (entry.rows, frozenset(entry.shares))
            if seen.setdefault(identity, figure) != figure:
                where = ", ".join(f"{dim}={label}" for dim, label in sorted(identity)) or "the grand total"
                raise ValueError(f"the tables do not count the same contributors ({where} differs)")


def _finish(table: Table, secret: set[Identity]) -> Table:
    return Table(
        kind=table.kind,
        by=table.by,
        levels=table.levels,
        k=table.k,
        dominance=table.dominance,
        entries=table._entries,
        secret=frozenset(secret & table._identities()),
    )


def _collect(
    items: Iterable[tuple[Mapping[str, str], float | None]],
    by: Sequence[str],
    *,
    kind: Kind,
    k: int,
    dominance: float | None,
    levels: Mapping[str, Sequence[str]] | None,
    contributor: str | None,
) -> Table:
    """Gather rows into entries (inner cells and margins) before any decision."""
    check_k(k)
    by = tuple(by)
    if len(by) not in (1, 2) or len(set(by)) != len(by) or not all(isinstance(dim, str) for dim in by):
        raise ValueError(f"a table has one or two distinct dimensions, not {by!r}")
    fixed = {dim: _check_levels(dim, labels) for dim, labels in (levels or {}).items() if dim in by}
    entries: dict[Key, Entry] = {}
    seen: list[set[str]] = [set() for _ in by]
    for index, (row, value) in enumerate(items):
        if kind is Kind.SUMMARY:
            if value is None:
                continue
            value = _check_value(value, index)
        labels = tuple(_label(row, dim, index, fixed.get(dim)) for dim in by)
        who = index if contributor is None else _contributor(row, contributor, index)
        for position, label in enumerate(labels):
            seen[position].add(label)
        for key in _touched(labels):
            entry = entries.setdefault(key, Entry())
            entry.rows += 1
            entry.shares[who] = entry.shares.get(who, 0) + (1 if kind is Kind.COUNT else value)
            if kind is Kind.SUMMARY:
                entry.values.append(value)
    ordered = tuple(fixed.get(dim) or tuple(sorted(seen[position])) for position, dim in enumerate(by))
    for key in all_keys(ordered):
        entries.setdefault(key, Entry())
    return Table(kind=kind, by=by, levels=ordered, k=k, dominance=dominance, entries=entries)


def _touched(labels: tuple[str, ...]) -> list[Key]:
    if len(labels) == 1:
        return [labels, (None,)]
    row, column = labels
    return [(row, column), (row, None), (None, column), (None, None)]


def _check_levels(dim: str, labels: Sequence[str]) -> tuple[str, ...]:
    labels = tuple(labels)
    if not all(isinstance(label, str) and label for label in labels) or len(set(labels)) != len(labels):
        raise ValueError(f"the levels of {dim!r} must be distinct non-empty strings")
    return labels


def _label(row: Mapping[str, str], dim: str, index: int, allowed: tuple[str, ...] | None) -> str:
    label = row.get(dim)
    if not isinstance(label, str) or not label:
        raise ValueError(f"row {index}: {dim!r} must be a non-empty string, not {label!r}")
    if allowed is not None and label not in allowed:
        raise ValueError(f"row {index}: {label!r} is not one of the levels given for {dim!r}")
    return label


def _contributor(row: Mapping[str, str], name: str, index: int) -> Hashable:
    who = row.get(name)
    if who is None:
        raise ValueError(f"row {index}: no contributor under {name!r}")
    return who


def _check_value(value: float, index: int) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ValueError(f"row {index}: a field count is a finite number, 0 or more, not {value!r}")
    return value
