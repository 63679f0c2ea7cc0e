import pytest

from concertons import stats
from tests.stats.helpers import rows_of

ROWS = rows_of(
    *(
        (n, {"departement": d, "service": s})
        for n, d, s in [
            (12, "47", "pmi"),
            (2, "47", "ase"),
            (30, "33", "pmi"),
            (25, "33", "ase"),
            (9, "24", "pmi"),
            (40, "24", "ase"),
        ]
    )
)


def test_noise_keeps_every_status_and_every_secret():
    exact = stats.count_table(ROWS, ["departement", "service"], k=5)
    noisy = stats.noisy_counts(exact, epsilon=0.5)
    assert [cell.status for cell in noisy] == [cell.status for cell in exact]
    assert all(cell.count is None for cell in noisy if cell.is_secret)
    assert (exact.epsilon, noisy.epsilon) == (None, 0.5)


def test_noisy_margins_still_add_up():
    large = [row for row in ROWS if row != {"departement": "47", "service": "ase"}]  # no secret left
    table = stats.noisy_counts(stats.count_table(large, ["departement", "service"], k=3), epsilon=0.2)
    rows, columns = table.levels
    for row in rows:
        assert table.cell(row, None).count == sum(table.cell(row, column).count for column in columns)
    assert table.total.count == sum(table.cell(None, column).count for column in columns)
    assert all(cell.count >= 0 for cell in table)


def test_a_tiny_budget_moves_figures_and_a_huge_one_does_not():
    exact = stats.count_table(ROWS, ["departement", "service"], k=3)
    counts = [cell.count for cell in exact]
    assert [cell.count for cell in stats.noisy_counts(exact, epsilon=1000)] == counts
    assert [cell.count for cell in stats.noisy_counts(exact, epsilon=0.01)] != counts


def test_empty_cells_stay_empty():
    table = stats.count_table(ROWS, ["departement"], k=5, levels={"departement": ["47", "33", "24", "2A"]})
    noisy = stats.noisy_counts(table, epsilon=0.1)
    assert noisy.cell("2A").status is stats.Status.ABSENT and noisy.cell("2A").count == 0


def test_noise_on_an_empty_table_is_an_empty_table():
    assert stats.noisy_counts(stats.count_table([], ["departement"], k=5), epsilon=1).total.count == 0


@pytest.mark.parametrize("epsilon", [0, -1, float("inf"), float("nan"), "1", True])
def test_epsilon_must_be_a_positive_number(epsilon):
    with pytest.raises(ValueError):
        stats.noisy_counts(stats.count_table(ROWS, ["departement"], k=5), epsilon=epsilon)


def test_noise_is_for_counts_only():
    table = stats.summary_table([(row, 1) for row in ROWS], ["departement"], k=5)
    with pytest.raises(ValueError, match="count tables"):
        stats.noisy_counts(table, epsilon=1)


def test_a_contributor_with_more_rows_than_declared_is_refused():
    rows = [{"testimony": "t1", "departement": "47", "theme": theme} for theme in ("staffing", "means")]
    table = stats.count_table(rows, ["theme"], k=3, contributor="testimony")
    with pytest.raises(ValueError, match="more than 1 rows"):
        stats.noisy_counts(table, epsilon=1)
    assert stats.noisy_counts(table, epsilon=1, contributions=2).total.status is stats.Status.SECRET
