"""The country names the engine keeps as places are those of the installed phonenumbers, written out once
(scripts/refresh_country_names.py) so that no process pays for importing its geocoder's data."""

from tests.redaction.helpers import refresh_script


def test_the_written_country_names_are_those_of_the_installed_phonenumbers():
    refresh = refresh_script("refresh_country_names.py")
    written = refresh.TARGET.read_text(encoding="utf-8").splitlines()
    assert [line for line in written if not line.startswith("#")] == refresh.country_names()


def test_the_engine_keeps_a_country_as_a_place():
    from concertons.redaction import gazetteers

    assert gazetteers.is_place("Sri Lanka") and gazetteers.is_place("Afghanistan")


def test_towns_abroad_come_from_geonames_without_french_communes():
    from concertons.redaction import gazetteers

    assert all(map(gazetteers.is_world_town, ("Koutaïssi", "Bani Walid", "Craiova")))
    assert not gazetteers.is_world_town("Roubaix") and not gazetteers.is_world_town("Pointe-à-Pitre")
