"""detect / detect_many / redact: every detector on a text, spans merged, offsets in the input."""

from collections.abc import Iterable, Iterator
from itertools import islice

from concertons.redaction import addresses, dates, gazetteers, identifiers, nlp, persons, phones
from concertons.redaction.cleaning import CleanText, clean
from concertons.redaction.spans import Span, mask, merge

# Texts go to spaCy in batches this size: big enough for its speed, small enough that a stream of
# texts gets its first answers quickly.
BATCH_SIZE = 32
# Longer texts are cut into pieces this long (at a blank) before NER: the model's cost grows with
# the length, and a name never spans this many characters.
NER_CHUNK = 20_000

_RULE_DETECTORS = (phones.find, identifiers.find, dates.find, addresses.find)


def detect(text: str) -> list[Span]:
    """The identifying spans of one text, merged, in order; offsets index the text as given."""
    return next(detect_many([text]))


def detect_many(texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[list[Span]]:
    """detect() over a stream of texts, lazily, in order: spaCy's pipe does the batching."""
    model = _model()
    iterator = iter(texts)
    while batch := [text if isinstance(text, str) else "" for text in islice(iterator, batch_size)]:
        cleaned = [clean(text) for text in batch]
        chunks = [_chunks(view.text) for view in cleaned]
        flat = [chunk for pieces in chunks for _offset, chunk in pieces]
        docs = iter(model.pipe(flat, batch_size=batch_size))
        for view, pieces in zip(cleaned, chunks, strict=True):
            entities = [
                (offset + entity.start_char, offset + entity.end_char, entity.label_)
                for offset, _chunk in pieces
                for entity in next(docs).ents
            ]
            yield _detect_clean(view, entities)


def redact(text: str) -> str:
    """The text with its identifying spans masked."""
    return mask(text, detect(text))


def _detect_clean(view: CleanText, entities: list[tuple[int, int, str]]) -> list[Span]:
    text = view.text
    spans = [span for find in _RULE_DETECTORS for span in find(text)]
    spans += persons.find(text, entities)
    merged = merge(spans, text)
    if view.origin is None:
        return merged
    return merge(
        (Span(*view.to_original(span.start, span.end), span.label, span.source) for span in merged),
        None,
    )


def _chunks(text: str) -> list[tuple[int, str]]:
    if len(text) <= NER_CHUNK:
        return [(0, text)]
    pieces, start = [], 0
    while start < len(text):
        end = min(start + NER_CHUNK, len(text))
        if end < len(text):
            blank = text.rfind(" ", start + NER_CHUNK // 2, end)
            end = blank + 1 if blank > 0 else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _model():
    model = nlp.load()
    gazetteers.set_lexicon(nlp.lexicon())
    return model
