"""The signatories CSV, as organisers download it and `export_signatories` writes it."""

import csv

EXPORT_COLUMNS = [
    "last_name", "first_name", "profession", "workplace", "commune", "departement", "public", "source", "confirmed_at",
]  # fmt: skip


def write_csv(stream, rows: list[dict], columns: list[str]) -> None:
    writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _csv_safe(value) for key, value in row.items()})


def _csv_safe(value):
    """Spreadsheets run cells starting with = + - @ as formulas: prefix them so they stay text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
