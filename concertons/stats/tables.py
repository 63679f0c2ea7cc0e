"""Tables of counts and of field-count summaries, with their margins, as the public may see them."""

import statistics
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

# One label per dimension; None stands for "all" on that dimension, so (None, None) is the grand total,
# ("47", None) the margin of département 47 and ("47", "PMI") an inner cell.
Key = tuple[str | None, ...]
# Which contributors a figure is about, whatever table it sits in: ("47", None) by (departement, service)
# and ("47",) by (departement,) are the same figure, {("departement", "47")}.
Identity = frozenset[tuple[str, str]]


class Status(StrEnum):
    PUBLISHED = "published"
    # Never tells why: a reader who knew which secrets hide a small group and which only protect it
    # could narrow the small one down.
    SECRET = "secret"
    ABSENT = "absent"  # nobody contributed: a count of 0, no sum, no median


class Kind(StrEnum):
    COUNT = "count"
    SUMMARY = "summary"


@dataclass(frozen=True)
class Cell:
    """One figure as it may be published. A secret cell carries no number at all."""

    key: Key
    status: Status
    count: int | None = None  # rows in the cell: contributors, or mentions when a contributor has several
    sum: float | None = None  # summary tables only
    median: float | None = None  # summary tables only

    @property
    def is_published(self) -> bool:
        return self.status is Status.PUBLISHED

    @property
    def is_secret(self) -> bool:
        return self.status is Status.SECRET

    @property
    def is_margin(self) -> bool:
        return None in self.key


@dataclass
class Entry:
    """What the package knows about one figure before deciding; never leaves the package."""

    rows: int = 0
    shares: dict[Hashable, float] = field(default_factory=dict)  # contributor -> what they put in
    values: list[float] = field(default_factory=list)  # summary tables only


def all_keys(levels: tuple[tuple[str, ...], ...]) -> list[Key]:
    """Every key of a table with these levels, in display order (margins last)."""
    if len(levels) == 1:
        return [(label,) for label in (*levels[0], None)]
    return [(row, column) for row in (*levels[0], None) for column in (*levels[1], None)]


class Table:
    """A 1- or 2-dimensional table with its margins, after disclosure control.

    Build one with `count_table` or `summary_table`, or several with `protect_together`. Read it with
    `cell(...)`, `total`, iteration (display order, margins last) or `records()` for a CSV.
    """

    def __init__(
        self,
        *,
        kind: Kind,
        by: tuple[str, ...],
        levels: tuple[tuple[str, ...], ...],
        k: int,
        dominance: float | None,
        entries: dict[Key, Entry],
        secret: frozenset[Identity] = frozenset(),
        epsilon: float | None = None,
        noisy: Mapping[Key, int] | None = None,
    ):
        self.kind, self.by, self.levels, self.k, self.dominance = kind, by, levels, k, dominance
        self.epsilon = epsilon  # None: exact figures; else the privacy budget spent on the noise
        self._entries = entries
        self._secret = secret
        self._ids = {
            key: frozenset((dim, label) for dim, label in zip(by, key, strict=True) if label is not None)
            for key in entries
        }
        self.cells: dict[Key, Cell] = {
            key: self._cell(key, (noisy or {}).get(key)) for key in self.ordered_keys()
        }

    def ordered_keys(self) -> list[Key]:
        """Every key in display order: each level in the given order, then the margin (None)."""
        return all_keys(self.levels)

    def identity(self, key: Key) -> Identity:
        """Which figure this key is, whatever table it sits in (for comparing tables published together)."""
        return self._ids[key]

    def _identities(self) -> set[Identity]:
        return set(self._ids.values())

    def cell(self, *labels: str | None) -> Cell:
        """The cell at these labels, one per dimension (None for the margin)."""
        return self.cells[tuple(labels)]

    @property
    def total(self) -> Cell:
        return self.cells[(None,) * len(self.by)]

    def __iter__(self) -> Iterator[Cell]:
        return iter(self.cells.values())

    def records(self) -> list[dict[str, object]]:
        """One flat dict per cell, margins included (label None), for a CSV or a JSON answer.

        `status` is "published", "secret" or "absent"; the caller turns "secret" into its French label.
        """
        records = []
        for cell in self:
            record: dict[str, object] = dict(zip(self.by, cell.key, strict=True))
            record.update(status=cell.status.value, count=cell.count)
            if self.kind is Kind.SUMMARY:
                record.update(sum=cell.sum, median=cell.median)
            records.append(record)
        return records

    def _cell(self, key: Key, noisy: int | None) -> Cell:
        entry = self._entries[key]
        if self.identity(key) in self._secret:
            return Cell(key, Status.SECRET)
        if not entry.shares:
            return Cell(key, Status.ABSENT, count=0)
        if self.kind is Kind.COUNT:
            return Cell(key, Status.PUBLISHED, count=entry.rows if noisy is None else noisy)
        return Cell(
            key,
            Status.PUBLISHED,
            count=entry.rows,
            sum=sum(entry.values),
            median=statistics.median(entry.values),
        )

    def __repr__(self) -> str:
        return f"<Table {self.kind.value} by {'×'.join(self.by)}, k={self.k}>"
