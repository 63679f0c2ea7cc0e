"""Tables as French spreadsheets open them, and read back.

CSV: ";" between cells (the comma is the decimal mark) and a UTF-8 byte-order mark (without it Excel reads é
as Ã©). Excel (.xlsx) and LibreOffice (.ods) files through tablib. In every format, cells a spreadsheet would
run as formulas are kept as text, and True/False are written oui/non.
"""

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence

import tablib
from django.http import HttpResponse
from django.utils.translation import gettext as _

BOM = "\ufeff"
DELIMITER = ";"
YES, NO = "oui", "non"
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
FORMATS = tuple(CONTENT_TYPES)
# A spreadsheet is a zip archive: what it may hold once unpacked, so that a few megabytes of compressed
# repetition cannot fill the memory of the server reading it.
MAX_UNPACKED_BYTES = 60_000_000
_ZIP_SIGNATURE = b"PK\x03\x04"


class SpreadsheetError(ValueError):
    """A file that is no spreadsheet this module can read; the message is French."""


def keyed_rows(rows: Iterable[dict], columns: dict) -> list[list]:
    """A header row (the values of `columns`) then one row per dict, in the order of `columns`' keys."""
    return [
        [str(header) for header in columns.values()],
        *([row.get(key) for key in columns] for row in rows),
    ]


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # read back by signatures.list_reading, which takes the prefix off
    return str(value)


def write_rows(stream, rows: Iterable[Iterable]) -> None:
    """CSV: a header row then data rows."""
    stream.write(BOM)
    writer = csv.writer(stream, delimiter=DELIMITER)
    for row in rows:
        writer.writerow([cell(value) for value in row])


def render(rows: Sequence[Sequence], file_format: str, *, title: str = "") -> bytes:
    """The file's bytes: rows[0] is the header."""
    if file_format == "csv":
        stream = io.StringIO()
        write_rows(stream, rows)
        return stream.getvalue().encode()
    table = [[cell(value) for value in row] for row in rows]
    dataset = tablib.Dataset(*table[1:], headers=table[0] if table else None, title=title[:31] or None)
    return dataset.export(file_format)


def download(rows: Sequence[Sequence], *, file_format: str, filename: str, title: str = "") -> HttpResponse:
    """An attachment named `filename`.`file_format`."""
    response = HttpResponse(render(rows, file_format, title=title), content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{file_format}"'
    return response


def is_spreadsheet(content: bytes) -> bool:
    return content.startswith(_ZIP_SIGNATURE)


def read_spreadsheet(content: bytes) -> list[list[str]]:
    """The first sheet of an .xlsx or .ods file as rows of text (empty cells as "")."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if sum(member.file_size for member in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise SpreadsheetError(
                    _("Tableur trop gros une fois décompressé : découpez-le en plusieurs.")
                )
            names = set(archive.namelist())
            if "mimetype" in names and b"opendocument.spreadsheet" in archive.read("mimetype"):
                file_format = "ods"
            elif "xl/workbook.xml" in names:
                file_format = "xlsx"
            else:
                raise SpreadsheetError(
                    _("Ce fichier compressé n'est pas un tableur (.xlsx ou .ods) : enregistrez-le en CSV.")
                )
        dataset = tablib.Dataset().load(content, format=file_format, headers=False)
    except SpreadsheetError:
        raise
    except Exception:  # openpyxl, odfpy and XML parsers each raise their own kinds on a damaged file
        raise SpreadsheetError(
            _("Tableur illisible (abîmé ?) : enregistrez-le en CSV et réessayez.")
        ) from None
    return [[_text(value) for value in row] for row in dataset]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a département or postcode typed as a number: 59.0 reads 59
    return str(value)


def rows_as_csv(rows: Iterable[Iterable[str]]) -> str:
    """Rows as the CSV text `write_rows` writes (without the byte-order mark), for readers of CSV."""
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter=DELIMITER)
    for row in rows:
        writer.writerow(row)
    return stream.getvalue()
