"""Figures released day after day: no two releases may be subtracted to single out one contribution.

A cell going from n = 5, sum 20 to n = 6, sum 27 tells everyone who saw both that the newcomer reported 7,
whatever k. So a cell keeps showing the contributions it was released with until at least k contributions
entered or left it since; then it shows what it holds now. The caller publishes only what `release` returns
and computes every margin from it, so a margin never moves by less than what its cells released.

What changed is counted from what readers can see: the contributions that entered and those that left a
cell, except that one leaving and one entering with the same value cancel out (count, sum and median are
what they were). For a count table every contribution is worth 1, so this is how much the count moved.
"""

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

from concertons.stats.rules import check_dominance, check_k, group_fails

C = TypeVar("C", bound=Hashable)


def changes(before: Iterable[float], after: Iterable[float]) -> list[float]:
    """The contributions that left or entered a cell between two states (their multiset difference)."""
    was, is_ = Counter(before), Counter(after)
    return list((was - is_).elements()) + list((is_ - was).elements())


def release(
    current: Mapping[C, Sequence[float]],
    released: Mapping[C, Sequence[float]] | None,
    *,
    k: int,
    dominance: float | None = None,
) -> dict[C, list[float]]:
    """What each cell may show now: its current contributions, or the ones it was last released with.

    `current` and `released` map each cell to the values of its contributions (1 for each contributor of
    a count). A cell shows its current contributions when the changes since `released` pass the rule a
    published cell passes: at least k of them, and, with `dominance` (sums), none holding more than that
    share of what changed. `released` None is the very first release: everything is shown as it is.
    Returns the cells that show something, each with its values in the order given.
    """
    check_k(k)
    if dominance is not None:
        dominance = check_dominance(dominance)
    if released is None:
        return {cell: list(values) for cell, values in current.items() if values}
    shown: dict[C, list[float]] = {}
    for cell in {**released, **current}:
        now, before = list(current.get(cell, ())), list(released.get(cell, ()))
        moved = changes(before, now)
        # Each change counts as one contributor; its weight is what it moved the sum by.
        if group_fails(dict(enumerate(abs(value) for value in moved)), k=k, dominance=dominance):
            now = before
        if now:
            shown[cell] = now
    return shown
