"""Optional noise on published counts, drawn by OpenDP (a campaign setting, with its epsilon)."""

from concertons.stats.rules import check_epsilon
from concertons.stats.tables import Key, Kind, Table


def noisy_counts(table: Table, *, epsilon: float, contributions: int = 1) -> Table:
    """The same table with discrete Laplace noise on its inner counts and margins recomputed from them.

    Call it on a table that is already protected: statuses do not change, secrets stay secret. Each
    non-empty inner cell gets noise of scale contributions / epsilon (OpenDP's `make_laplace` on integers),
    then is floored at 0; every margin is the sum of the noisy cells it covers, so published figures still
    add up. `contributions` bounds how many rows one contributor may have in the table (1 when each row
    is a contributor); a table whose data break that bound is refused, since the noise would be too small.

    Empty cells stay empty and the choice of secrets is made on exact figures: the noise blurs every
    published number, it does not make the whole publication differentially private. Each call draws
    new noise: draw once per snapshot and keep the result, or readers could average draws away.
    """
    if table.kind is not Kind.COUNT:
        raise ValueError("noise is only added to count tables")
    epsilon = check_epsilon(epsilon)
    if isinstance(contributions, bool) or not isinstance(contributions, int) or contributions < 1:
        raise ValueError(f"contributions must be a whole number, 1 or more, not {contributions!r}")
    everyone = table._entries[(None,) * len(table.by)].shares
    if everyone and max(everyone.values()) > contributions:
        raise ValueError(f"a contributor has more than {contributions} rows in this table")
    inner = [key for key in table.ordered_keys() if None not in key and table._entries[key].shares]
    drawn = _discrete_laplace([table._entries[key].rows for key in inner], scale=contributions / epsilon)
    noisy: dict[Key, int] = {key: 0 for key in table.ordered_keys()}
    for key, value in zip(inner, drawn, strict=True):
        value = max(
            0, value
        )  # a negative count would look absurd; flooring is post-processing, still private
        for covering in _covering(key):
            noisy[covering] += value
    return Table(
        kind=table.kind,
        by=table.by,
        levels=table.levels,
        k=table.k,
        dominance=table.dominance,
        entries=table._entries,
        secret=table._secret,
        epsilon=epsilon,
        noisy=noisy,
    )


def _covering(key: Key) -> list[Key]:
    """The inner cell itself and every margin that adds it up."""
    if len(key) == 1:
        return [key, (None,)]
    row, column = key
    return [key, (row, None), (None, column), (None, None)]


def _discrete_laplace(counts: list[int], *, scale: float) -> list[int]:
    try:
        import opendp.prelude as dp  # optional dependency: only noisy releases need it
    except ImportError as error:  # an install without the optional dependency
        raise RuntimeError("adding noise needs the opendp package (uv add opendp)") from error
    if not counts:
        return []
    dp.enable_features("contrib")
    measurement = dp.m.make_laplace(
        dp.vector_domain(dp.atom_domain(T=int)), dp.l1_distance(T=int), scale=scale
    )
    return [int(value) for value in measurement(counts)]
