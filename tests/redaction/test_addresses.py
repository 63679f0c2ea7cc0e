import pytest

from concertons.redaction import Label

from .helpers import assert_kept, found, masked


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("la famille habite au 12 rue des Lilas depuis mars", "12 rue des Lilas"),
        ("au 3 bis, allée Jean-Moulin", "3 bis, allée Jean-Moulin"),
        ("le 5 avenue de la République", "5 avenue de la République"),
        ("elle vit 12 rue des lilas avec ses enfants", "12 rue des lilas"),
        ("habite rue Victor Hugo depuis 2019", "rue Victor Hugo"),
        ("résidence Les Tilleuls, bât. C, appt 12, depuis", "résidence Les Tilleuls, bât. C, appt 12"),
        ("3, impasse du Moulin", "3, impasse du Moulin"),
        ("12 cours Gambetta", "12 cours Gambetta"),
        ("14 chemin de la Borde et il part", "14 chemin de la Borde"),
        ("rue du 8 Mai 1945", "rue du 8 Mai 1945"),
    ],
)
def test_street_addresses_are_masked(text, address):
    assert (address, Label.ADDRESS) in found(text)


def test_commune_after_an_address_stays_readable():
    text = "Elle habite au 12 rue des Lilas à Agen (47)."
    assert masked(text) == "Elle habite au [adresse] à Agen (47)."


@pytest.mark.parametrize(
    "text",
    [
        "dans la rue, les jeunes attendent",
        "une place en crèche",
        "12 places en crèche",
        "la mise en place de la mesure",
        "en cours de traitement",
        "la voie de recours",
    ],
)
def test_street_words_used_as_common_words_stay(text):
    assert masked(text) == text


def test_route_to_a_town_keeps_the_sentence_around_it():
    assert_kept("Elle a pris la route de Bordeaux hier soir.", "Elle a pris la", "hier soir.")
