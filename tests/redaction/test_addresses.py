import pytest

from concertons.redaction import Label

from .helpers import assert_hidden, found, masked


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
        ("chez Mme Laurent au 31 r. Pierre Curie, 3e étage", "31 r. Pierre Curie, 3e étage"),
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
        ("résidant lieu-dit Pen ar Hoat, 22300 Ploubezre", "lieu-dit Pen ar Hoat, 22300 Ploubezre"),
        ("Nouvelle adresse : Cité Lemire, maison 12, 59170 Croix.", "Cité Lemire, maison 12, 59170 Croix"),
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


def test_postcode_and_commune_after_an_address_belong_to_it():
    text = "Elle habite au 12 rue des Lilas, 47000 Agen (47)."
    assert masked(text) == "Elle habite au [adresse] (47)."


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


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mme est domiciliée 4, impasse des Mésanges à Villeneuve.", "4, impasse des Mésanges"),
        ("L'enfant est hébergé chez sa tante, 18 allée des Peupliers.", "18 allée des Peupliers"),
        ("Lieu de vie : 14 Grande Rue, 47300 Villeneuve-sur-Lot.", "14 Grande Rue, 47300 Villeneuve-sur-Lot"),
        ("Mme vit 2 Grand'Rue à Nérac.", "2 Grand'Rue"),
        ("Elle vit 1 Rond Point de l'Europe.", "1 Rond Point de l'Europe"),
        ("VAD au 112, avenue du Général Leclerc.", "112, avenue du Général Leclerc"),
    ],
)
def test_numbered_addresses_in_new_shapes_are_masked(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("La famille réside bât C esc 2 apt 31, 8 rue Paul Éluard.", "bât C esc 2 apt 31, 8 rue Paul Éluard"),
        ("Il loge 14, rue Émile Zola, apt 5.", "14, rue Émile Zola, apt 5"),
        ("3 Résidence du Lac Bât A Appt 12", "3 Résidence du Lac Bât A Appt 12"),
        (
            "Adresse : bâtiment 3, appartement 42, cité des Musiciens.",
            "bâtiment 3, appartement 42, cité des Musiciens",
        ),
        ("domiciliée Lotissement Les Hauts de Garonne, lot 14.", "Lotissement Les Hauts de Garonne, lot 14"),
        ("Hébergée au camping Les Pins, emplacement 12.", "camping Les Pins, emplacement 12"),
    ],
)
def test_building_flat_and_plot_numbers_belong_to_the_address(text, address):
    assert (address, Label.ADDRESS) in found(text)


def test_a_number_written_after_the_street_makes_it_an_address():
    assert masked("Le dossier mentionne la rue Victor Hugo n°12.") == "Le dossier mentionne la [adresse]."


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mme habite Le Clos des Vignes, maison 8.", "Le Clos des Vignes, maison 8"),
        ("La famille vit au Mas des Oliviers depuis un an.", "Mas des Oliviers"),
        ("Le père vit Ferme de la Garenne depuis l'été.", "Ferme de la Garenne"),
        ("Mme habite Les Jardins de la Garonne, bât 2.", "Les Jardins de la Garonne, bât 2"),
    ],
)
def test_named_homes_without_a_street_word_are_masked(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "La ferme pédagogique de Lagarde a accueilli les enfants.",
        "Le camping municipal ferme en septembre.",
        "La MDS de la Grande Rue ferme le lundi.",
        "Elle est logée au CHRS, chambre 4.",
        "Le dossier est au Conseil départemental, bâtiment A.",
        "Elle habite Villeneuve-sur-Lot depuis 2019, appartement trop petit.",
    ],
)
def test_farms_campsites_institutions_and_communes_stay_without_a_home(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Postal boxes and sorting codes belong to the address and lead to its postcode.
        (
            "Écrire au pôle, 2 rue Paul Doumer, CS 40021, 62018 Arras cedex 9. Merci.",
            "2 rue Paul Doumer, CS 40021, 62018 Arras cedex 9",
        ),
        ("Il reçoit son courrier en BP 112, 24100 Bergerac, pas ailleurs.", "BP 112, 24100 Bergerac"),
        # A floor and a door as on a letter box; a bare floor where the address line ends.
        (
            "chez les Abdelkader, 27 rue Jean Clément, 2e gauche, à Saint-Ouen",
            "27 rue Jean Clément, 2e gauche",
        ),
        ("et sq. des Hirondelles, bât 2, 3e (chez sa compagne).", "sq. des Hirondelles, bât 2, 3e"),
        (
            "relogés cité des Aubépines, bloc 6, logement 22, à Denain.",
            "cité des Aubépines, bloc 6, logement 22",
        ),
    ],
)
def test_postal_boxes_blocks_and_floors_belong_to_the_address(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le BP 2024 a baissé de 3 %. La rue est en travaux, 3e fois ce mois.",
        "Il est au 3e, sans ascenseur, depuis mars.",
    ],
)
def test_budgets_and_remarks_on_floors_are_no_address(text):
    assert masked(text) == text


def test_a_name_on_the_line_above_an_address_keeps_its_title():
    text = "son adresse, comme sur ses enveloppes :\nMme Oudghiri Samira\nBâtiment D, escalier 3\n7 allée Paul Verlaine\n93200 Saint-Denis"
    assert masked(text).endswith(":\nMme [personne]\n[adresse]")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "mme vasquez vit chemin du moulin, 24100 bergerac, dans un mobil-home.",
            "chemin du moulin, 24100 bergerac",
        ),
        (
            "envoyé à m. ferreira, 102 avenue foch, 94100 saint-maur, revenu",
            "102 avenue foch, 94100 saint-maur",
        ),
    ],
)
def test_addresses_typed_in_lower_case_reach_their_commune(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "vad 62 bd de la chapelle esc c 6e g 75018 paris chez mme fofana",
            "62 bd de la chapelle esc c 6e g 75018 paris",
        ),
        (
            "les courriers au Moulin de la Font, 23000 Sainte-Feyre, la ferme",
            "Moulin de la Font, 23000 Sainte-Feyre",
        ),
        ("adresse : Le Bourg, 23170 Chambon-sur-Voueize ». Aucun", "Le Bourg, 23170 Chambon-sur-Voueize"),
        (
            "La famille vit à l'aire d'accueil de la route du Rhin, emplacement 7, 67100 Strasbourg, mais",
            "aire d'accueil de la route du Rhin, emplacement 7, 67100 Strasbourg",
        ),
        (
            "chez M. Zébina, 14 lot. Les Flamboyants\n97122 Baie-Mahault (l'adresse",
            "14 lot. Les Flamboyants\n97122 Baie-Mahault",
        ),
        (
            "adresse sur le courrier : RES LES PINS BAT 4 APT 212 38100 GRENOBLE, référence",
            "RES LES PINS BAT 4 APT 212 38100 GRENOBLE",
        ),
    ],
)
def test_places_named_without_a_street_and_abbreviated_dwellings_reach_their_commune(text, address):
    assert (address, Label.ADDRESS) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Sissoko, DDN 1/1/2008, ch. 14, et un autre en chambre 9",
        "le quartier du Moulin est calme, le bourg de la commune aussi.",
    ],
)
def test_rooms_after_a_date_and_village_words_are_no_address(text):
    assert not [span for span in found(text) if span[1] == Label.ADDRESS]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Adresse :\nLa Grange Neuve\n15 rte de Saint-Flour\n43100 Brioude\nTél. fixe.",
            "La Grange Neuve\n15 rte de Saint-Flour\n43100 Brioude",
        ),
        (
            "Adresse : Résidence Les Hortensias, all. B, n° 17, 33600 Pessac. Merci.",
            "Résidence Les Hortensias, all. B, n° 17, 33600 Pessac",
        ),
        (
            "au 112 crs de la Libération, 38100 Grenoble, depuis mars.",
            "112 crs de la Libération, 38100 Grenoble",
        ),
        ("elle vit au 4 all. des Sorbiers 71100 chalon depuis mars", "4 all. des Sorbiers 71100 chalon"),
        ("M. Bourgeois, 4 ter RTE de Bapaume appart 2, à Arras.", "4 ter RTE de Bapaume appart 2"),
        ("enfant dit avoir peur, lot. Le Clos des Vignes, 12. » Le petit", "lot. Le Clos des Vignes, 12"),
    ],
)
def test_house_names_abbreviations_and_short_communes_belong_to_the_address(text, address):
    assert (address, Label.ADDRESS) in found(text)


def test_a_town_on_the_line_above_an_address_stays():
    assert masked("Nous sommes à :\nLa Rochelle\n12 rue des Lilas, 17000 La Rochelle").startswith(
        "Nous sommes à :\nLa Rochelle\n["
    )


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("domicile : 14 les Hauts de Bellevue 97400 St Denis", "14 les Hauts de Bellevue 97400 St Denis"),
        ("il vit dans un squat au 3 rue du Moulin à Vent, à Roubaix.", "3 rue du Moulin à Vent"),
        ("il vit au 12 rue des Lilas à Agen depuis mars.", "12 rue des Lilas"),
    ],
)
def test_houses_named_without_a_street_and_streets_with_a_in_their_name(text, address):
    assert (address, Label.ADDRESS) in found(text)


def test_a_distance_before_a_postcode_is_no_house():
    assert masked("Elle vit à 12 km de 59100 Roubaix.") == "Elle vit à 12 km de [adresse]."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street with no number right before the rest of the address is part of it
        (
            "M. Bertrand, 84 ans, vit seul, route de Montbron, lieu-dit Chez Brunet, 16220 Rouzède. La boîte",
            "vit seul, [adresse]. La boîte",
        ),
        # a village with its article after the postcode, where the commune is another
        ("un homme demeurant chemin Bois-Rouge, 97421 La Rivière. Deux mois", "demeurant [adresse]. Deux"),
    ],
)
def test_an_address_takes_the_street_before_it_and_the_village_after_its_postcode(text, expected):
    assert expected in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "On a manifesté boulevard de la Liberté, puis rue de la République.",
        "La MDS de la rue Gambetta, 12 agents, ferme.",
    ],
)
def test_streets_side_by_side_without_a_home_stay(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il habite section Belle-Espérance, 97130 Capesterre-Belle-Eau. Il", "Il habite [adresse]. Il"),
        (
            "l'agence, ZAC du Grand Pré, 3 rue Ampère, 76800 Saint-Étienne-du-Rouvray, pour",
            "l'agence, [adresse], pour",
        ),
    ],
)
def test_antilles_sections_and_business_zones_belong_to_their_address(text, expected):
    assert expected in masked(text)


def test_a_business_zone_and_a_union_section_alone_stay():
    text = "La section syndicale a voté. La ZAC du Grand Pré ferme."
    assert masked(text) == text


def test_a_house_name_before_a_postcode_and_its_commune_is_an_address():
    text = "Objet : suspension\nMonsieur Lucien Mabille, La Métairie Neuve\n49490 Noyant-Villages ». Il ne lit pas."
    assert "Monsieur [personne], [adresse] »" in masked(text)


def test_a_commune_before_its_own_postcode_stays():
    text = "La réunion aura lieu à La Rochelle, 17000 La Rochelle, salle 3."
    assert masked(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mr da costa il dort rue de la gare maintenant, sous le pont", "rue de la gare"),
        ("Il dormait quai de Valmy jusqu'en mars, maintenant il est au CHRS.", "quai de Valmy"),
        ("Dans la caravane chemin des Gravières vivent trois enfants.", "chemin des Gravières"),
    ],
)
def test_a_street_without_number_where_someone_sleeps_is_masked(text, secret):
    assert_hidden(text, secret)


@pytest.mark.parametrize(
    "text",
    [
        "elle vit dans la rue depuis mars, on la croise tous les jours",
        "Le centre communal déménage au 1er septembre, les locaux de la rue Jean Jaurès ferment.",
        "Les usagers peuvent utiliser les bornes de la Maison France Services place Victor Hugo.",
    ],
)
def test_the_street_as_a_condition_or_a_service_s_premises_stays(text):
    assert masked(text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("On arrête les passages chez M. Gautier (La Touche, 35500 Balazé) : insultes.", "La Touche"),
        ("adresse : la Métairie des Landes, 35360 Montauban-de-Bretagne. prendre le pain", "Métairie"),
        ("Mme Lucie, née en 1934, chalet des Frasses, 74450 Le Grand-Bornand.", "chalet des Frasses"),
        ("au 56 bd de Belleville, 3e ét., porte gauche. Le propriétaire ne répond pas.", "porte gauche"),
        ("au 72 rue de Paris, studio 5, 97300 Cayenne. Bébé va bien.", "studio 5"),
    ],
)
def test_a_house_s_name_before_a_postcode_and_the_flat_after_a_street_are_the_address(text, secret):
    assert_hidden(text, secret)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Elle vit Cité des Hautes-Noues, tour 4, escalier B, 11e étage, porte 1104.",
            "1104",
        ),
        ("Hôtel au 3 rue Henri Barbusse, ch. 214, 93300 Aubervilliers.", "214"),
        ("M. Y, 114 bd Gambetta, rdc droite, 59200 Tourcoing", "droite"),
        ("Mme X, 45 av. du Marechal Leclerc, apartement 8, 71100 Chalon-sur-Saone", "apartement"),
        (
            "Adresse : Résidence du Parc | Bât. E | Esc. 3 | Appt 52 | 10000 Troyes",
            "Troyes",
        ),
        ("12 rte de Fougères | 35700 | Rennes", "Rennes"),
        ("elle est chez sa cousine 7 res les peupliers bat c a sevran", "peupliers"),
    ],
)
def test_complements_table_columns_and_postcodes_belong_to_the_address(text, address):
    assert_hidden(text, address)


def test_a_residence_before_its_building_and_street_is_part_of_the_address():
    text = "Logement : Les Hauts de Chantereine, bât. 2, 9 rue Pablo Neruda, 60100 Creil"
    assert masked(text) == "Logement : [adresse]"
    assert "La Rochelle" in masked("À La Rochelle, bât. B, 12 rue des Lilas.")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Il aurait été vu rue Bayard, où il dormirait dans un squat.", "Bayard"),
        ("Mme X vit servitude Taaroa, PK 4,2 côté montagne, 98704 Faa'a.", "montagne"),
        ("Ils vivent chemin de la Digue, parcelle 14, sans eau.", "parcelle 14"),
    ],
)
def test_where_someone_sleeps_said_after_the_street_and_overseas_complements(text, address):
    assert_hidden(text, address)


def test_a_street_where_something_happens_stays():
    text = "La manif passait rue Bayard, où il y avait du monde."
    assert masked(text) == text
