"""A view of the text the detectors can read, with a way back to the original offsets.

Zero-width spaces, soft hyphens and bidi marks hide inside names and numbers ("Lé\u200ba",
"06\u00ad12…"), on purpose or through copy-paste: the detectors read the text without them, and
every span found is mapped back onto the original string, so offsets always index what was sent.
Other control characters become spaces (same length, no mapping needed).
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


# Lone surrogates (from a "\ud800" JSON escape) cannot be encoded: the NLP model would choke on them.
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> CleanText:
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))
    if not _INVISIBLE.search(text):
        return CleanText(text, None, len(text))
    kept = [index for index, char in enumerate(text) if not _is_invisible(char)]
    return CleanText("".join(text[index] for index in kept), tuple(kept), len(text))


@cache
def _is_invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf" or _INVISIBLE.match(char) is not None
