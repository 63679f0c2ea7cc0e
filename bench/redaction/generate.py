"""Generate the redaction evaluation set's synthetic splits (tests/redaction/eval/generated/).

    python -m bench.redaction.generate            # writes dev.jsonl and test.jsonl
    python -m bench.redaction.generate --check    # regenerates in memory, fails if the files differ

Deterministic (seeded random.Random, no network, no model): French testimony-like texts of 2-6
sentences drawn from the templates of templates.py, with 0-4 gold spans each, in the labels of the
hand-written set plus WORKPLACE. What goes in:

* first names from the INSEE files of the `prenoms` package (bench/redaction/data/, by sex and
  generation, drawn with a Zipf weight from their rank), now and then a first name that is also a
  word or a place (Rose, Pierre, Constance, Florence, Aimé…), nicknames;
* surnames from the same package's list (hyphenated ones made of two);
* communes with their real postcodes (concertons/geo/data, drawn by population);
* street types and names, residences, building parts written by hand (templates.py);
* NIR, IBAN (RIB key and ISO 13616 check digits) and phone numbers valid by python-stdnum and
  phonenumbers, case numbers in the shapes of the hand-written set, dates of birth in many forms.

The dev and the test split differ in their seed, and share no template, no first name, no surname,
no commune name and no street name: each of those is given to one split by a hash of its text
(70 % dev, 30 % test; a name is on one side whether it is a first name, a surname or a town), so the test split measures how the engine does on what it was never tuned on.

Conventions: those of tests/redaction/eval/README.md, except two from issue 12: an ADDRESS span
runs on to the postcode and the town after it ("12 rue des Lilas, 59100 Roubaix" is one span; a
town alone stays visible), and WORKPLACE marks the name of a small site that places the author
("la MDS de [Wattrelos]", "l'antenne [Lens-Nord]"): the name only, not the kind of site.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import phonenumbers  # noqa: E402
from stdnum import iban as stdnum_iban  # noqa: E402
from stdnum.fr import nir as stdnum_nir  # noqa: E402

from bench.redaction import templates as T  # noqa: E402

DATA_DIR = Path(__file__).parent / "data"
COMMUNES = ROOT / "concertons" / "geo" / "data" / "communes.tsv.gz"
OUT_DIR = ROOT / "tests" / "redaction" / "eval" / "generated"

SEEDS = {"dev": 2026_12_01, "test": 2027_03_15}
TEXTS = 400
DEV_SHARE = 0.7
REFERENCE_DAY = date(2025, 10, 15)  # "today" for ages and birth years
LABELS = ("PERSON", "PHONE", "EMAIL", "ADDRESS", "NIR", "DATE_OF_BIRTH", "IBAN", "CASE_ID", "WORKPLACE")
# How many gold spans a text holds: a quarter have none (weights for 0…4).
SPANS_PER_TEXT = (25, 28, 25, 13, 9)
# Which label the next identifying sentence is chosen for (PERSON comes along with the others too).
LABEL_WEIGHTS = {
    "PERSON": 20,
    "ADDRESS": 20,
    "PHONE": 10,
    "DATE_OF_BIRTH": 10,
    "CASE_ID": 8,
    "EMAIL": 7,
    "NIR": 8,
    "IBAN": 6,
    "WORKPLACE": 7,
}
MIN_COMMUNE_POPULATION = 1500
WORKPLACE_POPULATION = 5000  # a town with a social services' site of its own
IDENTIFYING_SLOTS = {"P", "ADDR", "PHONE", "EMAIL", "NIR", "IBAN", "CASE", "DOB", "WORK"}
# Which label a template is grouped by for the 70/30 split: its rarest one.
LABEL_OF_SLOT = {
    "WORK": "WORKPLACE",
    "NIR": "NIR",
    "IBAN": "IBAN",
    "EMAIL": "EMAIL",
    "CASE": "CASE_ID",
    "DOB": "DATE_OF_BIRTH",
    "PHONE": "PHONE",
    "ADDR": "ADDRESS",
    "P": "PERSON",
}
_SLOT = re.compile(r"\{([^{}]+)\}")
_WORD = re.compile(r"\w[\w'’-]+")


# --- splitting what goes in ---------------------------------------------------------------------------


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def bucket(key: str) -> float:
    """A stable number in [0, 1) for a key: which split a name, a commune, a street goes to."""
    digest = hashlib.sha1(f"concertons-eval-split:{fold(key)}".encode()).hexdigest()
    return int(digest[:15], 16) / 16**15


def split_of(key: str) -> str:
    return "dev" if bucket(key) < DEV_SHARE else "test"


def fingerprint(template: str) -> str:
    return hashlib.sha1(template.encode()).hexdigest()[:12]


def slots_of(template: str) -> list[list[str]]:
    return [match.group(1).split(":") for match in _SLOT.finditer(template)]


def span_count(template: str) -> int:
    return sum(1 for slot in slots_of(template) if slot[0] in IDENTIFYING_SLOTS)


@cache
def labels_of(template: str) -> frozenset[str]:
    return frozenset(LABEL_OF_SLOT[slot[0]] for slot in slots_of(template) if slot[0] in LABEL_OF_SLOT)


def template_group(template: str) -> str:
    kinds = {slot[0] for slot in slots_of(template)}
    for slot_kind, label in LABEL_OF_SLOT.items():
        if slot_kind in kinds:
            return label
    return "FILLER"


@cache
def templates_of(split: str) -> tuple[str, ...]:
    """70 % of each group's templates (ranked by fingerprint) for dev, the rest for test."""
    groups: dict[str, list[str]] = {}
    for template in dict.fromkeys(T.IDENTIFYING + T.FILLER):
        groups.setdefault(template_group(template), []).append(template)
    chosen = []
    for members in groups.values():
        ranked = sorted(members, key=fingerprint)
        cut = round(len(ranked) * DEV_SHARE)
        chosen += ranked[:cut] if split == "dev" else ranked[cut:]
    return tuple(sorted(chosen, key=fingerprint))


# --- word lists -----------------------------------------------------------------------------------------


@dataclass
class Weighted:
    items: list
    weights: list

    def pick(self, rng: Random):
        return rng.choices(self.items, self.weights)[0]


@dataclass(frozen=True)
class Commune:
    name: str
    insee: str
    departement: str
    postcodes: tuple[str, ...]
    population: int


@dataclass
class Lexicon:
    first_names: dict[tuple[str, str], Weighted]  # (sex, generation)
    surnames: Weighted
    communes: Weighted
    streets: list[str]
    residences: list[str]
    word_names: dict[str, list[str]]
    nicknames: list[str]


def _zipf(rank: int) -> float:
    return 1.0 / (rank + 10)


@cache
def lexicon(split: str) -> Lexicon:
    first: dict[tuple[str, str], Weighted] = {}
    with gzip.open(DATA_DIR / "first_names.tsv.gz", "rt", encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            name, sex, cohort, rank = line.rstrip("\n").split("\t")
            if split_of(name) == split:
                entry = first.setdefault((sex, cohort), Weighted([], []))
                entry.items.append(name)
                entry.weights.append(_zipf(int(rank)))
    surnames = Weighted([], [])
    with gzip.open(DATA_DIR / "surnames.tsv.gz", "rt", encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            name, rank = line.rstrip("\n").split("\t")
            if split_of(name) == split:
                surnames.items.append(name)
                surnames.weights.append(_zipf(int(rank)))
    communes = Weighted([], [])
    with gzip.open(COMMUNES, "rt", encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            insee, departement, name, postcodes, population = line.rstrip("\n").split("\t")
            if int(population) >= MIN_COMMUNE_POPULATION and split_of(name) == split:
                communes.items.append(
                    Commune(name, insee, departement, tuple(postcodes.split()), int(population))
                )
                communes.weights.append(int(population) ** 0.6)
    return Lexicon(
        first_names=first,
        surnames=surnames,
        communes=communes,
        streets=sorted({s.strip() for s in T.STREET_NAMES if s.strip() and split_of(s.strip()) == split}),
        residences=sorted(
            {s.strip() for s in T.RESIDENCE_NAMES if s.strip() and split_of(s.strip()) == split}
        ),
        word_names={
            sex: sorted({n for n in names if split_of(n) == split}) for sex, names in T.WORD_NAMES.items()
        },
        nicknames=sorted({n for n in T.NICKNAMES if split_of(n) == split}),
    )


def weighted(rng: Random, pairs) -> str:
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights)[0]


# --- people -------------------------------------------------------------------------------------------------


@dataclass
class Person:
    role: str
    sex: str
    first: str
    last: str
    born: date
    word_name: bool = False
    nickname: str | None = None


def _birth_date(rng: Random, ages: tuple[int, int]) -> date:
    age_days = rng.randint(ages[0] * 365 + 1, ages[1] * 365 + 300)
    return REFERENCE_DAY - timedelta(days=age_days)


def age_of(person: Person) -> int:
    born, today = person.born, REFERENCE_DAY
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


@dataclass
class Context:
    """What one text knows: its people (a role comes back as the same person), its family name."""

    rng: Random
    lex: Lexicon
    sloppy: bool
    people: dict[str, Person] = field(default_factory=dict)
    family_name: str | None = None

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        rng, lex = self.rng, self.lex
        sex, cohort, ages, family = T.ROLES[role]
        sex = sex or rng.choice("fm")
        if rng.random() < 0.11 and lex.word_names[sex]:
            first, word_name = rng.choice(lex.word_names[sex]), True
        else:
            first, word_name = lex.first_names[(sex, cohort)].pick(rng), False
        if family and role != "gm":
            if self.family_name is None or (role == "pere" and rng.random() < 0.3):
                name = self._surname()
                self.family_name = self.family_name or name
            else:
                name = self.family_name
        else:
            name = self._surname()
        nickname = None
        if role in ("collegue", "collegue2", "jeune", "ado", "voisin") and rng.random() < 0.08:
            nickname = rng.choice(lex.nicknames)
        person = Person(role, sex, first, name, _birth_date(rng, ages), word_name, nickname)
        self.people[role] = person
        return person

    def _surname(self) -> str:
        name = self.lex.surnames.pick(self.rng)
        if self.rng.random() < 0.05:
            name = f"{name}-{self.lex.surnames.pick(self.rng)}"
        return name


# --- pieces: (text, label or None, kind) -----------------------------------------------------------------

Piece = tuple[str, str | None, str]


def lit(text: str) -> Piece:
    return (text, None, "")


def span(text: str, label: str, kind: str) -> Piece:
    return (text, label, kind)


def _typo(rng: Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 2)
    how = rng.choice(("swap", "drop", "double", "accent"))
    if how == "swap" and word[i].isalpha() and word[i + 1].isalpha():
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == "drop":
        return word[:i] + word[i + 1 :]
    if how == "double":
        return word[: i + 1] + word[i] + word[i + 1 :]
    stripped = unaccent(word)
    return stripped if stripped != word else word[:i] + word[i] + word[i:]


def unaccent(text: str) -> str:
    """Accents off, one character for one (so that offsets hold)."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0]
        out.append(base if len(base) == 1 else char)
    return "".join(out)


def _case(rng: Random, ctx: Context, text: str, weights=(80, 12, 8)) -> tuple[str, str]:
    lower = weights[1] * (3 if ctx.sloppy else 1)
    style = weighted(rng, (("as-is", weights[0]), ("lower", lower), ("caps", weights[2])))
    return {"as-is": text, "lower": text.lower(), "caps": text.upper()}[style], style


def first_name_text(ctx: Context, person: Person) -> tuple[str, str]:
    rng = ctx.rng
    if person.nickname and rng.random() < 0.7:
        return person.nickname, "nickname"
    text, style = _case(rng, ctx, person.first, (84, 12, 4))
    kind = "word-name" if person.word_name else style
    if rng.random() < 0.06:
        text, kind = _typo(rng, text), f"{kind}+typo"
    return text, kind


def surname_text(ctx: Context, person: Person) -> tuple[str, str]:
    rng = ctx.rng
    text, style = _case(rng, ctx, person.last, (70, 10, 20))
    if rng.random() < 0.06:
        text, style = _typo(rng, text), f"{style}+typo"
    return text, style


def full_name_text(ctx: Context, person: Person) -> tuple[str, str]:
    rng = ctx.rng
    first, last = person.first, person.last
    lower = 12 * (3 if ctx.sloppy else 1)
    style = weighted(
        rng,
        (
            ("Prénom Nom", 45),
            ("Prénom NOM", 14),
            ("NOM Prénom", 12),
            ("prénom nom", lower),
            ("PRÉNOM NOM", 5),
            ("Nom Prénom", 4),
            ("P. Nom", 5),
            ("Prénom N.", 3),
        ),
    )
    if style == "P. Nom" and fold(first[0]) == "m":
        style = "Prénom Nom"  # "M. Durand" would read as Monsieur Durand
    text = {
        "Prénom Nom": f"{first} {last}",
        "Prénom NOM": f"{first} {last.upper()}",
        "NOM Prénom": f"{last.upper()} {first}",
        "prénom nom": f"{first} {last}".lower(),
        "PRÉNOM NOM": f"{first} {last}".upper(),
        "Nom Prénom": f"{last} {first}",
        "P. Nom": f"{first[0]}. {last}",
        "Prénom N.": f"{first} {last[0]}.",
    }[style]
    kind = style + (" word-name" if person.word_name else "")
    if rng.random() < 0.06:
        words = text.split(" ")
        i = max(range(len(words)), key=lambda k: len(words[k]))
        words[i] = _typo(rng, words[i])
        text, kind = " ".join(words), f"{kind}+typo"
    return text, kind


def render_person(ctx: Context, role: str, form: str) -> list[Piece]:
    rng = ctx.rng
    person = ctx.person(role)
    if form == "any":
        if T.ROLES[role][1] == "child":
            form = weighted(rng, (("first", 70), ("full", 30)))
        else:
            form = weighted(rng, (("civ", 50), ("full", 30), ("first", 20)))
    if form == "first":
        text, kind = first_name_text(ctx, person)
        return [span(text, "PERSON", f"first:{kind}")]
    if form == "last":
        text, kind = surname_text(ctx, person)
        return [span(text, "PERSON", f"last:{kind}")]
    if form == "full":
        text, kind = full_name_text(ctx, person)
        return [span(text, "PERSON", f"full:{kind}")]
    # civ: a civility (never in the span), then a surname, a full name, a first name or an initial.
    civility = weighted(rng, T.CIVILITIES[person.sex])
    if ctx.sloppy and rng.random() < 0.5:
        civility = civility.lower()
    what = weighted(rng, (("last", 62), ("full", 18), ("first", 10), ("initial", 10)))
    if what == "last":
        text, kind = surname_text(ctx, person)
    elif what == "full":
        text, kind = full_name_text(ctx, person)
    elif what == "first":
        text, kind = first_name_text(ctx, person)
    else:
        text, kind = f"{person.last[0].upper()}.", "initial"
    return [lit(f"{civility} "), span(text, "PERSON", f"civ:{what}:{kind}")]


# --- places ---------------------------------------------------------------------------------------------------


def town_with(preposition: str, name: str) -> str:
    """'à', 'À', 'de' and '-' before a commune's name, with French contractions."""
    capital = preposition[:1].isupper()
    prep = preposition.lower()
    if prep == "-":
        return name
    article, _, rest = name.partition(" ")
    if prep in ("à", "a"):
        if article == "Le":
            text = f"au {rest}"
        elif article == "Les":
            text = f"aux {rest}"
        else:
            text = f"à {name}"
    else:  # de
        if article == "Le":
            text = f"du {rest}"
        elif article == "Les":
            text = f"des {rest}"
        elif fold(name[0]) in "aeiouyh":
            text = f"d'{name}"
        else:
            text = f"de {name}"
    return text[0].upper() + text[1:] if capital else text


def render_town(ctx: Context, preposition: str) -> list[Piece]:
    commune = ctx.lex.communes.pick(ctx.rng)
    name = commune.name.lower() if ctx.sloppy and ctx.rng.random() < 0.5 else commune.name
    return [lit(town_with(preposition, name))]


def _street(ctx: Context) -> tuple[str, str]:
    rng = ctx.rng
    number = str(min(int(rng.expovariate(1 / 30)) + 1, 320))
    suffix = weighted(rng, (("", 80), (" bis", 8), ("bis", 2), (" ter", 3), ("B", 2), (" B", 2), ("A", 1)))
    separator = weighted(rng, ((" ", 90), (", ", 8), (",", 2)))
    prefix = weighted(rng, (("", 95), ("n°", 3), ("N° ", 2)))
    street_type = weighted(rng, T.STREET_TYPES)
    name = rng.choice(ctx.lex.streets)
    text = f"{prefix}{number}{suffix}{separator}{street_type} {name}"
    kind = "street" + ("+bis" if suffix else "")
    return text, kind


def _building(rng: Random, parts: int = 1) -> str:
    """One or more building complements ("bât. B", "appt 14", "3e étage"), each of its own kind."""
    chosen, categories = [], set()
    while len(chosen) < parts:
        pattern, _, category = rng.choices(T.BUILDING_PARTS, [part[1] for part in T.BUILDING_PARTS])[0]
        if category in categories:
            continue
        categories.add(category)
        floor = rng.randint(1, 12)
        chosen.append(
            pattern.format(
                L=rng.choice("ABCDEFGH"),
                D=rng.randint(1, 6),
                N=rng.randint(1, 180),
                F=f"{floor}e" if floor > 1 else rng.choice(("1er", "1e")),
                G=rng.choice(("gauche", "droite", "face")),
            )
        )
    order = {"building": 0, "stairs": 1, "floor": 2, "flat": 3}
    return ", ".join(sorted(chosen, key=lambda text: order[_category(text)]))


def _category(text: str) -> str:
    for pattern, _, category in T.BUILDING_PARTS:
        if text.split(" ")[0] == pattern.split(" ")[0] or ("étage" in text and "étage" in pattern):
            return category
    return "flat"


def _residence(ctx: Context) -> tuple[str, str, str]:
    """(text, kind, preposition before it)."""
    rng = ctx.rng
    kind = weighted(rng, T.RESIDENCE_KINDS)
    name = rng.choice(ctx.lex.residences)
    if kind == "hameau":
        text = f"{rng.choice(('hameau', 'Hameau'))} {name}"
    elif kind == "lieu-dit":
        text = f"{rng.choice(('lieu-dit', 'Lieu-dit', 'lieudit'))} {name}"
    else:
        text = f"{kind} {name}"
    folded = fold(kind).rstrip(".")
    preposition = (
        "à la" if folded in ("residence", "res", "cite", "tour") else "à l'" if folded == "immeuble" else "au"
    )
    return text, "residence" if kind not in ("hameau", "lieu-dit") else "lieu-dit", preposition


def _postcode_tail(ctx: Context, multiline: bool) -> tuple[str, str]:
    rng = ctx.rng
    commune = ctx.lex.communes.pick(rng)
    postcode = rng.choice(commune.postcodes)
    name = commune.name
    style = weighted(
        rng,
        (
            (", PC Town", 50),
            (" PC Town", 14),
            (", PC TOWN", 12),
            ("\nPC Town", 10 if multiline else 0),
            (" - PC Town", 5),
            (", Town (PC)", 5),
            (", pc town", 5 * (3 if ctx.sloppy else 1)),
        ),
    )
    text = {
        ", PC Town": f", {postcode} {name}",
        " PC Town": f" {postcode} {name}",
        ", PC TOWN": f", {postcode} {name.upper()}",
        "\nPC Town": f"\n{postcode} {name}",
        " - PC Town": f" - {postcode} {name}",
        ", Town (PC)": f", {name} ({postcode})",
        ", pc town": f", {postcode} {name.lower()}",
    }[style]
    return text, "+postcode" + ("+newline" if "\n" in text else "")


def render_address(ctx: Context, mode: str) -> list[Piece]:
    rng = ctx.rng
    bare = mode == "-"
    shape = weighted(
        rng,
        (
            ("street", 58),
            ("street+building", 16),
            ("residence", 13),
            ("building+street", 5 if bare else 0),
            ("lieu-dit", 8),
        ),
    )
    preposition = "au"
    if shape in ("street", "street+building"):
        text, kind = _street(ctx)
        if shape == "street+building":
            text += ", " + _building(rng, rng.choice((1, 1, 2)))
            kind += "+building"
    elif shape == "building+street":
        street, kind = _street(ctx)
        text, kind = f"{_building(rng)}, {street}", f"building+{kind}"
    else:
        text, kind, preposition = _residence(ctx)
        if kind == "lieu-dit":
            preposition = "au"
        elif rng.random() < 0.6:
            text += rng.choice((" ", ", ")) + _building(rng, rng.choice((1, 1, 2)))
            kind += "+building"
        if kind.startswith("residence") and rng.random() < 0.25:
            street, _ = _street(ctx)
            text += ("\n" if bare and rng.random() < 0.3 else ", ") + street
            kind += "+street"
    style = weighted(rng, (("as-is", 88), ("lower", 7 * (3 if ctx.sloppy else 1)), ("caps", 5)))
    text = {"as-is": text, "lower": text.lower(), "caps": text.upper()}[style]
    after: list[Piece] = []
    if rng.random() < 0.55:
        tail, tail_kind = _postcode_tail(ctx, multiline=bare)
        if style == "lower":
            tail = tail.lower()
        text += tail
        kind += tail_kind
    elif rng.random() < 0.45:
        commune = ctx.lex.communes.pick(rng)
        after = [lit(rng.choice((" ", ", ")) + town_with("à", commune.name))]
    if style != "as-is":
        kind += f"+{style}"
    if "\n" in text and "newline" not in kind:
        kind += "+newline"
    before = [] if bare else [lit(preposition if preposition.endswith("'") else f"{preposition} ")]
    return [*before, span(text, "ADDRESS", kind), *after]


def render_workplace(ctx: Context, preposition: str) -> list[Piece]:
    rng = ctx.rng
    site, site_a, site_de, _ = rng.choices(T.WORKPLACES, [w[3] for w in T.WORKPLACES])[0]
    prep = preposition.lower()
    lead = {"à": site_a, "de": site_de}.get(prep, site)
    if preposition[:1].isupper():
        lead = lead[0].upper() + lead[1:]
    commune = ctx.lex.communes.pick(rng)
    while commune.population < WORKPLACE_POPULATION:
        commune = ctx.lex.communes.pick(rng)
    name = commune.name
    if commune.population >= 30_000 and rng.random() < 0.4:
        base = name.split(" ")[-1] if name.startswith(("Le ", "La ", "Les ")) else name
        return [
            lit(f"{lead} "),
            span(f"{base}-{rng.choice(T.WORKPLACE_QUARTERS)}", "WORKPLACE", "site+quarter"),
        ]
    with_de = town_with("de", name)  # "de Roubaix", "d'Arras", "du Cateau-Cambrésis"
    if with_de.startswith("d'"):
        return [lit(f"{lead} d'"), span(name, "WORKPLACE", "site-de-commune")]
    word, _, rest = with_de.partition(" ")
    return [lit(f"{lead} {word} "), span(rest, "WORKPLACE", "site-de-commune")]


# --- numbers ---------------------------------------------------------------------------------------------------

_DOM_PHONES = (
    ("RE", "0262", "0692", "0693"),
    ("GP", "0590", "0690", "0691"),
    ("MQ", "0596", "0696", "0696"),
    ("GF", "0594", "0694", "0694"),
)


def _phone_digits(rng: Random) -> tuple[str, str]:
    """(10 national digits, region)."""
    while True:
        kind = weighted(rng, (("mobile", 62), ("fixed", 30), ("09", 4), ("dom", 4)))
        if kind == "mobile":
            digits = rng.choice(("06", "06", "07")) + "".join(rng.choice("0123456789") for _ in range(8))
            region = "FR"
        elif kind == "fixed":
            digits = "0" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(8))
            region = "FR"
        elif kind == "09":
            digits = "09" + "".join(rng.choice("0123456789") for _ in range(8))
            region = "FR"
        else:
            region, *prefixes = rng.choice(_DOM_PHONES)
            digits = rng.choice(prefixes) + "".join(rng.choice("0123456789") for _ in range(6))
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
            return digits, region


def render_phone(ctx: Context) -> list[Piece]:
    rng = ctx.rng
    digits, region = _phone_digits(rng)
    pairs = " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    rest = digits[1:]
    rest_pairs = " ".join([rest[0]] + [rest[i : i + 2] for i in range(1, 9, 2)])
    if region != "FR":
        code = {"RE": "262", "GP": "590", "MQ": "596", "GF": "594"}[region]
        style = weighted(
            rng, (("0692 12 34 56", 45), ("spaced", 25), ("+262 692 12 34 56", 20), ("compact", 10))
        )
        text = {
            "0692 12 34 56": f"{digits[:4]} {digits[4:6]} {digits[6:8]} {digits[8:]}",
            "spaced": pairs,
            "+262 692 12 34 56": f"+{code} {digits[1:4]} {digits[4:6]} {digits[6:8]} {digits[8:]}",
            "compact": digits,
        }[style]
        return [span(text, "PHONE", f"dom:{style}")]
    style = weighted(
        rng,
        (
            ("spaced", 36),
            ("dots", 12),
            ("compact", 15),
            ("dashes", 6),
            ("slashes", 2),
            ("+33 spaced", 8),
            ("+33 compact", 4),
            ("0033", 3),
            ("+33 (0)", 3),
            ("(+33)", 2),
            ("0612 34 56 78", 2),
            ("06 12 345 678", 2),
            ("double spaces", 2),
        ),
    )
    text = {
        "spaced": pairs,
        "dots": pairs.replace(" ", "."),
        "compact": digits,
        "dashes": pairs.replace(" ", "-"),
        "slashes": pairs.replace(" ", "/"),
        "+33 spaced": f"+33 {rest_pairs}",
        "+33 compact": f"+33{rest}",
        "0033": f"0033 {rest_pairs}",
        "+33 (0)": f"+33 (0){rest_pairs}",
        "(+33)": f"(+33) {rest_pairs}",
        "0612 34 56 78": f"{digits[:4]} {digits[4:6]} {digits[6:8]} {digits[8:]}",
        "06 12 345 678": f"{digits[:2]} {digits[2:4]} {digits[4:7]} {digits[7:]}",
        "double spaces": pairs.replace(" ", "  "),
    }[style]
    return [span(text, "PHONE", style)]


def _ascii_slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", unaccent(text).lower())


def render_email(ctx: Context, whose: str) -> list[Piece]:
    rng = ctx.rng
    if whose == "service" or whose not in T.ROLES:
        box = rng.choice(T.SERVICE_MAILBOXES)
        commune = ctx.lex.communes.pick(rng)
        place = weighted(rng, (("", 45), (f".{_ascii_slug(commune.name)}", 30), (commune.departement, 25)))
        text = f"{box}{place}@{rng.choice(T.SERVICE_DOMAINS)}"
        kind = "service"
    else:
        person = ctx.person(whose)
        first = _ascii_slug(person.first.split("-")[0]) if rng.random() < 0.5 else _ascii_slug(person.first)
        last = _ascii_slug(person.last)
        number = str(rng.randint(1, 99)) if rng.random() < 0.5 else str(rng.randint(1960, 2012))
        local = weighted(
            rng,
            (
                (f"{first}.{last}", 35),
                (f"{first}{last}", 10),
                (f"{first[0]}.{last}", 10),
                (f"{last}.{first}", 6),
                (f"{first}_{last}", 5),
                (f"{first}.{last}{number}", 10),
                (f"{first}{number}", 8),
                (f"{last}{first[0]}", 5),
                (f"{first}-{last}", 4),
                (f"{first[0]}{last}{number}", 7),
            ),
        )
        professional = whose in ("collegue", "collegue2", "cadre", "puer", "medecin")
        domain = (
            rng.choice(T.SERVICE_DOMAINS)
            if professional and rng.random() < 0.6
            else weighted(rng, T.EMAIL_DOMAINS)
        )
        text, kind = f"{local}@{domain}", "person"
    if rng.random() < 0.08:
        return [lit("<"), span(text, "EMAIL", kind), lit(">")]
    return [span(text, "EMAIL", kind)]


def _nir_digits(ctx: Context, person: Person | None) -> str:
    rng = ctx.rng
    sex = "1" if (person.sex if person else rng.choice("fm")) == "m" else "2"
    born = person.born if person else _birth_date(rng, (18, 80))
    abroad = (person and person.role == "jeune" and rng.random() < 0.7) or rng.random() < 0.12
    if abroad:
        place = "99" + rng.choice(T.NIR_COUNTRIES)
    else:
        insee = ctx.lex.communes.pick(rng).insee
        place = insee  # "59350", "2A004", "97411": département and commune, 5 characters
    body = f"{sex}{born.year % 100:02d}{born.month:02d}{place}{rng.randint(1, 999):03d}"
    return body + stdnum_nir.calc_check_digits(body)


def render_nir(ctx: Context, role: str) -> list[Piece]:
    rng = ctx.rng
    person = ctx.person(role) if role in T.ROLES else None
    n = _nir_digits(ctx, person)
    dom = n[5:7] == "97"
    department = n[5:8] if dom else n[5:7]
    commune = n[8:10] if dom else n[7:10]
    parts = [n[0], n[1:3], n[3:5], department, commune, n[10:13]]
    key = n[13:]
    style = weighted(
        rng,
        (
            ("spaced", 40),
            ("compact", 18),
            ("13 key", 10),
            ("dots", 5),
            ("key apart -", 12),
            ("key apart /", 5),
            ("dashes", 4),
            ("double space key", 3),
        ),
    )
    spaced = " ".join(parts)
    text = {
        "spaced": f"{spaced} {key}",
        "compact": n,
        "13 key": f"{n[:13]} {key}",
        "dots": ".".join([*parts, key]),
        "key apart -": f"{rng.choice((spaced, n[:13]))} - {key}",
        "key apart /": f"{rng.choice((spaced, n[:13]))} / {key}",
        "dashes": "-".join([*parts, key]),
        "double space key": f"{spaced}  {key}",
    }[style]
    return [span(text, "NIR", style)]


def _rib_key(bank: str, branch: str, account: str) -> str:
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def render_iban(ctx: Context) -> list[Piece]:
    rng = ctx.rng
    bank = weighted(rng, T.BANK_CODES)
    branch = f"{rng.randint(0, 99999):05d}"
    account = f"{rng.randint(0, 10**11 - 1):011d}"
    bban = bank + branch + account + _rib_key(bank, branch, account)
    number = "FR" + stdnum_iban.calc_check_digits("FR00" + bban) + bban
    assert stdnum_iban.is_valid(number), number
    groups = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    style = weighted(
        rng,
        (("by 4", 50), ("compact", 20), ("RIB", 10), ("lower by 4", 8), ("lower compact", 4), ("dashes", 3)),
    )
    text = {
        "by 4": groups,
        "compact": number,
        "RIB": f"{number[:4]} {bank} {branch} {account} {bban[-2:]}",
        "lower by 4": groups.lower(),
        "lower compact": number.lower(),
        "dashes": groups.replace(" ", "-"),
    }[style]
    return [span(text, "IBAN", style)]


def _digits(rng: Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def render_case(ctx: Context, kind: str) -> list[Piece]:
    rng = ctx.rng
    year = rng.randint(2018, 2025)
    yy = f"{year % 100:02d}"
    dep = ctx.lex.communes.pick(rng).departement
    dep3 = dep.zfill(3) if dep.isdigit() else "0" + dep
    shapes = {
        "caf": lambda: _digits(rng, 7),
        "mdph": lambda: rng.choice(
            (f"{dep3}{year}{_digits(rng, 6)}", f"MDPH-{dep}-{year}-{_digits(rng, 5)}")
        ),
        "ase": lambda: rng.choice(
            (
                f"{year}-ASE-{_digits(rng, 4)}",
                f"ASE/{dep}/{year}/{_digits(rng, 5)}",
                f"ASE-{year}-{_digits(rng, 5)}",
            )
        ),
        "crip": lambda: rng.choice(
            (
                f"IP-{year}-{_digits(rng, 3)}",
                f"CRIP-{year}-{_digits(rng, 5)}",
                f"{dep}-{year}-{_digits(rng, 5)}",
            )
        ),
        "je": lambda: rng.choice(
            (f"JE {year}/{_digits(rng, 4)}", f"JE-{yy}-{_digits(rng, 5)}", f"{yy}/{_digits(rng, 5)}")
        ),
        "rg": lambda: rng.choice((f"RG {yy}/{_digits(rng, 5)}", f"RG n° {yy}/{_digits(rng, 5)}")),
        "parquet": lambda: f"{yy}.{_digits(rng, 3)}.{_digits(rng, 5)}",
        "ft": lambda: _digits(rng, 7) + rng.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
        "fsl": lambda: rng.choice((f"FSL-{year}-{_digits(rng, 4)}", f"fsl {year} {_digits(rng, 4)}")),
        "siao": lambda: f"SIAO-{dep}-{year}-{_digits(rng, 5)}",
        "dalo": lambda: f"{dep3} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}",
        "apa": lambda: f"APA-{year}-{_digits(rng, 5)}",
        "aemo": lambda: f"AEMO-{year}-{_digits(rng, 4)}",
        "baj": lambda: f"{year}/{_digits(rng, 6)}",
        "ecrou": lambda: _digits(rng, 5),
        "agdref": lambda: rng.choice("1234567") + _digits(rng, 9),
        "fiscal": lambda: rng.choice("0123") + _digits(rng, 12),
        "logiciel": lambda: rng.choice(
            (f"INDIV-{_digits(rng, 8)}", f"SOL-{_digits(rng, 7)}", f"DOS-{_digits(rng, 6)}")
        ),
        "client": lambda: rng.choice(
            (
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}",
                f"LOC-{_digits(rng, 6)}-{yy}",
                f"AF-{year}-{_digits(rng, 4)}",
                f"{year}-{dep3}-{_digits(rng, 6)}",
            )
        ),
    }
    return [span(shapes[kind](), "CASE_ID", kind)]


def _date_text(rng: Random, day: date, style: str) -> str:
    month = T.MONTHS[day.month - 1]
    d = "1er" if day.day == 1 and rng.random() < 0.7 else str(day.day)
    return {
        "long": f"{d} {month} {day.year}",
        "long0": f"{day.day:02d} {month} {day.year}",
        "slash": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "slash-short": f"{day.day}/{day.month}/{day.year}",
        "dots": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "dots-short": f"{day.day}.{day.month}.{day.year % 100:02d}",
        "slash-yy": f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}",
        "dash": f"{day.day:02d}-{day.month:02d}-{day.year}",
        "LONG": f"{d} {month.upper()} {day.year}",
        "month-year": f"{month} {day.year}",
        "year": str(day.year),
        "day-month": f"{d} {month}",
    }[style]


NUMERIC_DATES = (
    ("slash", 40),
    ("slash-short", 10),
    ("dots", 12),
    ("dots-short", 8),
    ("slash-yy", 10),
    ("dash", 6),
)
LONG_DATES = (("long", 80), ("long0", 10), ("LONG", 4))


def render_dob(ctx: Context, role: str, mode: str) -> list[Piece]:
    rng = ctx.rng
    person = ctx.person(role)
    born_word = "née" if person.sex == "f" else "né"
    if mode == "ne":
        lead = weighted(rng, (("le", 78), ("en month", 8), ("en year", 9), ("le no year", 5)))
        if lead == "le":
            style = weighted(rng, LONG_DATES + NUMERIC_DATES)
            return [
                lit(f"{born_word} le "),
                span(_date_text(rng, person.born, style), "DATE_OF_BIRTH", f"né le:{style}"),
            ]
        style = {"en month": "month-year", "en year": "year", "le no year": "day-month"}[lead]
        word = "le" if lead == "le no year" else "en"
        return [
            lit(f"{born_word} {word} "),
            span(_date_text(rng, person.born, style), "DATE_OF_BIRTH", f"né {word}:{style}"),
        ]
    if mode == "ddn":
        lead = weighted(
            rng,
            (
                ("DDN : ", 35),
                ("DDN ", 20),
                ("date de naissance : ", 20),
                (f"{born_word} le ", 15),
                ("D.N. ", 5),
                ("ddn: ", 5),
            ),
        )
        style = weighted(rng, NUMERIC_DATES if "D" in lead or "ddn" in lead else LONG_DATES + NUMERIC_DATES)
        return [
            lit(lead),
            span(_date_text(rng, person.born, style), "DATE_OF_BIRTH", f"{lead.strip(' :')}:{style}"),
        ]
    if mode == "age":
        age = age_of(person)
        aged = "âgée" if person.sex == "f" else "âgé"
        lead = weighted(rng, (("aged (born in year)", 50), ("N ans, né le", 30), ("N ans (DDN)", 20)))
        if lead == "aged (born in year)":
            return [
                lit(f"{aged} de {age} ans ({born_word} en "),
                span(str(person.born.year), "DATE_OF_BIRTH", "age:year"),
                lit(")"),
            ]
        if lead == "N ans, né le":
            style = weighted(rng, LONG_DATES + NUMERIC_DATES)
            return [
                lit(f"{age} ans, {born_word} le "),
                span(_date_text(rng, person.born, style), "DATE_OF_BIRTH", f"age:{style}"),
            ]
        style = weighted(rng, NUMERIC_DATES)
        return [
            lit(f"{age} ans (DDN "),
            span(_date_text(rng, person.born, style), "DATE_OF_BIRTH", f"age:{style}"),
            lit(")"),
        ]
    # bare / after: the date alone, the template says what it is.
    style = weighted(rng, NUMERIC_DATES + LONG_DATES)
    return [span(_date_text(rng, person.born, style), "DATE_OF_BIRTH", f"bare:{style}")]


# --- filler slots (nothing identifying) ---------------------------------------------------------------------


def render_filler(ctx: Context, kind: str, args: list[str]) -> list[Piece]:
    rng = ctx.rng
    if kind == "g":
        masc, fem = args[1].split("|")
        return [lit(fem if ctx.person(args[0]).sex == "f" else masc)]
    if kind == "e":
        return [lit("e" if ctx.person(args[0]).sex == "f" else "")]
    if kind == "TOWN":
        return render_town(ctx, args[0] if args else "-")
    if kind == "DEP":
        return [lit(ctx.lex.communes.pick(rng).departement)]
    if kind == "N":
        low, high = (int(x) for x in args[0].split("-"))
        return [lit(str(rng.randint(low, high)))]
    if kind == "DATE":
        day = REFERENCE_DAY + timedelta(days=rng.randint(-400, 120))
        style = weighted(rng, (("day-month", 50), ("slash-short", 15), ("long", 15), ("dm", 20)))
        if style == "dm":
            return [lit(f"{day.day}/{day.month:02d}")]
        return [lit(_date_text(rng, day, style))]
    if kind == "MONTH":
        return [lit(rng.choice(T.MONTHS))]
    if kind == "DAY":
        return [lit(rng.choice(T.DAYS))]
    if kind == "HOUR":
        return [lit(rng.choice(("9h", "9h30", "10h", "14h", "14h30", "16h", "14 h 30", "17h")))]
    if kind == "YEAR":
        return [lit(str(rng.randint(2012, 2026)))]
    if kind == "AMOUNT":
        value = rng.choice(
            (rng.randint(3, 99) * 100, rng.randint(1, 40) * 1000, rng.randint(1, 90) * 100_000)
        )
        text = f"{value:,}".replace(",", " ")
        return [lit(f"{text} {rng.choice(('euros', '€', 'euros'))}")]
    raise ValueError(f"unknown slot {kind!r}")


def render_slot(ctx: Context, slot: list[str]) -> list[Piece]:
    kind, args = slot[0], slot[1:]
    if kind == "P":
        return render_person(ctx, args[0], args[1])
    if kind == "ADDR":
        return render_address(ctx, args[0])
    if kind == "PHONE":
        return render_phone(ctx)
    if kind == "EMAIL":
        return render_email(ctx, args[0])
    if kind == "NIR":
        return render_nir(ctx, args[0])
    if kind == "IBAN":
        return render_iban(ctx)
    if kind == "CASE":
        return render_case(ctx, args[0])
    if kind == "DOB":
        return render_dob(ctx, args[0], args[1])
    if kind == "WORK":
        return render_workplace(ctx, args[0])
    return render_filler(ctx, kind, args)


def render_template(ctx: Context, template: str) -> list[Piece]:
    pieces: list[Piece] = []
    position = 0
    for match in _SLOT.finditer(template):
        if match.start() > position:
            pieces.append(lit(template[position : match.start()]))
        pieces += render_slot(ctx, match.group(1).split(":"))
        position = match.end()
    if position < len(template):
        pieces.append(lit(template[position:]))
    return pieces


# --- texts --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Generated:
    text: str
    gold: tuple[tuple[int, int, str, str], ...]  # start, end, label, kind
    templates: tuple[str, ...]  # fingerprints

    def as_json(self, text_id: str) -> str:
        gold = [
            {"start": s, "end": e, "label": label, "text": self.text[s:e], "kind": kind}
            for s, e, label, kind in self.gold
        ]
        return json.dumps(
            {"id": text_id, "text": self.text, "gold": gold, "templates": list(self.templates)},
            ensure_ascii=False,
        )


def _sloppy(text: str, rng_choice: tuple[bool, bool]) -> str:
    lower, strip = rng_choice
    if lower:
        text = text.lower()
    if strip:
        text = unaccent(text)
    return text


def compose(rng: Random, split: str) -> Generated:
    lex = lexicon(split)
    pool = templates_of(split)
    identifying = [t for t in pool if span_count(t)]
    fillers = [t for t in pool if not span_count(t)]
    sloppy = rng.random() < 0.22
    ctx = Context(rng, lex, sloppy)
    budget = rng.choices(range(len(SPANS_PER_TEXT)), SPANS_PER_TEXT)[0]
    chosen: list[str] = []
    while budget > 0:
        fitting = [t for t in identifying if span_count(t) <= budget and t not in chosen]
        offered = [label for label in LABEL_WEIGHTS if any(label in labels_of(t) for t in fitting)]
        label = rng.choices(offered, [LABEL_WEIGHTS[label] for label in offered])[0]
        template = rng.choice([t for t in fitting if label in labels_of(t)])
        chosen.append(template)
        budget -= span_count(template)
    sentences = max(rng.randint(2, 6), len(chosen) + (1 if rng.random() < 0.7 else 0))
    chosen += rng.sample(fillers, sentences - len(chosen))
    rng.shuffle(chosen)
    lower, strip = sloppy and rng.random() < 0.7, sloppy and rng.random() < 0.5
    joiner = "\n" if sloppy and rng.random() < 0.4 else " "

    pieces: list[Piece] = []
    for i, template in enumerate(chosen):
        if i:
            if joiner == " " and pieces[-1][0][-1:] not in ".!?»":
                pieces.append(lit("."))
            pieces.append(lit(joiner))
        for text, label, kind in render_template(ctx, template):
            if label is None:
                text = _sloppy(text, (lower, strip))
            elif sloppy and label != "EMAIL" and rng.random() < 0.3:
                text = unaccent(text)
            pieces.append((text, label, kind))
    out, gold, length = [], [], 0
    for text, label, kind in pieces:
        if label is not None:
            gold.append((length, length + len(text), label, kind))
        out.append(text)
        length += len(text)
    return Generated("".join(out), tuple(gold), tuple(fingerprint(t) for t in chosen))


def problems(item: Generated) -> list[str]:
    """Why a generated text cannot be kept: a masked name also visible elsewhere, a bad span."""
    found = []
    covered = [False] * len(item.text)
    for start, end, _label, _kind in item.gold:
        covered[start:end] = [True] * (end - start)
        value = item.text[start:end]
        if not value or value != value.strip():
            found.append(f"span {value!r} is empty or has blanks at an end")
    names = {
        fold(word)
        for start, end, label, _ in item.gold
        if label in ("PERSON", "WORKPLACE")
        for word in _WORD.findall(item.text[start:end])
        if len(word) > 2
    }
    for match in _WORD.finditer(item.text):
        if fold(match.group(0)) in names and not covered[match.start()]:
            found.append(f"{match.group(0)!r} is masked elsewhere and visible here")
    return found


def generate(split: str, count: int = TEXTS, seen: set[str] | None = None) -> list[Generated]:
    rng = Random(SEEDS[split])
    seen = set() if seen is None else seen
    items: list[Generated] = []
    while len(items) < count:
        item = compose(rng, split)
        key = " ".join(fold(item.text).split())
        if key in seen or problems(item):
            continue
        seen.add(key)
        items.append(item)
    return items


def generate_all(count: int = TEXTS) -> dict[str, list[Generated]]:
    seen: set[str] = set()
    return {split: generate(split, count, seen) for split in ("dev", "test")}


def lines_of(split: str, items: list[Generated]) -> str:
    return "".join(item.as_json(f"{split}:{n}") + "\n" for n, item in enumerate(items, start=1))


def summary(items: list[Generated]) -> str:
    labels = Counter(label for item in items for _, _, label, _ in item.gold)
    spans = sum(labels.values())
    clean = sum(1 for item in items if not item.gold)
    templates = len({t for item in items for t in item.templates})
    per_label = ", ".join(f"{label} {labels[label]}" for label in LABELS)
    return f"{len(items)} texts, {clean} without any span, {spans} spans ({per_label}), {templates} templates"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help=f"folder of the files (default {OUT_DIR})")
    parser.add_argument("--texts", type=int, default=TEXTS, help="texts per split")
    parser.add_argument("--check", action="store_true", help="regenerate and compare with the files")
    arguments = parser.parse_args()
    generated = generate_all(arguments.texts)
    differ = []
    for split, items in generated.items():
        path = arguments.out / f"{split}.jsonl"
        content = lines_of(split, items)
        print(f"{split}: {summary(items)}")
        if arguments.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != content:
                differ.append(str(path))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
    if differ:
        sys.exit(f"differ from a fresh generation: {', '.join(differ)}")


if __name__ == "__main__":
    main()
