"""Numbers that point to one person: NIR (social security), IBAN, e-mail, case and file numbers.

NIR and IBAN keys are checked with python-stdnum; a number of the right shape whose key is wrong
is still masked when a keyword announces it ("n° sécu", "IBAN"), since a typo leaks as much.
"""

import re
from collections.abc import Iterator

from stdnum import iban
from stdnum.fr import nir

from concertons.redaction.spans import Label, Span

_S = r"[ \u00a0\u202f.\-]?"  # one optional separator

# Sex, year, month, département (2A/2B for Corsica), commune, order number, then the 2-digit key.
NIR = re.compile(
    rf"(?<![\w])[12378]{_S}\d\d{_S}(?:0[1-9]|1[0-2]|[2-9]\d){_S}(?:\d\d|2[ABab]){_S}\d{_S}\d\d"
    rf"{_S}\d{{3}}(?:{_S}\d\d)?(?![\w])"
)
_NIR_KEYWORD = re.compile(
    r"(?:s[ée]cu(?:rit[ée] sociale)?|\bNIR\b|\bINSEE\b|\bSS\b|immatriculation|assur[ée]e? social)",
    re.IGNORECASE,
)

IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d\d(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\w])")
_IBAN_KEYWORD = re.compile(r"\b(?:IBAN|RIB|BIC|virement|compte bancaire)\b", re.IGNORECASE)
# A French RIB without its IBAN form: bank, branch, account number, key.
RIB = re.compile(r"(?<![\w])\d{5}[ \u00a0]?\d{5}[ \u00a0]?[A-Z0-9]{11}[ \u00a0]?\d\d(?![\w])")

EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+"
    r"(?:@|\s?[\[(]\s?(?:at|arobase|@)\s?[\])]\s?|\s(?:arobase|at)\s)"
    r"[\w-]+(?:(?:\.|\s?[\[(]\s?(?:dot|point)\s?[\])]\s?)[\w-]+)*"
    r"(?:\.|\s?[\[(]\s?(?:dot|point)\s?[\])]\s?)[a-zA-Z]{2,}(?![\w])",
    re.IGNORECASE,
)

# "dossier n° 2023-ASE-0456", "réf. : AB/12/345", "n° allocataire 1234567", "matricule 0456".
_CASE_KEYWORD = (
    r"(?:dossiers?|r[ée]f[ée]rences?|r[ée]f\.?|allocataire|matricule|identifiant|id|usager|"
    r"signalement|IP|mesure|ordonnance|jugement|RG|parquet|MDPH|CAF|CPAM|MSA|France Travail|"
    r"P[ôo]le emploi|demandeur d'emploi|ticket|affaire|proc[ée]dure|num[ée]ro|n[°ºo]\.?|#)"
)
_NUMBER_SIGN = r"(?:n[°ºo]\.?|num[ée]ro|num\.?|#)"
CASE_ID = re.compile(
    rf"\b{_CASE_KEYWORD}(?:\s+(?:de\s+|d'|du\s+)?(?:dossier|mesure|la\s+mesure|l'usager|suivi|allocataire))?"
    rf"\s*(?:{_NUMBER_SIGN})?\s*[:=]?\s*"
    r"(?P<id>(?=[\w/.-]*\d)[A-Z0-9](?:[A-Z0-9]|[/.\-_ ](?=[A-Z0-9]*\d)[A-Z0-9]|[/.\-_](?=[A-Z]))*[A-Z0-9]?)",
    re.IGNORECASE,
)
# Without a keyword: the shapes of case numbers themselves ("2023-ASE-0456", "ASE/2021/123").
CASE_SHAPE = re.compile(
    r"(?<![\w/-])(?:\d{2,4}[-/_][A-Z]{2,6}[-/_]\d{2,7}|[A-Z]{2,6}[-/_]\d{2,4}[-/_]\d{2,7}|"
    r"[A-Z]{1,4}\d{2,4}[-/_]\d{3,7})(?![\w/-])"
)
# An identifier needs this many digits to point to someone; "n° 3" is a rank, not a file.
MIN_CASE_DIGITS = 4


def find(text: str) -> Iterator[Span]:
    yield from _nirs(text)
    yield from _ibans(text)
    for match in EMAIL.finditer(text):
        yield Span(match.start(), match.end(), Label.EMAIL, "rule:email")
    yield from _case_ids(text)


def _nirs(text: str) -> Iterator[Span]:
    for match in NIR.finditer(text):
        compact = re.sub(r"[^0-9ABab]", "", match.group()).upper()
        if len(compact) == 15 and nir.is_valid(compact):
            yield Span(match.start(), match.end(), Label.NIR, "stdnum:nir")
        elif _announced(_NIR_KEYWORD, text, match.start()):
            yield Span(match.start(), match.end(), Label.NIR, "rule:nir")


def _ibans(text: str) -> Iterator[Span]:
    for match in IBAN.finditer(text):
        found = _longest_valid_iban(text, match.start(), match.end())
        if found:
            yield Span(match.start(), found, Label.IBAN, "stdnum:iban")
        elif _announced(_IBAN_KEYWORD, text, match.start()):
            yield Span(match.start(), match.end(), Label.IBAN, "rule:iban")
    for match in RIB.finditer(text):
        yield Span(match.start(), match.end(), Label.IBAN, "rule:rib")


def _longest_valid_iban(text: str, start: int, end: int) -> int | None:
    """The regex may run into a following word in capitals: shorten until the check digits agree."""
    while end - start >= 15:
        if iban.is_valid(text[start:end]):
            return end
        end -= 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
    return None


def _case_ids(text: str) -> Iterator[Span]:
    for match in CASE_ID.finditer(text):
        start, end = match.span("id")
        value = match["id"].rstrip(" .-/_")
        end = start + len(value)
        if sum(char.isdigit() for char in value) >= MIN_CASE_DIGITS and not _is_date(value):
            yield Span(start, end, Label.CASE_ID, "rule:case-id")
    for match in CASE_SHAPE.finditer(text):
        yield Span(match.start(), match.end(), Label.CASE_ID, "rule:case-shape")


def _is_date(value: str) -> bool:
    return re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:19|20)\d\d(?:-\d\d){0,2}", value) is not None


def _announced(keyword: re.Pattern, text: str, start: int, window: int = 40) -> bool:
    return keyword.search(text, max(0, start - window), start) is not None
