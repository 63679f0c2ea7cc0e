"""Regenerate concertons/redaction/data/foreign_function_words.txt: the stop words of the languages the people
social workers help write to them in (English, Portuguese, Spanish, Italian, Romanian, German), from the
pinned spaCy, less every word the INSEE lists know as a first name or a surname.

"Bom dia senhora, a mãe do Tiago, não entendi", "my name is Abdirahman", "buna ziua doamna": these words are
never names, and a name found beside them must not run over them. Importing spaCy's language packages costs
more than a second of every process's start-up, so the list is written out once. Run
`python scripts/refresh_foreign_words.py` after bumping spaCy or the name lists;
tests/redaction/test_foreign_words.py checks that the file matches them.
"""

import importlib
from pathlib import Path

import spacy

TARGET = (
    Path(__file__).resolve().parents[1] / "concertons" / "redaction" / "data" / "foreign_function_words.txt"
)
LANGUAGES = ("en", "pt", "es", "it", "ro", "de")


def foreign_words() -> list[str]:
    from concertons.redaction import gazetteers

    words: set[str] = set()
    for language in LANGUAGES:
        words |= {
            word.lower() for word in importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
        }
    return sorted(
        word
        for word in words
        if len(word) > 2  # not "ti" (Creole "petit": "Ti-Jean"), "mi", "yo": pieces of names too
        and word.isalpha()
        and not gazetteers.first_name_tier(word)
        and not gazetteers.surname_tier(word)
    )


def main() -> None:
    header = (
        f"# Stop words of {', '.join(LANGUAGES)} from spaCy {spacy.__version__} (MIT), less French first names and"
        " surnames\n"
    )
    TARGET.write_text(header + "\n".join(foreign_words()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
