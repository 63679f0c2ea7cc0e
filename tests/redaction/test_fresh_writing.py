"""Shapes that leaked on two batches of fresh, hand-written texts (bench/redaction/train_texts/fresh_*.txt),
each as the class it stands for: a wrapped line, a program's screen, a dictated note, an initial."""

import pytest

from concertons.redaction import Label

from .helpers import assert_hidden, assert_kept, found, masked


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # a table whose header says "Nom": the column holds names, not file numbers ("No" is one)
        (
            "Liste :\nNom\tPrénom\tDDN déclarée\tN° MNA\nAHMADZAI\tBilal\t2009\tMNA-2025-0917\nTrois éducateurs.",
            ("AHMADZAI", "Bilal", "2009", "MNA-2025-0917"),
        ),
        # a program's screen copied with a tab after each field
        (
            "Nom d'usage\tRAHARIMALALA\nPrénom(s)\tVoahangy Hanitra\nNé(e) le\t2005-03-12",
            ("RAHARIMALALA", "Voahangy", "Hanitra", "2005-03-12"),
        ),
        # a line wrapped inside a numbered street, inside an IBAN
        ("cest au 16 ter rue\nde la Liberte, 62110 Henin-Beaumont, 2e sonnette.", ("Liberte", "62110")),
        ("CCAS\n2 rue\nFaidherbe, 59139 Wattignies\n03 20 95 04 17", ("Faidherbe", "59139")),
        ("elle : FR76 1871 9000 8900\n0174 5236 908\nelle : merci", ("1871", "0174 5236 908")),
        # maiden names, widows
        ("Mme Germaine POULAIN, née VASSEUR le 2 novembre 1931", ("POULAIN", "VASSEUR", "1931")),
        ("Mme Dupont née Le Goff, trois enfants", ("Dupont", "Goff")),
        ("chez Mme veuve Kerbrat depuis quatre ans", ("Kerbrat",)),
        # one initial after a word for a person
        ("Synthèse famille B. – présents : moi.", ("B.",)),
        ("Situation de la jeune S., 16 ans, en fugue.", ("S.",)),
        # a month and year in brackets after a name, as a birth
        ("Enfants : Ilyes (04/2014) et Sirine (11/2017).", ("04/2014", "11/2017")),
        # dictated, in lower case
        ("le papa s'appelle jean-claude il travaille de nuit", ("jean-claude",)),
        ("mme rakotomalala prénom hanitra allaitement mixte", ("hanitra",)),
        # phones: the Pacific's eight digits announced as a phone, a number in words
        ("Mobile : 89 54 12 73.", ("89 54 12 73",)),
        ("rappeler au zéro six quarante-deux dix-huit soixante-sept zéro trois", ("quarante-deux",)),
        # a person's plan is a file
        ("Le plan APA (APA-29-2024-11874) ne prévoit que 22 heures.", ("11874",)),
    ],
)
def test_what_fresh_writing_leaked_is_masked(text, secrets):
    assert_hidden(text, *secrets)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("REFERENT : DUBOIS A.\nMESURE : AED", ("MESURE : AED",)),
        ("Extraction\nNUMIND     NOM     PRENOM     DATNAIS\n", ("PRENOM     DATNAIS",)),
        ("née à Lyon en 1990, elle est", ("Lyon",)),
        ("née La Rochelle", ("La Rochelle",)),
        ("la famille X. est suivie", ("X.",)),
        ("le plan B. Ensuite on verra", ("B.",)),
        ("il s'appelle comment déjà ?", ("comment",)),
        ("ça s'appelle la solidarité", ("solidarité",)),
        ("le prénom choisi est beau", ("choisi",)),
        ("tel 12.03.2024", ("12.03.2024",)),
        ("fixe : 40 50 60 70, 80", ("40 50 60 70",)),
        ("le plan pauvreté 2023-PA-0045", ("2023-PA-0045",)),
        ("Madame veuve", ("veuve",)),
    ],
)
def test_what_looks_like_it_stays(text, kept):
    assert_kept(text, *kept)


def test_a_widow_keeps_the_word_widow():
    assert masked("chez Mme veuve Kerbrat depuis") == "chez Mme veuve [personne] depuis"


def test_the_spaced_phone_is_one_span():
    assert found("Mobile : 89 54 12 73.") == [("89 54 12 73", Label.PHONE)]
