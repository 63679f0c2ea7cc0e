"""Load the redaction evaluation set (see README.md in this folder).

Pure Python on purpose: no Django import, so the set can be read by a bench
script, a notebook or the test suite alike.

Markup, one text per line of each ``*.txt`` file of this folder:

* ``[[LABEL:exact text]]`` marks a gold span; LABEL is one of ``LABELS``;
* the two characters ``\\n`` stand for a line break inside a text;
* blank lines and lines whose first non-blank character is ``#`` are ignored.

Any malformed line raises ``EvalSetError`` naming the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "EVAL_DIR",
    "LABELS",
    "SPLITS",
    "EvalSetError",
    "EvalText",
    "GoldSpan",
    "load_eval_set",
    "parse_line",
]

EVAL_DIR = Path(__file__).resolve().parent

LABELS: tuple[str, ...] = (
    "PERSON",
    "PHONE",
    "EMAIL",
    "ADDRESS",
    "NIR",
    "DATE_OF_BIRTH",
    "IBAN",
    "CASE_ID",
)

# Issue 12: the name of the small site where the author works ("la MDS de [[WORKPLACE:Roubaix]]").
# The parser accepts it; it is not in LABELS, whose every label the set must hold 40 times.
EXTRA_LABELS: tuple[str, ...] = ("WORKPLACE",)

SPLITS: tuple[str, ...] = ("dev", "test")

# Every TEST_EVERY-th text of each file (1-based rank 4, 8, 12…) goes to "test".
TEST_EVERY = 4

OPEN = "[["
CLOSE = "]]"
NEWLINE_ESCAPE = "\\n"
_LABEL_RE = re.compile(r"([A-Za-z_]*):")


class EvalSetError(ValueError):
    """The evaluation set is malformed; the message names the file and line."""


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class EvalText:
    id: str  # "<file>:<line number>", e.g. "ase.txt:12"
    text: str  # without markup, "\n" escapes turned into line breaks
    gold: tuple[GoldSpan, ...]
    file: str
    line: int
    split: str  # "dev" or "test"


def _unescape(raw: str) -> str:
    return raw.replace(NEWLINE_ESCAPE, "\n")


def parse_line(line: str, *, file: str = "<string>", lineno: int = 0) -> tuple[str, tuple[GoldSpan, ...]]:
    """Parse one marked-up text; return its plain text and its gold spans.

    Raises ``EvalSetError`` on an unknown label, unbalanced or nested
    brackets, a missing ``LABEL:`` prefix, or a span whose text is empty or
    starts/ends with whitespace.
    """
    where = f"{file}:{lineno}"
    out: list[str] = []
    length = 0
    spans: list[GoldSpan] = []
    pos = 0
    while True:
        open_at = line.find(OPEN, pos)
        close_at = line.find(CLOSE, pos)
        if close_at != -1 and (open_at == -1 or close_at < open_at):
            raise EvalSetError(f"{where}: unbalanced ']]' at column {close_at + 1} (no matching '[[')")
        if open_at == -1:
            chunk = _unescape(line[pos:])
            out.append(chunk)
            length += len(chunk)
            break
        chunk = _unescape(line[pos:open_at])
        out.append(chunk)
        length += len(chunk)

        body_start = open_at + len(OPEN)
        end_at = line.find(CLOSE, body_start)
        if end_at == -1:
            raise EvalSetError(f"{where}: unbalanced '[[' at column {open_at + 1} (no closing ']]')")
        body = line[body_start:end_at]
        if OPEN in body:
            raise EvalSetError(f"{where}: nested '[[' inside the span opened at column {open_at + 1}")
        match = _LABEL_RE.match(body)
        if not match:
            raise EvalSetError(
                f"{where}: span at column {open_at + 1} must start with 'LABEL:', got {body[:20]!r}"
            )
        label = match.group(1)
        if label not in LABELS + EXTRA_LABELS:
            raise EvalSetError(
                f"{where}: unknown label {label!r} at column {open_at + 1} "
                f"(expected one of {', '.join(LABELS + EXTRA_LABELS)})"
            )
        value = _unescape(body[match.end() :])
        if not value.strip():
            raise EvalSetError(f"{where}: empty {label} span at column {open_at + 1}")
        if value != value.strip():
            raise EvalSetError(
                f"{where}: {label} span {value!r} at column {open_at + 1} starts or ends with whitespace"
            )
        spans.append(GoldSpan(start=length, end=length + len(value), label=label, text=value))
        out.append(value)
        length += len(value)
        pos = end_at + len(CLOSE)
    return "".join(out), tuple(spans)


def _is_skipped(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def load_file(path: Path) -> list[EvalText]:
    texts: list[EvalText] = []
    with path.open(encoding="utf-8") as handle:
        for lineno, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if _is_skipped(line):
                continue
            text, gold = parse_line(line.strip(), file=path.name, lineno=lineno)
            rank = len(texts) + 1
            texts.append(
                EvalText(
                    id=f"{path.name}:{lineno}",
                    text=text,
                    gold=gold,
                    file=path.name,
                    line=lineno,
                    split="test" if rank % TEST_EVERY == 0 else "dev",
                )
            )
    return texts


def load_eval_set(split: str | None = None, *, root: Path | str | None = None) -> list[EvalText]:
    """Every text of the set, file by file (files sorted by name), in file order.

    ``split`` is ``"dev"``, ``"test"`` or ``None`` (all texts). ``root`` lets a
    test point the loader at another folder of ``*.txt`` files.
    """
    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {SPLITS} or None")
    folder = Path(root) if root is not None else EVAL_DIR
    texts: list[EvalText] = []
    for path in sorted(folder.glob("*.txt")):
        texts.extend(load_file(path))
    if split is not None:
        texts = [t for t in texts if t.split == split]
    return texts
