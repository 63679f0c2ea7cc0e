"""A collective's look: its accent colour (readable under white text) and its logo (a small, clean PNG).

Pure functions with no Django import, so the rules can be tested and reused (forms, import, demo).
"""

import io
import re
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
WHITE = "#ffffff"
# WCAG 2 AA for normal text: the site header and buttons put white text on the accent colour.
MIN_CONTRAST = 4.5

LOGO_MAX_UPLOAD_BYTES = 2 * 1024 * 1024
# Beyond this a picture is a photo or a bomb, not a logo; Pillow reads the size without decoding pixels.
LOGO_MAX_SOURCE_PIXELS = 4000 * 4000
# Shown at 48 CSS px high in the header: 96 px covers high-density phone screens.
LOGO_HEIGHT = 96
LOGO_MAX_WIDTH = 384


class IdentityError(ValueError):
    """Why a colour or a logo was refused, as a code the form turns into a French sentence."""

    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two #rrggbb colours, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def accent_colour(value: str) -> str:
    """The colour in lower-case #rrggbb, if white text on it is readable; IdentityError otherwise."""
    value = value.strip()
    if not HEX_COLOUR.match(value):
        raise IdentityError("malformed")
    value = value.lower()
    ratio = contrast_ratio(value, WHITE)
    if ratio < MIN_CONTRAST:
        raise IdentityError("too_light", ratio=ratio)
    return value


def darker(colour: str, factor: float = 0.76) -> str:
    """The same hue, darker: for hover states and headings, where the accent needs more weight."""
    red, green, blue = (round(int(colour[i : i + 2], 16) * factor) for i in (1, 3, 5))
    return f"#{red:02x}{green:02x}{blue:02x}"


def colour_css(colour: str) -> str:
    """The stylesheet that gives a collective's pages its colour; empty for the site's own."""
    if not colour:
        return ""
    return f":root {{ --accent: {colour}; --accent-dark: {darker(colour)}; }}\n"


@dataclass(frozen=True)
class Logo:
    png: bytes
    width: int
    height: int


def logo_png(data: bytes) -> Logo:
    """Re-encode an uploaded picture as a small PNG.

    Re-encoding drops whatever the file carried besides pixels (EXIF with the place and the camera's owner,
    comments, scripts in a polyglot file), and a PNG is all the site ever serves.
    """
    if len(data) > LOGO_MAX_UPLOAD_BYTES:
        raise IdentityError("too_big")
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in {"PNG", "JPEG", "WEBP", "GIF"}:
                raise IdentityError("format")
            if probe.width * probe.height > LOGO_MAX_SOURCE_PIXELS:
                raise IdentityError("too_many_pixels")
            probe.load()
            image = ImageOps.exif_transpose(probe).convert("RGBA")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError) as error:
        raise IdentityError("unreadable") from error
    image.thumbnail((LOGO_MAX_WIDTH, LOGO_HEIGHT), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return Logo(png=out.getvalue(), width=image.width, height=image.height)
