"""Regenerate concertons/geo/data/ from the pinned npm package @etalab/decoupage-administratif.

The version comes from package.json (devDependencies), so bumping it there and running
`uv run python scripts/refresh_geo.py` is the whole yearly update. Needs npm and the npm registry.
"""

import gzip
import json
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "concertons" / "geo" / "data"
PACKAGE = "@etalab/decoupage-administratif"
# Overseas collectivities (975, 977, 978, 98x) have communes but no conseil départemental.
DEPARTEMENT_ZONES = {"metro", "drom"}
DEPARTEMENT_COUNT = 101
# Communes merged into a newer one (commune nouvelle or fusion-association) that people still name:
# Lomme (associée to Lille), Bellegarde-sur-Valserine (déléguée of Valserhône).
FORMER_TYPES = {"commune-deleguee", "commune-associee"}


def pinned_version() -> str:
    return json.loads((ROOT / "package.json").read_text())["devDependencies"][PACKAGE]


def download(version: str, workdir: Path) -> Path:
    """Install the package alone in a throw-away folder; --ignore-scripts: we only read its JSON."""
    (workdir / "package.json").write_text('{"private": true}')
    command = ["npm", "install", "--no-save", "--ignore-scripts", "--no-audit", "--no-fund"]
    subprocess.run([*command, f"{PACKAGE}@{version}"], cwd=workdir, check=True)
    return workdir / "node_modules" / PACKAGE / "data"


def official_order(code: str) -> float:
    """01…19, 2A, 2B, 21…95, 971…976: Corsica's two codes sort where its old code 20 was."""
    return float({"2A": "20.1", "2B": "20.2"}.get(code, code))


def check_field(value: str) -> str:
    if any(char in value for char in "\t\n\r"):
        raise ValueError(f"unexpected value in source data: {value!r}")
    return value


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> bytes:
    text = "".join("\t".join(map(check_field, row)) + "\n" for row in [header, *rows]).encode()
    if path.suffix == ".gz":
        # mtime=0: the same data gives the same bytes, so a refresh without changes leaves git clean.
        path.write_bytes(gzip.compress(text, compresslevel=9, mtime=0))
    else:
        path.write_bytes(text)
    return text


def main() -> None:
    version = pinned_version()
    with tempfile.TemporaryDirectory() as tmp:
        source = download(version, Path(tmp))
        regions = {r["code"]: r["nom"] for r in json.loads((source / "regions.json").read_text())}
        departements = json.loads((source / "departements.json").read_text())
        communes = json.loads((source / "communes.json").read_text())

    departements = sorted(
        (d for d in departements if d["zone"] in DEPARTEMENT_ZONES), key=lambda d: official_order(d["code"])
    )
    if len(departements) != DEPARTEMENT_COUNT:
        raise SystemExit(f"expected {DEPARTEMENT_COUNT} départements, found {len(departements)}")
    codes = {d["code"] for d in departements}

    actual = sorted(
        (c for c in communes if c["type"] == "commune-actuelle" and c["departement"] in codes),
        key=lambda c: c["code"],
    )
    # Communes déléguées and associées of a kept commune: their parent (chefLieu) gives their département
    # and postal codes at load time. The parent's own déléguée often has the parent's code (01033 is both
    # Valserhône and Bellegarde-sur-Valserine), so rows are sorted by code, then name.
    kept = {c["code"] for c in actual}
    former = sorted(
        (c for c in communes if c["type"] in FORMER_TYPES and c["chefLieu"] in kept),
        key=lambda c: (c["code"], c["nom"]),
    )
    # Paris, Lyon and Marseille arrondissements are not communes, but people write them as their town:
    # kept only to resolve "Paris 15e" or INSEE code 75115 to Paris.
    arrondissements = sorted(
        (c for c in communes if c["type"] == "arrondissement-municipal"), key=lambda c: c["code"]
    )

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    write_tsv(
        DATA_DIR / "departements.tsv",
        ["code", "name", "region_code", "region_name"],
        [[d["code"], d["nom"], d["region"], regions[d["region"]]] for d in departements],
    )
    write_tsv(
        DATA_DIR / "communes.tsv.gz",
        ["insee", "departement", "name", "postal_codes", "population"],
        [
            [
                c["code"],
                c["departement"],
                c["nom"],
                " ".join(c.get("codesPostaux", [])),
                str(c.get("population", 0)),
            ]
            for c in actual
        ],
    )
    write_tsv(
        DATA_DIR / "former_communes.tsv",
        ["insee", "name", "parent"],
        [[c["code"], c["nom"], c["chefLieu"]] for c in former],
    )
    write_tsv(
        DATA_DIR / "arrondissements.tsv",
        ["insee", "name", "commune"],
        [[c["code"], c["nom"], c["commune"]] for c in arrondissements],
    )
    (DATA_DIR / "SOURCE.txt").write_text(
        f"Generated by scripts/refresh_geo.py from npm {PACKAGE}@{version}.\n"
        "Data: INSEE (Code officiel géographique, populations légales) and La Poste (postal codes),\n"
        "Licence Ouverte / Open Licence (Etalab).\n"
    )

    sizes = {path.name: path.stat().st_size for path in sorted(DATA_DIR.iterdir())}
    print(f"{PACKAGE}@{version}")
    print(f"départements: {len(departements)}")
    print(f"communes: {len(actual)} (with no postal code: {sum('codesPostaux' not in c for c in actual)})")
    print(f"communes déléguées and associées: {len(former)}")
    print(f"arrondissements municipaux: {len(arrondissements)}")
    print(f"data: {sum(sizes.values())} bytes", sizes)


if __name__ == "__main__":
    main()
