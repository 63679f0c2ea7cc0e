"""The country names the engine keeps as places are those of the installed phonenumbers, written out once
(scripts/refresh_country_names.py) so that no process pays for importing its geocoder's data."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_written_country_names_are_those_of_the_installed_phonenumbers():
    spec = importlib.util.spec_from_file_location("refresh", ROOT / "scripts" / "refresh_country_names.py")
    refresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(refresh)
    written = refresh.TARGET.read_text(encoding="utf-8").splitlines()
    assert [line for line in written if not line.startswith("#")] == refresh.country_names()


def test_the_engine_keeps_a_country_as_a_place():
    from concertons.redaction import gazetteers

    assert gazetteers.is_place("Sri Lanka") and gazetteers.is_place("Afghanistan")
