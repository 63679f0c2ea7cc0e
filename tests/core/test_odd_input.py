"""Odd input (issue 11, item 12): a lone surrogate in JSON text, invisible format characters, a body over
the size limit. Each gets a French 4xx, through the test client and through a real HTTP server, and
nothing is stored."""

import http.cookiejar
import json
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.urls import reverse

from concertons.core import text as core_text
from concertons.mailer.models import OutgoingEmail
from concertons.signatures.models import Signature
from concertons.testimonies.models import Testimony
from tests.campaigns.factories import CampaignFactory
from tests.signatures.helpers import form_started, sign_data

SIGNATURE_JSON = {
    "last_name": "Nguyen",
    "first_name": "Linh",
    "profession": "puericultrice",
    "commune": "Lomme",
    "departement": "59",
    "email": "linh.nguyen@example.org",
    "is_public": True,
    "consent": True,
}
TESTIMONY_JSON = {
    "departement": "59",
    "service": "ase",
    "employer": "departement",
    "profession": "educateur",
    "themes": ["effectifs"],
    "text": "Nous sommes deux éducateurs pour quarante enfants.",
    "detail": "full",
}
TESTIMONY_FORM = {**TESTIMONY_JSON, "themes": ["effectifs"], "vacant_posts": "3"}
# A lone half of a UTF-16 surrogate pair is valid JSON text but no character at all: it cannot be stored.
LONE_SURROGATES = ['"\\ud800"', '"Du\\udc00pont"', '"\\udfff\\ud800"']
# U+061C ARABIC LETTER MARK, U+E0041 TAG LATIN CAPITAL LETTER A, U+2066 LEFT-TO-RIGHT ISOLATE.
INVISIBLE = ["\u061c", "\U000e0041", "\u2066"]
FRENCH_INVISIBLE = "caractères invisibles"
FRENCH_SURROGATE = "caractère Unicode invalide"
FRENCH_TOO_BIG = "trop volumineu"


@pytest.fixture
def campaign(settings):
    settings.CONCERTONS_ANTI_ABUSE = False  # no proof-of-work to compute: the input itself is under test
    return CampaignFactory()


def stored() -> tuple[int, int, int]:
    return Signature.objects.count(), Testimony.objects.count(), OutgoingEmail.objects.count()


def api_path(campaign, kind: str) -> str:
    return f"/api/campaigns/{campaign.slug}/{kind}"


def json_text(kind: str, field: str, raw: str) -> str:
    """The JSON body with `field` set to `raw` JSON text, written as is (so that an escape stays an escape)."""
    body = SIGNATURE_JSON if kind == "signatures" else TESTIMONY_JSON
    return json.dumps({**body, field: "@@"}).replace('"@@"', raw)


def padded(size: int, make) -> bytes:
    """A body of exactly `size` bytes, `make(padding)` growing one byte per padding character."""
    body = make("")
    return make("x" * (size - len(body)))


def over_the_limit_form(campaign, kind: str, **extra: str) -> tuple[str, bytes]:
    limit = django_settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    if kind == "signature":
        url, data, field = reverse("signatures:sign", args=[campaign.slug]), sign_data(**extra), "comment"
    else:
        url, field = reverse("testimonies:testify", args=[campaign.slug]), "text"
        data = {**TESTIMONY_FORM, "form_started": form_started(), **extra}
    body = padded(limit + 1, lambda pad: urllib.parse.urlencode({**data, field: pad}, doseq=True).encode())
    assert len(body) == limit + 1
    return url, body


def over_the_limit_json(campaign, kind: str) -> bytes:
    limit = django_settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    field = "comment" if kind == "signatures" else "text"
    body = padded(limit + 1, lambda pad: json_text(kind, field, json.dumps(pad)).encode())
    assert len(body) == limit + 1
    return body


# Through the test client ----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("raw", LONE_SURROGATES)
@pytest.mark.parametrize(("kind", "field"), [("signatures", "last_name"), ("testimonies", "text")])
def test_a_lone_surrogate_in_json_gets_a_french_400_and_stores_nothing(client, campaign, kind, field, raw):
    before = stored()
    response = client.post(
        api_path(campaign, kind), json_text(kind, field, raw), content_type="application/json"
    )

    assert response.status_code == 400
    assert FRENCH_SURROGATE in response.json()["detail"]
    assert stored() == before


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "field"), [("signatures", "last_name"), ("testimonies", "text")])
def test_a_surrogate_encoded_as_raw_bytes_gets_the_same_400(client, campaign, kind, field):
    """b"\\xed\\xa0\\x80" is not UTF-8, but Python's JSON decoder lets it through as a lone surrogate."""
    body = json_text(kind, field, '"@@"').encode().replace(b"@@", b"Du\xed\xa0\x80pont")
    before = stored()
    response = client.post(api_path(campaign, kind), body, content_type="application/json")

    assert response.status_code == 400
    assert FRENCH_SURROGATE in response.json()["detail"]
    assert stored() == before


@pytest.mark.django_db
def test_a_surrogate_in_an_html_form_becomes_a_replacement_character_and_a_french_error(client, campaign):
    body = urllib.parse.urlencode(sign_data(last_name="@@")).replace("%40%40", "Du%ED%A0%80pont")
    response = client.post(
        reverse("signatures:sign", args=[campaign.slug]),
        body,
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert "ne peut contenir que des lettres" in " ".join(response.context["form"].errors["last_name"])
    assert stored() == (0, 0, 0)


@pytest.mark.django_db
def test_a_surrogate_pair_is_an_ordinary_character(client, campaign):
    """An emoji written as a pair of escapes (what JSON.stringify may send) is not refused for that."""
    text = json_text("testimonies", "text", '"Merci \\ud83d\\ude00 pour rien."')
    response = client.post(api_path(campaign, "testimonies"), text, content_type="application/json")
    assert response.status_code == 201, response.json()


@pytest.mark.django_db
@pytest.mark.parametrize("char", INVISIBLE)
def test_invisible_characters_in_a_name_are_refused_in_french(client, campaign, char):
    before = stored()
    form = client.post(reverse("signatures:sign", args=[campaign.slug]), sign_data(last_name=f"Du{char}pont"))
    api = client.post(
        api_path(campaign, "signatures"),
        {**SIGNATURE_JSON, "first_name": f"Li{char}nh"},
        content_type="application/json",
    )

    assert form.status_code == 200
    assert FRENCH_INVISIBLE in " ".join(form.context["form"].errors["last_name"])
    assert api.status_code == 422
    assert FRENCH_INVISIBLE in " ".join(api.json()["errors"]["first_name"])
    assert stored() == before


@pytest.mark.django_db
@pytest.mark.parametrize("char", INVISIBLE)
def test_invisible_characters_in_a_testimony_are_refused_in_french(client, campaign, char):
    before = stored()
    text = f"Nous sommes deux{char} éducateurs pour quarante enfants."
    form = client.post(
        reverse("testimonies:testify", args=[campaign.slug]),
        {**TESTIMONY_FORM, "text": text, "form_started": form_started()},
    )
    api = client.post(
        api_path(campaign, "testimonies"), {**TESTIMONY_JSON, "text": text}, content_type="application/json"
    )

    assert form.status_code == 200
    assert FRENCH_INVISIBLE in " ".join(form.context["form"].errors["text"])
    assert api.status_code == 422
    assert FRENCH_INVISIBLE in " ".join(api.json()["errors"]["text"])
    assert stored() == before


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["signature", "testimony"])
def test_a_form_just_over_the_size_limit_gets_a_french_page(client, campaign, kind):
    url, body = over_the_limit_form(campaign, kind)
    before = stored()
    response = client.post(url, body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 413
    assert FRENCH_TOO_BIG in response.text and '<html lang="fr"' in response.text
    assert stored() == before


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["signatures", "testimonies"])
def test_an_api_body_just_over_the_size_limit_gets_french_json(client, campaign, kind):
    before = stored()
    response = client.post(
        api_path(campaign, kind), over_the_limit_json(campaign, kind), content_type="application/json"
    )

    assert response.status_code == 413
    assert FRENCH_TOO_BIG in response.json()["detail"]
    assert stored() == before


# Through a real HTTP server -------------------------------------------------------------------------------


class Visitor:
    """A client without JavaScript over real HTTP: keeps cookies, sends the form's CSRF token."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def send(self, path: str, body: bytes | None = None, content_type: str = "") -> tuple[int, str, str]:
        request = urllib.request.Request(self.base + path, data=body)
        if content_type:
            request.add_header("Content-Type", content_type)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers.get_content_type(), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get_content_type(), error.read().decode()

    def csrf_fields(self, path: str) -> dict[str, str]:
        """The CSRF token of the page's form, if it has one (testifying sets no cookie: it has none)."""
        _status, _type, page = self.send(path)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        return {"csrfmiddlewaretoken": found.group(1)} if found else {}


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("kind", "field"), [("signatures", "last_name"), ("testimonies", "text")])
def test_over_http_a_lone_surrogate_gets_a_french_400(live_server, campaign, kind, field):
    before = stored()
    status, content_type, body = Visitor(live_server.url).send(
        api_path(campaign, kind), json_text(kind, field, '"\\ud800"').encode(), "application/json"
    )

    assert (status, content_type) == (400, "application/json")
    assert FRENCH_SURROGATE in json.loads(body)["detail"]
    assert stored() == before


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("char", INVISIBLE)
def test_over_http_invisible_characters_get_french_422s(live_server, campaign, char):
    visitor, before = Visitor(live_server.url), stored()
    for kind, field, value in [
        ("signatures", "last_name", f"Du{char}pont"),
        ("testimonies", "text", f"Nous sommes deux{char} éducateurs."),
    ]:
        status, _type, body = visitor.send(
            api_path(campaign, kind), json_text(kind, field, json.dumps(value)).encode(), "application/json"
        )
        assert status == 422
        assert FRENCH_INVISIBLE in " ".join(json.loads(body)["errors"][field])
    assert stored() == before


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("kind", ["signature", "testimony"])
def test_over_http_a_form_just_over_the_size_limit_gets_a_french_413_page(live_server, campaign, kind):
    """The sign form with a real CSRF cookie and token, so that the CSRF check itself reads the body first;
    the testimony form, which has none, reads it in the view."""
    visitor = Visitor(live_server.url)
    page = (
        campaign.get_absolute_url()
        if kind == "signature"
        else reverse("testimonies:testify", args=[campaign.slug])
    )
    csrf = visitor.csrf_fields(page)
    assert bool(csrf) == (kind == "signature")
    url, body = over_the_limit_form(campaign, kind, **csrf)
    before = stored()

    status, content_type, text = visitor.send(url, body, "application/x-www-form-urlencoded")

    assert (status, content_type) == (413, "text/html")
    assert FRENCH_TOO_BIG in text and '<html lang="fr"' in text
    assert stored() == before


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("kind", ["signatures", "testimonies"])
def test_over_http_an_api_body_just_over_the_size_limit_gets_french_json(live_server, campaign, kind):
    before = stored()
    status, content_type, body = Visitor(live_server.url).send(
        api_path(campaign, kind), over_the_limit_json(campaign, kind), "application/json"
    )

    assert (status, content_type) == (413, "application/json")
    assert FRENCH_TOO_BIG in json.loads(body)["detail"]
    assert stored() == before


# The filter itself ------------------------------------------------------------------------------------------

FORMAT_CHARACTERS = [chr(code) for code in range(0x110000) if unicodedata.category(chr(code)) == "Cf"]


def test_every_format_character_tag_and_odd_variation_selector_is_invisible():
    refused = [
        *FORMAT_CHARACTERS,
        *(chr(code) for code in range(0xE0000, 0xE0080)),  # tags, U+E0000 (unassigned) included
        "\u061c", "\u180e", "\u2066", "\u034f", "\u3164", "\ufe0f", "\U000e0100",
    ]  # fmt: skip
    assert "\u061c" in FORMAT_CHARACTERS and "\U000e0041" in FORMAT_CHARACTERS
    for char in refused:
        assert core_text.has_invisible(f"Du{char}pont"), f"U+{ord(char):04X}"
    assert core_text.has_invisible("\ufe0fDupont")  # a presentation selector with nothing to present
    assert core_text.has_invisible("Merci \u2764\ufe0f\ufe0f")  # two in a row: a payload, not a style
    assert core_text.has_invisible("Merci \u2764\U000e0100")


def test_a_heart_in_emoji_style_and_ordinary_french_text_pass():
    assert not core_text.has_invisible("Merci \u2764\ufe0f à toute l'équipe — « courage » ! 1\ufe0f\u20e3")
    assert not core_text.has_invisible("Ñúñez D’Almeida, N'Diaye, Jean-Édouard")
    assert core_text.clean_text("Merci \u2764\ufe0f") == "Merci \u2764\ufe0f"


def test_a_lone_surrogate_in_a_field_is_refused_in_french():
    with pytest.raises(ValidationError, match="caractère Unicode invalide"):
        core_text.clean_text("Du\ud800pont")
