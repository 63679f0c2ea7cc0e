import math
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest

from concertons.publication import charts

NS = {"svg": charts.SVG_NS}
HOSTILE = "<script>alert('x')</script> \"quoted\" & 'single' ]]> \x00\x07"


def parse(svg: str) -> ET.Element:
    """Well-formed XML or an exception: proves every label was escaped."""
    return ET.fromstring(svg)


def texts(root: ET.Element) -> list[str]:
    return ["".join(element.itertext()) for element in root.iter(f"{{{charts.SVG_NS}}}text")]


def assert_accessible(root: ET.Element, *, title: str, description: str, role: str = "img") -> None:
    title_element = root.find("svg:title", NS)
    desc_element = root.find("svg:desc", NS)
    assert root.get("role") == role
    assert root.get("aria-labelledby") == title_element.get("id")
    assert root.get("aria-describedby") == desc_element.get("id")
    assert (title_element.text, desc_element.text) == (title, description)
    assert root.get("viewBox").startswith("0 0 ")
    assert root.get("width") == "100%"


def assert_csp_safe(svg: str, root: ET.Element) -> None:
    """No style attribute nor <style>/<script> element: a strict Content-Security-Policy would block them."""
    for element in root.iter():
        assert "style" not in element.attrib
        assert element.tag.rsplit("}", 1)[-1] not in {"style", "script", "foreignObject"}
    assert "<script" not in svg


# ---------------------------------------------------------------------------------------- numbers
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1234, "1\u202f234"),
        (1234567, "1\u202f234\u202f567"),
        (-1234, "\u22121\u202f234"),
        (10**15, "1\u202f000\u202f000\u202f000\u202f000\u202f000"),
        (2.6, "3"),
    ],
)
def test_numbers_are_written_the_french_way(value, expected):
    assert charts.format_number(value) == expected


def test_decimals_take_a_comma():
    assert charts.format_number(1234.5, decimals=1) == "1\u202f234,5"
    assert charts.format_number(-0.04, decimals=1) == "0,0"


def test_a_number_that_is_not_one_is_refused():
    with pytest.raises(ValueError):
        charts.format_number(math.nan)


def test_nice_ticks_cover_the_values_with_round_steps():
    assert charts.nice_ticks(0, 1183) == [0, 500, 1000, 1500]
    assert charts.nice_ticks(0, 0) == [0, 1]
    assert charts.nice_ticks(0, 3) == [0, 1, 2, 3]


# ------------------------------------------------------------------------------------------- line
def days(values: list[int]) -> list[tuple[date, int]]:
    return [(date(2025, 3, 1) + timedelta(days=i), value) for i, value in enumerate(values)]


def test_line_chart_is_an_accessible_image():
    svg = charts.line_chart(days([3, 8, 15]), title="Signatures", description="Trois jours")
    root = parse(svg)

    assert_accessible(root, title="Signatures", description="Trois jours")
    assert_csp_safe(svg, root)
    assert root.find("svg:path", NS).get("stroke") == charts.ACCENT
    assert [title.text for title in root.iter(f"{{{charts.SVG_NS}}}title")][1:] == [
        "01/03/2025\u00a0: 3",
        "02/03/2025\u00a0: 8",
        "03/03/2025\u00a0: 15",
    ]


def test_empty_line_chart_says_there_is_no_data():
    svg = charts.line_chart([], title="Signatures", description="Rien", empty_label="Pas encore de signature")
    root = parse(svg)

    assert_accessible(root, title="Signatures", description="Rien")
    assert texts(root) == ["Pas encore de signature"]
    assert root.find("svg:path", NS) is None


def test_line_chart_with_one_point_draws_a_dot_in_the_middle():
    root = parse(charts.line_chart(days([42]), title="t", description="d"))

    (dot,) = root.findall("svg:circle", NS)
    assert float(dot.get("cx")) == pytest.approx(
        (float(root.findall("svg:line", NS)[0].get("x1")) + charts.LINE_WIDTH - 14) / 2
    )
    assert "42" in texts(root)


def test_line_chart_of_zeros_and_of_one_day_divides_by_nothing():
    for points in (days([0, 0, 0]), [(date(2025, 1, 1), 5), (date(2025, 1, 1), 6)]):
        root = parse(charts.line_chart(points, title="t", description="d"))
        assert root.findall("svg:circle", NS)


def test_line_chart_scales_huge_values():
    root = parse(charts.line_chart(days([10**12, 3 * 10**12]), title="t", description="d"))

    assert "3\u202f000\u202f000\u202f000\u202f000" in texts(root)
    assert (
        float(root.find("svg:path", NS).get("d").split()[0][1:]) > 0
    )  # the axis labels pushed the plot right


def test_line_chart_spaces_dates_by_their_real_gaps_and_sorts_them():
    points = [(date(2025, 1, 11), 2), (date(2025, 1, 1), 1), (date(2025, 1, 2), 1)]
    root = parse(charts.line_chart(points, title="t", description="d"))

    xs = [float(circle.get("cx")) for circle in root.findall("svg:circle", NS)]
    assert xs == sorted(xs)
    assert (xs[2] - xs[1]) == pytest.approx(9 * (xs[1] - xs[0]), abs=1)  # coordinates to 0.1 unit


def test_line_chart_takes_text_labels_evenly_spaced():
    root = parse(charts.line_chart([("S1", 1), ("S2", 4), ("S3", 9)], title="t", description="d"))

    xs = [float(circle.get("cx")) for circle in root.findall("svg:circle", NS)]
    assert xs[2] - xs[1] == pytest.approx(xs[1] - xs[0])
    assert {"S1", "S3"} <= set(texts(root))


def test_long_series_show_a_few_dates_and_no_dots():
    root = parse(charts.line_chart(days(list(range(200))), title="t", description="d"))

    assert not root.findall("svg:circle", NS)
    assert 2 <= sum("/" in text for text in texts(root)) <= charts.MAX_X_LABELS


def test_line_chart_escapes_hostile_labels():
    svg = charts.line_chart([(HOSTILE, 1), ("b", 2)], title=HOSTILE, description=HOSTILE)
    root = parse(svg)

    clean = HOSTILE.replace("\x00", "").replace("\x07", "")
    assert root.find("svg:title", NS).text == clean
    assert any(clean.startswith(text.rstrip("…")) and len(text) > 10 for text in texts(root))
    assert_csp_safe(svg, root)


# -------------------------------------------------------------------------------------------- bar
def test_bar_chart_draws_labels_above_and_values_at_the_bars_end():
    svg = charts.bar_chart(
        [("Nord (59)", 1234), ("Lozère (48)", 5)], title="Par département", description="Deux"
    )
    root = parse(svg)

    assert_accessible(root, title="Par département", description="Deux")
    assert_csp_safe(svg, root)
    rows = root.findall("svg:g", NS)
    assert [row.find("svg:title", NS).text for row in rows] == [
        "Nord (59)\u00a0: 1\u202f234",
        "Lozère (48)\u00a0: 5",
    ]
    label, value = rows[0].findall("svg:text", NS)
    bar = rows[0].find("svg:rect", NS)
    assert float(label.get("y")) < float(bar.get("y"))  # the label sits above its bar
    assert float(value.get("x")) > float(bar.get("x")) + float(bar.get("width"))
    assert (label.text, value.text) == ("Nord (59)", "1\u202f234")
    widths = [float(row.find("svg:rect", NS).get("width")) for row in rows]
    assert widths[1] == pytest.approx(widths[0] * 5 / 1234, abs=0.1)


def test_a_secret_bar_is_hatched_and_says_so_never_zero():
    svg = charts.bar_chart(
        [("A", 10), ("B", None)], title="t", description="d", secret_label="secret statistique"
    )
    root = parse(svg)

    secret_row = root.findall("svg:g", NS)[1]
    bar = secret_row.find("svg:rect", NS)
    pattern = root.find("svg:pattern", NS)
    assert bar.get("fill") == f"url(#{pattern.get('id')})"
    # A short stub: never as long as a real value's bar, which would read as the largest.
    assert 0 < float(bar.get("width")) == charts.SECRET_STUB
    assert float(bar.get("width")) < float(root.findall("svg:g", NS)[0].find("svg:rect", NS).get("width"))
    assert secret_row.findall("svg:text", NS)[1].text == "secret statistique"
    assert secret_row.find("svg:title", NS).text == "B\u00a0: secret statistique"
    assert "0" not in texts(secret_row)


def test_bar_chart_of_secrets_and_zeros_divides_by_nothing():
    root = parse(charts.bar_chart([("A", None), ("B", 0), ("C", None)], title="t", description="d"))

    assert float(root.findall("svg:g", NS)[1].find("svg:rect", NS).get("width")) == 0
    assert texts(root).count("secret") == 2


def test_empty_bar_chart_says_there_is_no_data():
    root = parse(charts.bar_chart([], title="t", description="d", empty_label="Aucun constat publié"))

    assert texts(root) == ["Aucun constat publié"]


def test_bar_chart_with_one_huge_value_fills_the_track():
    root = parse(charts.bar_chart([("Tous", 10**13)], title="t", description="d"))

    bar = root.find("svg:g/svg:rect", NS)
    value = root.findall("svg:g/svg:text", NS)[1]
    assert value.text == "10\u202f000\u202f000\u202f000\u202f000"
    assert float(value.get("x")) + charts.text_width(value.text, charts.BAR_TEXT_SIZE) <= charts.BAR_WIDTH
    assert float(bar.get("width")) > charts.BAR_WIDTH / 4


def test_labels_are_written_whole_on_two_lines_and_cut_only_beyond():
    profession = "Éducateur·rice de jeunes enfants et conseiller·e en économie sociale familiale"
    root = parse(charts.bar_chart([(profession, 3)], title="t", description="d"))
    *lines, _value = (text.text for text in root.findall("svg:g/svg:text", NS))
    assert len(lines) == 2 and " ".join(lines) == profession

    long_label = " ".join(["Une catégorie au libellé vraiment beaucoup trop long"] * 3)
    root = parse(charts.bar_chart([(long_label, 3)], title="t", description="d"))
    *lines, _value = (text.text for text in root.findall("svg:g/svg:text", NS))
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert root.find("svg:g/svg:title", NS).text.startswith(long_label)


def test_bar_chart_escapes_hostile_labels():
    svg = charts.bar_chart([(HOSTILE, 1)], title=HOSTILE, description=HOSTILE, secret_label=HOSTILE)
    root = parse(svg)

    assert_csp_safe(svg, root)
    assert root.find("svg:desc", NS).text == HOSTILE.replace("\x00", "").replace("\x07", "")


# ----------------------------------------------------------------------------------- determinism
def test_same_input_gives_the_same_bytes_and_other_input_other_ids():
    first = charts.bar_chart([("A", 1)], title="t", description="d")
    second = charts.bar_chart([("A", 1)], title="t", description="d")
    other = charts.bar_chart([("A", 2)], title="t", description="d")

    assert first == second
    assert parse(first).get("aria-labelledby") != parse(other).get("aria-labelledby")


def test_ids_can_be_given_and_must_be_safe():
    root = parse(charts.line_chart(days([1]), title="t", description="d", id_prefix="signatures"))
    assert root.get("aria-labelledby") == "signatures-title"

    with pytest.raises(ValueError):
        charts.line_chart(days([1]), title="t", description="d", id_prefix='x" onload="alert(1)')


def test_chart_modules_stay_free_of_django():
    """Pure functions: the PDF, the page and a script can all call them without settings."""
    from concertons.publication import francemap

    for module in (charts, francemap):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert "import django" not in source and "from django" not in source
