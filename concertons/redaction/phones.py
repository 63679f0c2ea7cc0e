"""Phone numbers in every way French people write them, checked with `phonenumbers`.

06 12 34 56 78, 06  12  34  56  78, 06.12.34.56.78, 06-12-34-56-78, 0612345678, +33 6 12 34 56 78, +33 (0)6…,
0033 6…, (+33) 3 20…, 06 12 345 678; overseas (+262, +590…) and foreign numbers written with their "+" ("(+687)").
"""

import itertools
import re
from collections.abc import Iterator

import phonenumbers

from concertons.redaction.gazetteers import NUMBER_WORDS
from concertons.redaction.spans import Label, Span

# One optional separator between digits: blank, dot, hyphen or slash.
_SEP = r"[ \u00a0\u202f.\-/]?"
# National numbers: compact, in pairs with one consistent separator, or loosely spaced ("06 123 456 78").
# A slash or dot must repeat, so "01/02/2023 12" (a date, then a count) is not a phone number.
# The separator may be two blanks ("01  00  91  23  32": justified text, a copy from a table), or
# change on the way when it is a blank, a dot or a hyphen ("06 12.34.56.78": typed in haste).
_NATIONAL = (
    r"0[1-9](?:\d{8}|(?P<sep>[ \u00a0\u202f]{1,2}|[.\-/])\d\d(?:(?P=sep)\d\d){3}"
    # a number cut by the end of a line, as a narrow column wraps it: "06 12 57\n84 39"
    # (loosely spaced, not where more figures go on: "059 12 2 2511 04873" is a housing request's number)
    r"|(?:(?:[ \u00a0\u202f]{1,2}|[.\-]|[ \t]*\n[ \t]*)\d\d){4}|(?: ?\d){8}(?! \d)"
    r"|\d\d(?P<sep4>[.\-])\d\d(?:(?P=sep4)\d\d){2})"  # 0694.21.33.44: the overseas prefix in four
)
_FRENCH_INTERNATIONAL = rf"(?:\(\+33\)|(?:\+|00){_SEP}33){_SEP}(?:\(0\){_SEP})?[1-9](?:{_SEP}\d){{8}}"
# Any other country code: +CC (or 00CC: "0090 532 418 77 63") then 6 to 13 digits (checked below, as it could be anything).
# "(+687) 78.45.12": the code may stand in brackets.
_OTHER_INTERNATIONAL = (
    rf"(?:(?:\+|00){_SEP}[1-9]\d{{0,2}}|\(\+[1-9]\d{{0,2}}\)){_SEP}(?:\(0\){_SEP})?\d(?:{_SEP}\d){{5,12}}"
)
PHONE = re.compile(
    rf"(?<![\w+])(?:{_FRENCH_INTERNATIONAL}|{_NATIONAL}|{_OTHER_INTERNATIONAL})(?![\w])",
)


# A number said to be a phone, in pairs, without the French 0: the Pacific's eight digits ("Mobile :
# 89 54 12 73", "tél 87 21 45 63").
_ANNOUNCED = re.compile(
    r"\b(?:t[ée]l(?:[ée]phone)?|portable|mobile|fixe|gsm|vini)\b\.?[ \t]*(?:[:.][ \t]*)?(?:au[ \t]+|le[ \t]+)?"
    r"(?P<number>\d\d(?P<sep>[ \u00a0.\-]?)\d\d(?:(?P=sep)\d\d){2})(?![\w,]|[.\-/]\d)",
    re.IGNORECASE,
)
# In a text placed in the Pacific, eight digits in pairs (Polynesia) are a local phone number even unannounced
# ("elle n'a que le 87 12 34 56"), when phonenumbers knows them as Polynesian or Caledonian.
_PACIFIC = re.compile(
    r"\b(?:98[678]\d\d|Tahiti|Polyn[ée]sie|Papeete|Moorea|Raiatea|Taravao|Punaauia|Marquises|Tuamotu|"
    r"Nouvelle-Cal[ée]donie|Noum[ée]a|Wallis|CAFAT|Lifou|Province[ \t]+(?:Nord|Sud|des[ \t]+[ÎI]les))\b"
    r"|\+68[79]\b",
    re.IGNORECASE,
)
# (New Caledonia's have six: "42.17.83"; a date is never one.)
_IN_PAIRS = re.compile(r"(?<![\w,.\-/])\d\d(?P<sep>[ \u00a0.\-]?)\d\d(?:(?P=sep)\d\d){1,2}(?!\w|[,.\-/]\d)")
_DATE = re.compile(r"(?:0[1-9]|[12]\d|3[01])\D?(?:0[1-9]|1[0-2])\D?\d\d")
_PACIFIC_REGIONS = ("PF", "NC")
# A number dictated in words: "zéro six quarante-deux dix-huit soixante-sept zéro trois", "zéro sept, trente-deux,
# quatorze…", words and figures mixed: "zéro six 12 quarante 55 08", "zéro 7 83 19 40 57" ("et" only inside a number:
# not "quarante-quatre et merci")
_IN_WORDS = re.compile(
    r"(?:\bz[ée]ro[ -](?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|[1-9](?!\d))"
    # "03 20 quatre-vingt-huit 41 16": figures first, a pair said in words among them
    rf"|(?<![\w+])0[1-9](?=(?:[ ]\d\d)*[ ]{NUMBER_WORDS}(?:(?:-|[ ]et[ ])?{NUMBER_WORDS})*[ ]\d\d))"
    rf"(?:(?:,?[ ]|-)(?:et[ -])?(?:{NUMBER_WORDS}|\d\d(?!\d))){{4,}}\b",
    re.IGNORECASE,
)

# Typed in haste: a capital O for the first zero ("O6 23 91 47 58"), or a mobile number a digit short
# ("06 47 18 9 05": still the person's, give or take the digit).
_MISTYPED = re.compile(
    r"(?<![\w+])(?:O[1-9](?P<sep>[ \u00a0.\-]?)\d\d(?:(?P=sep)\d\d){3}"
    r"|0[67](?:[ .]\d\d){2,3}(?:[ .]\d)(?:[ .]\d\d){0,1})(?![\w]|[ .]\d)"
)

# Typed loosely: separators of one to three characters, groups of any size, a line break ("06 . 78 . 21 . 49 . 03",
# "06.31.7245.08", "0645\n129873"); ten digits exactly, no date at its start ("01.02.2023 12:30")
# The prefix of an overseas or regional number in brackets: "(0262) 43 85 17", "(05) 65 40 19 22"
_BRACKETED_PREFIX = re.compile(
    r"(?<![\w(])\((?:0[1-9]\d{2}\)(?:[ \u00a0.\-]?\d\d){3}|0[1-9]\)(?:[ \u00a0.\-]?\d\d){4})(?![\w]|[ \u00a0.\-]*\d)"
)
# ("06_18_95_40_27" with underscores, "0 7 3 3 6 4 1 2 9 8" digit by digit, as dictated; not "0 805 204 805",
# a free number as they are printed)
_LOOSE = re.compile(
    r"(?<![\w+])0(?:[1-9]|[ \u00a0][1-79])(?:(?:[ \u00a0.\-_]{0,3}|[ \t]*\n[ \t]*)\d){8}(?![\w]|[ \u00a0.\-]*\d)"
)
_DATE_FIRST = re.compile(r"(?:0[1-9]|[12]\d|3[01])\W{1,3}(?:0[1-9]|1[0-2])\W{1,3}(?:19|20)\d\d")

# "06 82 00 00 00 € dans l'export du logiciel": an amount with its currency is no phone number.
_AMOUNT_AFTER = re.compile(r"[ \u00a0\u202f]*(?:€|euros?\b|EUR\b|M€|k€)", re.IGNORECASE)


# "Ligne budgétaire des secours d'urgence : 0651 0473 22", "la ligne 06 52 41 87 30 du document budgétaire": a budget's
# line, however like a mobile it looks.
_BUDGET_LINE_BEFORE = re.compile(
    r"\b(?:(?:lignes?|imputations?|comptes?|chapitres?|articles?)[ \t]+(?:budg[ée]taires?|comptables?)|"
    # "le bon de commande n° 06 24 113 587"
    r"(?:bons?[ \t]+de[ \t]+)?commandes?)\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)
_BUDGET_AFTER = re.compile(r"[ \t]+du[ \t]+(?:document[ \t]+|compte[ \t]+)?budg", re.IGNORECASE)


def find(text: str) -> Iterator[Span]:
    for match in PHONE.finditer(text):
        if (
            _plausible(match.group())
            and not _is_amount_or_budget_line(text, match)
            and not _counts(match.group())
        ):
            yield Span(match.start(), match.end(), Label.PHONE, "rule:phone")
    for match in _ANNOUNCED.finditer(text):
        yield Span(match.start("number"), match.end("number"), Label.PHONE, "rule:phone-announced")
    if _PACIFIC.search(text):
        for match in _IN_PAIRS.finditer(text):
            if _is_pacific(match.group()) and not _DATE.fullmatch(match.group()):
                yield Span(match.start(), match.end(), Label.PHONE, "rule:phone-pacific")
    for match in _IN_WORDS.finditer(text):
        yield Span(match.start(), match.end(), Label.PHONE, "rule:phone-in-words")
    for match in _LOOSE.finditer(text):
        # groups of five figures or more are a file's ("093-24-08812"), unless a line break cut the number; so are
        # figures cut by hyphens alone ("0451-22-1187": a phone's pairs are the strict pattern's)
        number = match.group()
        grouped = "\n" in number or max(map(len, re.findall(r"\d+", number))) <= 4
        grouped = grouped and re.fullmatch(r"[\d-]+", number) is None
        if grouped and not (
            _DATE_FIRST.match(number) or _is_amount_or_budget_line(text, match) or _counts(number)
        ):
            yield Span(match.start(), match.end(), Label.PHONE, "rule:phone-loose")
    for match in _BRACKETED_PREFIX.finditer(text):
        yield Span(match.start(), match.end(), Label.PHONE, "rule:phone-bracketed")
    for match in _MISTYPED.finditer(text):
        if len(re.sub(r"\D", "", match.group())) >= 9:
            yield Span(match.start(), match.end(), Label.PHONE, "rule:phone-mistyped")


def _is_amount_or_budget_line(text: str, match: re.Match) -> bool:
    return bool(
        _AMOUNT_AFTER.match(text, match.end())
        or _BUDGET_AFTER.match(text, match.end())
        or _BUDGET_LINE_BEFORE.search(text, max(0, match.start() - 60), match.start())
    )


def _counts(candidate: str) -> bool:
    """ "mes astreintes : 02 03 04 05 06": days or numbers counted one by one, written in pairs like a phone."""
    pairs = [int(pair) for pair in re.findall(r"\d+", candidate)]
    return len(pairs) >= 5 and all(b == a + 1 for a, b in itertools.pairwise(pairs))


def _plausible(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if candidate.startswith("0") and not candidate.startswith("00"):
        return len(digits) == 10  # the national shape is unambiguous enough: over-mask, never leak
    try:
        number = phonenumbers.parse(candidate.replace("(0)", ""), "FR")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number)


def _is_pacific(candidate: str) -> bool:
    return any(
        phonenumbers.is_valid_number(phonenumbers.parse(candidate, region)) for region in _PACIFIC_REGIONS
    )
