"""Dates of birth: a date announced by "né(e) le", "DDN", "date de naissance"…

Ordinary dates (of a meeting, a month, a year) stay: only the date a birth marker announces is
masked, not the marker ("née le [date de naissance]").
"""

import re
from collections.abc import Iterator

from concertons.redaction.spans import Label, Span

MONTHS = (
    r"(?:janv(?:ier|\.)?|f[ée]v(?:rier|r?\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[uû]t|"
    r"sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?)"
)
_DAY = r"(?:1er|1re|[0-3]?\d)"
_YEAR = r"(?:19|20)\d\d"
DATE = (
    rf"(?:{_DAY}\s*[/.\-]\s*[01]?\d\s*[/.\-]\s*(?:{_YEAR}|\d\d)(?!\d)"  # 03/03/2015, 3-3-15
    rf"|(?:{_DAY}\s+)?{MONTHS}\s+{_YEAR}"  # 3 mars 2015, mars 2015
    rf"|{_DAY}\s+{MONTHS}(?!\s*\d)"  # 3 mars (year elsewhere or unknown)
    rf"|{_YEAR}-[01]\d-[0-3]\d"  # 2015-03-03
    rf"|{_YEAR})"  # 2015
)
# "née le", "né(e) en", "nés les", "naissance :", "DDN", "DN :", "date de naissance", "née à Agen le".
MARKER = (
    r"(?:\bn[ée]{1,2}(?:\(e\)|·e|\.e)?s?(?:\s+(?:à|a)\s+[^\s,.;:]+(?:[ -][^\s,.;:]+){0,5}?)?"
    r"\s+(?:le|les|en|au cours de|vers|courant|dans|début|fin|mi-)?\s*(?:l'ann[ée]e\s+)?"
    r"|\bDDN\b\s*[:.]?\s*|\bD\.?N\.?\s*:\s*|\bdate\s+de\s+naissance\b\s*[:.]?\s*(?:le\s+)?"
    r"|\bn[ée]{1,2}\s*[:]\s*|\bnaissance\s*[:]\s*|\bné(?:e)? le\s*)"
)
DATE_OF_BIRTH = re.compile(rf"{MARKER}(?P<date>{DATE})", re.IGNORECASE)


def find(text: str) -> Iterator[Span]:
    for match in DATE_OF_BIRTH.finditer(text):
        yield Span(match.start("date"), match.end("date"), Label.DATE_OF_BIRTH, "rule:birth-date")
