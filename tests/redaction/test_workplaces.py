"""WORKPLACE: the name of the small site where the author works, masked, the kind of site kept."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from concertons.redaction import PLACEHOLDERS, Label, detect, mask

from .helpers import assert_hidden, found, masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La MDS de Wattrelos reçoit 54 familles par jour.", "Wattrelos"),
        ("Je travaille à l'UTPAS d'Avon depuis 6 ans.", "Avon"),
        ("le CMS du Cateau-Cambrésis est en travaux", "Cateau-Cambrésis"),
        ("l'espace des solidarités du Portel a fermé", "Portel"),
        ("la MDS des Mureaux ferme le vendredi", "Mureaux"),
        ("À l'accueil de la circonscription de Bures-sur-Yvette, la vitre", "Bures-sur-Yvette"),
        ("la Maison des solidarités de Talange reçoit", "Talange"),
        ("la maison départementale de la solidarité de Tinqueux", "Tinqueux"),
        ("Le centre médico-social de Thiers couvre trois communes.", "Thiers"),
        ("À l'accueil du centre de PMI du Teil, la vitre blindée", "Teil"),
        ("l'antenne médico-sociale de Saint-Pol-sur-Ternoise au 1er septembre", "Saint-Pol-sur-Ternoise"),
        ("le CCAS de Riantec a fermé son épicerie", "Riantec"),
        ("Le SAAD de Plouay n'a personne le week-end.", "Plouay"),
        ("la MDS d'Octeville-sur-Mer au 1er septembre", "Octeville-sur-Mer"),
        ("la MDS de L'Isle-Adam", "L'Isle-Adam"),
        ("la MDS de l'Isle-Adam", "Isle-Adam"),
        ("le pôle social de Pibrac", "Pibrac"),
        ("l'EDS de Sorgues", "Sorgues"),
    ],
)
def test_a_site_followed_by_its_commune_masks_the_commune_only(text, name):
    assert (name, Label.WORKPLACE) in found(text)
    assert masked(text) == text.replace(name, PLACEHOLDERS[Label.WORKPLACE], 1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("l'antenne Lens-Nord n'a plus de secrétaire", "Lens-Nord"),
        ("La MDS Mulhouse-Est ferme à 16h30.", "Mulhouse-Est"),
        ("On nous a annoncé la fermeture de l'EDS Fréjus-Sud-Ouest au 1er septembre.", "Fréjus-Sud-Ouest"),
        ("l'utas Saint-Joseph-Ville est en travaux", "Saint-Joseph-Ville"),
        ("Je travaille à l'UTPAS L'Haÿ-les-Roses-Ouest depuis 6 ans", "L'Haÿ-les-Roses-Ouest"),
        # The town's article dropped, as people say it: La Seyne-sur-Mer.
        ("L'UTAS Seyne-sur-Mer-Centre reçoit 40 familles", "Seyne-sur-Mer-Centre"),
        ("la MDS de Lille-Sud", "Lille-Sud"),
        ("la MDS de Lens Centre", "Lens Centre"),
        ("la MDS Wattrelos ferme", "Wattrelos"),
        ("la mds de lens nord", "lens nord"),
        # Two towns, one site.
        ("L'UTPAS Roubaix-Wattrelos recrute.", "Roubaix-Wattrelos"),
        ("la MDS de Lens-Liévin", "Lens-Liévin"),
    ],
)
def test_a_site_named_by_a_town_and_its_quarter_is_masked(text, name):
    assert (name, Label.WORKPLACE) in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Maison départementale des solidarités (MDS) de Wattrelos ferme.", "Wattrelos"),
        ("LA MDS DE WATTRELOS FERME", "WATTRELOS"),
        ("la MDS à Lens est fermée", "Lens"),
        ("l'antenne sur Roubaix couvre six communes", "Roubaix"),
        ("le CMS au Cateau-Cambrésis", "Cateau-Cambrésis"),
        ("l'antenne aux Mureaux", "Mureaux"),
        ("la MDS à la Ciotat", "Ciotat"),
    ],
)
def test_other_ways_of_naming_the_site(text, name):
    assert (name, Label.WORKPLACE) in found(text)


def test_sloppy_messages_in_lower_case():
    assert masked("depuis la reorganisation, la mds de roubaix couvre aussi trois communes") == (
        "depuis la reorganisation, la mds de [lieu de travail] couvre aussi trois communes"
    )
    assert masked("le cms de Miribel est en travaux") == "le cms de [lieu de travail] est en travaux"


def test_several_sites_of_one_kind_are_all_masked():
    assert masked("Depuis la fusion des MDS de Roubaix et de Wattrelos, on est 42.") == (
        "Depuis la fusion des MDS de [lieu de travail] et de [lieu de travail], on est 42."
    )
    assert masked("les MDS de Lens, Liévin et Hénin-Beaumont") == (
        "les MDS de [lieu de travail], [lieu de travail] et [lieu de travail]"
    )


def test_a_town_named_again_is_masked_again():
    text = "la MDS de Wattrelos reçoit les familles de Wattrelos et d'ailleurs"
    assert "Wattrelos" not in masked(text)


def test_a_verb_after_the_town_stays():
    assert masked("la MDS de Lens est fermée le lundi") == "la MDS de [lieu de travail] est fermée le lundi"


@pytest.mark.parametrize(
    "text",
    [
        # Département-level services: public, and thousands of workers.
        "le conseil départemental du Nord a voté le budget",
        "l'ASE du 59 manque de places",
        "la PMI du Nord ferme des consultations",
        "l'antenne de la Creuse ferme",
        "le pôle social de Vaucluse recrute",
        "la PMI de la Réunion",
        "la MDS de Paris",
        # No commune after the site.
        "Pour la coordination des MDS du Valenciennois, on recense les postes vacants.",
        "Je travaille à la MDS du quartier des Izards, à Toulouse.",
        "La MDS de la rue Gambetta ferme le vendredi après-midi.",
        "Le CCAS de notre ville exige une ancienneté de résidence.",
        "À Saint-Denis, la MDS du centre-ville reçoit 45 familles par jour.",
        "la MDS de secteur, la PMI de garde, le CMS de proximité",
        "La MDS ferme à 16h30 le vendredi. La PMI est née en 1945.",
        "fermeture de deux antennes, « optimisation » des permanences",
        "une antenne relais sur le toit du CMS",
        "je suis à la MDS à 8h, la PMI sur rendez-vous, la PMI à domicile, la MDS sur place",
        "la PMI à Paris, le CCAS à Noël, la MDS, à l'autre bout de la ville",
    ],
)
def test_departement_services_and_unnamed_sites_stay(text):
    assert [label for _text, label in found(text) if label == Label.WORKPLACE] == []


def test_the_placeholder_is_never_a_workplace_itself():
    once = masked("L'antenne de Saint-Pol-sur-Ternoise et la MDS Lens-Nord ferment.")
    assert once == "L'antenne de [lieu de travail] et la MDS [lieu de travail] ferment."
    assert detect(once) == []


FRAGMENTS = [
    "la MDS de",
    "l'antenne",
    "l'UTPAS d'",
    "le CMS du",
    "des MDS de",
    "Wattrelos",
    "Lens-Nord",
    "Cateau-Cambrésis",
    "Avon",
    "et de",
    "Roubaix",
    "du Nord",
    "[lieu de travail]",
    ",",
    ".",
    "\n",
]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=12).map(" ".join))
def test_masking_a_masked_text_finds_nothing_more(text):
    once = mask(text, detect(text))
    assert mask(once, detect(once)) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "la fermeture de l'antenne de saint-pol-sur-ternoise au 1er septembre",
            "l'antenne de [lieu de travail] au",
        ),
        ("l'utas saint-joseph-ville est en travaux", "l'utas [lieu de travail] est"),
        ("l'antenne de pointe-noire n'a plus de secrétaire", "l'antenne de [lieu de travail] n'a"),
    ],
)
def test_hyphenated_communes_typed_in_lower_case_are_workplaces(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("éducateur depuis 4 ans au foyer de Saint-Pierre. Son contrat", "au foyer de [lieu de travail]."),
        ("l'IME de Bully-les-Mines ferme", "l'IME de [lieu de travail] ferme"),
    ],
)
def test_small_establishments_with_their_commune_are_workplaces(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "la nuit au foyer Saint-Vincent-de-Paul.",
        "Première proposition : un foyer à Bastia.",
        "le foyer de la famille",
    ],
)
def test_establishments_named_after_saints_or_anywhere_stay(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Conseillère référente – agence de Fos-sur-Mer, je vous écris pour Mme X.", "Fos-sur-Mer"),
        ("à l'HUDA de Montbéliard on a une famille géorgienne depuis juin", "Montbéliard"),
        ("qq1 peut ouvrir la perm de Saint-Amand à 9h ?", "Saint-Amand"),
        ("La mission locale de Vierzon l'accompagne vers un CAP.", "Vierzon"),
    ],
)
def test_local_offices_and_teams_are_workplaces(text, secret):
    assert_hidden(text, secret)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Enseignante référente, secteur de Fougères", "Fougères"),
        ("la situation de l'équipe insertion de Vierzon : 2 démissions", "Vierzon"),
    ],
)
def test_a_worker_s_area_and_team_are_workplaces(text, kept):
    assert kept not in masked(text)


def test_a_town_s_whole_team_is_no_workplace():
    text = "Le DGA a posté une photo de lui avec l'équipe de Valenciennes, tout sourire."
    assert masked(text) == text
