"""The stop words of the languages families write in are written out once (scripts/refresh_foreign_words.py)
from the installed spaCy, less the French name lists: words that are never a name and that no name runs over."""

import pytest

from tests.redaction.helpers import assert_hidden, assert_kept, refresh_script


def test_the_written_foreign_words_are_those_of_the_installed_spacy_and_name_lists():
    refresh = refresh_script("refresh_foreign_words.py")
    written = refresh.TARGET.read_text(encoding="utf-8").splitlines()
    assert [line for line in written if not line.startswith("#")] == refresh.foreign_words()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hello madam, my name is Abdirahman, OFPRA interview is tomorrow", ("my name is",)),
        ("Bom dia senhora, sou a Fernanda. Eu não entendi a carta da CAF", ("não entendi", "senhora")),
        ("buna ziua doamna, sunt Ionela Stanciu, nu am primit inca aide", ("ziua doamna", "primit")),
        ("Salam alikoum madame, Hamdoulilah tout va bien, Eid Mubarak", ("Salam", "Hamdoulilah", "Mubarak")),
        ("Doamne ajută! merci madame, Dumnezeu să vă binecuvânteze", ("Doamne", "Dumnezeu")),
    ],
)
def test_words_of_other_languages_stay(text, kept):
    assert_kept(text, *kept)


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("Hello madam, my name is Abdirahman, OFPRA interview is tomorrow", ("Abdirahman",)),
        ("Bom dia senhora, sou a Fernanda. Eu não entendi a carta da CAF", ("Fernanda",)),
        ("buna ziua doamna, sunt Ionela Stanciu, nu am primit inca aide", ("Ionela", "Stanciu")),
        ("MECS, maison Vanille : Ti-Jean la di li vé pa retourne lékol lundi", ("Ti-Jean",)),
        ("Sara et Will sont venus avec May ce matin", ("Sara", "Will", "May")),
    ],
)
def test_names_beside_them_are_masked(text, secrets):
    assert_hidden(text, *secrets)
