"""Input hygiene shared by every form: what a field may contain, with a French message when it may not."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Zero-width and bidirectional-override characters can hide or reverse text shown to others.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
NAME_ALLOWED = re.compile(r"^[^\W\d_]+(?:[ '’.\-]+[^\W\d_]*)*$")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """NFC-normalise and trim; refuse control and invisible characters instead of silently dropping them."""
    value = unicodedata.normalize("NFC", value or "")
    if CONTROL.search(value) or (not multiline and ("\n" in value or "\r" in value)):
        raise ValidationError(_("Ce champ contient des caractères de contrôle qui ne sont pas acceptés."))
    if INVISIBLE.search(value):
        raise ValidationError(
            _("Ce champ contient des caractères invisibles : retapez-le sans copier-coller.")
        )
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        return "\n".join(line.rstrip() for line in value.strip().split("\n"))
    return " ".join(value.split())


def clean_short_text(value: str) -> str:
    """One line of free text (a function, a workplace): no markup characters."""
    value = clean_text(value)
    if "<" in value or ">" in value:
        raise ValidationError(_("Les signes < et > ne sont pas acceptés dans ce champ."))
    return value


def clean_person_name(value: str) -> str:
    """A name as written (O'Neil, Jean-Édouard, N'Diaye, de La Tour): letters, spaces, apostrophes, hyphens."""
    value = clean_text(value)
    if not value:
        return value
    if not any(char.isalpha() for char in value):
        raise ValidationError(_("Un nom doit contenir des lettres."))
    if not NAME_ALLOWED.match(value):
        raise ValidationError(
            _(
                "Un nom ne peut contenir que des lettres, des espaces, des apostrophes, des points et des traits d'union."
            )
        )
    return value


def email_key(address: str) -> str:
    """The form under which two spellings of one address are the same signer."""
    local, _sep, domain = unicodedata.normalize("NFKC", address or "").strip().rpartition("@")
    return f"{local.lower()}@{domain.lower().rstrip('.')}" if local else ""
