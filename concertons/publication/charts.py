"""Charts as SVG strings, drawn on the server: the same bytes go into web pages and WeasyPrint PDFs.

Pure Python (no Django): callers pass every word a reader sees, already translated, and mark the result
safe themselves. Every text is escaped by the small builder below; colours are presentation attributes
(fill="…"), never style attributes or <style> elements, which a strict Content-Security-Policy blocks.
The same input always gives the same bytes (ids come from a hash of the input, not a counter).
"""

import hashlib
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

SVG_NS = "http://www.w3.org/2000/svg"
# The site's palette (concertons.css); each text colour is at least 7:1 on white.
INK = "#1d1d1f"
MUTED = "#4a4a55"
ACCENT = "#a3122a"
LINK = "#0b4f8a"
BORDER = "#8a8a96"
GRID = "#d8d8de"
SECRET_GROUND = "#ebebef"
FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif"
# French typography: a narrow no-break space groups thousands ("1 234"), a no-break space precedes a colon.
THOUSANDS_SEPARATOR = "\u202f"
NBSP = "\u00a0"
MINUS = "\u2212"
# Text is measured, not rendered, on the server: an average glyph is taken as 0.6 em (DejaVu Sans, the
# widest of the fonts we name), so a label given this room never overflows.
GLYPH_WIDTH = 0.6
ELLIPSIS = "…"
ID_PREFIX = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class Svg(str):
    """Markup made by `tag`: already escaped, so it is inserted as is."""


def tag(name: str, attributes: dict[str, object] | None = None, *children: "Svg | str") -> Svg:
    """One element; attribute values and plain-string children are escaped, None attributes left out."""
    parts = [name]
    for key, value in (attributes or {}).items():
        if value is not None:
            parts.append(f'{key}="{escape(xml_safe(_attribute(value)), {chr(34): "&quot;"})}"')
    opening = " ".join(parts)
    if not children:
        return Svg(f"<{opening}/>")
    inner = "".join(child if isinstance(child, Svg) else escape(xml_safe(child)) for child in children)
    return Svg(f"<{opening}>{inner}</{name}>")


def xml_safe(text: str) -> str:
    """Without the control characters XML forbids even escaped (a pasted label may hold one)."""
    return NOT_XML.sub("", text)


def _attribute(value: object) -> str:
    if isinstance(value, float):
        return number(value)
    return str(value)


def number(value: float) -> str:
    """A coordinate, to 0.1 unit: "12", "12.5", never "-0"."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_number(value: int | float, *, decimals: int = 0) -> str:
    """French display of a number: "1 234", "−5", "3,5" (a narrow no-break space between thousands)."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"cannot format {value!r}")
    rounded = round(value, decimals) if decimals else round(value)
    text = f"{abs(rounded):,.{decimals}f}".replace(",", THOUSANDS_SEPARATOR).replace(".", ",")
    return f"{MINUS}{text}" if rounded < 0 else text


def centred(middle: float, size: float) -> float:
    """The baseline that centres a line of text on middle (dominant-baseline is not drawn by WeasyPrint)."""
    return middle + size * 0.35


def text_width(text: str, size: float) -> float:
    return len(text) * size * GLYPH_WIDTH


def fit_text(text: str, width: float, size: float) -> str:
    """The text, cut with an ellipsis when it would not fit in width."""
    room = max(1, int(width / (size * GLYPH_WIDTH)))
    return text if len(text) <= room else text[: room - 1].rstrip() + ELLIPSIS


def wrap_text(text: str, width: float, size: float, *, max_lines: int = 2) -> list[str]:
    """Words spread over lines of at most width; the last line is cut with an ellipsis if needed."""
    room = max(1, int(width / (size * GLYPH_WIDTH)))
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= room:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return [fit_text(line, width, size) for line in lines] or [""]


@dataclass(frozen=True)
class Ids:
    prefix: str

    @property
    def title(self) -> str:
        return f"{self.prefix}-title"

    @property
    def desc(self) -> str:
        return f"{self.prefix}-desc"

    def named(self, name: str) -> str:
        return f"{self.prefix}-{name}"


def make_ids(kind: str, payload: object, id_prefix: str | None) -> Ids:
    """Ids unique to a chart's content, so two charts on one page never share one, yet stable across runs."""
    if id_prefix is not None:
        if not ID_PREFIX.fullmatch(id_prefix):
            raise ValueError(f"invalid id prefix {id_prefix!r}")
        return Ids(id_prefix)
    return Ids(f"{kind}-{hashlib.sha256(repr(payload).encode()).hexdigest()[:10]}")


def svg_root(
    *,
    kind: str,
    ids: Ids,
    width: float,
    height: float,
    title: str,
    description: str,
    children: Iterable[Svg],
    role: str = "img",
) -> str:
    """The outer <svg>: scales to its container's width, named by its <title>, described by its <desc>."""
    return tag(
        "svg",
        {
            "xmlns": SVG_NS,
            "class": f"chart chart--{kind}",
            "viewBox": f"0 0 {number(width)} {number(height)}",
            "width": "100%",
            "role": role,
            "aria-labelledby": ids.title,
            "aria-describedby": ids.desc,
            "font-family": FONT_FAMILY,
        },
        tag("title", {"id": ids.title}, title),
        tag("desc", {"id": ids.desc}, description),
        *children,
    )


def hatch_pattern(pattern_id: str, *, size: float, stripe: float, ground: str = SECRET_GROUND) -> Svg:
    """Diagonal stripes (no patternTransform, which WeasyPrint ignores): the mark of a secret value."""
    s = size
    return tag(
        "pattern",
        {"id": pattern_id, "patternUnits": "userSpaceOnUse", "width": float(s), "height": float(s)},
        tag("rect", {"width": float(s), "height": float(s), "fill": ground}),
        tag(
            "path",
            {
                "d": f"M0 {number(s)}L{number(s)} 0M{number(-s / 2)} {number(s / 2)}L{number(s / 2)} {number(-s / 2)}"
                f"M{number(s / 2)} {number(s * 1.5)}L{number(s * 1.5)} {number(s / 2)}",
                "stroke": MUTED,
                "stroke-width": float(stripe),
            },
        ),
    )


def empty_svg(
    *, kind: str, ids: Ids, width: float, height: float, title: str, description: str, label: str
) -> str:
    """A chart with nothing to show says so in words, where the chart would be."""
    size = 16.0
    lines = wrap_text(label, width - 32, size, max_lines=3)
    top = height / 2 - (len(lines) - 1) * size * 0.65
    return svg_root(
        kind=kind,
        ids=ids,
        width=width,
        height=height,
        title=title,
        description=description,
        children=[
            tag(
                "rect",
                {
                    "x": 0.5,
                    "y": 0.5,
                    "width": width - 1,
                    "height": height - 1,
                    "fill": "none",
                    "stroke": GRID,
                },
            ),
            *(
                tag(
                    "text",
                    {
                        "x": width / 2,
                        "y": centred(top + i * size * 1.3, size),
                        "font-size": size,
                        "fill": MUTED,
                        "text-anchor": "middle",
                    },
                    line,
                )
                for i, line in enumerate(lines)
            ),
        ],
    )


# ----------------------------------------------------------------------------------------------- line
LINE_WIDTH = 480.0  # viewBox units: at a phone's 360 px a 14-unit label is still 10.5 px
LINE_HEIGHT = 270.0
AXIS_SIZE = 14.0
MAX_X_LABELS = 5
MAX_DOTS = 31  # a month of days; beyond, dots merge into the line (the values stay in the page's table)


def nice_ticks(low: float, high: float, *, count: int = 4) -> list[float]:
    """Round tick values from low to at least high, about count intervals, whole numbers (we count people)."""
    if not high > low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step = max(step, 1.0)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high:
        ticks.append(first + len(ticks) * step)
    return ticks


def _x_label(value: date | str) -> str:
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return str(value)


@dataclass(frozen=True)
class _LinePlot:
    """Where a line chart's values land: the plot's box inside the chart and its two scales."""

    positions: list[int]
    low: float
    high: float
    left: float
    right: float = 14.0
    top: float = AXIS_SIZE + 8
    bottom: float = 34.0

    @property
    def width(self) -> float:
        return LINE_WIDTH - self.left - self.right

    @property
    def height(self) -> float:
        return LINE_HEIGHT - self.top - self.bottom

    def x_of(self, position: int) -> float:
        span = self.positions[-1] - self.positions[0]
        # One point, or points all on one day: drawn in the middle rather than divided by zero.
        return self.left + (
            self.width / 2 if span == 0 else (position - self.positions[0]) / span * self.width
        )

    def y_of(self, value: float) -> float:
        return self.top + self.height - (value - self.low) / (self.high - self.low) * self.height


def line_chart(
    points: Sequence[tuple[date | str, int]],
    *,
    title: str,
    description: str,
    empty_label: str = "Aucune donnée",
    id_prefix: str | None = None,
) -> str:
    """A count over time (signatures by day): dates spaced by their real gaps, other labels evenly."""
    ids = make_ids("line", (points, title, description, empty_label), id_prefix)
    frame = {"kind": "line", "ids": ids, "width": LINE_WIDTH, "height": LINE_HEIGHT}
    if not points:
        return empty_svg(**frame, title=title, description=description, label=empty_label)
    if all(isinstance(x, date) for x, _ in points):
        points = sorted(points, key=lambda point: point[0])
        positions = [x.toordinal() for x, _ in points]
    else:
        positions = list(range(len(points)))
    values = [value for _, value in points]
    ticks = nice_ticks(min(0, min(values)), max(values))
    tick_labels = [format_number(t) for t in ticks]
    left = max(text_width(label, AXIS_SIZE) for label in tick_labels) + 10
    plot = _LinePlot(positions=positions, low=ticks[0], high=ticks[-1], left=left)

    labels = [_x_label(x) for x, _ in points]
    coordinates = [(plot.x_of(p), plot.y_of(v)) for p, v in zip(positions, values, strict=True)]
    children = [
        *_value_axis(plot, ticks, tick_labels),
        *_time_axis(plot, labels),
        *_line_and_dots(coordinates, labels, values),
        _last_value(coordinates, values[-1]),
    ]
    return svg_root(**frame, title=title, description=description, children=children)


def _value_axis(plot: _LinePlot, ticks: list[float], tick_labels: list[str]) -> list[Svg]:
    """A grid line and its figure at each tick; the zero line in ink."""
    children = []
    for tick, label in zip(ticks, tick_labels, strict=True):
        y = plot.y_of(tick)
        line = {"x1": plot.left, "x2": LINE_WIDTH - plot.right, "y1": y, "y2": y}
        children.append(tag("line", {**line, "stroke": INK if tick == 0 else GRID, "stroke-width": 1.0}))
        text = {"x": plot.left - 6, "y": centred(y, AXIS_SIZE), "font-size": AXIS_SIZE, "fill": MUTED}
        children.append(tag("text", {**text, "text-anchor": "end"}, label))
    return children


def _time_axis(plot: _LinePlot, labels: list[str]) -> list[Svg]:
    """As many evenly chosen labels under the plot as fit side by side (at most MAX_X_LABELS)."""
    label_count = min(len(labels), MAX_X_LABELS)
    widest = max(text_width(label, AXIS_SIZE) for label in labels)
    while label_count > 2 and widest > plot.width / label_count - 6:
        label_count -= 1
    shown = (
        sorted({round(i * (len(labels) - 1) / (label_count - 1)) for i in range(label_count)})
        if label_count > 1
        else [0]
    )
    children = []
    for index in shown:
        if len(shown) == 1 or 0 < index < len(labels) - 1:
            anchor = "middle"
        else:
            anchor = "start" if index == 0 else "end"
        text = fit_text(labels[index], plot.width / len(shown), AXIS_SIZE)
        x = plot.x_of(plot.positions[index])
        attributes = {
            "x": x,
            "y": LINE_HEIGHT - 10,
            "font-size": AXIS_SIZE,
            "fill": MUTED,
            "text-anchor": anchor,
        }
        children.append(tag("text", attributes, text))
    return children


def _line_and_dots(coordinates: list[tuple[float, float]], labels: list[str], values: list[int]) -> list[Svg]:
    """The line, and a dot with its value as tooltip at each point while they stay apart."""
    children = []
    if len(coordinates) > 1:
        d = "M" + "L".join(f"{number(x)} {number(y)}" for x, y in coordinates)
        stroke = {
            "stroke": ACCENT,
            "stroke-width": 2.5,
            "stroke-linejoin": "round",
            "stroke-linecap": "round",
        }
        children.append(tag("path", {"d": d, "fill": "none", **stroke}))
    if len(coordinates) <= MAX_DOTS:
        radius = 4.0 if len(coordinates) == 1 else 3.0
        for (x, y), label, value in zip(coordinates, labels, values, strict=True):
            tooltip = tag("title", None, f"{label}{NBSP}: {format_number(value)}")
            children.append(tag("circle", {"cx": x, "cy": y, "r": radius, "fill": ACCENT}, tooltip))
    return children


def _last_value(coordinates: list[tuple[float, float]], value: int) -> Svg:
    """The latest value, written above the line where it stands, so the line never runs through the figure
    (the top margin leaves room for it over the highest point)."""
    last_x, _ = coordinates[-1]
    last_text = format_number(value)
    card_width = text_width(last_text, AXIS_SIZE) + 6
    card_right = min(last_x + (card_width / 2 if len(coordinates) == 1 else 3), LINE_WIDTH - 1)
    under = [i for i, (x, _) in enumerate(coordinates) if x >= card_right - card_width]
    near = {max(under[0] - 1, 0), *under}  # the segment entering the card's span counts too
    baseline = min(coordinates[i][1] for i in near) - 8
    attributes = {
        "x": card_right - 3,
        "y": baseline,
        "font-size": AXIS_SIZE,
        "font-weight": "bold",
        "fill": INK,
    }
    return tag("text", {**attributes, "text-anchor": "end"}, last_text)


# ------------------------------------------------------------------------------------------------ bar
# Narrow enough that a phone (about 340 px of chart) shows the 15-unit text at 13 px; the page's CSS caps
# the width on a desktop so it is not blown up either.
BAR_WIDTH = 400.0
BAR_TEXT_SIZE = 15.0
LINE_STEP = 1.25  # line height of a label, in text sizes
BAR_THICKNESS = 16.0
ROW_GAP = 10.0
LABEL_LINES = 2  # a label longer than two lines is cut (the full label stays in the row's tooltip)
# A secret value is a short hatched stub whatever the others' lengths: it must not read as large or as zero.
SECRET_STUB = 36.0


def bar_chart(
    bars: Sequence[tuple[str, int | None]],
    *,
    title: str,
    description: str,
    secret_label: str = "secret",
    empty_label: str = "Aucune donnée",
    id_prefix: str | None = None,
) -> str:
    """Horizontal bars, each under its label (written whole, on up to two lines), the value at the bar's
    end; a None (secret) value is a short hatched stub saying so, never a 0 and never a long bar."""
    ids = make_ids("bar", (bars, title, description, secret_label, empty_label), id_prefix)
    if not bars:
        return empty_svg(
            kind="bar",
            ids=ids,
            width=BAR_WIDTH,
            height=90.0,
            title=title,
            description=description,
            label=empty_label,
        )
    size = BAR_TEXT_SIZE
    value_texts = [secret_label if value is None else format_number(value) for _, value in bars]
    label_lines = [wrap_text(label, BAR_WIDTH - 2, size, max_lines=LABEL_LINES) for label, _ in bars]
    value_width = max(text_width(text, size) for text in value_texts) + 6
    bar_left = 1.0
    track = max(BAR_WIDTH - bar_left - value_width, SECRET_STUB)
    largest = max((value for _, value in bars if value is not None and value > 0), default=0)
    top = 4.0
    children: list[Svg] = [hatch_pattern(ids.named("secret"), size=8, stripe=2)]
    y = top
    for (label, value), value_text, lines in zip(bars, value_texts, label_lines, strict=True):
        texts = [
            tag(
                "text",
                {"x": 0.0, "y": y + size * (LINE_STEP * i + 1) - 3, "font-size": size, "fill": INK},
                line,
            )
            for i, line in enumerate(lines)
        ]
        y += size * LINE_STEP * len(lines) + 2
        middle = y + BAR_THICKNESS / 2
        if value is None:
            length, fill, value_colour, value_style = (
                SECRET_STUB,
                f"url(#{ids.named('secret')})",
                MUTED,
                "italic",
            )
        else:
            length = track * max(value, 0) / largest if largest else 0.0
            fill, value_colour, value_style = ACCENT, INK, None
        bar = tag(
            "rect",
            {
                "x": bar_left,
                "y": y,
                "width": length,
                "height": BAR_THICKNESS,
                "fill": fill,
                "stroke": BORDER if value is None else None,
                "stroke-width": 1.0 if value is None else None,
            },
        )
        children.append(
            tag(
                "g",
                None,
                tag("title", None, f"{label}{NBSP}: {value_text}"),
                *texts,
                bar,
                tag(
                    "text",
                    {
                        "x": bar_left + length + 5,
                        "y": centred(middle, size),
                        "font-size": size,
                        "font-weight": None if value is None else "bold",
                        "fill": value_colour,
                        "font-style": value_style,
                    },
                    value_text,
                ),
            )
        )
        y += BAR_THICKNESS + ROW_GAP
    height = y - ROW_GAP + top
    return svg_root(
        kind="bar",
        ids=ids,
        width=BAR_WIDTH,
        height=height,
        title=title,
        description=description,
        children=children,
    )
