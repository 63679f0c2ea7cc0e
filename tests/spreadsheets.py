"""Read our CSV files as a French spreadsheet does: byte-order mark first, ";" between cells."""

import csv
import io


def rows(content: bytes | str) -> list[list[str]]:
    text = content.decode() if isinstance(content, bytes) else content
    assert text.startswith("\ufeff"), "no byte-order mark: Excel would garble the accents"
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))


def records(content: bytes | str) -> list[dict[str, str]]:
    header, *data = rows(content)
    return [dict(zip(header, row, strict=True)) for row in data]
