"""Input hygiene shared by every form: what a field may contain, with a French message when it may not."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Characters that show nothing yet change what others see: they can hide text, reverse it (bidirectional
# overrides and isolates such as U+202E, U+2066, U+061C) or smuggle data inside a name or a testimony (tag
# characters U+E0000-U+E007F, runs of variation selectors). Refused: every format character (Unicode
# category Cf, checked with unicodedata so new ones are covered too) and the other default-ignorable code
# points: the combining grapheme joiner, Hangul and Khmer fillers, Mongolian and other variation selectors,
# the whole U+E0000-U+E0FFF block.
INVISIBLE = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0\U000e0000-\U000e0fff]"
)
# Except one text or emoji presentation selector right after a symbol, a punctuation mark or a digit
# ("❤️", "☎︎", "1️⃣"): how people type emoji in a testimony. After a letter, after another selector, or
# alone, it is refused (one after each letter could carry a hidden message).
PRESENTATION = "\ufe0e\ufe0f"
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Half of a UTF-16 surrogate pair ("\ud800" in JSON): not a character, it cannot even be stored.
SURROGATE = re.compile("[\ud800-\udfff]")
NAME_ALLOWED = re.compile(r"^[^\W\d_]+(?:[ '’.\-]+[^\W\d_]*)*$")


def has_invisible(value: str) -> bool:
    """True when the text holds a character that is not shown (see INVISIBLE)."""
    if value.isascii():
        return False
    previous = ""
    for char in value:
        styled = char in PRESENTATION and previous != "" and unicodedata.category(previous)[0] in "NPS"
        if not styled and (unicodedata.category(char) == "Cf" or INVISIBLE.match(char)):
            return True
        previous = char
    return False


def clean_text(value: str, *, multiline: bool = False) -> str:
    """NFC-normalise and trim; refuse control and invisible characters instead of silently dropping them."""
    if SURROGATE.search(value or ""):
        raise ValidationError(
            _("Ce champ contient un caractère Unicode invalide : retapez-le sans copier-coller.")
        )
    value = unicodedata.normalize("NFC", value or "")
    if CONTROL.search(value) or (not multiline and ("\n" in value or "\r" in value)):
        raise ValidationError(_("Ce champ contient des caractères de contrôle qui ne sont pas acceptés."))
    if has_invisible(value):
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
