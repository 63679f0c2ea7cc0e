import pytest

from concertons import stats
from tests.stats.helpers import rows_of, shown, statuses
from tests.stats.linear import hidden_remainders, recoverable


def by_departement(*counts: tuple[str, int]) -> list[dict]:
    return rows_of(*((n, {"departement": code}) for code, n in counts))


def test_one_small_cell_beside_a_published_total_gets_a_partner():
    table = stats.count_table(by_departement(("01", 2), ("02", 6), ("03", 9)), ["departement"], k=5)
    # Without the partner, 17 - 6 - 9 would give the 2 back; the smallest published cell goes with it.
    assert shown(table) == {("01",): "secret", ("02",): "secret", ("03",): 9, (None,): 17}
    assert recoverable([table]) == set()


def test_secret_cells_that_together_make_a_small_group_get_one_more():
    table = stats.count_table(
        by_departement(("01", 1), ("02", 3), ("03", 20), ("04", 30)), ["departement"], k=5
    )
    # 01 and 02 together are 4 people: the total minus 20 and 30 would show that small group.
    assert shown(table) == {("01",): "secret", ("02",): "secret", ("03",): "secret", ("04",): 30, (None,): 54}
    assert hidden_remainders(table) == [24]


def test_a_two_way_table_hides_a_rectangle_and_keeps_its_margins():
    rows = rows_of(
        (6, {"departement": "47", "profession": "ass"}),
        (2, {"departement": "47", "profession": "edu"}),
        (7, {"departement": "33", "profession": "ass"}),
        (8, {"departement": "33", "profession": "edu"}),
        (9, {"departement": "24", "profession": "ass"}),
        (9, {"departement": "24", "profession": "edu"}),
    )
    table = stats.count_table(rows, ["departement", "profession"], k=5)
    assert shown(table) == {
        ("24", "ass"): 9, ("24", "edu"): 9, ("24", None): 18,
        ("33", "ass"): "secret", ("33", "edu"): "secret", ("33", None): 15,
        ("47", "ass"): "secret", ("47", "edu"): "secret", ("47", None): 8,
        (None, "ass"): 22, (None, "edu"): 19, (None, None): 41,
    }  # fmt: skip
    assert recoverable([table]) == set()


def test_k_larger_than_every_cell_leaves_only_a_large_enough_total():
    table = stats.count_table(
        by_departement(("01", 3), ("02", 3), ("03", 3), ("04", 3)), ["departement"], k=5
    )
    assert shown(table) == {
        ("01",): "secret",
        ("02",): "secret",
        ("03",): "secret",
        ("04",): "secret",
        (None,): 12,
    }


def test_k_larger_than_everything_makes_everything_secret_and_says_so():
    rows = rows_of(*((2, {"departement": d, "service": s}) for d in ("01", "02") for s in ("pmi", "ase")))
    table = stats.count_table(rows, ["departement", "service"], k=10)
    assert set(statuses(table).values()) == {"secret"}
    assert table.total.status is stats.Status.SECRET and table.total.count is None


def test_in_a_two_way_table_with_large_k_only_totals_that_reach_it_are_shown():
    rows = rows_of(
        *((2, {"departement": d, "service": s}) for d in ("01", "02", "03") for s in ("pmi", "ase", "mdph"))
    )
    table = stats.count_table(rows, ["departement", "service"], k=8)
    assert {key: count for key, count in shown(table).items() if count != "secret"} == {(None, None): 18}
    assert recoverable([table]) == set()


def test_one_contributor_is_secret_everywhere():
    table = stats.count_table([{"departement": "47", "service": "pmi"}], ["departement", "service"], k=5)
    assert set(statuses(table).values()) == {"secret"}


def test_empty_data_give_an_absent_total_of_zero():
    table = stats.count_table([], ["departement"], k=5)
    assert list(table) == [stats.Cell((None,), stats.Status.ABSENT, count=0)]
    assert stats.count_table([], ["departement", "service"], k=5).total.status is stats.Status.ABSENT


def test_given_levels_appear_in_their_order_even_when_empty():
    rows = by_departement(("47", 6))
    table = stats.count_table(rows, ["departement"], k=5, levels={"departement": ["47", "2A", "01"]})
    assert shown(table) == {("47",): 6, ("2A",): 0, ("01",): 0, (None,): 6}
    assert table.cell("2A").status is stats.Status.ABSENT


def test_an_empty_cell_is_never_used_as_cover():
    rows = by_departement(("01", 2), ("02", 40))
    table = stats.count_table(rows, ["departement"], k=5, levels={"departement": ["01", "02", "03"]})
    # 03 is empty: hiding it would protect nothing, since a reader could guess it. 02 goes instead.
    assert shown(table) == {("01",): "secret", ("02",): "secret", ("03",): 0, (None,): 42}


def test_a_label_outside_the_given_levels_is_refused_with_its_row():
    with pytest.raises(ValueError, match="row 1"):
        stats.count_table(
            [{"departement": "47"}, {"departement": "99"}],
            ["departement"],
            k=5,
            levels={"departement": ["47"]},
        )


@pytest.mark.parametrize("row", [{}, {"departement": ""}, {"departement": None}, {"departement": 47}])
def test_a_row_without_a_usable_label_is_refused(row):
    with pytest.raises(ValueError, match="row 0"):
        stats.count_table([row], ["departement"], k=5)


@pytest.mark.parametrize("by", [[], ["a", "b", "c"], ["a", "a"]])
def test_a_table_has_one_or_two_distinct_dimensions(by):
    with pytest.raises(ValueError):
        stats.count_table([], by, k=5)


def test_k_counts_testimonies_not_the_themes_they_tick():
    rows = [
        {"testimony": str(number), "departement": "47", "theme": theme}
        for number in range(4)
        for theme in ("staffing", "control")
    ]
    table = stats.count_table(rows, ["departement", "theme"], k=5, contributor="testimony")
    # 8 mentions, but only 4 testimonies: nothing reaches k = 5.
    assert set(statuses(table).values()) == {"secret"}


def test_records_flatten_a_table_for_a_csv():
    table = stats.count_table(by_departement(("01", 2), ("02", 6), ("03", 9)), ["departement"], k=5)
    assert table.records() == [
        {"departement": "01", "status": "secret", "count": None},
        {"departement": "02", "status": "secret", "count": None},
        {"departement": "03", "status": "published", "count": 9},
        {"departement": None, "status": "published", "count": 17},
    ]
