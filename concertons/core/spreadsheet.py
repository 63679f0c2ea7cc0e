"""CSV files as French spreadsheets open them: ";" between cells (the comma is the decimal mark), a UTF-8
byte-order mark (without it Excel reads é as Ã©), and cells a spreadsheet would run as formulas kept as text."""

import csv
from collections.abc import Iterable

BOM = "\ufeff"
DELIMITER = ";"
YES, NO = "oui", "non"


def write_rows(stream, rows: Iterable[Iterable]) -> None:
    """Write a header row then data rows; True/False become oui/non, None an empty cell."""
    stream.write(BOM)
    writer = csv.writer(stream, delimiter=DELIMITER)
    for row in rows:
        writer.writerow([cell(value) for value in row])


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # read back by signatures.importing, which takes the prefix off
    return str(value)
