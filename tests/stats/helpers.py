from collections.abc import Mapping

from concertons.stats import Key


def covers(key: Key, labels: Mapping[str, str], by: tuple[str, ...]) -> bool:
    """True when a row with these labels counts in the cell at `key` (None covers every label)."""
    return all(label is None or labels[dim] == label for dim, label in zip(by, key, strict=True))


def rows_of(*groups: tuple[int, dict]) -> list[dict]:
    """(3, {"departement": "47"}), (2, {...}) -> five rows."""
    return [dict(labels) for n, labels in groups for _ in range(n)]


def statuses(table) -> dict:
    return {cell.key: cell.status.value for cell in table}


def shown(table) -> dict:
    """What a reader sees: the number, or the word secret."""
    return {cell.key: ("secret" if cell.is_secret else cell.count) for cell in table}
