"""Load the generated splits (generated/*.jsonl) and the look-alike texts (lookalikes.txt).

Pure Python like loader.py. The generated splits are written by bench/redaction/generate.py (see
README.md, "Generated splits"): one JSON object a line,

    {"id": "dev:12", "text": "...", "gold": [{"start": 3, "end": 9, "label": "PERSON",
     "text": "Durand", "kind": "civ:last:as-is"}, ...], "templates": ["3f1c0a9b2e4d", ...]}

``kind`` says how the span was written (its shape: "full:prénom nom", "street+postcode",
"key apart -"…) so that misses can be counted by shape; ``templates`` are the fingerprints of the
sentence templates the text was made of (the dev and test splits share none).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tests.redaction.eval.loader import EVAL_DIR, LABELS, EvalSetError, EvalText, GoldSpan, load_eval_set

__all__ = [
    "GENERATED_DIR",
    "GENERATED_LABELS",
    "GENERATED_SPLITS",
    "LOOKALIKES_FILE",
    "GeneratedSpan",
    "GeneratedText",
    "load_generated",
    "load_lookalikes",
]

GENERATED_DIR = EVAL_DIR / "generated"
GENERATED_SPLITS: tuple[str, ...] = ("dev", "test")
# The hand-written set's labels, plus the small named sites that place the author (issue 12).
GENERATED_LABELS: tuple[str, ...] = (*LABELS, "WORKPLACE")
LOOKALIKES_FILE = "lookalikes.txt"


@dataclass(frozen=True)
class GeneratedSpan(GoldSpan):
    kind: str = ""


@dataclass(frozen=True)
class GeneratedText(EvalText):
    templates: tuple[str, ...] = ()


def load_generated(split: str, *, root: Path | str | None = None) -> list[GeneratedText]:
    """The texts of one generated split, in file order; raises EvalSetError on a bad line."""
    if split not in GENERATED_SPLITS:
        raise ValueError(f"unknown generated split {split!r}: expected one of {GENERATED_SPLITS}")
    path = Path(root or GENERATED_DIR) / f"{split}.jsonl"
    texts = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            where = f"{path.name}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise EvalSetError(f"{where}: not JSON ({error})") from None
            text = record["text"]
            gold = []
            for item in record["gold"]:
                start, end, label = item["start"], item["end"], item["label"]
                if label not in GENERATED_LABELS:
                    raise EvalSetError(f"{where}: unknown label {label!r}")
                if not (0 <= start < end <= len(text)) or text[start:end] != item["text"]:
                    raise EvalSetError(f"{where}: span {item!r} does not match the text")
                gold.append(GeneratedSpan(start, end, label, item["text"], item.get("kind", "")))
            texts.append(
                GeneratedText(
                    id=record["id"],
                    text=text,
                    gold=tuple(sorted(gold, key=lambda g: g.start)),
                    file=f"generated/{path.name}",
                    line=lineno,
                    split=split,
                    templates=tuple(record["templates"]),
                )
            )
    return texts


def load_lookalikes() -> list[EvalText]:
    """The hand-written look-alikes: texts without any identifying detail (lookalikes.txt).

    The file is also part of the hand-written set (load_eval_set reads every *.txt of the folder).
    """
    return [t for t in load_eval_set() if t.file == LOOKALIKES_FILE]
