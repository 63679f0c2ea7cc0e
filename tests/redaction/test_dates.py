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
        ("née le 4 avril", "née le [date de naissance]"),
        ("Fiche de Pauline Renard, 15/05/1995, NIR à venir", "[personne], [date de naissance], NIR"),
        ("CHERIF Yasmine – 12/02/1991 – file active", "[personne] – [date de naissance] –"),
        ("Date de naissance de l'enfant selon l'acte : 02/01/2010.", "l'acte : [date de naissance]."),
        ("Mme X a accouché le 12 février de jumeaux.", "accouché le [date de naissance] de"),
        (
            "Le jeune Moussa, MNA né le 1er janvier 2008 d'après ses papiers",
            "né le [date de naissance] d'après",
        ),
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
        "La PMI est née en 1945, avec l'ordonnance sur la protection de l'enfance.",
        "L'AEMO est née en 1958.",
        "Réunion avec l'équipe le 12/03/2024 à 14h.",
    ],
)
def test_ordinary_dates_stay(text):
    assert masked(text) == text
