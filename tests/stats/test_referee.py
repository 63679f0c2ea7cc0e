"""The referee of the property tests must itself catch what it is there to catch."""

from concertons import stats
from concertons.stats.tables import Table
from tests.stats.helpers import rows_of
from tests.stats.linear import recoverable


def with_secrets(table: Table, keys) -> Table:
    return Table(
        kind=table.kind,
        by=table.by,
        levels=table.levels,
        k=table.k,
        dominance=table.dominance,
        entries=table._entries,
        secret=frozenset(table.identity(key) for key in keys),
    )


GRID = rows_of(*((5, {"r": r, "c": c}) for r in ("1", "2", "3", "4") for c in ("a", "b", "c", "d")))


def test_a_lone_secret_in_a_line_is_recoverable():
    table = with_secrets(stats.count_table(GRID, ["r", "c"], k=3), [("1", "a")])
    assert recoverable([table]) == {table.identity(("1", "a"))}


def test_a_rectangle_of_secrets_is_not():
    table = with_secrets(
        stats.count_table(GRID, ["r", "c"], k=3), [("1", "a"), ("1", "b"), ("2", "a"), ("2", "b")]
    )
    assert recoverable([table]) == set()


def test_a_secret_bridging_two_safe_rectangles_is_recoverable_though_every_line_has_two_secrets():
    rectangles = [
        ("1", "a"),
        ("1", "b"),
        ("2", "a"),
        ("2", "b"),
        ("3", "c"),
        ("3", "d"),
        ("4", "c"),
        ("4", "d"),
    ]
    table = with_secrets(stats.count_table(GRID, ["r", "c"], k=3), [*rectangles, ("2", "c")])
    # Rows 1 and 2 minus columns a and b leave exactly the cell (2, c).
    assert recoverable([table]) == {table.identity(("2", "c"))}
