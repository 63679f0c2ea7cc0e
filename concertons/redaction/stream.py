"""JSON lines in, JSON lines out: the protocol of `concertons redact`, with no I/O of its own.

In:  {"id": ..., "text": "..."}  one object a line.
Out: {"id": ..., "spans": [{"start": s, "end": e, "label": L}], "redacted": "..."}  one a line, in
     order; offsets are Python string indices of the input text. A line that cannot be read gets
     {"line": n, "error": "..."} and the stream goes on. Blank lines carry nothing and get nothing.
"""

import json
import queue
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from concertons.redaction.engine import detect_many
from concertons.redaction.spans import mask

# Lines waiting when a batch starts are redacted together (spaCy is faster in batches), but a
# batch never waits for more lines: the first answer leaves as soon as its line is in.
MAX_BATCH = 32


@dataclass(frozen=True)
class _Record:
    number: int
    id: Any = None
    text: str | None = None
    error: str | None = None


def redact_lines(lines: Iterable[tuple[int, bytes | str]]) -> Iterator[str]:
    """One output line (no newline) per non-blank numbered input line, in order."""
    for batch in _batches(lines):
        records = [_parse(number, raw) for number, raw in batch]
        records = [record for record in records if record is not None]
        texts = [record.text for record in records if record.error is None]
        results = detect_many(texts, batch_size=max(len(texts), 1))
        for record in records:
            if record.error is not None:
                yield _dumps({"line": record.number, "error": record.error})
                continue
            spans = next(results)
            yield _dumps(
                {
                    "id": record.id,
                    "spans": [{"start": s.start, "end": s.end, "label": str(s.label)} for s in spans],
                    "redacted": mask(record.text, spans),
                }
            )


def _parse(number: int, raw: bytes | str) -> _Record | None:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            return _Record(number, error=f"not UTF-8: {error.reason} at byte {error.start}")
    if not raw.strip():
        return None
    try:
        value = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as error:
        return _Record(number, error=f"not valid JSON: {getattr(error, 'msg', error)}")
    if not isinstance(value, dict):
        return _Record(number, error='expected an object {"id": ..., "text": "..."}')
    if not isinstance(value.get("text"), str):
        return _Record(number, error='"text" is missing or not a string')
    return _Record(number, id=value.get("id"), text=value["text"])


def _dumps(value: dict) -> str:
    line = json.dumps(value, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate came in through a \ud800 escape: send it back escaped
        line = json.dumps(value, ensure_ascii=True)
    return line


def _batches(lines: Iterable[tuple[int, bytes | str]]) -> Iterator[list[tuple[int, bytes | str]]]:
    """Groups of the lines already read, each group as soon as one line is there."""
    waiting: queue.Queue = queue.Queue(maxsize=4 * MAX_BATCH)
    done = object()

    def read() -> None:
        try:
            for line in lines:
                waiting.put(line)
        finally:
            waiting.put(done)

    threading.Thread(target=read, daemon=True, name="redact-reader").start()
    while True:
        item = waiting.get()
        if item is done:
            return
        batch = [item]
        while len(batch) < MAX_BATCH:
            try:
                item = waiting.get_nowait()
            except queue.Empty:
                break
            if item is done:
                yield batch
                return
            batch.append(item)
        yield batch
