"""Shared assertions: what a reader of the masked text would still see."""

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
