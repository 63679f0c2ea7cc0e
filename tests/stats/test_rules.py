import pytest

from concertons import stats
from concertons.stats.rules import check_dominance, group_fails, is_dominated


@pytest.mark.parametrize("k", [3, 5, 12])
def test_k_of_three_or_more_is_accepted(k):
    assert stats.check_k(k) == k


@pytest.mark.parametrize("k", [2, 1, 0, -5, 4.5, True, "5", None])
def test_k_below_three_or_not_a_whole_number_is_refused(k):
    with pytest.raises(ValueError):
        stats.check_k(k)


def test_a_table_with_k_below_three_is_refused():
    with pytest.raises(ValueError, match="minimum of 3"):
        stats.count_table([{"departement": "47"}] * 10, ["departement"], k=2)


def test_a_cell_with_k_contributors_is_published_and_one_fewer_is_secret():
    rows = [{"departement": "47"}] * 5 + [{"departement": "33"}] * 4 + [{"departement": "24"}] * 2
    table = stats.count_table(rows + [{"departement": "12"}] * 20, ["departement"], k=5)
    assert table.cell("47").is_published and table.cell("47").count == 5
    assert table.cell("33").is_secret and table.cell("24").is_secret


def test_an_organiser_may_raise_k():
    rows = [{"departement": "47"}] * 6 + [{"departement": "24"}] * 20
    assert stats.count_table(rows, ["departement"], k=5).cell("47").is_published
    assert stats.count_table(rows, ["departement"], k=7).cell("47").is_secret


def test_a_contributor_above_the_dominance_share_makes_a_group_secret():
    assert is_dominated({"a": 86, "b": 7, "c": 7}, dominance=0.85)
    assert not is_dominated({"a": 85, "b": 10, "c": 5}, dominance=0.85)  # exactly 85 %: not more than


def test_a_group_whose_sum_is_zero_is_not_dominated():
    assert not is_dominated({"a": 0, "b": 0}, dominance=0.85)


def test_an_empty_group_is_absent_not_secret():
    assert not group_fails({}, k=5, dominance=0.85)


def test_plain_counts_have_no_dominance():
    assert not group_fails({who: 1 for who in range(5)}, k=5, dominance=None)


@pytest.mark.parametrize("share", [0.5, 0.3, 1.2, 0, True, "0.85"])
def test_a_dominance_share_outside_one_half_to_one_is_refused(share):
    with pytest.raises(ValueError):
        check_dominance(share)
