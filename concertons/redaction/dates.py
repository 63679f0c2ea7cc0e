"""Dates of birth: a date announced by "né(e) le", "DDN", "date de naissance", or put right after
a person's name in a form ("Lorenzo, 17.08.2010").

Ordinary dates (of a meeting, a month, a year) stay: only the date is masked, never the marker
("née le [date de naissance]"), and what is "born" must be a person ("la PMI est née en 1945").
"""

import re
from collections.abc import Iterable, Iterator

from concertons.redaction.spans import Label, Span

MONTHS = (
    r"(?:janv(?:ier|\.)?|f[ée]v(?:rier|r?\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[uû]t|"
    r"sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?)"
)
_DAY = r"(?:1er|1re|[0-3]?\d)"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# A full date: day, month and year.
FULL_DATE = (
    rf"(?:{_DAY}\s*[/.\-]\s*[01]?\d\s*[/.\-]\s*(?:{_YEAR}|\d\d)(?![\d/])"  # 03/03/2015, 3-3-15
    rf"|(?:{_WEEKDAY}\s+)?{_DAY}\s+{MONTHS}\s+(?:{_YEAR}|\d\d(?!\d))"  # (mardi) 3 mars 2015, 3 mars 15
    rf"|{_YEAR}-[01]\d-[0-3]\d)"  # 2015-03-03
)
DATE = (
    rf"(?:{FULL_DATE}"
    rf"|{MONTHS}\s+{_YEAR}"  # mars 2015
    rf"|{_DAY}\s+{MONTHS}(?!\s*\d)"  # 3 mars (year elsewhere or unknown)
    rf"|{_DAY}\s*/\s*[01]?\d(?![\d/])"  # 03/04 (year elsewhere or unknown)
    rf"|{_YEAR}"  # 2015
    rf"|{MONTHS}(?!\w))(?![\d/])"  # décembre
)
# "née le", "né(e) en", "nés les", "née à Agen le", "DDN :", "DN :", "date de naissance : le".
MARKER = (
    r"(?:\bn[ée]{1,2}(?:\(e\)|·e|\.e|-e)?s?(?:\s+(?:à|a)\s+[^\s,.;:]+(?:[ -][^\s,.;:]+){0,5}?)?"
    r"(?:\s+[^\W\d]+ment)?"  # "née prématurément le 3 mars"
    r"\s+(?:le|les|en|au cours de|vers|courant|dans|début|fin|mi-)?\s*(?:l'ann[ée]e\s+)?"
    r"|\bD\.?D\.?N\b\.?\s*[:.]?\s*|\bD\.?N\.?\s*:\s*|\bdate\s+de\s+naiss?\.\s*[:.]?\s*|\bdate\s+de\s+naissance\b\s*[:.]?\s*(?:le\s+)?"
    r"|\b(?:a\s+|avait\s+)?accouch[ée]e?\s+(?:le|en)\s+|\bvenue?s?\s+au\s+monde\s+(?:le|en)\s+"
    r"|\banniversaire\s*(?:[:,]\s*)?(?:le|est le|c'est le)?\s*"
    r"|\bn[ée]{1,2}\s*[:]\s*|\bnaissance\s*[:]\s*|\bnaissance\s+(?:le|en|du|au)\s+|\bné(?:e)? le\s*)"
)
DATE_OF_BIRTH = re.compile(rf"{MARKER}(?P<date>{DATE})", re.IGNORECASE)
# "date de naissance de l'enfant selon l'acte : 02/01/2010", "l'acte de naissance indiquait 12/06/2008".
_BIRTH_WORD_THEN_DATE = re.compile(
    rf"\b(?:naissance|DDN|né|née|nés|nées)\b[^.;!?\n]{{0,50}}?[\s:,]\s*(?P<date>{FULL_DATE})", re.IGNORECASE
)
# "le 3 mars 2015, jour de sa naissance", "03/03/2015 (date de naissance)": the date comes first.
_DATE_THEN_BIRTH_WORD = re.compile(
    rf"(?P<date>{FULL_DATE})[^.;!?\n]{{0,25}}?\b(?:naissance|naquit|est n[ée]e?|sont n[ée]e?s)\b",
    re.IGNORECASE,
)
# Right after a name, in a form or a report: "Pauline Renard, 15/05/1995", "CHERIF Yasmine – 12/02/1991".
_AFTER_NAME = re.compile(rf"\s*(?:[,–—(-]\s*|\s)(?:n[ée]e?\s+le\s+)?(?P<date>{FULL_DATE})", re.IGNORECASE)
_BIRTH_TOPIC = re.compile(r"\b(?:dates?\s+de\s+naissance|DDN|n[ée]e?s?\s+le)\b", re.IGNORECASE)
_NEAR_NAME = re.compile(rf"(?:\s+[^\s\d.;:!?]+){{1,4}}?\s+(?P<date>{FULL_DATE})", re.IGNORECASE)
# What is born and is not a person: "la PMI est née en 1945", "l'AEMO est née en 1958".
_THING_BORN = re.compile(
    r"\b(?:(?-i:PMI|ASE|AEMO|AED|CAF|CPAM|RSA|RMI|APA|PCH|MDPH|CCAS|CIAS|CMPP|CMP|SAMU|CRIP|PJJ|ODPE|CHRS|"
    r"SESSAD|IME|ITEP|MECS|EHPAD|SIAO|FSL|DALO|HLM)|loi|dispositif|service|association|institution|idée|"
    r"projet|mouvement|collectif|structure|réforme|mesure|sécurité sociale|protection)\s+"
    r"(?:est\s+|était\s+|fut\s+|a\s+été\s+|serait\s+|sont\s+)?$",
    re.IGNORECASE,
)


def find(text: str) -> Iterator[Span]:
    for match in DATE_OF_BIRTH.finditer(text):
        if not _THING_BORN.search(text, max(0, match.start() - 40), match.start()):
            yield Span(match.start("date"), match.end("date"), Label.DATE_OF_BIRTH, "rule:birth-date")
    for match in _DATE_THEN_BIRTH_WORD.finditer(text):
        if not _THING_BORN.search(text, max(0, match.start() - 40), match.start()):
            yield Span(match.start("date"), match.end("date"), Label.DATE_OF_BIRTH, "rule:birth-word")
    for match in _BIRTH_WORD_THEN_DATE.finditer(text):
        if not _THING_BORN.search(text, max(0, match.start() - 40), match.start()):
            yield Span(match.start("date"), match.end("date"), Label.DATE_OF_BIRTH, "rule:birth-word")


def after_names(text: str, names: Iterable[Span]) -> Iterator[Span]:
    """Full dates written right after a person's name: a birth date in a file or a form.

    In a text that speaks of birth dates, a few words may stand between ("date de naissance des
    enfants… Pour Enzo j'ai écrit 07/10/2014").
    """
    near = _NEAR_NAME if _BIRTH_TOPIC.search(text) else None
    for name in names:
        if (match := _AFTER_NAME.match(text, name.end)) or (near and (match := near.match(text, name.end))):
            yield Span(match.start("date"), match.end("date"), Label.DATE_OF_BIRTH, "rule:date-after-name")
