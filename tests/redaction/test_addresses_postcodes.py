"""Issue 12: a postal address is one span, postcode and commune after it included; residences
before a street, floors among building complements, lower-case residences and hamlets."""

import pytest

from concertons.redaction import Label

from .helpers import assert_hidden, found, masked


def addresses_in(text: str) -> list[str]:
    """What the engine masks as an address (names and the rest are other modules' business)."""
    return [span for span, label in found(text) if label == Label.ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "La famille vit au 26 B chemin du Moulin, 13400 Aubagne, dans un T2.",
            "26 B chemin du Moulin, 13400 Aubagne",
        ),
        ("Adresse : 24 avenue marceau 24000 périgueux.", "24 avenue marceau 24000 périgueux"),
        (
            "Elle habite 12 avenue des Coquelicots - 59158 Mortagne-du-Nord.",
            "12 avenue des Coquelicots - 59158 Mortagne-du-Nord",
        ),
        (
            "Le squat situé au 20 CHEMIN DE DOUAI, 54110 DOMBASLE-SUR-MEURTHE a été évacué.",
            "20 CHEMIN DE DOUAI, 54110 DOMBASLE-SUR-MEURTHE",
        ),
        (
            "Elle vit au 13 avenue Olympe de Gouges, 91940 Les Ulis sans ascenseur.",
            "13 avenue Olympe de Gouges, 91940 Les Ulis",
        ),
        (
            "Courrier au 82 rue Brûle-Maison, 59863 LILLE CEDEX 9, service courrier.",
            "82 rue Brûle-Maison, 59863 LILLE CEDEX 9",
        ),
        (
            "La famille habite 15 rue Simone Veil, Franconville (95130). Rien n'a bougé.",
            "15 rue Simone Veil, Franconville (95130)",
        ),
        ("Elle vit 4 rue Oberkampf, 75011 Paris 11e, depuis un an.", "4 rue Oberkampf, 75011 Paris 11e"),
        (
            "Il habite 5 allée du 11-Novembre, bât. H, Sevran (93270).",
            "5 allée du 11-Novembre, bât. H, Sevran (93270)",
        ),
        (
            "Madame Benali\n12 rue des Lilas\n59100 Roubaix\nObjet : votre demande",
            "12 rue des Lilas\n59100 Roubaix",
        ),
        ("Elle vit au 8 rue des Lilas, 59 100 Roubaix.", "8 rue des Lilas, 59 100 Roubaix"),
        ("Squat au 12 rue des Lilas, 20000 Ajaccio.", "12 rue des Lilas, 20000 Ajaccio"),
        (
            "Elle habite 96 rue de la Libération, escalier H, appartement 26 - 38800 Champagnier. On attend.",
            "96 rue de la Libération, escalier H, appartement 26 - 38800 Champagnier",
        ),
        (
            "Elle a été relogée à la résidence Les Granges, bat A, 31700 BEAUZELLE.",
            "résidence Les Granges, bat A, 31700 BEAUZELLE",
        ),
        ("Il dort rue Voltaire, 59100 Roubaix, sous un porche.", "rue Voltaire, 59100 Roubaix"),
    ],
)
def test_the_postcode_and_the_commune_after_an_address_belong_to_it(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A commune after an address without a postcode is a commune: it stays.
        ("J'habite le quartier, 29 rue de Nantes, à Lens, et je croise les familles.", "29 rue de Nantes"),
        ("Elle vit au 12 rue des Lilas à Roubaix depuis mars.", "12 rue des Lilas"),
        # Money is no postcode.
        ("Elle vit au 12 rue des Lilas, 15000 euros de dettes plus tard.", "12 rue des Lilas"),
        ("Au 3 rue de la Gare, 10 000 personnes sont passées.", "3 rue de la Gare"),
    ],
)
def test_what_follows_an_address_without_a_postcode_stays(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle habite 59100 Roubaix depuis mars.", "Elle habite [adresse] depuis mars."),
        ("Elle est domiciliée à 62300 Lens.", "Elle est domiciliée à [adresse]."),
        ("Mme X, domiciliée Roubaix (59100), est venue.", "Mme X, domiciliée [adresse], est venue."),
        ("Mme Diallo, 59100 Roubaix, a appelé.", "Mme [personne], [adresse], a appelé."),
        (
            "Madame Benali\n13400 Aubagne\nObjet : votre demande",
            "Madame [personne]\n[adresse]\nObjet : votre demande",
        ),
        ("Elle vit au 12 rue des Lilas à Roubaix (59100).", "Elle vit au [adresse] à [adresse]."),
    ],
)
def test_a_postcode_and_its_commune_are_an_address_where_someone_lives(text, expected):
    assert masked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Elle doit 15000 euros à la CAF.",
        "Il a touché 59100 euros en 2023 à Roubaix.",
        "Sur 10 000 enfants confiés, 35 000 sont hébergés hors département.",
        "Le code INSEE de notre commune est 59350, celui de la ville voisine 59599.",
        "Le colloque se tient à Roubaix (59100) le 12 mars.",
        "La ville de Roubaix, 59100, a voté son budget.",
        "La famille vit à Roubaix (59) depuis 2019.",
        "Le budget de 13400 euros pour Aubagne a été voté.",
    ],
)
def test_postcode_like_numbers_and_communes_alone_stay(text):
    assert addresses_in(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Elle héberge ses enfants chez une amie, à l'immeuble Le Beau Site, 21 allée Hélène Boucher à Soyons.",
            "immeuble Le Beau Site, 21 allée Hélène Boucher",
        ),
        (
            "Il vit bâtiment Les Iris\n4 rue des Lilas, 59100 Roubaix.",
            "bâtiment Les Iris\n4 rue des Lilas, 59100 Roubaix",
        ),
        (
            "Elle vit au 21 allée Hélène Boucher, tour Racine, depuis mai.",
            "21 allée Hélène Boucher, tour Racine",
        ),
    ],
)
def test_a_building_next_to_a_numbered_street_belongs_to_it(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Elle vit résidence Les Pins, bât. B, 3e étage, appt 77.",
            "résidence Les Pins, bât. B, 3e étage, appt 77",
        ),
        (
            "Il a peur de rentrer chez lui, au lotissement Les Granges 9e étage, appt 77 à Anglet.",
            "lotissement Les Granges 9e étage, appt 77",
        ),
        (
            "Le squat situé au 153 rue des Champs, bât. E, 11e étage a été évacué.",
            "153 rue des Champs, bât. E, 11e étage",
        ),
        (
            "J'habite le quartier, 6e étage, 22 rue Nationale, et je croise les familles.",
            "6e étage, 22 rue Nationale",
        ),
    ],
)
def test_a_floor_among_building_complements_belongs_to_the_address(text, address):
    assert (address, Label.ADDRESS) in found(text)


def test_a_floor_written_after_the_street_belongs_to_it_but_not_a_remark_on_it():
    text = "Je vais chez elle au 31 r. Pierre Curie, 3e étage, 2 fois par semaine."
    assert masked(text) == "Je vais chez elle au [adresse], 2 fois par semaine."
    text = "On lui propose le 4 rue des Cerisiers, au 5e étage sans ascenseur."
    assert masked(text) == "On lui propose le [adresse], au 5e étage sans ascenseur."


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("On a entendu des cris au hameau la croix-blanche. Personne n'a bougé.", "hameau la croix-blanche"),
        (
            "On l'a retrouvée à la résidence beauséjour, appartement 17, dans un squat.",
            "résidence beauséjour, appartement 17",
        ),
        (
            "Elle est partie à la residence des castors, 52140 val-de-meuse, où elle n'habite plus.",
            "residence des castors, 52140 val-de-meuse",
        ),
        (
            "Son bébé et elle vivent à la résidence les marronniers entrée 3, 9e étage 49310 lys-haut-layon, sans cuisine.",
            "résidence les marronniers entrée 3, 9e étage 49310 lys-haut-layon",
        ),
        ("elle habite residence les lilas depuis mars", "residence les lilas"),
    ],
)
def test_lower_case_residences_and_hamlets_are_masked(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "La résidence alternée a été fixée par le juge.",
        "La résidence des enfants est fixée chez la mère.",
        "La résidence les week-ends chez le père se passe bien.",
        "Le domaine de la protection de l'enfance manque de moyens.",
        "Ils vivent dans un hameau isolé, sans bus.",
        "Elle cherche une résidence sociale, pas un hôtel.",
    ],
)
def test_residence_as_a_common_noun_stays(text):
    assert addresses_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Elle habite 59100 Roubaix depuis mars.",
        "La famille vit au 26 B chemin du Moulin, 13400 Aubagne, dans un T2.",
        "Madame Benali\n13400 Aubagne\nObjet : votre demande",
        "à l'immeuble Le Beau Site, 21 allée Hélène Boucher à Soyons",
        "Elle vit au 12 rue des Lilas à Roubaix (59100).",
    ],
)
def test_masking_twice_changes_nothing_more(text):
    once = masked(text)
    assert masked(once) == once


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Le squat situé à l'immeuble Bellevue a été évacué.", "immeuble Bellevue"),
        ("Il a fallu aller seul à la tour les lilas, appt 4, sans binôme.", "tour les lilas, appt 4"),
        (
            "Elle vit au 12 rue des Lilas, boîte 14, 59100 Roubaix.",
            "12 rue des Lilas, boîte 14, 59100 Roubaix",
        ),
        (
            "Elle vit au 12 rue des Lilas, 3e étage porte gauche, 59100 Roubaix.",
            "12 rue des Lilas, 3e étage porte gauche, 59100 Roubaix",
        ),
        (
            "Elle vit au 3 rue du Parc, 58120 Château-Chinon (Ville).",
            "3 rue du Parc, 58120 Château-Chinon (Ville)",
        ),
    ],
)
def test_named_buildings_mailboxes_and_communes_with_a_bracket(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Elle vit dans la tour du quartier depuis 2010.",
        "Elle vit chez Mme X, 3e étage.",
        "La tour de contrôle et la cité de la musique.",
    ],
)
def test_buildings_without_a_name_or_a_flat_stay(text):
    assert addresses_in(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # A flat's number right before the postcode.
        (
            "Adresse : 26 rue des Mésanges, porte 24 64121 Montardon.",
            "26 rue des Mésanges, porte 24 64121 Montardon",
        ),
        (
            "Il vit au 9 passage du 19-mars-1962 57510 puttelange-aux-lacs.",
            "9 passage du 19-mars-1962 57510 puttelange-aux-lacs",
        ),
        # Lower-case building letters, typed in lower case.
        (
            "elle vit a la residence les marronniers, bat. a, entree 6 a carnoules",
            "residence les marronniers, bat. a, entree 6",
        ),
        (
            "le squat situe au 4 avenue des coquelicots, bât. d, escalier d a mouguerre",
            "4 avenue des coquelicots, bât. d, escalier d",
        ),
        ("adresse : escalier g, 52 bis bd de la liberte.", "escalier g, 52 bis bd de la liberte"),
        ("elle vit au 45 rue des peupliers, bâtiment c sans ascenseur", "45 rue des peupliers, bâtiment c"),
        ("Adresse de la mère : domaine mon repos, porte 60.", "domaine mon repos, porte 60"),
        ("Adresse : lotissement le clos saint-jean.", "lotissement le clos saint-jean"),
        # Named cités and towers, a cité with its floor.
        ("On a entendu des cris à la cité Les Pins.", "cité Les Pins"),
        (
            "Elle est partie à la Cité Beauséjour, 4e étage porte gauche, à Bordeaux.",
            "Cité Beauséjour, 4e étage porte gauche",
        ),
        (
            "Elle héberge ses enfants chez une amie, à la tour Le Moulin Neuf, à Vanves.",
            "tour Le Moulin Neuf",
        ),
        (
            "Adresse : cité Lemire, 4e étage porte gauche\n46 impasse du Plateau.",
            "cité Lemire, 4e étage porte gauche\n46 impasse du Plateau",
        ),
        (
            "Elle vit au 15 place du Plateau, Vrigne aux Bois (08350).",
            "15 place du Plateau, Vrigne aux Bois (08350)",
        ),
    ],
)
def test_shapes_of_addresses_typed_in_a_hurry(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ils ont été relogés au 34 RUE LOUIS BLÉRIOT apres l'incendie.", "34 RUE LOUIS BLÉRIOT"),
        ("Il a dû se rendre seul au 47 route des Roses aux Trois-Îlets.", "47 route des Roses"),
    ],
)
def test_the_street_name_stops_where_the_sentence_goes_on(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("La MDS ferme le vendredi après-midi, l'appartement 12 aussi.", "ferme"),
        ("L'escalier a été refait, la porte a été forcée.", "escalier"),
        ("IP reçue pour MAS Joy, 8 ans.", "MAS"),
        ("Les familles de la cité du Mirail attendent toujours.", "Mirail"),
    ],
)
def test_words_that_only_look_like_parts_of_an_address_stay(text, word):
    assert not any(word in address for address in addresses_in(text))


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Elle vit au 8 rue Sabine, Quartier d'Orléans, 97150 Saint-Martin, avec ses enfants.", "Quartier"),
        ("Relogée au 14 rue Tuband, Rivière-Salée, 98800 Nouméa, en mars.", "Nouméa"),
        ("Nouvelle adresse : servitude Vaitiare, 98712 Papara. Le bus ne passe pas.", "Papara"),
    ],
)
def test_a_locality_before_the_postcode_and_the_communes_of_the_pacific_are_the_address(text, secret):
    assert_hidden(text, secret)
