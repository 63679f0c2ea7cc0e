"""Lists whose items open with a person's name: a name found at the head of most items says the
head of the others is a name too, however it is written ("- ly sokha, n° alloc …" under "- Popescu
Ana, n° alloc …" and "- MARTINS Paulo, n° alloc …").

The head of an item is what stands between its bullet and the first separator (comma, dash,
colon, bracket, tab). It counts as a name only in a run of consecutive items where at least two
heads, and half of them, are names found already; and only when it is a few words of letters.
"""

import re
from collections.abc import Iterator

from concertons.redaction.spans import Label, Span, merge

_ITEM = re.compile(
    r"^[ \t]*(?:[-•*–]|\d{1,2}[.)])[ \t]+"
    r"(?P<head>[^\W\d_][^\n,:;()\t–—]{0,40}?)[ \t]*(?:,|:|\(|\t|[ \t][-–—][ \t])",
    re.MULTILINE,
)
_HEAD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ ][^\W\d_]+(?:['’-][^\W\d_]+)*){0,3}")
MIN_NAMED_ITEMS = 2


def with_siblings(text: str, spans: list[Span]) -> list[Span]:
    found = list(_siblings(text, spans))
    return merge(spans + found, text) if found else spans


def _siblings(text: str, spans: list[Span]) -> Iterator[Span]:
    people = [span for span in spans if span.label == Label.PERSON]
    for run in _runs(text):
        named = [item for item in run if _is_named(item, people)]
        if len(named) < MIN_NAMED_ITEMS or 2 * len(named) < len(run):
            continue
        for item in run:
            if item not in named and _HEAD.fullmatch(item["head"]) and not _masked(item, spans):
                yield Span(item.start("head"), item.end("head"), Label.PERSON, "rule:list-sibling")


def _runs(text: str) -> Iterator[list[re.Match]]:
    """Items on consecutive lines."""
    run: list[re.Match] = []
    for item in _ITEM.finditer(text):
        if run and text.count("\n", run[-1].end(), item.start()) > 1:
            yield run
            run = []
        if run and "\n" not in text[run[-1].end() : item.start()]:
            continue  # one line, one item
        run.append(item)
    if run:
        yield run


def _is_named(item: re.Match, people: list[Span]) -> bool:
    start, end = item.span("head")
    covered = sum(max(0, min(end, span.end) - max(start, span.start)) for span in people)
    letters = sum(character.isalnum() for character in item["head"])
    return covered >= letters > 0


def _masked(item: re.Match, spans: list[Span]) -> bool:
    start, end = item.span("head")
    return any(span.start < end and start < span.end for span in spans)
