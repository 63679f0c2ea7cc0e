"""Daily releases: a figure moves only when at least k contributions entered or left it since it was released,
so that two releases a day apart never isolate one person's answer by subtraction (issue 11, item 6)."""

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from concertons import stats


def test_a_cell_keeps_its_released_contributions_until_k_new_ones_came():
    released = {"47": [4, 4, 4, 4, 4]}  # n = 5, sum 20

    one_more = stats.release({"47": [4, 4, 4, 4, 4, 7]}, released, k=5)
    four_more = stats.release({"47": [4, 4, 4, 4, 4, 7, 1, 2, 3]}, released, k=5)
    five_more = stats.release({"47": [4, 4, 4, 4, 4, 7, 1, 2, 3, 5]}, released, k=5)

    assert one_more == {"47": [4, 4, 4, 4, 4]}  # n = 6, sum 27 would tell the newcomer reported 7
    assert four_more == {"47": [4, 4, 4, 4, 4]}
    assert sorted(five_more["47"]) == [1, 2, 3, 4, 4, 4, 4, 4, 5, 7]


def test_contributions_that_left_count_as_changes_too():
    released = {"47": [1, 2, 3, 4, 5, 6, 7]}

    assert stats.release({"47": [1, 2, 3, 4, 5, 6]}, released, k=3) == released
    assert stats.release({"47": [1, 2, 3, 4]}, released, k=3) == {"47": [1, 2, 3, 4]}
    # Two left and one came: three changes, even though the number of answers moved by one.
    assert sorted(stats.release({"47": [1, 2, 3, 4, 5, 9]}, released, k=3)["47"]) == [1, 2, 3, 4, 5, 9]
    # A cell everyone left is released empty once k of them are gone, not before.
    assert stats.release({}, {"47": [1, 2]}, k=3) == {"47": [1, 2]}
    assert stats.release({}, {"47": [1, 2, 3]}, k=3) == {}


def test_a_new_cell_stays_empty_until_k_contributions_entered_it():
    assert stats.release({"47": [1, 1]}, {}, k=3) == {}
    assert stats.release({"47": [1, 1, 1]}, {}, k=3) == {"47": [1, 1, 1]}


def test_a_change_that_nobody_can_see_is_not_a_change():
    # One left, another came with the same answer: count, sum and median are what they were.
    assert stats.release({"47": [1, 2, 3, 4, 5]}, {"47": [1, 2, 3, 4, 5]}, k=3) == {"47": [1, 2, 3, 4, 5]}
    assert stats.changes([1, 2, 3, 3], [3, 1, 2, 3]) == []
    assert sorted(stats.changes([1, 2, 3], [2, 3, 3, 8])) == [1, 3, 8]


def test_the_first_release_shows_everything():
    assert stats.release({"47": [1], "33": [2, 2]}, None, k=5) == {"47": [1], "33": [2, 2]}


def test_a_change_dominated_by_one_contribution_waits_for_more():
    released = {"47": [2, 2, 2, 2, 2]}
    # Five newcomers, but one of them brings 100 of the 104 added: the new sum would point at them.
    dominated = {"47": [2, 2, 2, 2, 2, 1, 1, 1, 1, 100]}
    assert stats.release(dominated, released, k=5, dominance=stats.DOMINANCE) == released
    assert stats.release(dominated, released, k=5) == dominated  # counts: each contribution weighs one
    diluted = {"47": [*dominated["47"], 30, 30]}
    assert stats.release(diluted, released, k=5, dominance=stats.DOMINANCE) == diluted


def test_the_rule_refuses_a_threshold_below_the_minimum():
    with pytest.raises(ValueError):
        stats.release({}, {}, k=2)


def test_margins_built_from_released_cells_never_show_a_held_change():
    """A held cell and its margin move together: the margin is the sum of what the cells show."""
    before = {"47": [1] * 6, "33": [1] * 5}
    released = stats.release({"47": [1] * 11, "33": [1] * 6}, before, k=5)  # 47 gets five, 33 gets one
    rows = [{"departement": d} for d, ones in released.items() for _ in ones]
    table = stats.count_table(rows, ["departement"], k=5)
    assert table.cell("47").count == 11
    assert table.cell("33").count == 5
    assert table.total.count == 16  # not 17: 17 - 11 would give 33's true count, 6


# Property: whatever happens from day to day, what a cell shows moves by 0 or at least k contributions.

cells = st.sampled_from(["01", "2A", "47"])
day = st.tuples(
    st.lists(st.tuples(cells, st.integers(0, 9)), max_size=8),  # contributions that come
    st.lists(st.integers(0, 30), max_size=4),  # which ones leave (positions among those there)
)


@settings(max_examples=200, deadline=None)
@given(days=st.lists(day, min_size=1, max_size=12), k=st.sampled_from([3, 4, 5]), weighted=st.booleans())
def test_a_released_cell_moves_by_nothing_or_by_at_least_k_contributions(days, k, weighted):
    dominance = stats.DOMINANCE if weighted else None
    present: list[tuple[str, int]] = []
    shown = None
    for coming, leaving in days:
        present += coming
        for position in sorted({p % len(present) for p in leaving} if present else (), reverse=True):
            del present[position]
        current: dict[str, list[int]] = {}
        for cell, value in present:
            current.setdefault(cell, []).append(value)
        now = stats.release(current, shown, k=k, dominance=dominance)
        for cell in set(now) | set(shown or {}):
            shows, showed = now.get(cell, []), (shown or {}).get(cell, [])
            if shown is not None and Counter(shows) != Counter(showed):
                moved = stats.changes(showed, shows)
                assert len(moved) >= k
                if weighted and sum(moved):
                    assert max(moved) <= stats.DOMINANCE * sum(moved)
                assert Counter(shows) == Counter(current.get(cell, []))  # released: exactly what is there
        shown = now
