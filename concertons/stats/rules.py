"""The primary rule: when may a group of contributors be published at all?"""

import math
from collections.abc import Hashable, Mapping

MIN_K = 3  # below 3, two colleagues who know their own answers can subtract them and single out the third
DEFAULT_K = 5  # the usual threshold of French public statistics for small cells; organisers may raise it
DOMINANCE = 0.85  # past this share of a sum, the sum tells everyone roughly what one contributor declared


def check_k(k: int) -> int:
    """Return k if it is a usable threshold, else raise ValueError."""
    if isinstance(k, bool) or not isinstance(k, int):
        raise ValueError(f"k must be a whole number, not {k!r}")
    if k < MIN_K:
        raise ValueError(f"k = {k} is below the minimum of {MIN_K} contributors per published figure")
    return k


def check_dominance(dominance: float) -> float:
    """Return the dominance share if it is in (0.5, 1], else raise ValueError."""
    # At 0.5 or less, two contributors of equal weight would already make every cell secret.
    if isinstance(dominance, bool) or not isinstance(dominance, int | float) or not 0.5 < dominance <= 1:
        raise ValueError(f"dominance must be a share between 0.5 (excluded) and 1, not {dominance!r}")
    return float(dominance)


def check_epsilon(epsilon: float) -> float:
    """Return epsilon if it is a positive finite number, else raise ValueError."""
    if (
        isinstance(epsilon, bool)
        or not isinstance(epsilon, int | float)
        or not math.isfinite(epsilon)
        or epsilon <= 0
    ):
        raise ValueError(f"epsilon must be a positive number, not {epsilon!r}")
    return float(epsilon)


def enough_contributors(count: int, *, k: int) -> bool:
    """May a detail shared by `count` contributions be shown (a wall filter, a testimony's service)? Every
    such test goes through here, so that no page holds a threshold of its own."""
    return count >= check_k(k)


def is_dominated(shares: Mapping[Hashable, float], *, dominance: float) -> bool:
    """True when one contributor holds more than `dominance` of the group's sum (never divides)."""
    total = sum(shares.values())
    if total <= 0:
        return False  # nobody holds anything: there is nothing to single out
    return max(shares.values()) > dominance * total


def group_fails(shares: Mapping[Hashable, float], *, k: int, dominance: float | None) -> bool:
    """True when a non-empty group must stay secret: fewer than k contributors, or one dominant contributor.

    `shares` maps each contributor to what they put in the group. An empty group is absent, not secret.
    `dominance` is None for plain counts, where each contributor counts for one.
    """
    if not shares:
        return False
    if len(shares) < k:
        return True
    return dominance is not None and is_dominated(shares, dominance=dominance)
