"""Turn place names as people write them into comparison keys.

"Beaumont s/ Oise", "BEAUMONT-SUR-OISE" and "Beaumont sur Oise" must meet on one key,
and so must "St Étienne" and "Saint-Étienne", "Havre (Le)" and "Le Havre".
"""

import re
import unicodedata

# Longer than any French place name (the longest commune name has 45 letters);
# anything beyond is garbage and gets no work done on it.
MAX_LENGTH = 200

_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")
_NOT_A_WORD = re.compile(r"\W+")
# "Havre (Le)", "Abergement-Clémenciat (L')": the article written last, as in old INSEE and postal lists.
_ARTICLE_LAST = re.compile(r"^(?P<name>.+?)\s*\(\s*(?P<article>l['’]?|la|le|les)\s*\)\s*$", re.IGNORECASE)
# "Beaumont s/ Oise", as on envelopes.
_SUR_ABBREVIATION = re.compile(r"\bs/\s*", re.IGNORECASE)
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes", "mt": "mont"}
# "paris 15e arrondissement", "lyon 3eme", "marseille 13 e arr", "paris 1er" (keys, so already folded).
_ARRONDISSEMENT = re.compile(
    r"^(?P<city>\D+) (?P<number>\d{1,2}) ?(?:er|ere|e|eme|ieme|em)?"
    r"(?: (?:arrondissement|arrond|arrdt|arrt|ardt|arr))?$"
)


def fold(text: object) -> str:
    """Lower-case ASCII words separated by single spaces; "" for anything that is not a usable string."""
    if not isinstance(text, str) or len(text) > MAX_LENGTH:
        return ""
    text = text.casefold()
    if not text.isascii():
        # Œ and Æ are the only letters of French names that Unicode does not decompose.
        text = unicodedata.normalize("NFKC", text).replace("œ", "oe").replace("æ", "ae")
        # Typographic apostrophes and dashes separate words, as their ASCII forms do.
        text = _NOT_A_WORD.sub(" ", text)
        # NFKD splits "é" into "e" + accent; the ASCII encoding then drops accents and non-Latin letters.
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(_NOT_ALPHANUMERIC.sub(" ", text).split())


def name_key(text: object) -> str:
    """The key two spellings of one place name share: case, accents, punctuation and "St"/"Ste" ignored."""
    if not isinstance(text, str) or len(text) > MAX_LENGTH:
        return ""
    if match := _ARTICLE_LAST.match(text):
        text = f"{match['article']} {match['name']}"
    text = _SUR_ABBREVIATION.sub("sur ", text)
    return " ".join(_ABBREVIATIONS.get(word, word) for word in fold(text).split())


def without_article(key: str) -> str:
    """The key with its leading article dropped ("la reunion" -> "reunion"), for names people shorten."""
    first, _, rest = key.partition(" ")
    return rest if first in {"l", "la", "le", "les"} and rest else key


def split_arrondissement(key: str) -> tuple[str, int] | None:
    """("paris", 15) for "paris 15e" and its variants; None when the key names no arrondissement."""
    if match := _ARRONDISSEMENT.match(key):
        return match["city"], int(match["number"])
    return None
