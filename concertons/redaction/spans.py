"""Identifying spans, how overlapping ones merge, and how a text gets masked."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    PERSON = "PERSON"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    ADDRESS = "ADDRESS"
    NIR = "NIR"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    IBAN = "IBAN"
    CASE_ID = "CASE_ID"
    WORKPLACE = "WORKPLACE"  # the name of the small site where the author works


# What a reader sees instead of the span. None of them is ever detected as identifying itself,
# so masking an already masked text changes nothing.
PLACEHOLDERS = {
    Label.PERSON: "[personne]",
    Label.PHONE: "[téléphone]",
    Label.EMAIL: "[courriel]",
    Label.ADDRESS: "[adresse]",
    Label.NIR: "[n° sécu]",
    Label.DATE_OF_BIRTH: "[date de naissance]",
    Label.IBAN: "[iban]",
    Label.CASE_ID: "[n° de dossier]",
    # The moderation screen shows each span by its placeholder: this one reads as French there too.
    Label.WORKPLACE: "[lieu de travail]",
}

# When spans of different labels overlap and are as long as each other, the most specific wins:
# checked identifiers first, then the shapes rules recognise (a site's name after "la MDS de"
# rather than a person's), then names.
SPECIFICITY = [
    Label.NIR,
    Label.IBAN,
    Label.EMAIL,
    Label.PHONE,
    Label.CASE_ID,
    Label.DATE_OF_BIRTH,
    Label.ADDRESS,
    Label.WORKPLACE,
    Label.PERSON,
]
_RANK = {label: rank for rank, label in enumerate(reversed(SPECIFICITY))}

# "Léa" and "MARTIN" found apart are one person: same-label spans only this far apart become one.
# Not a tab: it separates the columns of a pasted table ("Santucci\tGhjuvanni"), which stay apart.
# Nor a Breton article, inside the name of a place or a house: "Penn ar Hoat", "Milin an Traon".
_JOINABLE_GAP = re.compile(r"[ \u00a0\u202f-]*|[ \u00a0](?:ar|an|al)[ \u00a0]")


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    label: Label
    source: str  # which detector found it: "spacy", "gazetteer", "rule:phone", "stdnum:nir"…

    def __len__(self) -> int:
        return self.end - self.start


PLACEHOLDER = re.compile("|".join(re.escape(placeholder) for placeholder in PLACEHOLDERS.values()))


def blind(text: str) -> str:
    """The text with each placeholder turned into as many "¤": rules then read a masked text as
    they read the text before masking ("[iban]" announces no IBAN, "[date de naissance]" no birth).
    Not "#", which announces a file number."""
    if "[" not in text:
        return text
    return PLACEHOLDER.sub(lambda placeholder: "¤" * len(placeholder.group()), text)


def merge(spans: Iterable[Span], text: str | None = None) -> list[Span]:
    """Non-overlapping spans in text order.

    Overlapping spans become one covering their union, labelled by the longest of them (a name
    inside a street name is part of the address), the most specific label breaking ties. With the
    text given, same-label spans separated only by blanks or a hyphen join too ("Léa" + "MARTIN").
    Spans are clipped to the text and empty ones dropped.
    """
    limit = len(text) if text is not None else None
    ordered = sorted(_clipped(spans, limit))
    merged: list[Span] = []
    group: list[Span] = []
    end = -1
    for span in ordered:
        if group and (span.start < end or _joinable(group, span, end, text)):
            group.append(span)
            end = max(end, span.end)
            continue
        if group:
            merged.append(_combine(group, end))
        group, end = [span], span.end
    if group:
        merged.append(_combine(group, end))
    return merged


def mask(text: str, spans: Iterable[Span]) -> str:
    """The text with each merged span replaced by its label's placeholder."""
    pieces, position = [], 0
    for span in merge(spans, text):
        pieces += [text[position : span.start], PLACEHOLDERS[span.label]]
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)


def _clipped(spans: Iterable[Span], limit: int | None) -> Iterable[Span]:
    for span in spans:
        start, end = max(span.start, 0), span.end if limit is None else min(span.end, limit)
        if start < end:
            yield (
                span if (start, end) == (span.start, span.end) else Span(start, end, span.label, span.source)
            )


def _joinable(group: list[Span], span: Span, end: int, text: str | None) -> bool:
    if text is None or span.label not in {s.label for s in group}:
        return False
    return _JOINABLE_GAP.fullmatch(text, end, span.start) is not None


def _combine(group: list[Span], end: int) -> Span:
    if len(group) == 1:
        return group[0]
    winner = max(group, key=lambda span: (len(span), _RANK[span.label]))
    sources = "+".join(dict.fromkeys(part for span in group for part in span.source.split("+")))
    return Span(group[0].start, end, winner.label, sources)
