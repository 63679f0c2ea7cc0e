"""Communes déléguées and associées: people name the place they know, not the commune nouvelle."""

from collections import defaultdict

import pytest

from concertons.geo import communes, departements


def labels(found: list[communes.Commune]) -> list[str]:
    return [commune.label for commune in found]


def test_lookup_finds_an_associated_commune_under_its_own_name():
    lomme = communes.lookup("Lomme")

    assert len(lomme) == 1
    assert (lomme[0].name, lomme[0].insee, lomme[0].departement) == ("Lomme", "59355", "59")
    assert lomme[0].postal_codes == communes.get("59350").postal_codes  # Lille's


def test_lookup_of_a_former_commune_within_a_departement():
    assert labels(communes.lookup("lomme", "59")) == ["Lomme (59)"]
    assert labels(communes.lookup("lomme", "Nord")) == ["Lomme (59)"]
    assert communes.lookup("lomme", "62") == []
    assert labels(communes.lookup("Lomme (59)")) == ["Lomme (59)"]


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("Bellegarde sur Valserine", "Bellegarde-sur-Valserine (01)"),
        ("BELLEGARDE-SUR-VALSERINE", "Bellegarde-sur-Valserine (01)"),
        ("Hellemmes-Lille", "Hellemmes-Lille (59)"),
        ("Cherbourg Octeville", "Cherbourg-Octeville (50)"),
    ],
)
def test_lookup_finds_delegated_and_associated_communes_as_people_write_them(written, label):
    assert labels(communes.lookup(written)) == [label]


def test_departement_of_follows_lookup_for_former_communes():
    assert communes.departement_of("Lomme") == "59"
    assert communes.departement_of("Bellegarde-sur-Valserine") == "01"
    assert communes.departement_of("Ambleville") is None  # 95, and a commune déléguée in 16


def test_a_former_commune_never_competes_with_a_current_one_of_its_departement():
    # Annecy is the commune nouvelle (74010) and, under the same code, one of its communes déléguées.
    assert communes.lookup("Annecy") == [communes.get("74010")]
    assert communes.lookup("Annecy", "74") == [communes.get("74010")]
    assert communes.departement_of("Annecy") == "74"
    assert labels(communes.search("Annecy"))[0] == "Annecy (74)"
    assert labels(communes.search("Annecy", limit=50)).count("Annecy (74)") == 1


def test_a_former_commune_homonym_of_a_current_one_elsewhere_is_a_candidate():
    # Ambleville (95) is a commune; Ambleville (16) is a commune déléguée of Lignières-Ambleville.
    assert labels(communes.lookup("Ambleville")) == ["Ambleville (95)", "Ambleville (16)"]
    assert labels(communes.lookup("Ambleville", "16")) == ["Ambleville (16)"]
    assert labels(communes.lookup("Ambleville", "95")) == ["Ambleville (95)"]


def test_get_accepts_a_former_communes_own_code():
    assert communes.get("59355") == communes.lookup("Lomme")[0]
    assert communes.get("59298").name == "Hellemmes-Lille"


def test_get_gives_the_current_commune_when_a_former_one_shares_its_code():
    # Bellegarde-sur-Valserine, the chef-lieu's commune déléguée, kept Valserhône's code.
    bellegarde = communes.lookup("Bellegarde-sur-Valserine")[0]

    assert bellegarde.insee == "01033"
    assert communes.get("01033").name == "Valserhône"


def test_search_ranks_former_communes_after_current_ones_of_the_same_match():
    assert labels(communes.search("Lomme"))[0] == "Lomme (59)"  # exact match first
    assert labels(communes.search("Lomm")) == ["Lommoye (78)", "Lommerange (57)", "Lomme (59)"]
    assert labels(communes.search("Ambleville")) == ["Ambleville (95)", "Ambleville (16)"]
    assert labels(communes.search("Bellegarde-sur")) == ["Bellegarde-sur-Valserine (01)"]
    assert labels(communes.search("Lomme", departement="62")) == []


def test_postal_codes_list_only_current_communes():
    assert "Lomme" not in {commune.name for commune in communes.by_postal_code("59160")}


def test_every_name_gives_current_or_former_communes_of_a_departement_never_both():
    index = communes._index()
    current = {id(commune) for commune in index.listed if commune not in index.former}
    codes = {d.code for d in departements.all_departements()}

    assert len(index.former) > 2_000
    assert all(c.departement in codes and c.postal_codes for c in index.former)
    for found in index.by_name.values():
        kinds = defaultdict(set)
        for commune in found:
            kinds[commune.departement].add(id(commune) in current)
        assert all(len(kind) == 1 for kind in kinds.values()), found
