import pytest

from concertons import stats
from tests.stats.helpers import rows_of, shown
from tests.stats.linear import recoverable

# Five départements, each with fewer than 5 contributors, and two ways of splitting them that do not agree:
# by X, 1-2-3 against 4-5; by Y, 1-2 against 3-4-5. Published alone, each table is safe.
BLOCKS = rows_of(
    (3, {"departement": "1", "x": "x1", "y": "y1"}),
    (2, {"departement": "2", "x": "x1", "y": "y1"}),
    (2, {"departement": "3", "x": "x1", "y": "y2"}),
    (3, {"departement": "4", "x": "x2", "y": "y2"}),
    (3, {"departement": "5", "x": "x2", "y": "y2"}),
)


def test_two_tables_each_safe_alone_can_give_a_secret_away_together():
    alone = [stats.count_table(BLOCKS, by, k=5) for by in (["departement", "x"], ["departement", "y"])]
    assert recoverable(alone[:1]) == recoverable(alone[1:]) == set()
    # x1 gathers 1, 2 and 3 (7 people), y1 gathers 1 and 2 (5 people): département 3 has 7 - 5 = 2.
    assert frozenset({("departement", "3")}) in recoverable(alone)


def test_protected_together_they_give_nothing_away():
    tables = stats.protect_together(
        [stats.count_table(BLOCKS, by, k=5) for by in (["departement", "x"], ["departement", "y"])]
    )
    assert recoverable(tables) == set()
    assert tables[0].total.count == tables[1].total.count == 13


def test_the_map_shows_exactly_the_departement_totals_of_the_two_way_table():
    rows = rows_of(
        (6, {"departement": "47", "profession": "ass"}),
        (2, {"departement": "47", "profession": "edu"}),
        (3, {"departement": "33", "profession": "ass"}),
        (9, {"departement": "24", "profession": "edu"}),
        (9, {"departement": "24", "profession": "ass"}),
    )
    the_map, crossed = stats.protect_together(
        [
            stats.count_table(rows, ["departement"], k=5),
            stats.count_table(rows, ["departement", "profession"], k=5),
        ]
    )
    assert shown(the_map) == {(code,): shown(crossed)[(code, None)] for code in ("24", "33", "47")} | {
        (None,): shown(crossed)[(None, None)]
    }
    assert recoverable([the_map, crossed]) == set()


def test_two_tables_with_the_same_dimensions_get_the_same_secrets():
    rows = rows_of(
        (2, {"departement": "47", "service": "pmi"}),
        (7, {"departement": "47", "service": "ase"}),
        (8, {"departement": "33", "service": "pmi"}),
        (9, {"departement": "33", "service": "ase"}),
    )
    values = [(row, 10) for row in rows]
    counts, sums = stats.protect_together(
        [
            stats.count_table(rows, ["departement", "service"], k=5),
            stats.summary_table(values, ["service", "departement"], k=5),
        ]
    )
    assert {counts.identity(cell.key) for cell in counts if cell.is_secret} == {
        sums.identity(cell.key) for cell in sums if cell.is_secret
    }


def test_tables_of_different_contributors_cannot_be_protected_together():
    with pytest.raises(ValueError, match="same contributors"):
        stats.protect_together(
            [
                stats.count_table(BLOCKS, ["departement"], k=5),
                stats.count_table(BLOCKS[:-1], ["departement", "x"], k=5),
            ]
        )


def test_tables_with_different_k_cannot_be_protected_together():
    with pytest.raises(ValueError, match="same k"):
        stats.protect_together(
            [stats.count_table(BLOCKS, ["departement"], k=5), stats.count_table(BLOCKS, ["x"], k=6)]
        )


def test_nothing_to_protect_gives_nothing():
    assert stats.protect_together([]) == []
