"""Lists whose items open with a person's name: a name found at the head of most items says the
head of the others is a name too, however it is written ("- ly sokha, n° alloc …" under "- Popescu
Ana, n° alloc …" and "- MARTINS Paulo, n° alloc …").

The head of an item is what stands between its bullet and the first separator (comma, dash,
colon, bracket, tab). It counts as a name only in a run of consecutive items where at least two
heads, and half of them, are names found already; and only when it is a few words of letters.
"""

import re
from collections.abc import Iterator

from concertons.redaction import dates, tables
from concertons.redaction import gazetteers as gz
from concertons.redaction.spans import Label, Span, merge

_ITEM = re.compile(
    r"^[ \t]*(?:(?:(?P<bullet>[-•*–—])|\d{1,2}[.)])[ \t]+(?P<head>[^\W\d_][^\n,:;()\t–—]{0,40}?)[ \t]*(?:,|:|\(|\t|[ \t][-–—][ \t])"
    # without a bullet, a dash, a tab or a table's bar after the head: "MARCHAND – 3 enfants", "Moussa | 04/06/2015"
    r"|(?P<bare>[^\W\d_][^\n,:;()\t–—|]{0,40}?)(?:[ \t]+[-–—][ \t]|\t|[ \t]*\|)"
    # or a family name in capitals and a colon: "MOREAU : audience reportée" under "GARCIA : retour au domicile"
    r"|(?P<shouted>(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ ][A-ZÀ-Ý][A-ZÀ-Ý'’-]+){0,2}))[ \t]*:[ \t])",
    re.MULTILINE,
)
_HEAD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ ][^\W\d_]+(?:['’-][^\W\d_]+)*){0,3}")
MIN_NAMED_ITEMS = 2
# A table's header row above the names ("Nom\tRéf. mandat\tIBAN", "Bénéficiaire | N° alloc") heads no item.
_COLUMN_NAMES = frozenset({"nom prénom", "nom et prénom"})


def with_siblings(text: str, spans: list[Span]) -> list[Span]:
    found = list(_siblings(text, spans))
    # and the birth date after a name found so ("Moussa | 04/06/2015 | CE2" between two masked rows)
    return merge(spans + found + list(dates.after_names(text, found)), text) if found else spans


def _siblings(text: str, spans: list[Span]) -> Iterator[Span]:
    people = [span for span in spans if span.label == Label.PERSON]
    for run in _runs(text):
        named = [item for item in run if _is_named(item, people)]
        # "- Morin : expulsion reportée" beside "- Haddad : à l'hôtel": a frequent family name alone at the head
        # of an item, where another item is named, is a name too, though it is a word ("Petit")
        surnames = [item for item in run if item not in named and _is_family_name_head(item)] if named else []
        if len(named) + len(surnames) < MIN_NAMED_ITEMS or 2 * (len(named) + len(surnames)) < len(run):
            continue
        for item in run:
            start, end = _head(item)
            if (
                item not in named
                and _HEAD.fullmatch(item.string, start, end)
                and not _is_column_name(item.string[start:end])
                and not _is_plain_word(item.string[start:end])
                and not _masked(item, spans)
                and (_kind(item) != "shouted" or _may_be_family_name(item.string[start:end]))
            ):
                yield Span(start, end, Label.PERSON, "rule:list-sibling")


def _is_plain_word(head: str) -> bool:
    """ "- vote : 18 pour", "- divers : …": a word of the minutes, in lower case, that no list has as a name."""
    return head.islower() and " " not in head and gz.is_common_word(head) and not gz.surname_tier(head)


def _is_column_name(head: str) -> bool:
    return head.lower() in _COLUMN_NAMES or (" " not in head and tables.column_label(head) is not None)


def _runs(text: str) -> Iterator[list[re.Match]]:
    """Items on consecutive lines."""
    run: list[re.Match] = []
    for item in _ITEM.finditer(text):
        if run and text.count("\n", run[-1].end(), item.start()) > 1:
            yield run
            run = []
        if run and "\n" not in text[run[-1].end() : item.start()]:
            continue  # one line, one item
        if run and _kind(run[-1]) != _kind(item):
            yield run  # bullets, then a line without one ("CSAPA de Saint-Dizier — relève"): two lists
            run = []
        run.append(item)
    if run:
        yield run


def _kind(item: re.Match) -> str:
    """ "head" after a bullet, "numbered" after a figure ("2) Divers :" after "- KONATÉ :" is the minutes' next
    point, not one more family), "bare" or "shouted"."""
    kind = next(kind for kind in ("head", "bare", "shouted") if item[kind] is not None)
    return "numbered" if kind == "head" and item["bullet"] is None else kind


def _head(item: re.Match) -> tuple[int, int]:
    kind = _kind(item)
    return item.span("head" if kind == "numbered" else kind)


def _is_family_name_head(item: re.Match) -> bool:
    start, end = _head(item)
    head = item.string[start:end]
    return (
        head.isalpha()
        and head[0].isupper()
        and head[1:].islower()
        and gz.surname_tier(head) == gz.COMMON
        and not gz.is_place(head)
    )


def _may_be_family_name(head: str) -> bool:
    """ "MOREAU", "LE GALL"; not "URGENT", "CAF": each word a family name, or no word at all."""
    return all(
        not gz.is_institution(word) and (gz.surname_tier(word) or not gz.is_french_word(word))
        for word in head.split()
    )


def _is_named(item: re.Match, people: list[Span]) -> bool:
    start, end = _head(item)
    covered = sum(max(0, min(end, span.end) - max(start, span.start)) for span in people)
    letters = sum(character.isalnum() for character in item.string[start:end])
    return covered >= letters > 0


def _masked(item: re.Match, spans: list[Span]) -> bool:
    start, end = _head(item)
    return any(span.start < end and start < span.end for span in spans)


# The small words inside one name of another language, between two parts found apart: "María de los
# Ángeles", "MUKENDI wa KALALA", "Fatima-Zahra Ait Ouahmane", "Muhammad al-‘Abd Allah".
_NAME_BRIDGE = re.compile(
    r"[ \t\u00a0]+(?:(?i:de|del|de la|de las|de los|da|das|do|dos|van|von|der|den|ter|ten|wa|bin|ben|bint|binti|ibn|"
    r"ait|aït|ag|ould|abu|abou|el|al|y|e|mac)[ \t\u00a0]+)+"
    r"|[ \t\u00a0]+(?i:al|el|ad|an|ar|as|at)-['‘’]?"
    # "Jean-Baptiste d'Hérouville-Saint-Clair": an elided particle glued to the family name
    r"|[ \t\u00a0]+(?:d|D)['’]"
)


def bridged(text: str, spans: list[Span]) -> list[Span]:
    """Two parts of one name found apart are one span with the small words between them."""
    people = sorted(span for span in spans if span.label == Label.PERSON)
    bridges = [
        Span(left.end, right.start, Label.PERSON, "rule:name-bridge")
        for left, right in zip(people, people[1:], strict=False)
        if _NAME_BRIDGE.fullmatch(text, left.end, right.start)
    ]
    return merge(spans + bridges, text) if bridges else spans
