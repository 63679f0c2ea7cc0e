"""Reading the lists of signatories people publish by hand, or a table such as our own export: text in, entries
with their positions out, no database, so that its rules are unit-tested alone (signatures.importing then checks
each entry with the signer form, skips duplicates and writes).

How a list entry `NOM Prénom - fonction à Commune (dép)` is read:
- entries are separated by " / " or by line breaks; a line break inside an entry is recognised when the line
  ends on a connector ("à", "de", a dash…), when the next line starts with a dash, a parenthesis or a lower-case
  word, or when the next line does not start like an entry (a word in capitals followed by a first name);
- the name ends at the first dash (-, –, —) with a space on at least one side, so "Ana-Maria" and
  "médico-sociale" stay whole (a comma is accepted when there is no dash);
- the last name is the leading run of words written in capitals ("LE GOFF", "DA SILVA", "DE LA TOUR"), the first
  name is everything after it ("Ana-Maria", "Jean Édouard", "Jean ÉDOUARD"); a name all in capitals gives its
  last word as first name, a name with no capitals its first word as last name: both are reported as warnings;
- "(59)" at the end is the département;
- the commune follows the last " à " (or " a ") when it is a known commune, or an unknown name starting with a
  capital but not in capitals (Lomme yes, PMI or ASE no); else the last " de " / " d'" when what follows is a known
  commune written with a capital ("de Roubaix"; not "de PMI", nor "éducateur de rue" though Rue is a commune);
- the fonction is what lies between the dash and the place; it is kept as written in job_title, so the public line
  reads like the original, and mapped to a profession only when it clearly names one (else "autre").
"""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field, replace

from django.utils.translation import gettext as _

from concertons.campaigns.vocabulary import Profession
from concertons.core import spreadsheet
from concertons.geo import communes, departements
from concertons.geo.normalize import fold

# About 50,000 list entries: anything bigger is not a list of signatories.
MAX_FILE_BYTES = 5_000_000
# The form's fields hold about 560 characters in all: a longer entry is garbage, and is not even parsed.
MAX_ENTRY_LENGTH = 600
# How much of an entry a report quotes.
EXCERPT_LENGTH = 80
# Files read as tables (an .xlsx or .ods file arrives here as the CSV text of its first sheet).
SPREADSHEET_SUFFIXES = (".csv", ".xlsx", ".ods")

# Plain spaces only: other control characters stay in the text so that the form refuses them.
_SPACES = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_SLASH = re.compile(r"(?:^|(?<= ))/+(?= |$)")
_DASH = re.compile(" ?[\u2012-\u2015\u2212] ?| -+ ?|-+ ")
_COMMA = re.compile(" ?, ?")
_DEPARTEMENT_AT_END = re.compile(r" ?\(([^()]{1,40})\)$")
_DEPARTEMENT_CODE = re.compile(r"[0-9]{1,3}|2 ?[AB]", re.IGNORECASE)
_AT = re.compile("(?:^| )[àaÀ] ")
_OF = re.compile(" (?:de |d['’] ?)")
_WORD_HYPHEN_AT_END = re.compile(r"[^\W\d_]-$")
# A line ending on one of these words goes on on the next line.
_CONNECTORS = {
    "à",
    "a",
    "de",
    "d'",
    "d’",
    "du",
    "des",
    "la",
    "le",
    "les",
    "l'",
    "l’",
    "en",
    "et",
    "au",
    "aux",
}

# (profession, pattern on the folded fonction), most specific first: "cheffe de service éducatif" is a cadre,
# "infirmière puéricultrice" a puéricultrice.
_PROFESSION_PATTERNS = [
    (Profession.CADRE, r"\bcadre\b|\bchef(?: ?fe)?s? de service\b|\bresponsable de service\b"),
    (Profession.MEDECIN_PMI, r"\bmedecins?\b.*\bpmi\b"),
    (Profession.SAGE_FEMME, r"\bsages? ?femmes?\b"),
    (Profession.PUERICULTRICE, r"\bpuericult"),
    (Profession.ASSISTANT_FAMILIAL, r"\bassistante?s?(?: e)? familia|\bassfam\b|\bass fam\b"),
    (Profession.CONSEILLER_CONJUGAL, r"\bconseill\w*(?: e)?(?: ere)? conjuga"),
    (Profession.CESF, r"\bcesf\b|\beconomie sociale et familiale\b|\bconseill\w*(?: e)?(?: ere)? esf\b"),
    (Profession.TISF, r"\btisf\b|\btechnicien\w*(?: ne)? (?:de l )?intervention sociale"),
    (Profession.ASSISTANT_SOCIAL, r"\bassistante?s?(?: e)? (?:de service )?soc|\bass soc"),
    (Profession.PSYCHOLOGUE, r"\bpsycholog|\bpsy\b"),
    (Profession.INFIRMIER, r"\binfirmi|\bide\b"),
    (Profession.SECRETAIRE, r"\bsecretaires? medico"),
    (Profession.REFERENT_INSERTION, r"\breferente?s?\b.*\b(?:insertion|rsa)\b"),
    (Profession.ANIMATEUR, r"\banimat"),
]
# Neighbouring professions that are not "éducateur·rice spécialisé·e": EJE, moniteur·rice-éducateur·rice, ETS.
_NOT_EDUCATEUR = re.compile(r"jeunes? enfants|\beje\b|\bmoniteur|\bmonitrice|\btechnique")
_EDUCATEUR = re.compile(r"\beduc")
# "AS de polyvalence": the acronym only counts written in capitals ("as" is also a French word).
_AS_ACRONYM = re.compile(r"\bAS\b")

# CSV headers, folded: our export's (English) and the users' (French).
_CSV_COLUMNS = {
    "last name": "last_name",
    "nom": "last_name",
    "first name": "first_name",
    "prenom": "first_name",
    "profession": "profession",
    "fonction": "profession",
    "workplace": "workplace",
    "lieu de travail": "workplace",
    "commune": "commune",
    "departement": "departement",
    "public": "public",
    "email": "email",
    "e mail": "email",
    "courriel": "email",
    # Written by the export, meaningless for an import (an import is confirmed now, by the person importing).
    "source": None,
    "origine": None,
    "confirmed at": None,
    "confirmee le": None,
}
_TRUE = {"true", "vrai", "oui", "o", "yes", "y", "1", "x"}
_FALSE = {"false", "faux", "non", "n", "no", "0", ""}
# write_csv prefixes cells that a spreadsheet would run as formulas; the import takes the prefix off again.
_CSV_FORMULA_PREFIX = re.compile(r"^'(?=[=+\-@\t\r])")


class ImportFileError(ValueError):
    """The file cannot be read at all: too big, not UTF-8, broken CSV."""


@dataclass(frozen=True)
class Entry:
    """One signatory as read from the file, before any check, with where it was found."""

    number: int
    line: int
    text: str
    data: dict[str, str] = field(default_factory=dict)
    is_public: bool = True
    warnings: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    last_line: int = 0  # when the entry runs over several lines of the file; 0: on one line

    @property
    def spans_lines(self) -> bool:
        return self.last_line > self.line

    @property
    def position(self) -> str:
        if self.spans_lines:
            return _("entrée %(number)s, lignes %(line)s à %(last)s") % {
                "number": self.number,
                "line": self.line,
                "last": self.last_line,
            }
        return _("entrée %(number)s, ligne %(line)s") % {"number": self.number, "line": self.line}

    @property
    def excerpt(self) -> str:
        return excerpt(self.text)


def printable(text: str) -> str:
    """The text with control and invisible characters shown as escapes, so a report never sends them to a terminal."""
    return "".join(
        f"\\u{ord(char):04x}" if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") else char
        for char in text
    )


def excerpt(text: str) -> str:
    """A short, printable quote of an entry."""
    shown = printable(text[: EXCERPT_LENGTH + 1])
    return shown[:EXCERPT_LENGTH] + "…" if len(text) > EXCERPT_LENGTH else shown


# --- Reading (pure) -------------------------------------------------------------------------------------------


def decode(content: bytes) -> str:
    """The file's text; UTF-8 only (with or without BOM), since guessing an encoding would garble names. An
    .xlsx or .ods spreadsheet becomes the CSV text of its first sheet."""
    if len(content) > MAX_FILE_BYTES:
        raise ImportFileError(
            _("Fichier trop gros : %(size)s octets (%(max)s au plus).")
            % {"size": len(content), "max": MAX_FILE_BYTES}
        )
    if spreadsheet.is_spreadsheet(content):
        try:
            return spreadsheet.rows_as_csv(spreadsheet.read_spreadsheet(content))
        except spreadsheet.SpreadsheetError as error:
            raise ImportFileError(str(error)) from error
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _(
                "Le fichier n'est pas en UTF-8 (octet illisible en position %(position)s) : enregistrez-le en UTF-8."
            )
            % {"position": error.start}
        ) from error


@dataclass(frozen=True)
class ParsedFile:
    kind: str  # "csv" or "liste"
    entries: list[Entry]
    notes: tuple[str, ...] = ()


def read_entries(text: str, *, filename: str = "") -> ParsedFile:
    """The entries of a file: CSV when it is a spreadsheet or its first line is a known header, else a list."""
    if filename.lower().endswith(SPREADSHEET_SUFFIXES) or _csv_header(text) is not None:
        ignored = csv_unknown_columns(text)
        notes = (
            (_("Colonnes ignorées : %(columns)s.") % {"columns": ", ".join(map(excerpt, ignored))},)
            if ignored
            else ()
        )
        return ParsedFile("csv", parse_csv(text), notes)
    return ParsedFile("liste", parse_list(text))


def parse_list(text: str) -> list[Entry]:
    """Entries of a list as the users publish theirs, numbered, each with the line it starts on."""
    gathered: list[list] = []  # [first line, text, last line, warnings]
    for line, piece, starts_entry in _pieces(text):
        if gathered and not starts_entry and _continues(gathered[-1][1], piece):
            if _looks_like_a_name(piece):
                # "ASE Lille (59)" goes on the previous line, and so would "DUPONT Anne (47)": say so.
                gathered[-1][3].append(
                    _(
                        "La ligne %(line)s, « %(text)s », a été lue comme la suite de l'entrée : si c'est une "
                        "autre personne, séparez-la (un tiret et sa fonction après le nom)."
                    )
                    % {"line": line, "text": excerpt(piece)}
                )
            gathered[-1][1] = _join(gathered[-1][1], piece)
            gathered[-1][2] = line
        else:
            gathered.append([line, piece, line, []])
    entries = []
    for number, (line, entry_text, last, warnings) in enumerate(gathered, 1):
        entry = parse_entry(entry_text, number=number, line=line)
        entries.append(
            replace(entry, last_line=last if last > line else 0, warnings=(*entry.warnings, *warnings))
        )
    return entries


def parse_entry(text: str, *, number: int = 1, line: int = 1) -> Entry:
    """One entry, `NOM Prénom - fonction à Commune (dép)`, as form data (see the module docstring)."""
    text = _SPACES.sub(" ", text).strip(" ")
    if len(text) > MAX_ENTRY_LENGTH:
        return Entry(number, line, text, problems=(_too_long(len(text)),))
    warnings = []
    departement, body = _take_departement(text)
    separator = _DASH.search(body) or _COMMA.search(body)
    name, rest = (body[: separator.start()], body[separator.end() :]) if separator else (body, "")
    last_name, first_name, name_warning = split_name(name)
    if name_warning:
        warnings.append(name_warning)
    function, commune = _split_place(rest.strip(" ,;"))
    data = {
        "last_name": last_name,
        "first_name": first_name,
        "profession": profession_from_function(function),
        "job_title": function,
        "commune": commune,
        "departement": departement,
    }
    return Entry(number, line, text, data, is_public=True, warnings=tuple(warnings))


def split_name(name: str) -> tuple[str, str, str]:
    """(last name, first name, warning or ""): the leading words in capitals are the last name."""
    words = name.split()
    capitals = 0
    while capitals < len(words) and _is_capitals(words[capitals]):
        capitals += 1
    if not words:
        return "", "", ""
    if capitals == 0 and len(words) > 1:
        return (
            words[0],
            " ".join(words[1:]),
            _("Nom écrit sans capitales : « %(last)s » est pris comme nom, à vérifier.") % {"last": words[0]},
        )
    if capitals == len(words) and len(words) > 1:
        return (
            " ".join(words[:-1]),
            words[-1],
            _("Nom et prénom en capitales : « %(first)s » est pris comme prénom, à vérifier.")
            % {"first": words[-1]},
        )
    return " ".join(words[: capitals or 1]), " ".join(words[capitals or 1 :]), ""


def profession_from_function(function: str) -> str:
    """The profession a fonction clearly names ("assistante soc. de polyvalence" → assistant_social), else "autre"."""
    folded = fold(function)
    for profession, pattern in _PROFESSION_PATTERNS:
        if re.search(pattern, folded):
            return profession.value
    if _EDUCATEUR.search(folded) and not _NOT_EDUCATEUR.search(folded):
        return Profession.EDUCATEUR.value
    if _AS_ACRONYM.search(function):
        return Profession.ASSISTANT_SOCIAL.value
    return Profession.OTHER.value


def parse_csv(text: str) -> list[Entry]:
    """Entries of a CSV with a header (our export's columns, or nom, prénom, fonction…), one per row."""
    header_line, delimiter = _first_line(text)
    if header_line is None:
        return []
    stream = io.StringIO(text, newline="")
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        header = next(reader)
        while not any(cell.strip() for cell in header):
            header = next(reader)
        columns = [_CSV_COLUMNS.get(fold(cell)) for cell in header]
        if "last_name" not in columns or "first_name" not in columns:
            raise ImportFileError(
                _("En-tête CSV sans colonnes du nom et du prénom (attendu : %(expected)s).")
                % {"expected": "last_name,first_name,… ou nom,prénom,…"}
            )
        entries = []
        line = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                entries.append(_csv_entry(row, columns, number=len(entries) + 1, line=line))
            line = reader.line_num + 1
    except csv.Error as error:
        raise ImportFileError(
            _("CSV illisible à la ligne %(line)s : %(error)s") % {"line": reader.line_num, "error": error}
        ) from error
    except StopIteration:
        return []
    return entries


def csv_unknown_columns(text: str) -> list[str]:
    """Header cells the import does not use, so the report can say they were ignored."""
    header_line, delimiter = _first_line(text)
    if header_line is None:
        return []
    cells = next(csv.reader([header_line], delimiter=delimiter), [])
    return [cell.strip() for cell in cells if cell.strip() and fold(cell) not in _CSV_COLUMNS]


def _csv_entry(row: list[str], columns: list[str | None], *, number: int, line: int) -> Entry:
    # No length limit of its own: the form checks each cell's (and csv refuses cells over 128 KiB).
    text = ", ".join(cell.strip() for cell in row)
    if len(row) > len(columns):
        problem = _("Cette ligne a %(found)s colonnes, l'en-tête en a %(expected)s.") % {
            "found": len(row),
            "expected": len(columns),
        }
        return Entry(number, line, text, problems=(problem,))
    values = {}
    for column, cell in zip(columns, row, strict=False):
        if column:
            values[column] = _CSV_FORMULA_PREFIX.sub("", _SPACES.sub(" ", cell).strip(" "))
    problems = []
    is_public = True
    if "public" in values:
        answer = fold(values["public"])
        if answer not in _TRUE | _FALSE:
            problems.append(
                _("Valeur « %(value)s » de la colonne public non reconnue (oui ou non attendu).")
                % {"value": excerpt(values["public"])}
            )
        is_public = answer in _TRUE
    profession, job_title = _profession_and_title(values.get("profession", ""))
    data = {
        "last_name": values.get("last_name", ""),
        "first_name": values.get("first_name", ""),
        "profession": profession,
        "job_title": job_title,
        "workplace": values.get("workplace", ""),
        "commune": values.get("commune", ""),
        "departement": values.get("departement", ""),
    }
    if "email" in values:
        data["email"] = values["email"]
    return Entry(number, line, text, data, is_public=is_public, problems=tuple(problems))


def _profession_and_title(text: str) -> tuple[str, str]:
    """Our export writes a profession's name when the signer gave no fonction: it comes back as the profession."""
    folded = fold(text)
    for profession in Profession:
        if folded and folded in (fold(profession.value), fold(str(profession.label))):
            return profession.value, ""
    return profession_from_function(text), text


def _first_line(text: str) -> tuple[str | None, str]:
    """The first non-empty line and the delimiter it uses (Excel in French writes ";")."""
    for line in text.splitlines():
        if line.strip():
            line = line[: MAX_ENTRY_LENGTH * 2]
            return line, max(",;\t", key=line.count)
    return None, ","


def _csv_header(text: str) -> list[str] | None:
    """The folded header cells when the first line has cells for both names ("nom;prénom;…")."""
    line, delimiter = _first_line(text)
    if line is None or line.count(delimiter) < 1:
        return None
    cells = [fold(cell) for cell in line.split(delimiter)]
    return cells if {"last_name", "first_name"} <= {_CSV_COLUMNS.get(cell) for cell in cells} else None


def _pieces(text: str):
    """(line number, text, starts an entry) for each non-empty piece between " / " and line breaks."""
    starts_entry = True
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = _SPACES.sub(" ", line).strip(" ")
        if not line:
            starts_entry = True  # a blank line always ends an entry
            continue
        for index, part in enumerate(_SLASH.split(line)):
            if index > 0:
                starts_entry = True
            part = part.strip(" ")
            if part:
                yield number, part, starts_entry
                starts_entry = False


def _continues(previous: str, following: str) -> bool:
    """Whether a line break between these two pieces falls inside one entry."""
    if len(previous) > MAX_ENTRY_LENGTH:
        return False  # already garbage: do not glue more onto it
    last_word = previous.rsplit(" ", 1)[-1].casefold()
    if last_word in _CONNECTORS or previous.endswith(("-", "–", "—", "'", "’", ",")):
        return True
    if following[:1] in ("-", "–", "—", "(", ",") or following[:1].islower():
        return True
    if _DEPARTEMENT_AT_END.search(previous):
        return False
    if not _starts_like_entry(following):
        return True
    # A new entry starts here, unless the previous line is only the start of a name ("DE" + "LA TOUR Jean").
    has_function = bool(_DASH.search(previous) or _COMMA.search(previous))
    last, first, _warning = split_name(previous)
    return not (has_function or (last and first and _is_capitals(previous.split()[0])))


def _starts_like_entry(text: str) -> bool:
    """Words in capitals, a first name, then nothing or the dash: "DA SILVA Ana-Maria - …" but not "ASE Lille (59)"."""
    words = text.split(" ")
    capitals = 0
    while capitals < len(words) and _is_capitals(words[capitals]):
        capitals += 1
    first_name = capitals
    while first_name < len(words) and _is_capitalised(words[first_name]):
        first_name += 1
    rest = " ".join(words[first_name:])
    return 0 < capitals < first_name and (not rest or bool(_DASH.match(rest) or _COMMA.match(rest)))


def _looks_like_a_name(text: str) -> bool:
    """Starts with a word in capitals then a capitalised one, as "DUPONT Anne" (and "ASE Lille") do."""
    words = text.split(" ")
    return len(words) >= 2 and _is_capitals(words[0]) and _is_capitalised(words[1])


def _join(previous: str, following: str) -> str:
    """Glue a broken line back; a word cut after its hyphen ("Jean-" / "Pierre") gets no space."""
    if _WORD_HYPHEN_AT_END.search(previous) and following[:1].isalpha():
        return previous + following
    return f"{previous} {following}"


def _is_capitals(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _is_capitalised(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return bool(letters) and letters[0].isupper() and any(char.islower() for char in letters)


def _take_departement(text: str) -> tuple[str, str]:
    """("59", the rest) for a text ending in "(59)" or "(Nord)"; ("", text) when it ends in something else."""
    match = _DEPARTEMENT_AT_END.search(text)
    if match is None:
        return "", text
    inside = match[1].strip()
    if _DEPARTEMENT_CODE.fullmatch(inside):
        return inside, text[: match.start()]  # the form says if the code exists
    departement = departements.get(inside)
    if departement is not None:
        return departement.code, text[: match.start()]
    return "", text  # "(PMI)": part of the fonction


def _split_place(rest: str) -> tuple[str, str]:
    """(fonction, commune) from "puéricultrice de PMI à Lomme"; the commune is "" when none is named."""
    at = _last(_AT, rest)
    if at is not None and _is_place(rest[at.end() :], known_only=False):
        return rest[: at.start()].strip(" ,;"), rest[at.end() :]
    of = _last(_OF, rest)
    if of is not None and _is_place(rest[of.end() :], known_only=True):
        return rest[: of.start()].strip(" ,;"), rest[of.end() :]
    return rest, ""


def _last(pattern: re.Pattern, text: str) -> re.Match | None:
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


def _is_place(text: str, *, known_only: bool) -> bool:
    # 60 characters: longer than any commune name written with its article.
    if not text or len(text) > 60:
        return False
    # Lower case only after "à": "éducateur de rue" names no place, though Rue (80) is a commune.
    if (text[0].isupper() or not known_only) and communes.lookup(text):
        return True
    # Unknown and in capitals: a service's acronym ("à PMI", "à la MDS"), not a town.
    return not known_only and text[0].isupper() and not _is_capitals(text.replace(" ", ""))


def _too_long(length: int) -> str:
    return _("Entrée trop longue : %(length)s caractères (%(max)s au plus).") % {
        "length": length,
        "max": MAX_ENTRY_LENGTH,
    }
