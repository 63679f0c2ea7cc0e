import pytest

from concertons.geo import communes, departements


def labels(found: list[communes.Commune]) -> list[str]:
    return [commune.label for commune in found]


def test_get_finds_a_commune_by_insee_code():
    beaumont = communes.get("95052")

    assert beaumont == communes.Commune("95052", "Beaumont-sur-Oise", "95", ("95260",))
    assert beaumont.label == "Beaumont-sur-Oise (95)"


def test_get_accepts_corsican_codes_in_any_case_and_codes_that_lost_their_zero():
    assert communes.get("2a004").name == "Ajaccio"
    assert communes.get("1001").insee == "01001"


def test_get_gives_the_town_for_an_arrondissement_code():
    assert communes.get("75115").insee == "75056"
    assert communes.get("13213").name == "Marseille"
    assert communes.get("69383").name == "Lyon"


def test_only_communes_of_the_101_departements_are_kept():
    assert communes.lookup("Valserhône")
    assert communes.get("97502") is None  # Saint-Pierre-et-Miquelon is not a département
    assert communes.lookup("Miquelon-Langlade") == []


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("Beaumont sur Oise", "Beaumont-sur-Oise (95)"),
        ("BEAUMONT-SUR-OISE", "Beaumont-sur-Oise (95)"),
        ("  beaumont   sur  oise ", "Beaumont-sur-Oise (95)"),
        ("Beaumont s/ Oise", "Beaumont-sur-Oise (95)"),
        ("Bully les Mines", "Bully-les-Mines (62)"),
        ("St Etienne", "Saint-Étienne (42)"),
        ("ST-ÉTIENNE", "Saint-Étienne (42)"),
        ("Ste Geneviève des Bois", "Sainte-Geneviève-des-Bois (91)"),
        ("L Hay les Roses", "L'Haÿ-les-Roses (94)"),
        ("l’haÿ-les-roses", "L'Haÿ-les-Roses (94)"),
        ("Havre (Le)", "Le Havre (76)"),
        ("le havre", "Le Havre (76)"),
        ("Oeuilly", "Œuilly (02)"),
    ],
)
def test_lookup_tolerates_how_people_write_names(written, label):
    assert label in labels(communes.lookup(written))


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("paris 15e", "Paris (75)"),
        ("Paris 1er", "Paris (75)"),
        ("Paris 15ème arrondissement", "Paris (75)"),
        ("Paris 15ᵉ", "Paris (75)"),
        ("Marseille 13e arrondissement", "Marseille (13)"),
        ("Marseille 13", "Marseille (13)"),
        ("Lyon 3eme", "Lyon (69)"),
        ("Lyon 3e Arrondissement", "Lyon (69)"),
    ],
)
def test_lookup_resolves_arrondissements_to_their_town(written, label):
    assert labels(communes.lookup(written)) == [label]


def test_lookup_ignores_arrondissements_that_do_not_exist():
    assert communes.lookup("Paris 21e") == []
    assert communes.lookup("Lyon 10e") == []


def test_lookup_returns_every_homonym_never_a_guess():
    found = labels(communes.lookup("Saint-Denis"))

    assert len(found) > 2
    assert {"Saint-Denis (93)", "Saint-Denis (974)"} <= set(found)


def test_lookup_within_a_departement_given_in_any_form():
    assert labels(communes.lookup("Saint-Denis", "93")) == ["Saint-Denis (93)"]
    assert labels(communes.lookup("Saint-Denis", "La Réunion")) == ["Saint-Denis (974)"]
    assert labels(communes.lookup("Ajaccio", "2a")) == ["Ajaccio (2A)"]
    assert communes.lookup("Saint-Denis", "59") == []
    assert communes.lookup("Saint-Denis", "not a département") == []


def test_lookup_accepts_a_label_with_its_departement():
    assert labels(communes.lookup("Saint-Denis (974)")) == ["Saint-Denis (974)"]
    assert labels(communes.lookup("Beaumont-sur-Oise (95)")) == ["Beaumont-sur-Oise (95)"]


def test_lookup_finds_names_with_a_qualifier_from_the_bare_name():
    assert labels(communes.lookup("Château-Chinon")) == [
        "Château-Chinon (Ville) (58)",
        "Château-Chinon (Campagne) (58)",
    ]
    assert labels(communes.lookup("Château-Chinon (Ville)")) == ["Château-Chinon (Ville) (58)"]


def test_lookup_does_not_drop_articles_to_guess():
    assert communes.lookup("Havre") == []
    assert labels(communes.lookup("Port")) != labels(communes.lookup("Le Port"))


def test_departement_of_answers_only_when_unambiguous():
    assert communes.departement_of("Beaumont sur Oise") == "95"
    assert communes.departement_of("Bully les Mines") == "62"
    assert communes.departement_of("St Etienne") == "42"
    assert communes.departement_of("paris 15e") == "75"
    assert communes.departement_of("Château-Chinon") == "58"  # two communes, one département
    assert communes.departement_of("Saint-Denis") is None
    assert communes.departement_of("Nowhere-sur-Mer") is None


def test_by_postal_code_returns_every_commune_sharing_it_alphabetically():
    found = communes.by_postal_code("95260")

    assert "Beaumont-sur-Oise (95)" in labels(found)
    assert len(found) > 1
    assert [c.name for c in found] == sorted((c.name for c in found), key=lambda name: name.casefold())


def test_by_postal_code_tolerates_spaces_and_a_lost_leading_zero():
    assert labels(communes.by_postal_code("75 015")) == ["Paris (75)"]
    assert communes.by_postal_code("1400") == communes.by_postal_code("01400") != []


def test_by_postal_code_returns_nothing_for_unknown_codes():
    assert communes.by_postal_code("00000") == []
    assert communes.by_postal_code("abcde") == []


def test_search_puts_exact_matches_first_then_biggest_towns():
    found = labels(communes.search("Saint-Denis"))

    assert set(found[:4]) == {"Saint-Denis (974)", "Saint-Denis (93)", "Saint-Denis (30)", "Saint-Denis (11)"}
    assert {found[0], found[1]} == {"Saint-Denis (974)", "Saint-Denis (93)"}  # the two big ones
    assert all(label.startswith("Saint-Denis-") for label in found[4:])
    assert labels(communes.search("Lil"))[0] == "Lille (59)"
    assert labels(communes.search("marse"))[0] == "Marseille (13)"


def test_search_prefers_small_exact_homonyms_to_a_big_town_starting_alike():
    found = labels(communes.search("mars"))

    assert set(found[:2]) == {"Mars (07)", "Mars (42)"}
    assert found[2] == "Marseille (13)"


def test_search_matches_name_prefixes_as_people_type_them():
    assert "Saint-Étienne (42)" in labels(communes.search("st eti"))
    assert "Beaumont-sur-Oise (95)" in labels(communes.search("beaumont-sur"))
    assert "La Rochelle (17)" in labels(communes.search("Rochelle"))
    assert labels(communes.search("Paris 15"))[0] == "Paris (75)"


def test_search_keeps_abbreviation_and_plain_readings_of_a_prefix():
    found = labels(communes.search("Ste", limit=200))

    assert "Sainte-Geneviève-des-Bois (91)" in found
    assert "Stenay (55)" in found


def test_search_within_a_departement_and_limit():
    found = communes.search("Beau", departement="95", limit=3)

    assert 0 < len(found) <= 3
    assert all(commune.departement == "95" for commune in found)
    assert communes.search("Beau", limit=0) == []
    assert len(communes.search("Saint")) == 10


@pytest.mark.parametrize(
    ("town", "count", "insee"), [("Paris", 20, "75056"), ("Marseille", 16, "13055"), ("Lyon", 9, "69123")]
)
def test_every_arrondissement_resolves_to_its_town(town, count, insee):
    for number in range(1, count + 1):
        assert [c.insee for c in communes.lookup(f"{town} {number}e")] == [insee]


def test_every_commune_belongs_to_one_of_the_101_departements_and_has_a_postal_code():
    codes = {d.code for d in departements.all_departements()}
    every_commune = communes._index().by_insee.values()

    assert len({c.insee for c in every_commune}) > 34_000
    assert all(c.departement in codes and c.postal_codes for c in every_commune)


@pytest.mark.parametrize(
    ("written", "first"),
    [("Lile", "Lille (59)"), ("Roubais", "Roubaix (59)"), ("Marseile", "Marseille (13)"), ("Strasbourgg", "Strasbourg (67)"),
     ("villeneuve d asq", "Villeneuve-d'Ascq (59)")],
)  # fmt: skip
def test_a_misspelt_commune_gets_close_suggestions_most_populated_first(written, first):
    assert labels(communes.suggest(written))[0] == first


def test_no_suggestion_for_a_known_name_an_empty_one_or_nothing_close():
    assert communes.suggest("Lille") == communes.suggest("") == communes.suggest("Zzyzx-les-Bains") == []
    assert labels(communes.suggest("Lile", "59")) == ["Lille (59)"]
