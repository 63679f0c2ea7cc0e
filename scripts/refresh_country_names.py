"""Regenerate concertons/redaction/data/countries_fr.txt: every country and territory, in French, as the
geocoder of the pinned `phonenumbers` names them ("Sri Lanka", "Côte d’Ivoire").

The engine used to read them from `phonenumbers.geodata.locale` at import time, but importing that module
loads the geocoder's data for every language: 4 s of every process's start-up (the server, the worker, each
command) for 250 names. Run `python scripts/refresh_country_names.py` after bumping phonenumbers;
tests/redaction/test_gazetteers.py checks that the file matches the installed package.
"""

from pathlib import Path

import phonenumbers
from phonenumbers.geodata.locale import LOCALE_DATA

TARGET = Path(__file__).resolve().parents[1] / "concertons" / "redaction" / "data" / "countries_fr.txt"


def french_name(names: dict[str, str]) -> str:
    """A region's name in French, where "*aa" means "as in language aa"."""
    name = names.get("fr", "")
    while name.startswith("*"):
        name = names.get(name[1:], "")
    return name


def country_names() -> list[str]:
    return sorted({french_name(names) for names in LOCALE_DATA.values()} - {""})


def main() -> None:
    header = (
        f"# Countries and territories in French, from phonenumbers {phonenumbers.__version__} (Apache-2.0)\n"
    )
    TARGET.write_text(header + "\n".join(country_names()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
