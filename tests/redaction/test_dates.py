import pytest

from .helpers import masked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Léna, née le 3 mars 2015, vit chez sa tante.", "née le [date de naissance], vit"),
        ("DDN : 03/03/2015", "DDN : [date de naissance]"),
        ("né le 1er janvier 2010", "né le [date de naissance]"),
        ("né(e) le 12/05/2018", "né(e) le [date de naissance]"),
        ("date de naissance : 2015-03-03", "date de naissance : [date de naissance]"),
        ("Un enfant né à Agen le 3 mars 2015", "né à Agen le [date de naissance]"),
        ("né en mars 2015", "né en [date de naissance]"),
    ],
)
def test_dates_of_birth_are_masked(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "La réunion du 3 mars 2023 a été annulée.",
        "En mars, trois postes sont restés vacants.",
        "Depuis le 12/05/2022, plus de visites à domicile.",
        "Une personne née en Algérie, arrivée en 2019.",
    ],
)
def test_ordinary_dates_stay(text):
    assert masked(text) == text
