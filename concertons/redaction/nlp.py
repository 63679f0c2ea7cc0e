"""The spaCy French model, loaded once per process with only what named entities need, and the
project's own names model beside it."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from threadpoolctl import threadpool_limits

if TYPE_CHECKING:  # spaCy takes seconds to import: only the first text to mask pays for it
    from spacy.language import Language

MODEL = "fr_core_news_md"
# The NER component of fr_core_news_md has its own tok2vec: everything else can stay off.
# The lemmatizer is loaded (its tables are our French lexicon) but never run.
UNUSED_COMPONENTS = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]


def _matrix_ops():
    """thinc's NumPy backend without BLIS: its matrix products go through NumPy's OpenBLAS, which
    picks the processor's kernels at run time; BLIS's took twice the time on this project's
    servers (AMD EPYC, AVX-512), for the same entities (bench/redaction).

    OpenBLAS is held to one thread: these matrices are small, and a second thread only spins
    (twice the CPU time for the same wall time), taking a core from the other processes."""
    # spaCy and thinc are imported late, here and below: they take seconds to import.
    from thinc.api import use_ops

    threadpool_limits(limits=1, user_api="blas")
    return use_ops("numpy", use_blis=False)


@cache
def load() -> Language:
    import spacy  # late: see _matrix_ops

    with _matrix_ops():
        nlp = spacy.load(MODEL, disable=UNUSED_COMPONENTS)
    # Texts are cut by the engine before this, but a long one must not be refused.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


# The project's names model: a small NER trained on the evaluation set's dev side to find the names
# the rules and fr_core_news_md miss (bench/redaction/train_names.py). It labels them NAME.
NAMES_DIR = Path(__file__).parent / "data" / "names"
NAME_LABEL = "NAME"


@cache
def names_model() -> Language:
    """The names model, reading the static vectors of fr_core_news_md as it did in training."""
    import spacy  # late: see _matrix_ops

    vocab = load().vocab
    with _matrix_ops():
        model = spacy.load(NAMES_DIR, vocab=vocab, exclude=["vocab", "tokenizer"])
    model.max_length = load().max_length
    return model


_INFINITIVE = re.compile(r"(?:er|ir|oir|ire|dre)$")


class Lexicon(Container[str]):
    """French words the model's lemmatizer knows, as lemmas or inflected forms (lower case)."""

    def __init__(self, nlp: Language):
        lookups = nlp.get_pipe("lemmatizer").lookups
        self._forms = lookups.get_table("lemma_lookup")
        index = lookups.get_table("lemma_index")
        self._lemmas = frozenset(word.lower() for words in index.values() for word in words)
        verbs = nlp.vocab.strings["verb"]
        self._verbs = frozenset(word.lower() for word in index[verbs]) if verbs in index else frozenset()

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self._lemmas or word in self._forms)

    def is_verb_form(self, word: str) -> bool:
        """An inflected form whose lemma looks like an infinitive ("mange" -> "manger")."""
        lemmas = self._forms.get(word) or []
        return any(lemma != word and _INFINITIVE.search(lemma) for lemma in lemmas)

    def is_first_group_present(self, word: str) -> bool:
        """The present of a verb of the first group, which the lookup may give as a noun ("garde": "garder")."""
        return word.endswith("e") and word + "r" in self._verbs


@cache
def lexicon() -> Lexicon:
    return Lexicon(load())
