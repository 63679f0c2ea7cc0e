import pytest

from .helpers import assert_hidden, masked


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
        "la pmi est née en 1945, l'aemo en 1958.",
        "Le service d'accompagnement à domicile est né le 1er janvier 2019 de la fusion de deux associations.",
        "Notre collectif est né le 12 mars 2021 après la grève.",
        "Né en 1958, le service d'AEMO de l'association a fêté ses soixante-cinq ans.",
        "Réunion avec l'équipe le 12/03/2024 à 14h.",
        # a thing's birth said again in part, with no thing before it
        "Le CCAS est né le 1er mars 2012 de la fusion de deux services. Né le 1er mars, fermé le 30 juin.",
    ],
)
def test_ordinary_dates_stay(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inès, née le 1er/02/2016, est en CP.", "née le [date de naissance], est"),
        # a thing born on another day of the same month: the girl's birth is hers
        (
            "Le service est né le 3 mars 2015 de la fusion. Léa est née le 3 mars 2016.",
            "née le [date de naissance].",
        ),
        ("L'enfant, âgée de 3 ans, née le 14 juin 2021, présente un retard.", "née le [date de naissance],"),
        ("DDN 12.04.09", "DDN [date de naissance]"),
        ("DDN 12 04 2009", "DDN [date de naissance]"),
        ("Noé, DN 03/05/2019", "DN [date de naissance]"),
        ("date naiss. 04/05/2017", "naiss. [date de naissance]"),
        ("Date naissance : 12/04/2009", "Date naissance : [date de naissance]"),
        ("Née le premier mars 2016.", "Née le [date de naissance]."),
        ("Il est né le dix-sept mars 2011.", "né le [date de naissance]."),
        ("née au mois de mars 2019", "née au mois de [date de naissance]"),
        ("Mme a accouché de Lina le 8 août 2023.", "le [date de naissance]."),
        ("Elle a eu son bébé le 3 mars.", "son bébé le [date de naissance]."),
        ("le bébé naît le 12 mars 2024", "naît le [date de naissance]"),
        ("Lina fêtera ses 3 ans le 12 avril.", "ses 3 ans le [date de naissance]."),
    ],
)
def test_dates_of_birth_in_new_shapes_are_masked(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ils sont nés respectivement le 3 mars 2015 et le 4 juin 2017.", "et le [date de naissance]."),
        ("nés les 3 mars 2015 et 4 juin 2017", "les [date de naissance] et [date de naissance]"),
        ("Les jumeaux sont nés le 7 et le 8 mars 2020.", "le [date de naissance] et le [date de naissance]."),
        ("DDN : 12/04/2009 (Lina) ; 03/05/2012 (Enzo)", "; [date de naissance] ("),
    ],
)
def test_every_date_of_one_birth_announcement_is_masked(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Née le 3 mars 2015, le 12/05/2022 elle est placée.", "le 12/05/2022 elle"),
        ("La loi a fêté ses 20 ans le 2 janvier.", "La loi a fêté ses 20 ans le 2 janvier."),
        ("La permanence fête ses 10 ans le 5 juin.", "La permanence fête ses 10 ans le 5 juin."),
        ("Réunion le 3 mars 2023 et le 4 avril 2023 avec la CAF.", "le 3 mars 2023 et le 4 avril 2023"),
        ("Elle a eu son CAP le 3 juillet.", "Elle a eu son CAP le 3 juillet."),
    ],
)
def test_later_dates_and_institutions_birthdays_stay(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La fille de la directrice du service est née le 3 mars 2020.", "née le [date de naissance]."),
        ("le fils de l'éducatrice du foyer est né le 3 mars 2020", "né le [date de naissance]"),
        ("Le petit est né le 2 mai 2021 à la maternité.", "né le [date de naissance] à"),
    ],
)
def test_a_person_named_after_an_institution_is_still_born(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« enfant Lys Carpentier (°23/11/2016), dit avoir peur »", "(°[date de naissance])"),
        ("Né à Fort-de-France en février 75, au RSA depuis 2016.", "en [date de naissance], au RSA"),
    ],
)
def test_genealogists_sign_and_two_digit_years_after_a_birth(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize(
    "text",
    ["Né en 2009, le revenu de solidarité active a remplacé le RMI.", "en mars 22 on a eu la réunion."],
)
def test_schemes_born_in_a_year_and_month_years_stay(text):
    assert masked(text) == text


def test_a_birth_field_of_a_form_in_capitals_is_masked():
    text = "Extrait :\nNOM : MULLER  PRENOM : Christiane\nNE(E) LE : 14.03.1958\nMOTIF : FACTURE CHAUFFAGE"
    assert masked(text) == (
        "Extrait :\nNOM : [personne]  PRENOM : [personne]\nNE(E) LE : [date de naissance]\nMOTIF : FACTURE CHAUFFAGE"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle est née en 09, en 3e à Cayenne.", "née en [date de naissance], en 3e"),
        ("La mineure Océane Técher (2009) a déclaré", "[personne] ([date de naissance]) a déclaré"),
        (
            "Enfants de la fratrie, nés le 3.2.2016 pour l'aînée :\n- Mackenson, 11/2019\n- Fedna",
            "- [personne], [date de naissance]\n",
        ),
    ],
)
def test_short_birth_years_and_month_years_after_names_are_masked(text, expected):
    assert expected in masked(text)


def test_a_month_and_year_after_a_name_is_no_birth_where_births_are_not_the_topic():
    assert "[personne], 11/2019, a été reçu" in masked("Le jeune Kevin, 11/2019, a été reçu.")


def test_a_month_and_year_after_a_birth_sign_is_masked():
    assert masked("Fiche : DA SILVA Paulo, ° 03/1987 à Ajaccio, réunion le 03/2025.") == (
        "Fiche : [personne], ° [date de naissance] à Ajaccio, réunion le 03/2025."
    )


def test_dn_du_announces_a_birth_date():
    assert_hidden("Mme COLLARD Yolande, DN du 09/12/1941, vit seule.", "09/12/1941")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "l'enfant Kenzo, né le vingt et un juin deux mille neuf à Saint-Pierre",
            "vingt et un juin deux mille neuf",
        ),
        (
            "née au Lamentin le vingt-neuf avril mil neuf cent cinquante-trois (acte)",
            "mil neuf cent cinquante-trois",
        ),
    ],
)
def test_birth_dates_written_in_words_are_masked(text, date):
    assert_hidden(text, date)


def test_a_meeting_date_in_words_stays():
    text = "La réunion du vingt et un juin deux mille neuf a eu lieu."
    assert masked(text) == text
