"""A view of the text the detectors can read, with a way back to the original offsets.

Zero-width spaces, soft hyphens and bidi marks hide inside names and numbers ("Lé\u200ba",
"06\u00ad12…"), on purpose or through copy-paste: the detectors read the text without them, and
every span found is mapped back onto the original string, so offsets always index what was sent.
Other control characters become spaces (same length, no mapping needed). A dictated note's spoken
punctuation is written as punctuation in the view ("virgule" as ","), mapped back the same way.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# Format characters (Unicode category Cf): invisible, they never separate words.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]"
)
# C0/C1 controls other than tab and newlines, and the line/paragraph separators.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class CleanText:
    text: str
    # origin[i] is the original index of text[i]; None when nothing was removed.
    origin: tuple[int, ...] | None
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of text[start:end]: the invisible characters inside are included."""
        if self.origin is None:
            return start, end
        if start >= end:
            position = self.origin[start] if start < len(self.origin) else self.original_length
            return position, position
        return self.origin[start], self.origin[end - 1] + 1


# The letter O typed for a zero among figures: "né le 3/O9/2019", "1 85 O5 75" (not "3O2" alone: "a digit, then O"
# needs figures or a slash on both sides)
_LETTER_FOR_ZERO = re.compile(r"(?<=[\d/])[Oo](?=\d)|(?<=\d)[Oo](?=/\d)")

# Lone surrogates (from a "\ud800" JSON escape) cannot be encoded: the NLP model would choke on them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> CleanText:
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))
    text = _LETTER_FOR_ZERO.sub("0", text)  # same length: no mapping
    length = len(text)
    origin = None
    if _INVISIBLE.search(text):
        kept = [index for index, char in enumerate(text) if not _is_invisible(char)]
        text, origin = "".join(text[index] for index in kept), kept
    if _is_dictated(text):
        text, origin = _punctuated(text, origin or list(range(len(text))))
    if _SPOKEN_SEPARATOR.search(text):
        text, origin = _separated(text, origin or list(range(len(text))))
    return CleanText(text, None if origin is None else tuple(origin), length)


# A note dictated to a phone's voice typing: the punctuation is spoken ("virgule", "point à la ligne"), the
# date's slashes too ("12 slash 04 slash 2019"), and a name is spelt letter by letter ("k o w a l c z y k").
# The detectors read the punctuation and the words it stands for, as if typed.
_DICTATION = re.compile(r"\bvirgule\b|\bpoint à la ligne\b", re.IGNORECASE)
MIN_DICTATION_MARKS = 2
_SPOKEN = re.compile(
    r"(?P<line>[ \t]*\bpoint à la ligne\b)|(?P<newline>[ \t]*\bà la ligne\b)|(?P<comma>[ \t]*\bvirgule\b)"
    r"|(?P<colon>[ \t]*\bdeux points\b)|(?P<question>[ \t]*\bpoint d['’]interrogation\b)"
    r"|(?P<slash>[ \t]*\bslash\b[ \t]*)|(?P<open>\bouvre[zr] les guillemets\b)|(?P<close>\bferme[zr] les guillemets\b)"
    r"|(?P<spelt>(?<![\w'’])(?:[^\W\d_] ){3,}[^\W\d_](?![\w'’]))",
    re.IGNORECASE,
)
_WRITTEN = {
    "line": ".\n",
    "newline": "\n",
    "comma": ",",
    "colon": " :",
    "question": " ?",
    "slash": "/",
    "open": "«",
    "close": "»",
}


# Between figures, a separator said rather than typed, dictated or not: "1 point 83 point 06…" (a NIR), "24 barre 11845"
# (a court's register), "118 tiret 93" (a NIR's key)
_SPOKEN_SEPARATOR = re.compile(r"(?<=\d)[ \t]+(?P<word>point|tiret|barre|slash)[ \t]+(?=\d)", re.IGNORECASE)
_SEPARATOR_WRITTEN = {"point": ".", "tiret": "-", "barre": "/", "slash": "/"}


def _separated(text: str, origin: list[int]) -> tuple[str, list[int]]:
    pieces, positions, last = [], [], 0
    for match in _SPOKEN_SEPARATOR.finditer(text):
        pieces.append(text[last : match.start()])
        positions += origin[last : match.start()]
        pieces.append(_SEPARATOR_WRITTEN[match["word"].lower()])
        positions.append(origin[match.start("word")])
        last = match.end()
    pieces.append(text[last:])
    positions += origin[last:]
    return "".join(pieces), positions


def _is_dictated(text: str) -> bool:
    return len(_DICTATION.findall(text)) >= MIN_DICTATION_MARKS


def _punctuated(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """The dictated text with its punctuation written, and where each character comes from."""
    pieces, positions, last = [], [], 0
    for match in _SPOKEN.finditer(text):
        pieces.append(text[last : match.start()])
        positions += origin[last : match.start()]
        if match["spelt"]:
            letters = [index for index in range(match.start(), match.end()) if text[index] != " "]
            written, sources = "".join(text[index] for index in letters), [origin[index] for index in letters]
        else:
            written = _WRITTEN[match.lastgroup]
            first = match.start() + len(match.group()) - len(match.group().lstrip())
            sources = [origin[first]] * len(written)
        pieces.append(written)
        positions += sources
        last = match.end()
    pieces.append(text[last:])
    positions += origin[last:]
    return "".join(pieces), positions


@cache
def _is_invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf" or _INVISIBLE.match(char) is not None
