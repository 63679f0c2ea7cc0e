import pytest

from concertons.geo import departements


def test_there_are_101_departements_in_official_order():
    codes = [d.code for d in departements.all_departements()]

    assert len(codes) == 101
    assert codes[:3] == ["01", "02", "03"]
    assert codes[18:22] == ["19", "2A", "2B", "21"]
    assert codes[-6:] == ["95", "971", "972", "973", "974", "976"]
    assert "20" not in codes and "975" not in codes


def test_departements_carry_their_region():
    corse_du_sud = departements.get("2A")

    assert (corse_du_sud.name, corse_du_sud.region_code, corse_du_sud.region_name) == (
        "Corse-du-Sud",
        "94",
        "Corse",
    )
    assert departements.get("974").region_name == "La Réunion"


def test_label_and_choices_show_name_and_code():
    assert departements.get("59").label == "Nord (59)"
    assert departements.choices()[0] == ("01", "01 — Ain")
    assert ("2A", "2A — Corse-du-Sud") in departements.choices()
    assert len(departements.choices()) == 101


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("59", "59"),
        ("2a", "2A"),
        ("2 A", "2A"),
        ("2B", "2B"),
        ("02", "02"),
        ("2", "02"),
        (" 974 ", "974"),
        ("976", "976"),
        (59, "59"),
    ],
)
def test_get_accepts_codes_as_people_write_them(written, code):
    assert departements.get(written).code == code


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Nord", "59"),
        ("nord", "59"),
        ("cotes d armor", "22"),
        ("Côtes-d'Armor", "22"),
        ("La Réunion", "974"),
        ("reunion", "974"),
        ("Seine St Denis", "93"),
        ("val d'oise", "95"),
        ("Corse du Sud", "2A"),
        ("Territoire de Belfort", "90"),
    ],
)
def test_get_accepts_names_as_people_write_them(written, code):
    assert departements.get(written).code == code


def test_get_accepts_its_own_labels_and_choices():
    for departement in departements.all_departements():
        assert departements.get(departement.label) == departement
        assert departements.get(dict(departements.choices())[departement.code]) == departement


def test_get_refuses_label_whose_code_and_name_disagree():
    assert departements.get("Nord (62)") is None


@pytest.mark.parametrize(
    "written", ["20", "Corse", "975", "Saint-Pierre-et-Miquelon", "0", "100", "2C", "Nordd"]
)
def test_get_returns_none_for_what_is_not_one_of_the_101(written):
    assert departements.get(written) is None
