"""How well a set of predicted spans hides the gold spans of an evaluation text.

Scored on characters, as the evaluation set's README asks: what matters is which characters a
reader still sees, not where a span starts. Blanks are not counted, and predicted spans separated
only by blanks or punctuation are joined first (masking "Léa" and "MARTIN" apart hides
"Léa MARTIN" as well as one span would). The same scoring applies to every engine.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

LABELS = ("PERSON", "PHONE", "EMAIL", "ADDRESS", "NIR", "DATE_OF_BIRTH", "IBAN", "CASE_ID")
# The generated splits add the small named sites that place the author (issue 12): a class of its
# own, scored like the others (the engine's label does not matter, only what it masks).
EXTRA_LABELS = ("WORKPLACE",)
ALL_LABELS = LABELS + EXTRA_LABELS


@dataclass
class Score:
    gold_chars: Counter = field(default_factory=Counter)  # per label
    masked_gold_chars: Counter = field(default_factory=Counter)
    gold_spans: Counter = field(default_factory=Counter)
    partly_visible: Counter = field(default_factory=Counter)  # at least one character visible
    fully_visible: Counter = field(default_factory=Counter)  # not one character masked
    masked_chars: int = 0
    masked_outside_gold: int = 0
    clean_texts: int = 0
    clean_texts_touched: int = 0
    texts: int = 0
    leaks: list = field(default_factory=list)  # (text id, label, gold text, what is still visible)
    leaked_spans: list = field(default_factory=list)  # (text id, gold span) of every leak
    extra: list = field(default_factory=list)  # (text id, masked text outside gold)

    def add(self, text_id: str, text: str, gold: Sequence, predicted: Iterable[tuple[int, int]]) -> None:
        predicted = list(predicted)
        # Gold characters count as hidden when the joined spans cover them; what counts as masked
        # outside gold is what the engine itself masked (the joining never adds over-masking).
        covered = _positions(text, _joined(text, predicted))
        masked = _positions(text, predicted)
        gold_positions: set[int] = set()
        self.texts += 1
        for span in gold:
            chars = _positions(text, [(span.start, span.end)])
            gold_positions |= chars
            hidden = chars & covered
            self.gold_spans[span.label] += 1
            self.gold_chars[span.label] += len(chars)
            self.masked_gold_chars[span.label] += len(hidden)
            if hidden != chars:
                self.partly_visible[span.label] += 1
                visible = "".join(
                    c if i in covered else "·" for i, c in enumerate(text) if span.start <= i < span.end
                )
                self.leaks.append((text_id, span.label, span.text, visible))
                self.leaked_spans.append((text_id, span))
            if not hidden:
                self.fully_visible[span.label] += 1
        outside = masked - gold_positions
        self.masked_chars += len(masked)
        self.masked_outside_gold += len(outside)
        if outside:
            self.extra.append((text_id, _runs(text, outside)))
        if not gold:
            self.clean_texts += 1
            self.clean_texts_touched += bool(masked)

    # -- figures ---------------------------------------------------------------------------------

    def recall(self, label: str | None = None) -> float:
        if label is None:
            return _ratio(sum(self.masked_gold_chars.values()), sum(self.gold_chars.values()))
        return _ratio(self.masked_gold_chars[label], self.gold_chars[label])

    def visible_share(self) -> float:
        """Share of gold spans of which at least one character stays visible."""
        return _ratio(sum(self.partly_visible.values()), sum(self.gold_spans.values()), empty=0.0)

    def fully_visible_share(self) -> float:
        return _ratio(sum(self.fully_visible.values()), sum(self.gold_spans.values()), empty=0.0)

    def over_masking(self) -> float:
        """Share of masked characters that are outside every gold span."""
        return _ratio(self.masked_outside_gold, self.masked_chars, empty=0.0)

    def clean_touched_share(self) -> float:
        return _ratio(self.clean_texts_touched, self.clean_texts, empty=0.0)


def score(texts: Sequence, predictions: Sequence[Iterable[tuple[int, int]]]) -> Score:
    result = Score()
    for item, predicted in zip(texts, predictions, strict=True):
        result.add(item.id, item.text, item.gold, predicted)
    return result


def _joined(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Predicted spans separated only by blanks or punctuation become one, as the set's README asks
    ("DA SILVA" + "Fernando" hides "DA SILVA Fernando"; so does "Cité Lemire" + "maison 12")."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and all(not char.isalnum() for char in text[joined[-1][1] : start]):
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def _positions(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    return {
        i for start, end in spans for i in range(max(start, 0), min(end, len(text))) if not text[i].isspace()
    }


def _runs(text: str, positions: set[int]) -> str:
    return "".join(c if i in positions else "·" for i, c in enumerate(text)).strip("·")


def _ratio(part: float, whole: float, empty: float = 1.0) -> float:
    return part / whole if whole else empty
