"""Shared assertions: what a reader of the masked text would still see."""

import importlib.util
from pathlib import Path
from types import ModuleType

from concertons.redaction import Label, detect, mask


def masked(text: str) -> str:
    return mask(text, detect(text))


def found(text: str) -> list[tuple[str, Label]]:
    """(span text, label) of each merged span, in order."""
    return [(text[span.start : span.end], span.label) for span in detect(text)]


def assert_hidden(text: str, *secrets: str) -> None:
    output = masked(text)
    for secret in secrets:
        assert secret not in output, f"{secret!r} still visible in {output!r}"


def assert_kept(text: str, *words: str) -> None:
    output = masked(text)
    for word in words:
        assert word in output, f"{word!r} was masked in {output!r}"


def refresh_script(name: str) -> ModuleType:
    """One of scripts/refresh_*.py, loaded as a module: its TARGET and the function that computes the file."""
    path = Path(__file__).resolve().parents[2] / "scripts" / name
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
