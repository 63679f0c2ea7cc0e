"""Tables pasted from a spreadsheet or a case-management program: a header row names the columns
("Nom | Prénom | Né(e) le | N° alloc"), and the cells under a column of names, birth dates, file
numbers, addresses or contact details take that column's label, whatever they look like.

Columns are cut by "|", tabs or ";" (a CSV export), or aligned with blanks (a line with three blanks in a row is cut
wherever two or more stand); a table is its header row and the rows right after it that have
as many cells. Cells that say nothing ("néant", "-", "?") stay.
"""

import re
from collections.abc import Iterator

from concertons.redaction import gazetteers as gz
from concertons.redaction.addresses import DWELLING
from concertons.redaction.persons import PARTICLES
from concertons.redaction.spans import Label, Span

_SEPARATORS = ("|", "\t", ";")  # ";": a spreadsheet exported as CSV, as French settings write it
# A program's extract aligned with blanks: "NUMIND     NOM       PRENOM     DATNAIS".
_ALIGNMENT = "   "
# Header words, folded, in the order they are tried: "N° dossier" is a file, "Nom" a person.
_COLUMNS = (
    (
        Label.DATE_OF_BIRTH,
        re.compile(
            r"\b(?:nee?s?(?: ?\(e\))?(?: le)?|ddn|dn|date (?:de )?naiss\w*|naiss\w*|datn\w*|dat_naiss?\w*)\b"
        ),
    ),
    # ("Code INSEE" is a commune's code, not a person's number)
    (Label.NIR, re.compile(r"\b(?:nir|secu\w*|(?<!code )insee)\b")),
    (Label.IBAN, re.compile(r"\b(?:iban|rib)\b")),
    (Label.EMAIL, re.compile(r"\b(?:e-?mail|mel|courriel)\b")),
    (Label.PHONE, re.compile(r"\b(?:tel\w*|portable|mobile|fixe)\b")),
    (Label.ADDRESS, re.compile(r"\b(?:adresse|domicile|domiciliation)\b")),
    (
        Label.CASE_ID,
        re.compile(
            # (not "Dossiers FSL", a column of counts)
            r"(?:\bn ?(?:°|o\b)|\bnum\w*|\bref\w*|\bdossier(?!s)|\bidentifiant|\bid\b|\bmatricule|\ballocataire|\balloc\b)"
        ),
    ),
    (
        Label.PERSON,
        re.compile(
            r"\b(?:noms?|prenoms?|beneficiaires?|usagers?|enfants?|jeunes?|familles?|demandeur\w*|titulaires?|"
            r"referente?s?|locataires?|personnes?|meres?|peres?|parents?|assistante?s? familia\w*|signataires?|"
            r"agents?|collegues?|salariee?s?|identite)\b"
        ),
    ),
)
# The postcode and the commune of an address column, in columns of their own ("adresse;cp;ville"); alone, a
# town column is a statistic's ("Ville | postes vacants").
_ADDRESS_PARTS = re.compile(r"^(?:cp|code postal|ville|commune|localite)$")
# The site where each person of a list works ("NOM | PRÉNOM | SITE | PORTABLE"): a small site that places them,
# only in a table of people (alone, "Site | postes vacants" is a statistic's column).
_WORKPLACE_COLUMN = re.compile(r"^(?:site|lieu de travail|antenne|affectation|service d'affectation)$")
# What fills an empty cell.
_EMPTY = gz.word_set(
    "néant neant aucun aucune inconnu inconnue idem nc nr sans vide ras non oui - -- ? x / ¤"
)
_FIGURES = re.compile(r"\d\d")
# A header names its column in a few words; a longer cell is a sentence ("appel de la mère, rdv").
MAX_HEADER_WORDS = 4
_NAME_CELL = re.compile(r"[^\W\d_][\w'’.\- «»\"“”]*", re.UNICODE)  # "Ryan « Ryry »"
MAX_NAME_WORDS = 6
MIN_FILE_DIGITS = 3


def find(text: str) -> Iterator[Span]:
    rows = list(_rows(text))
    index = 0
    while index < len(rows):
        separator, cells = rows[index]
        # a row holding figures is data, not a header ("03/11/2025 | appel de la mère…"); so is one holding a
        # masked detail ("¤": a placeholder the rules read blinded), as the detail made it the first time
        is_header = not any(_FIGURES.search(cell) or "¤" in cell for _start, _end, cell in cells)
        labels = [column_label(cell) if is_header else None for _start, _end, cell in cells]
        if Label.ADDRESS in labels:
            labels = [
                Label.ADDRESS if _ADDRESS_PARTS.match(gz.fold(cell.lower())) else label
                for label, (_start, _end, cell) in zip(labels, cells, strict=True)
            ]
        if Label.PERSON in labels:
            labels = [
                Label.WORKPLACE if _WORKPLACE_COLUMN.match(gz.fold(cell.lower())) else label
                for label, (_start, _end, cell) in zip(labels, cells, strict=True)
            ]
        index += 1
        previous = rows[index - 2][1] if index >= 2 else []
        if (
            len(cells) == 2
            and labels[0]
            and not labels[1]
            and len(previous) == 2
            and column_label(previous[0][2])
        ):
            # "Nom  MORVAN", "Prénom  Erwan" then "Conseiller  A. Daniélou": a form's last field, not a header
            yield from _field(cells)
            continue
        # (fields and their values side by side: "NOM | TRAORE | PRENOM | Mariam")
        pairs = len(cells) % 2 == 0 and all(
            bool(label) == (place % 2 == 0) for place, label in enumerate(labels)
        )
        if (
            (len(cells) == 2 or pairs)
            and index < len(rows)
            and rows[index][1]
            and column_label(rows[index][1][0][2])
        ):
            # "Nom | MARTIN" then "Date de naissance | …": a form's fields, one per line (not a header row whose
            # next row opens on a word of headers: "LIEN | NOM | PRENOM" then "DEMANDEUR | BALAN | Ionuț")
            yield from _field(cells)
            continue
        if not any(labels):
            continue
        while index < len(rows) and rows[index][0] == separator and len(rows[index][1]) == len(cells):
            for label, (start, end, cell) in zip(labels, rows[index][1], strict=True):
                if label and _holds(label, cell):
                    yield Span(start, end, label, "rule:table")
            index += 1


def columns_alike(text: str, spans: list[Span]) -> list[Span]:
    """In a table without header (a round's schedule: "7h30 | Trémoulet | Les Cayres | pilulier"), the cells of a
    column where most rows hold a person's name or an address found otherwise take that label too."""
    if not any(separator in text for separator in (*_SEPARATORS, _ALIGNMENT)):
        return []
    found = []
    for block in _blocks(list(_rows(text))):
        if not any(_FIGURES.search(cell) for _start, _end, cell in block[0]):
            block = block[1:]  # its header row: "| Famille | Lieu | Tél |"
        for column in zip(*block, strict=True):
            for label in (Label.ADDRESS, Label.PERSON):
                covered = [_covered(cell, spans, label) for cell in column]
                if sum(covered) < MIN_ALIKE_CELLS or 2 * sum(covered) < len(column):
                    continue
                found += [
                    Span(start, end, label, "rule:column-alike")
                    for (start, end, cell), known in zip(column, covered, strict=True)
                    if not known
                    and _holds(label, cell)
                    and _looks_alike(label, cell)
                    and not column_label(cell)
                ]
    return found


# A column takes a label from this many of its cells at least, and from half of them
MIN_ALIKE_CELLS = 2
MIN_BLOCK_ROWS = 3


def _blocks(rows: list[tuple[str, list[tuple[int, int, str]]]]) -> Iterator[list[list[tuple[int, int, str]]]]:
    """Runs of MIN_BLOCK_ROWS rows or more with the same separator and the same number of cells."""
    block: list[list[tuple[int, int, str]]] = []
    shape = None
    for separator, cells in [*rows, ("", [])]:
        if cells and (separator, len(cells)) == shape:
            block.append(cells)
            continue
        if len(block) >= MIN_BLOCK_ROWS:
            yield block
        block, shape = ([cells], (separator, len(cells))) if cells else ([], None)


def _covered(cell: tuple[int, int, str], spans: list[Span], label: Label) -> bool:
    start, end, text = cell
    masked = sum(max(0, min(end, s.end) - max(start, s.start)) for s in spans if s.label == label)
    return bool(text) and 2 * masked >= end - start


def _looks_alike(label: Label, cell: str) -> bool:
    """A capitalised name, as the column's others: not a remark ("pas de réseau", "à jeun")."""
    words = cell.split()
    if label == Label.PERSON:
        return words[0][0].isupper() and len(words) <= 3 and not gz.is_institution(words[0])
    # "Les Cayres", "ferme de Lherm"; not a town alone, nor a service ("CMS"), nor a remark ("hospitalisé au Puy")
    return (
        (words[0][0].isupper() or DWELLING.fullmatch(words[0]) is not None)
        and any(word[0].isupper() for word in words)
        and not gz.is_place(cell)
        and not gz.is_institution(words[0])
        and len(words) <= MAX_NAME_WORDS
    )


def _field(cells: list[tuple[int, int, str]]) -> Iterator[Span]:
    """The value of a form's field on its line ("Nom              LE GOFF", "Adresse\tKerhallet, 29200 Brest")."""
    if len(cells) != 2:
        return
    (_start, _end, header), (start, end, value) = cells
    label = column_label(header)
    if label is None or column_label(value) is not None:
        return  # "Nom | Prénom": a header row
    if label == Label.PERSON and gz.is_institution(value.split()[0]):
        return
    if (
        label == Label.ADDRESS
        and len(value.split()) > MAX_NAME_WORDS
        and not any(char.isdigit() for char in value)
    ):
        return  # "sans domicile – dort rue de la Charité sous un porche": a remark, whose street the rules find
    if _holds(label, value):
        yield Span(start, end, label, "rule:form-field")


def _rows(text: str) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """(separator, cells) of each line cut by "|" or tabs; cells are (start, end, stripped text).
    A line that is no table row yields a row without cells, which ends a table."""
    position = 0
    for line in text.split("\n"):
        separator = next((s for s in _SEPARATORS if s in line), None)
        cells = []
        if separator is None and _ALIGNMENT in line.strip():
            separator = _ALIGNMENT
            # cells are cut by two blanks or more; one blank stays inside a cell ("Jean Luc")
            cells = [
                (position + match.start(), position + match.end(), match.group())
                for match in re.finditer(r"\S+(?: \S+)*", line)
            ]
        elif separator:
            offset = position
            for piece in line.split(separator):
                stripped = piece.strip()
                start = offset + len(piece) - len(piece.lstrip())
                cells.append((start, start + len(stripped), stripped))
                offset += len(piece) + 1
            # "| a | b |": the empty cells outside the first and last bars are no columns
            if cells and not cells[0][2]:
                cells.pop(0)
            if cells and not cells[-1][2]:
                cells.pop()
        yield (separator or "", cells if len(cells) >= 2 else [])
        position += len(line) + 1


def column_label(header: str) -> Label | None:
    folded = gz.fold(header.lower())
    if not folded or len(folded) > 40 or len(folded.split()) > MAX_HEADER_WORDS:
        return None
    return next((label for label, words in _COLUMNS if words.search(folded)), None)


def _holds(label: Label, cell: str) -> bool:
    """Whether a cell holds a detail of its column's kind, not an empty mark or a remark."""
    if not cell or cell.lower() in _EMPTY:
        return False
    if label == Label.PERSON:
        words = cell.lower().split()
        return (
            _NAME_CELL.fullmatch(cell) is not None
            and len(words) <= MAX_NAME_WORDS
            # "Merci à toutes | à tous": a sentence cut by a bar, not a name
            and not any(word in gz.FUNCTION_WORDS and word not in PARTICLES for word in words)
        )
    if label == Label.CASE_ID:
        # "N° | Famille | …" then "1 | GUERFI | …": a row's number, not a file's
        return sum(char.isdigit() for char in cell) >= MIN_FILE_DIGITS
    if label in (Label.DATE_OF_BIRTH, Label.NIR, Label.IBAN, Label.PHONE):
        return any(char.isdigit() for char in cell)
    if label == Label.WORKPLACE:
        return not gz.is_common_word(cell)  # "Quimperlé", not "siège"
    return True
