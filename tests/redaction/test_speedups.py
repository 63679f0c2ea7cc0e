"""The rules' shortcuts for speed find what the patterns they stand before would find on their own.

Each shortcut (a cheap test before a costly pattern, a pattern tried only where its first character stands, a
search started where a match can start) must change no mask: here the guarded form is compared with the
unguarded one, on the hand-written texts of the evaluation set and on generated ones.
"""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from concertons.redaction import addresses, companions, dates, identifiers, persons
from concertons.redaction import gazetteers as gz
from tests.redaction.eval.loader import load_eval_set

TEXTS = [text.text for text in load_eval_set("dev")]
CHAT_PIECES = [
    "\n",
    ". ",
    "! ",
    "?",
    " ",
    "\t",
    "   ",
    ",",
    "!!!",
    "slt",
    "Salut",
    "bonjour",
    "BONJOUR",
    "coucou",
    "cc",
    "re",
    "yo",
    "Cam",
    "mel",
    "tu",
    "px",
    "passer",
    "la",
    "maman",
    "a",
    "appelé",
]
chats = st.lists(st.sampled_from(CHAT_PIECES), max_size=30).map("".join)


def _spans(pattern: re.Pattern, text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(match.span(), match.groupdict()) for match in pattern.finditer(text)]


def _unguarded(pattern: re.Pattern, guard: str) -> re.Pattern:
    assert guard in pattern.pattern
    return re.compile(pattern.pattern.replace(guard, "", 1), pattern.flags)


@pytest.mark.parametrize(
    ("pattern", "guard"),
    [
        (dates.DATE_OF_BIRTH, r"(?=[ndaemfviq\d°🎂])"),
        (addresses.STREET, r"(?=[^\W\d_])"),
        (identifiers._CASE_KEYWORD, r"(?=[^\W\d_]|#)"),
    ],
    ids=["birth markers", "street words", "case keywords"],
)
def test_a_pattern_tried_where_its_first_character_stands_finds_the_same(pattern, guard):
    unguarded = _unguarded(pattern, guard)
    assert [_spans(pattern, text) for text in TEXTS] == [_spans(unguarded, text) for text in TEXTS]


def test_a_tree_of_phrases_matches_as_their_flat_alternation_longest_first():
    words = gz.KIN_WORDS | gz.ROLE_WORDS | gz.JOB_TITLES
    flat = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    tree = re.compile(rf"(?<![\w-])(?:{gz.phrase_alternation(words, blank=' ')})", re.IGNORECASE)
    flat_pattern = re.compile(rf"(?<![\w-])(?:{flat})", re.IGNORECASE)
    for text in [*TEXTS, "LA MÈRE, le Père, l'Éducatrice spécialisée, Grand-Mère"]:
        assert _spans(tree, text) == _spans(flat_pattern, text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chats)
def test_the_greeting_before_a_word_is_the_one_searched_from_the_text_s_start(text):
    for position in range(len(text) + 1):
        found = companions._greeting_before(text, position)
        expected = companions._GREETING.search(text, 0, position)
        assert (found and (found.span(), found["greeting"])) == (
            expected and (expected.span(), expected["greeting"])
        )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [*CHAT_PIECES, "sa", "fille", "SŒUR", "petite", "de", "d'", "mère", "Chance", "prénoms", "comme"]
        )
    ).map(" ".join)
)
def test_the_cheap_tests_before_family_words_keep_what_the_patterns_find(text):
    finder = persons.Finder(text)
    for word in finder.words:
        window = max(0, word.start - 40)
        if companions._KIN_BEFORE.search(text, window, word.start):
            assert text[window : word.start].rstrip(" \t").casefold().endswith(companions._KIN_BEFORE_WORDS)
        if companions._PARENT_OF.search(text, window, word.start):
            assert text[window : word.start].rstrip(" \t")[-2:].casefold() in {"de", "d'", "d’"}
        if persons._NAMES_CITED.search(text, max(0, word.start - 120), word.start):
            assert finder._talks_of_first_names
