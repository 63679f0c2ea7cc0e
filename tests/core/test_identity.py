"""A collective's colour must keep white text readable; its logo is re-encoded, small and stripped."""

import io

import pytest
from PIL import Image

from concertons.core import identity


def picture(fmt: str = "PNG", size=(800, 400), **save) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, "#3366cc").save(out, format=fmt, **save)
    return out.getvalue()


@pytest.mark.parametrize(("colour", "expected"), [("#A3122A", "#a3122a"), (" #1d5e2c ", "#1d5e2c")])
def test_a_dark_colour_is_kept_in_lower_case(colour, expected):
    assert identity.accent_colour(colour) == expected


@pytest.mark.parametrize("colour", ["#ffff00", "#88ccff", "#ffffff"])
def test_a_colour_too_light_for_white_text_is_refused_with_its_ratio(colour):
    with pytest.raises(identity.IdentityError) as refused:
        identity.accent_colour(colour)
    assert refused.value.code == "too_light" and refused.value.params["ratio"] < 4.5


@pytest.mark.parametrize("colour", ["", "red", "#12345", "#1234567", "#gg0000", "#a3122a;}body{", "<script>"])
def test_anything_but_a_hex_colour_is_refused(colour):
    with pytest.raises(identity.IdentityError) as refused:
        identity.accent_colour(colour)
    assert refused.value.code == "malformed"


def test_the_contrast_ratio_is_wcag_s():
    assert identity.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert identity.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic grey


def test_the_stylesheet_sets_the_accent_and_a_darker_shade():
    css = identity.colour_css("#1d5e2c")
    assert "--accent: #1d5e2c;" in css and "--accent-dark: #16" in css
    assert identity.colour_css("") == ""


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP", "GIF"])
def test_a_logo_becomes_a_small_png(fmt):
    logo = identity.logo_png(picture(fmt))
    with Image.open(io.BytesIO(logo.png)) as image:
        assert image.format == "PNG"
        assert image.size == (logo.width, logo.height) == (192, 96)


def test_a_logo_loses_the_metadata_it_came_with():
    exif = Image.Exif()
    exif[0x013B] = "Prénom Nom, photographe"  # Artist
    exif[0x010E] = "Réunion au foyer de la rue des Lilas"  # ImageDescription
    source = picture("JPEG", exif=exif.tobytes())
    assert b"photographe" in source
    logo = identity.logo_png(source)
    assert b"photographe" not in logo.png and b"Lilas" not in logo.png


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "unreadable"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>", "unreadable"),
        (b"%PDF-1.7 not a picture", "unreadable"),
        (picture("BMP", size=(10, 10)), "format"),
        (picture("PNG", size=(5000, 4000)), "too_many_pixels"),
        (b"\x89PNG" + b"0" * identity.LOGO_MAX_UPLOAD_BYTES, "too_big"),
    ],
)
def test_what_is_not_a_reasonable_picture_is_refused(data, code):
    with pytest.raises(identity.IdentityError) as refused:
        identity.logo_png(data)
    assert refused.value.code == code
