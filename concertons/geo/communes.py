"""The communes of the 101 départements, looked up the way people write them.

Read once from data/communes.tsv.gz, data/former_communes.tsv and data/arrondissements.tsv
(see scripts/refresh_geo.py). Homonyms are frequent (a dozen Sainte-Colombe): look-ups return every
candidate and never pick one.

People also name the place they know: former communes, now déléguées or associées of a newer one
("Lomme", associated with Lille), are found under their own name and code, in their parent's
département and with its postal codes. They never compete with a current commune of the same name in
the same département ("Annecy" is both the commune nouvelle and one of its communes déléguées).
"""

import bisect
import difflib
import gzip
import heapq
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from concertons.geo import departements
from concertons.geo.normalize import MAX_LENGTH, fold, name_key, split_arrondissement, without_article

DATA_DIR = Path(__file__).parent / "data"
# "Beaumont-sur-Oise (95)", as our labels and signatory lines write a commune.
_LABEL = re.compile(r"^(?P<name>.+?)\s*\(\s*(?P<departement>[0-9]{1,3}|2\s*[ab])\s*\)\s*$", re.IGNORECASE)
# INSEE codes: 5 characters, Corsica's start with 2A or 2B.
_INSEE = re.compile(r"[0-9]{5}|2[AB][0-9]{3}")
# Spreadsheets turn 01400 into 1400: codes of Ain…Ariège (01…09) lose their leading zero.
_ZERO_DROPPED = re.compile(r"[0-9]{4}")


@dataclass(frozen=True)
class Commune:
    insee: str
    name: str
    departement: str
    postal_codes: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.name} ({self.departement})"


@dataclass(frozen=True)
class _Index:
    # Current communes, and arrondissements' codes resolved to their town.
    by_insee: dict[str, Commune]
    population: dict[str, int]
    by_postal_code: dict[str, list[Commune]]
    # Current communes first, then the former communes no current one of that département hides.
    by_name: dict[str, list[Commune]]
    by_arrondissement: dict[tuple[str, int], Commune]
    # Former communes whose code is not also a current commune's (01033 is Valserhône, not Bellegarde).
    former_by_insee: dict[str, Commune]
    # The former communes that look-ups may return, with their parent's population to rank them.
    former: dict[Commune, int]
    # Sorted (key, position in `listed`) pairs: a prefix is a contiguous run, found by bisection.
    prefixes: list[tuple[str, int]]
    listed: list[Commune]


def _name_keys(name: str) -> list[str]:
    key = name_key(name)
    if " (" in name:
        # "Château-Chinon (Ville)" and "(Campagne)" are both "Château-Chinon" to people living there.
        return [key, name_key(name.partition(" (")[0])]
    return [key]


@cache
def _index() -> _Index:
    by_insee, population, keys = {}, {}, {}
    by_postal_code, by_name = defaultdict(list), defaultdict(list)
    prefixes = []
    with gzip.open(DATA_DIR / "communes.tsv.gz", "rt", encoding="utf-8") as lines:
        next(lines)  # header
        for position, line in enumerate(lines):
            insee, departement, name, postal_codes, inhabitants = line.rstrip("\n").split("\t")
            commune = Commune(insee, name, departement, tuple(postal_codes.split()))
            by_insee[insee] = commune
            population[insee] = int(inhabitants)
            for postal_code in commune.postal_codes:
                by_postal_code[postal_code].append(commune)
            name_keys = _name_keys(name)
            for key in name_keys:
                by_name[key].append(commune)
            keys[insee] = key = name_keys[0]
            prefixes.append((key, position))
            if (short := without_article(key)) != key:
                prefixes.append((short, position))  # autocomplete finds "La Rochelle" from "Rochelle"
    listed = list(by_insee.values())  # in file order: prefixes' positions

    former_by_insee, former = {}, {}
    with (DATA_DIR / "former_communes.tsv").open(encoding="utf-8") as lines:
        next(lines)  # header
        for line in lines:
            insee, name, parent_insee = line.rstrip("\n").split("\t")
            parent = by_insee[parent_insee]
            commune = Commune(insee, name, parent.departement, parent.postal_codes)
            if insee not in by_insee:
                former_by_insee[insee] = commune
            # Only the keys no current commune of the département answers to: "Annecy" stays 74010 alone.
            name_keys = [
                key
                for key in _name_keys(name)
                if not any(
                    other.departement == commune.departement and by_insee.get(other.insee) is other
                    for other in by_name.get(key, ())
                )
            ]
            if not name_keys:
                continue
            for key in name_keys:
                by_name[key].append(commune)
            former[commune] = population[parent_insee]
            key = name_keys[0]
            prefixes.append((key, len(listed)))
            if (short := without_article(key)) != key:
                prefixes.append((short, len(listed)))
            listed.append(commune)
    prefixes.sort()

    by_arrondissement = {}
    with (DATA_DIR / "arrondissements.tsv").open(encoding="utf-8") as lines:
        next(lines)  # header
        for line in lines:
            insee, name, commune_insee = line.rstrip("\n").split("\t")
            by_insee[insee] = by_insee[commune_insee]  # 75115 is Paris
            by_arrondissement[split_arrondissement(name_key(name))] = by_insee[commune_insee]

    for communes in by_postal_code.values():
        communes.sort(key=lambda commune: keys[commune.insee])
    return _Index(
        by_insee,
        population,
        dict(by_postal_code),
        dict(by_name),
        by_arrondissement,
        former_by_insee,
        former,
        prefixes,
        listed,
    )


def get(insee: str) -> Commune | None:
    """The commune of an INSEE code; an arrondissement's code (75115) gives its town (Paris).

    A former commune's code (59355) gives that former commune (Lomme), unless a current commune has the
    same code: 01033 is Valserhône, though Bellegarde-sur-Valserine, its commune déléguée, shares it.
    """
    code = _code(insee).upper()
    if not _INSEE.fullmatch(code):
        return None
    index = _index()
    return index.by_insee.get(code) or index.former_by_insee.get(code)


def lookup(name: str, departement: str | None = None) -> list[Commune]:
    """Every commune the written name may designate, optionally within a département, never a guess.

    Current communes come first, then former ones (déléguées or associées).
    """
    key = name_key(name)
    if not key:
        return []
    index = _index()
    found = index.by_name.get(key, [])
    if not found and (arrondissement := split_arrondissement(key)) in index.by_arrondissement:
        found = [index.by_arrondissement[arrondissement]]
    if not found and (label := _LABEL.match(name)):
        found = lookup(label["name"], label["departement"])
    return _within(found, departement)


def largest_population(name: str) -> int:
    """The population of the most populated current commune the written name may designate, 0 if none."""
    index = _index()
    return max((index.population.get(commune.insee, 0) for commune in lookup(name)), default=0)


def name_heads(min_population: int) -> frozenset[str]:
    """The first word of the hyphenated or compound names of current communes this populated, as written:
    what people call "Florac-Trois-Rivières" or "Tardets-Sorholus" ("Florac", "Tardets")."""
    index = _index()
    return frozenset(
        re.split(r"[- ]", commune.name, maxsplit=1)[0]
        for insee, commune in index.by_insee.items()
        if insee == commune.insee
        and index.population[insee] >= min_population
        and re.search(r"[- ]", commune.name)
    )


def by_postal_code(code: str) -> list[Commune]:
    """The communes sharing a postal code (often several), in alphabetical order."""
    return list(_index().by_postal_code.get(_code(code), []))


def search(prefix: str, departement: str | None = None, limit: int = 10) -> list[Commune]:
    """Autocomplete: exact matches first, then names starting with the prefix, most populated first.

    Within each, former communes come after the current ones, by their parent's population.
    """
    index = _index()

    def biggest_first(commune: Commune) -> tuple[bool, int, str]:
        if (parent_population := index.former.get(commune)) is not None:
            return True, -parent_population, commune.name
        return False, -index.population[commune.insee], commune.name

    limit = max(limit, 0)
    exact = sorted(lookup(prefix, departement), key=biggest_first)
    # "Ste" may be the start of "Stenay" as well as an abbreviation of "Sainte".
    starts = {name_key(prefix), fold(prefix)} - {""}
    candidates = {position for start in starts for position in _starting_with(start)}
    others = _within([index.listed[position] for position in candidates], departement)
    ranked = heapq.nsmallest(limit + len(exact), others, key=biggest_first)
    return list(dict.fromkeys(exact + ranked))[:limit]  # keeps the order, drops duplicates


def suggest(name: str, departement: str | None = None, limit: int = 3) -> list[Commune]:
    """Communes whose name is close to a misspelt one ("Lile" → Lille, "Roubais" → Roubaix), most populated
    first: offered to the person, never applied for them. Empty when the name is known or nothing is close."""
    key = name_key(name)
    if not key or lookup(name):
        return []
    index = _index()
    close = difflib.get_close_matches(key, _names_by_initial().get(key[0], ()), n=limit * 4, cutoff=0.8)
    found = _within([commune for match in close for commune in index.by_name[match]], departement)
    found.sort(key=lambda commune: -index.population.get(commune.insee, 0))
    return list(dict.fromkeys(found))[:limit]


@cache
def _names_by_initial() -> dict[str, tuple[str, ...]]:
    """Name keys by their first character: a misspelling seldom touches the first letter, and comparing
    with one letter's names is fast enough to run on every refused commune."""
    grouped: dict[str, list[str]] = defaultdict(list)
    for key in _index().by_name:
        grouped[key[0]].append(key)
    return {initial: tuple(keys) for initial, keys in grouped.items()}


def departement_of(name: str) -> str | None:
    """The département code of a commune name, only when all its homonyms are in the same one."""
    codes = {commune.departement for commune in lookup(name)}
    return codes.pop() if len(codes) == 1 else None


def _starting_with(start: str) -> list[int]:
    prefixes = _index().prefixes
    position = bisect.bisect_left(prefixes, (start,))  # (start,) sorts before every (start, n)
    found = []
    while position < len(prefixes) and prefixes[position][0].startswith(start):
        found.append(prefixes[position][1])
        position += 1
    return found


def _within(communes: list[Commune], departement: str | None) -> list[Commune]:
    if departement is None:
        return list(communes)
    wanted = departements.get(departement)
    return [commune for commune in communes if wanted and commune.departement == wanted.code]


def _code(value: object) -> str:
    """A code as typed, without its spaces ("59 000"); "" for anything that is not a usable string."""
    if not isinstance(value, str) or len(value) > MAX_LENGTH:
        return ""
    code = "".join(value.split())
    return f"0{code}" if _ZERO_DROPPED.fullmatch(code) else code
