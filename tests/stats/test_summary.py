import pytest

from concertons import stats
from tests.stats.linear import recoverable


def answers(service: str, *values: float) -> list[tuple[dict, float]]:
    return [({"service": service}, value) for value in values]


def test_sum_and_median_are_published_for_k_contributors_without_a_dominant_one():
    table = stats.summary_table(answers("pmi", 1, 2, 3, 4, 10), ["service"], k=5)
    cell = table.cell("pmi")
    assert (cell.status, cell.count, cell.sum, cell.median) == (stats.Status.PUBLISHED, 5, 20, 3)


def test_one_contributor_holding_more_than_85_percent_makes_the_cell_secret():
    table = stats.summary_table(answers("pmi", 100, 2, 2, 2, 2, 2), ["service"], k=5)
    assert table.cell("pmi").is_secret and table.total.is_secret  # the same six people


def test_exactly_85_percent_is_not_dominant():
    table = stats.summary_table(answers("pmi", 85, 3, 3, 3, 3, 3), ["service"], k=5)
    assert table.cell("pmi").is_published


def test_a_dominated_cell_gets_a_partner_so_the_total_does_not_give_it_back():
    values = answers("pmi", 100, 2, 2, 2, 2, 2) + answers("ase", *[5] * 6) + answers("mdph", *[4] * 8)
    table = stats.summary_table(values, ["service"], k=5)
    assert [(cell.key, cell.sum) for cell in table] == [
        (("ase",), None),
        (("mdph",), 32),
        (("pmi",), None),
        ((None,), 172),
    ]
    assert recoverable([table]) == set()


def test_the_hidden_cells_together_must_not_be_dominated_either():
    values = answers("pmi", 100, 2, 2, 2, 2, 2) + answers("ase", *[1] * 6) + answers("mdph", *[50] * 8)
    table = stats.summary_table(values, ["service"], k=5)
    # pmi + ase would be 116, of which one person holds 100 (86 %): mdph is hidden too.
    assert [cell.key for cell in table if cell.is_secret] == [("ase",), ("mdph",), ("pmi",)]
    assert table.total.sum == 516


def test_an_indicator_with_one_contributor_is_secret_not_a_division_by_zero():
    table = stats.summary_table([({"service": "pmi"}, 0)], ["service"], k=5)
    assert [cell.status for cell in table] == [stats.Status.SECRET, stats.Status.SECRET]


def test_all_zero_values_are_published_as_zero():
    table = stats.summary_table(answers("pmi", 0, 0, 0, 0, 0), ["service"], k=5)
    assert (table.total.sum, table.total.median) == (0, 0)


def test_no_answer_at_all_is_absent_with_no_sum_and_no_median():
    table = stats.summary_table([({"service": "pmi"}, None)], ["service"], k=5)
    assert list(table) == [stats.Cell((None,), stats.Status.ABSENT, count=0)]


@pytest.mark.parametrize("value", [-1, float("nan"), float("inf"), "3", True])
def test_a_value_that_is_not_a_count_is_refused(value):
    with pytest.raises(ValueError, match="row 0"):
        stats.summary_table([({"service": "pmi"}, value)], ["service"], k=5)


def test_records_carry_sum_and_median():
    table = stats.summary_table(answers("pmi", 1, 2, 3, 4, 10), ["service"], k=5)
    assert table.records()[0] == {"service": "pmi", "status": "published", "count": 5, "sum": 20, "median": 3}
