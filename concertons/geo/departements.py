"""The 101 départements by official code: 01…19, 2A, 2B, 21…95, 971…976.

Read once from data/departements.tsv (see scripts/refresh_geo.py).
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from concertons.geo.normalize import name_key, without_article

DATA_FILE = Path(__file__).parent / "data" / "departements.tsv"


@dataclass(frozen=True)
class Departement:
    code: str
    name: str
    region_code: str
    region_name: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class _Index:
    ordered: tuple[Departement, ...]
    by_code: dict[str, Departement]
    by_name: dict[str, Departement]


@cache
def _index() -> _Index:
    with DATA_FILE.open(encoding="utf-8") as lines:
        next(lines)  # header
        ordered = tuple(Departement(*line.rstrip("\n").split("\t")) for line in lines)
    by_name = {}
    for departement in ordered:
        key = name_key(departement.name)
        # "Réunion" for "La Réunion": no two départements differ by their article only.
        by_name[without_article(key)] = by_name[key] = departement
    return _Index(ordered, {d.code: d for d in ordered}, by_name)


def all_departements() -> list[Departement]:
    return list(_index().ordered)


def get(value: str) -> Departement | None:
    """The département of a code or name as people write it ("2a", "2", "cotes d armor", "Nord (59)")."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    key = name_key(value)
    if not key:
        return None
    return _by_code(key) or _index().by_name.get(key) or _by_label(key)


def choices() -> list[tuple[str, str]]:
    return [(d.code, f"{d.code} — {d.name}") for d in _index().ordered]


def _by_code(key: str) -> Departement | None:
    code = key.replace(" ", "").upper()  # "2 a" -> "2A"
    if code.isdigit() and len(code) == 1:
        code = f"0{code}"  # "2" is the Aisne, as "02"
    return _index().by_code.get(code)


def _by_label(key: str) -> Departement | None:
    """A label, "Nord (59)" or "59 — Nord": code and name must agree, so a typo never picks a neighbour."""
    first, _, rest = key.partition(" ")
    head, _, last = key.rpartition(" ")
    for code, name in ((first, rest), (last, head)):
        departement = _by_code(code)
        if departement and departement is _index().by_name.get(name):
            return departement
    return None
