import pytest

from concertons.geo.normalize import fold, name_key, split_arrondissement, without_article


def test_fold_ignores_case_accents_punctuation_and_spacing():
    assert fold("  Côtes-d’Armor ") == fold("COTES D'ARMOR") == fold("cotes  d armor") == "cotes d armor"


def test_fold_spells_out_ligatures_and_superscripts():
    assert fold("Œuilly") == "oeuilly"
    assert fold("15ᵉ") == "15e"


def test_fold_drops_zero_width_and_control_characters():
    assert fold("Nord\u200b") == "nord"
    assert fold("Lille\x00\x1f") == "lille"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("St Étienne", "saint etienne"),
        ("Ste-Foy", "sainte foy"),
        ("Les Sts Geosmes", "les saints geosmes"),
        ("Beaumont s/Oise", "beaumont sur oise"),
        ("Havre (Le)", "le havre"),
        ("Abergement-Clémenciat (L')", "l abergement clemenciat"),
        ("Stenay", "stenay"),
    ],
)
def test_name_key_expands_what_people_abbreviate(written, key):
    assert name_key(written) == key


def test_without_article_drops_only_a_leading_article():
    assert without_article("la reunion") == "reunion"
    assert without_article("l abergement") == "abergement"
    assert without_article("lille") == "lille"
    assert without_article("le") == "le"


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("paris 15e", ("paris", 15)),
        ("paris 1er", ("paris", 1)),
        ("lyon 3eme", ("lyon", 3)),
        ("marseille 13 e arrondissement", ("marseille", 13)),
        ("marseille 13e arr", ("marseille", 13)),
        ("paris", None),
        ("paris 150", None),
        ("15e", None),
    ],
)
def test_split_arrondissement_reads_the_common_spellings(key, expected):
    assert split_arrondissement(key) == expected
