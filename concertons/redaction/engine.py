"""detect / detect_many / redact: every detector on a text, spans merged, offsets in the input."""

import bisect
import re
from collections.abc import Iterable, Iterator
from itertools import islice

from concertons.redaction import (
    addresses,
    companions,
    dates,
    gazetteers,
    identifiers,
    lists,
    nlp,
    persons,
    phones,
    tables,
    workplaces,
)
from concertons.redaction.cleaning import CleanText, clean
from concertons.redaction.spans import PLACEHOLDERS, Label, Span, blind, mask, merge

# Texts go to spaCy in batches this size: big enough for its speed (the two models read 64 texts about 10 % faster
# than twice 32, bench/redaction), small enough that a stream of texts gets its first answers quickly.
BATCH_SIZE = 64
# Longer texts are cut into pieces this long (at a blank) before NER: the model's cost grows with
# the length, and a name never spans this many characters.
NER_CHUNK = 20_000

_RULE_DETECTORS = (phones.find, identifiers.find, dates.find, addresses.find, workplaces.find, tables.find)


def detect(text: str) -> list[Span]:
    """The identifying spans of one text, merged, in order; offsets index the text as given."""
    return next(detect_many([text]))


def detect_many(texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[list[Span]]:
    """detect() over a stream of texts, lazily, in order, the NER model working in batches.

    Rules run first; the NER model then reads each text with what the rules found already
    replaced by placeholders, as it would read the masked text. Where the model or the steps
    after it found more, it reads the text again with that masked too, until it finds nothing
    new: so redacting a redacted text finds nothing more.
    """
    model = _model()
    iterator = iter(texts)
    while batch := [text if isinstance(text, str) else "" for text in islice(iterator, batch_size)]:
        views = [clean(text) for text in batch]
        stages = [_RuleStage(view.text) for view in views]
        found = [
            stage.add(entities)
            for stage, entities in zip(
                stages, _read(model, [s.ner_text for s in stages], batch_size), strict=True
            )
        ]
        pending = [index for index, stage in enumerate(stages) if found[index] != stage.found]
        for _ in range(MAX_READINGS - 1):
            if not pending:
                break
            rereadings = _read(model, [stages[index].reread(found[index]) for index in pending], batch_size)
            still = []
            for index, entities in zip(pending, rereadings, strict=True):
                spans = stages[index].add(entities)
                if spans != found[index]:
                    found[index] = spans
                    still.append(index)
            pending = still
        for original, view, spans in zip(batch, views, found, strict=True):
            spans = lists.bridged(original, lists.with_siblings(original, _to_original(view, spans)))
            yield _with_repeats(original, spans)


# A text is read by the model at most this many times (in practice: once, a second time for one
# text in twenty, a third time almost never).
MAX_READINGS = 3


def _read(model, texts: list[str], batch_size: int) -> list[list[tuple[int, int, str]]]:
    """The models' entities (start, end, label) in each text, long texts read in chunks."""
    chunks = [_chunks(text) for text in texts]
    result: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    # Both models split words alike: each text is tokenised once, each model reads its own copy (a model's
    # entities would constrain the other's).
    tokenised = [model.make_doc(chunk) for pieces in chunks for _offset, chunk in pieces]
    # fr_core_news_md's entities (PER, LOC…), then those of the names model (NAME)
    for reader, read in ((model, [doc.copy() for doc in tokenised]), (nlp.names_model(), tokenised)):
        docs = iter(reader.pipe(read, batch_size=batch_size))
        for found, pieces in zip(result, chunks, strict=True):
            found += [
                (offset + entity.start_char, offset + entity.end_char, entity.label_)
                for offset, _chunk in pieces
                for entity in next(docs).ents
            ]
    return result


# A detail found once is masked everywhere it appears again (whole words, same spelling): a date of birth or
# a name repeated later in a context the rules do not recognise must not stay readable there.
MIN_REPEAT_LENGTH = 3


def _with_repeats(text: str, spans: list[Span]) -> list[Span]:
    repeats = _repeats(text, spans)
    if births := [span for span in spans if span.label == Label.DATE_OF_BIRTH]:
        repeats += dates.the_same_day_written_otherwise(text, births)
    return merge(spans + repeats, text) if repeats else spans


def _repeats(text: str, spans: list[Span]) -> list[Span]:
    found = []
    seen = set()
    for span in spans:
        secret = text[span.start : span.end].strip()
        if not _is_repeated(secret, span) or (secret, span.label) in seen:
            continue
        seen.add((secret, span.label))
        found += [
            Span(_with_day_and_month(text, start, span), end, span.label, "repeat")
            for start, end in _whole_words(text, secret)
            # "la famille Martin… la Saint-Martin", "sa fille Lorraine vit en Lorraine"
            if not _SAINT_BEFORE.search(text, max(0, start - 7), start)
            and not (span.label == Label.PERSON and persons.names_the_place(text, start, end))
        ]
    return found


_SAINT_BEFORE = re.compile(r"\b(?:saint|sainte|st|ste)-$", re.IGNORECASE)
# "née en 2015 … le jugement supplétif dit 23 juin 2015": the birth year said again inside a full date
_DAY_AND_MONTH_BEFORE = re.compile(
    rf"(?<!\w){dates.DAY}(?:\s+{dates.MONTHS}\s+|\s*[/.\-]\s*(?:1[0-2]|0?\d)\s*[/.\-]\s*)$", re.IGNORECASE
)


def _with_day_and_month(text: str, start: int, span: Span) -> int:
    """Where a repeated birth year starts with the day and month written before it, if any."""
    if span.label != Label.DATE_OF_BIRTH or not text[start : start + 4].isdigit():
        return start
    before = _DAY_AND_MONTH_BEFORE.search(text, max(0, start - 20), start)
    return before.start() if before else start


def _is_repeated(secret: str, span: Span) -> bool:
    """Long enough to be sought elsewhere in the text: a word, an initial, or the letters a chat's speaker goes by
    ("[lun. 08:02] jb : …", then "jb a rappelé"), which no dictionary has."""
    if len(secret) >= MIN_REPEAT_LENGTH or _is_initial(secret):
        return True
    return (
        "rule:chat" in span.source
        and secret.isalpha()
        and secret.islower()
        and not gazetteers.is_french_word(secret)
        and secret not in gazetteers.FUNCTION_WORDS
    )


def _is_initial(secret: str) -> bool:
    """ "C." standing for a colleague: repeated as a name is ("les arrêts de C.", "mme k. … k. a appelé"); not
    "M.", a civility."""
    return len(secret) == 2 and secret[1] == "." and secret[0].isalpha() and secret[0] not in "Mm"


def _whole_words(text: str, secret: str) -> Iterator[tuple[int, int]]:
    r"""Where secret stands in text with no letter, digit or "_" glued to it: what
    re.finditer(r"(?<!\w)secret(?!\w)") finds, without compiling a pattern per secret (they fill
    the re module's cache, and a text's secrets are compiled again for each text)."""
    start = text.find(secret)
    while start != -1:
        end = start + len(secret)
        if not _is_word_character(text, start - 1) and not _is_word_character(text, end):
            yield start, end
            start = text.find(secret, end)
        else:
            start = text.find(secret, start + 1)


def _is_word_character(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def redact(text: str) -> str:
    """The text with its identifying spans masked."""
    return mask(text, detect(text))


class _RuleStage:
    """What rules find in a text, and the text the NER model reads: the same, masked."""

    def __init__(self, text: str):
        self.text = text
        self.persons = persons.Finder(text)
        # Rules read placeholders as "¤" (the dates rule excludes them from what stands between a
        # birth word and its date); the persons' finder knows them as masked words.
        blinded = blind(text)
        found = [span for find in _RULE_DETECTORS for span in find(blinded)]
        found += companions.named_before_phones(text, found)
        found += self.persons.from_rules()
        found += companions.from_cues(self.persons)
        found += companions.initials(blinded)
        # a detail's repeats masked before the model reads, as a second masking would show them to it ("le
        # logiciel s'appelle Pierre" names no one: no repeat of it)
        found = merge(found, text)
        self.found = merge(found + _repeats(text, persons.without_things_names(text, found)), text)
        self._masked = self.found
        self.ner_text, self._segments = _masked_with_map(text, self.found)
        self._persons_found: list[Span] = []

    def reread(self, spans: list[Span]) -> str:
        """The text with these spans masked, for the model to read again; add() takes its entities."""
        self._masked = spans = _with_repeats(self.text, spans)
        self.ner_text, self._segments = _masked_with_map(self.text, spans)
        return self.ner_text

    def add(self, entities: list[tuple[int, int, str]]) -> list[Span]:
        """All spans, with the entities found in the last ner_text added to those found before."""
        in_text = [self._back(start, end) + (label,) for start, end, label in entities]
        self._persons_found += self.persons.from_entities(in_text, masked=self._masked)
        spans = self.found + self._persons_found
        spans += self.persons.propagate(spans)
        spans += companions.listed_with(self.persons, spans)
        spans += companions.lower_case_subjects(self.persons, spans)
        spans += companions.spelled_like(self.persons, spans)
        spans += companions.named_by_email(self.persons, spans)
        spans += companions.initials_of_names(self.persons, spans)
        spans += self.persons.completed(spans)
        spans += self.persons.propagate(spans)  # what completion added: "Noël Adjovi", then "Noël croit…"
        spans += tables.columns_alike(self.text, spans)  # before what follows names: "Moussa | 04/06/2015"
        names = [span for span in spans if span.label == Label.PERSON]
        spans += dates.after_names(self.text, names)
        spans += addresses.after_names(self.text, names)
        spans += addresses.numbers_again(self.text, spans)
        spans += persons.wrapped_at_hyphen(self.text, spans)
        spans = merge(persons.without_things_names(self.text, spans), self.text)
        # after merging: "zia" and "Catalina" may have been found apart
        return persons.without_leading_kin(self.text, spans)

    def _back(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in text of ner_text[start:end], without the placeholders at its ends: what is
        masked already is not read again, as it would not be in the masked text."""
        return self._position(start, is_end=False), self._position(end, is_end=True)

    def _position(self, position: int, *, is_end: bool) -> int:
        index = bisect.bisect_right(self._segments, (position, float("inf"))) - 1
        masked_start, original_start, original_end, is_placeholder = self._segments[max(index, 0)]
        if is_placeholder:
            return original_start if is_end else original_end
        return min(original_start + position - masked_start, original_end)


def _masked_with_map(text: str, spans: list[Span]) -> tuple[str, list[tuple[int, int, int, bool]]]:
    """mask(text, spans) and its segments (start in masked text, original start, end, placeholder?)."""
    pieces, segments, position, length = [], [], 0, 0
    for span in spans:
        if span.start > position:
            segments.append((length, position, span.start, False))
            pieces.append(text[position : span.start])
            length += span.start - position
        placeholder = PLACEHOLDERS[span.label]
        segments.append((length, span.start, span.end, True))
        pieces.append(placeholder)
        length += len(placeholder)
        position = span.end
    segments.append((length, position, len(text), False))
    pieces.append(text[position:])
    return "".join(pieces), segments


def _to_original(view: CleanText, spans: list[Span]) -> list[Span]:
    if view.origin is None:
        return spans
    return merge(Span(*view.to_original(span.start, span.end), span.label, span.source) for span in spans)


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
