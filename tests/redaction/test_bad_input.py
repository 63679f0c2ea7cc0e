"""Whatever comes in, detect() answers with valid offsets and mask() leaks nothing it found."""

import pytest

from concertons.redaction import PLACEHOLDERS, Label, detect, detect_many, mask

from .helpers import masked

NASTY = [
    "",
    " ",
    "\n\n\t",
    "0612345678",
    "+33 6 12 34 56 78",
    "Léa 😀 MARTIN 06 12 34 56 78 🇫🇷",
    "Привет, Léa Martin! 你好 06 12 34 56 78 مرحبا",
    "Lé\u200ba MAR\u200dTIN appelle au 06\u200b12\u200b34\u200b56\u200b78",
    "\x00\x01Léa\x07 Martin\x1b[31m 0612345678\x7f",
    "\ufeffMme\u00a0Dupont\u202fest venue",
    "e\u0301le\u0300ve Le\u0301a Martin",
    "\ud800 Léa Martin \udfff",
    "[personne] [téléphone] [n° sécu]",
    "\u202eLéa Martin\u202c 0612345678",
    "a" * 5000,
    "0" * 5000,
    "Léa " * 3000,
    "06 " * 4000,
    "rue " * 3000,
    ("Mme Dupont et Léa MARTIN, 12 rue des Lilas, 06 12 34 56 78. " * 1700)[:100_000],
]


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_any_text_gives_valid_offsets_and_a_mask_without_the_spans(text):
    spans = detect(text)
    previous_end = 0
    for span in spans:
        assert 0 <= previous_end <= span.start < span.end <= len(text)
        previous_end = span.end
        assert span.label in Label
    output = mask(text, spans)
    for span in spans:
        secret = text[span.start : span.end]
        if secret.strip() and secret not in "".join(PLACEHOLDERS.values()):
            assert secret not in output.replace("[", " [")  # placeholders aside, nothing found is left


def test_invisible_characters_inside_a_name_or_a_number_do_not_hide_it():
    output = masked("Lé\u200ba MAR\u200dTIN appelle au 06\u200b12\u200b34\u200b56\u200b78")
    assert output == "[personne] appelle au [téléphone]"


def test_a_dictated_note_is_read_with_its_spoken_punctuation_and_masked_in_its_own_words():
    text = (
        "mme durand virgule née le 12 slash 04 slash 2019 virgule elle habite résidence les peupliers virgule "
        "escalier d virgule appartement 41 point à la ligne son nom s'écrit d u r a n d"
    )
    spans = detect(text)
    assert all(0 <= span.start < span.end <= len(text) for span in spans)
    output = mask(text, spans)
    assert "virgule" in output and "point à la ligne" in output  # the author's words, as dictated
    for secret in ("durand", "12 slash 04 slash 2019", "peupliers", "appartement 41", "d u r a n d"):
        assert secret not in output


def test_a_hundred_thousand_characters_are_handled_in_one_call():
    text = ("Mme Dupont et Léa MARTIN, 12 rue des Lilas, 06 12 34 56 78. " * 1700)[:100_000]
    output = masked(text)
    assert "Dupont" not in output and "06 12 34 56 78" not in output and "Lilas" not in output


def test_text_that_is_not_a_string_in_a_batch_is_read_as_empty():
    assert list(detect_many(["Léa", None, 42])) == [detect("Léa"), [], []]  # type: ignore[list-item]
