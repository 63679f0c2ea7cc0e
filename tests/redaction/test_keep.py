"""What the statistics need stays readable."""

import pytest

from .helpers import masked


@pytest.mark.parametrize(
    "text",
    [
        "À Agen (47), la CAF et la CPAM ne répondent plus.",
        "Le conseil départemental de Lot-et-Garonne gèle 12 postes.",
        # A site's town is masked ("la PMI de [lieu de travail]", test_workplaces.py); the town alone stays.
        "Villeneuve-sur-Lot a perdu sa PMI en mars.",
        "À Bordeaux, l'ASE, la MDPH et le CCAS sont débordés.",
        "Nous sommes éducatrices spécialisées et assistantes sociales.",
        "La réunion du 3 mars 2023 a réuni la cheffe de service et la directrice.",
        "12 postes vacants, 3 mois d'attente pour une mesure AEMO.",
        "Les visites à domicile de la puéricultrice ont été supprimées en Gironde (33).",
        "France Travail et la Mission locale renvoient les jeunes vers nous.",
        "En Seine-Saint-Denis, les délais explosent.",
        # A form's name is no family name ("Cerfa" is in no list of words).
        "Le formulaire Cerfa n° 15692*01 de demande MDPH fait 20 pages.",
    ],
)
def test_places_institutions_jobs_dates_and_figures_stay(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "La rose et la pierre.",
        "Une claire volonté de fermer le centre.",
        "Son mari travaille de nuit.",
        "Le papa est venu au rendez-vous.",
    ],
)
def test_common_words_that_are_also_first_names_stay(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "je suis arrivé à 23h10 au lieu de 23h, j'ai plus de batterie.",
        "plan apa notifié en aout, saad introuvable.",
        "L'aéroport de Metz-Nancy-Lorraine est à mi-chemin.",
        "Geneviève de Gaulle-Anthonioz a porté le rapport.",
        "L'IME l'a gardé au titre de l'amendement Creton. Éducatrice, UEMO.",
    ],
)
def test_pronouns_lower_case_acronyms_airports_and_eponyms_stay(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Saint-Vincent-de-Paul, Saint-Exupéry, Sainte-Thérèse : les trois foyers portent des noms de saints.",
        "Les familles venues de Géorgie et du Sri Lanka sont hébergées à l'hôtel.",
        "Un jeune a un cousin à Adelaide, en Australie, qui lui envoie des photos.",
        "Loi du 2 janvier 2002, loi du 5 mars 2007 : quatre lois en vingt ans.",
        "On a mangé une quiche lorraine et un gâteau basque.",
        "La jeune a mis son plus beau jean pour l'audience.",
    ],
)
def test_saints_countries_towns_abroad_and_words_after_a_noun_stay(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "A Nouméa, la réunion du 24/09 a été décalée au 26/09.",
        "Fort-de-France. Le service a trois postes vacants.",
        "Pour les aidants, le numéro vert 0 805 204 805 est gratuit.",
    ],
)
def test_overseas_towns_and_free_numbers_stay(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("[09:14] Momo : jsuis en retard\n[09:15] moi : ok, 10h au bureau", "moi : ok"),
        ("Des baskets de chez Kiabi et un parfum Sephora pour Noël.", "Kiabi et un parfum Sephora"),
    ],
)
def test_the_writer_in_a_chat_and_brands_stay(text, kept):
    assert kept in masked(text)


def test_medicines_theorists_cyclones_and_villages_of_mayotte_stay():
    text = (
        "Il prend du Xanax et du Lexomil. Tosquelles et Lebovici l'avaient écrit. "
        "Après le cyclone Chido, le quartier de Kawéni à Mamoudzou est à reconstruire."
    )
    assert masked(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Fidèle au poste jusqu'au bout : notre médecin de PMI part à la retraite.",
        "Le vestiaire a reçu des Jordan taille 42 et une paire de Jordan neuve.",
        "Un prénom comme Prince, Princesse ou Fidèle ne doit jamais faire sourire dans un rapport.",
        "Le Petit Prince lu en atelier ; artichauts Prince de Bretagne au marché.",
    ],
)
def test_first_names_used_as_words_brands_or_cited_as_names_stay(text):
    assert masked(text) == text


def test_a_first_name_after_de_is_still_someone():
    assert "Jordan" not in masked("Accueil de Jordan et Kylian du 01/09.")
    assert "Karim" not in masked("Les prénoms des enfants : Lina et Karim, suivis par l'ASE.")
