import pytest

from concertons.redaction import Label

from .helpers import found, masked


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("la famille habite au 12 rue des Lilas depuis mars", "12 rue des Lilas"),
        ("au 3 bis, allée Jean-Moulin", "3 bis, allée Jean-Moulin"),
        ("le 5 avenue de la République", "5 avenue de la République"),
        ("elle vit 12 rue des lilas avec ses enfants", "12 rue des lilas"),
        ("3, impasse du Moulin", "3, impasse du Moulin"),
        ("12 cours Gambetta", "12 cours Gambetta"),
        ("14 chemin de la Borde et il part", "14 chemin de la Borde"),
        ("une VAD au n°5, rue du 8-Mai-1945, chez une dame", "n°5, rue du 8-Mai-1945"),
        ("chez Mme Laurent au 31 r. Pierre Curie, 3e étage", "31 r. Pierre Curie"),
        ("au 12 de la rue Jean Moulin", "12 de la rue Jean Moulin"),
        ("au 4 rue du Dr Schweitzer", "4 rue du Dr Schweitzer"),
    ],
)
def test_numbered_addresses_are_masked_whoever_lives_there(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("résidence Les Tilleuls, bât. C, appt 12, depuis", "résidence Les Tilleuls, bât. C, appt 12"),
        ("Visite au lieu-dit Les Granges, commune de Saint-Affrique.", "lieu-dit Les Granges"),
        ("résidant lieu-dit Pen ar Hoat, 22300 Ploubezre", "lieu-dit Pen ar Hoat"),
        ("Nouvelle adresse : Cité Lemire, maison 12, 59170 Croix.", "Cité Lemire, maison 12"),
        ("Mme X habite rue Voltaire depuis 2019", "rue Voltaire"),
        ("il dort place de la Gare depuis une semaine", "place de la Gare"),
        ("La famille Diallo, impasse des Lilas, attend.", "impasse des Lilas"),
        ("bât. B, appt 14, 12 rue des Lilas", "bât. B, appt 14, 12 rue des Lilas"),
        ("elle habite cité des Fleurs depuis 2010", "cité des Fleurs"),
        ("bâtiment Les Iris, appartement 3", "bâtiment Les Iris, appartement 3"),
        ("Hameau de Kerguen", "Hameau de Kerguen"),
    ],
)
def test_named_dwellings_and_homes_are_masked_without_a_number(text, address):
    assert (address, Label.ADDRESS) in found(text)


def test_postcode_and_commune_after_an_address_stay_readable():
    text = "Elle habite au 12 rue des Lilas, 47000 Agen (47)."
    assert masked(text) == "Elle habite au [adresse], 47000 Agen (47)."


@pytest.mark.parametrize(
    "text",
    [
        "dans la rue, les jeunes attendent",
        "une place en crèche",
        "12 places en crèche",
        "la mise en place de la mesure",
        "en cours de traitement",
        "la voie de recours",
        "La MDS de la rue Gambetta ferme le vendredi.",
        "La permanence avenue de la République a été supprimée.",
        "Les familles du quartier des Izards n'ont plus de centre social.",
        "La cité du Mirail attend toujours.",
        "Salle 204 de l'hôtel du département, bâtiment B.",
        "Je suis allée en VAD hier.",
        "Un appartement vide, sans meubles.",
        "au 5e étage sans ascenseur",
        "Salle 204, bâtiment B.",
        "la cour d'appel de Douai",
        "il vit quartier des Izards",
    ],
)
def test_streets_of_institutions_neighbourhoods_and_common_words_stay(text):
    assert masked(text) == text
