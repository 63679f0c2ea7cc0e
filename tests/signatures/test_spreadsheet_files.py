"""Excel and LibreOffice files: organisers download them, open them in their spreadsheet, and import them back.

Read here with the spreadsheet libraries directly (openpyxl for .xlsx, odfpy for .ods), not with our reader.
"""

import io
import zipfile

import openpyxl
import pytest
from django.urls import reverse
from odf import opendocument, table, text

from concertons.signatures import list_reading
from tests.campaigns.factories import CampaignFactory
from tests.meetings.factories import MeetingFactory, RegistrationFactory
from tests.signatures.factories import SignatureFactory
from tests.signatures.test_commands import command, export_rows

pytestmark = pytest.mark.django_db

SIGNATORY_HEADER = [
    "Nom", "Prénom", "Fonction", "Lieu de travail", "Commune", "Département", "Public", "Origine", "Confirmée le",
]  # fmt: skip


def xlsx_rows(content: bytes) -> list[list[str]]:
    sheet = openpyxl.load_workbook(io.BytesIO(content), read_only=True).active
    return [
        ["" if value is None else str(value) for value in row] for row in sheet.iter_rows(values_only=True)
    ]


def ods_rows(content: bytes) -> list[list[str]]:
    document = opendocument.load(io.BytesIO(content))
    sheet = document.spreadsheet.getElementsByType(table.Table)[0]
    rows = []
    for row in sheet.getElementsByType(table.TableRow):
        cells = []
        for cell in row.getElementsByType(table.TableCell):
            cells.append("".join(str(paragraph) for paragraph in cell.getElementsByType(text.P)))
        rows.append(cells)
    return rows


@pytest.mark.parametrize(
    ("file_format", "content_type", "reader"),
    [
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_rows),
        ("ods", "application/vnd.oasis.opendocument.spreadsheet", ods_rows),
    ],
)
def test_the_signatories_open_in_a_spreadsheet_with_french_headers_and_values_in_columns(
    organiser_client, campaign, file_format, content_type, reader
):
    SignatureFactory(
        campaign=campaign, last_name="Lefèvre", first_name="Éloïse", commune="Besançon", departement="25",
        email="secret@example.org", is_public=False,
    )  # fmt: skip
    SignatureFactory(campaign=campaign, last_name="=HYPERLINK(1)", first_name="Anne")

    response = organiser_client.get(reverse("signatures_staff:export", args=[campaign.slug, file_format]))

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert (
        response["Content-Disposition"] == f'attachment; filename="signataires-{campaign.slug}.{file_format}"'
    )
    header, *rows = reader(response.content)
    assert header[: len(SIGNATORY_HEADER)] == SIGNATORY_HEADER
    by_name = {row[0]: dict(zip(SIGNATORY_HEADER, row, strict=False)) for row in rows}
    assert by_name["Lefèvre"]["Prénom"] == "Éloïse"
    assert by_name["Lefèvre"]["Commune"] == "Besançon"
    assert by_name["Lefèvre"]["Département"] == "25"
    assert by_name["Lefèvre"]["Public"] == "non"
    assert "'=HYPERLINK(1)" in by_name  # text, never a formula the spreadsheet would run
    assert b"secret@example.org" not in response.content


def test_a_formula_is_stored_as_text_in_the_excel_file(organiser_client, campaign):
    SignatureFactory(campaign=campaign, last_name="=HYPERLINK(1)", first_name="Anne")
    response = organiser_client.get(reverse("signatures_staff:export", args=[campaign.slug, "xlsx"]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert {cell.data_type for row in sheet.iter_rows() for cell in row} <= {"s", "inlineStr"}  # no "f"


def test_the_registrations_open_in_excel(organiser_client, campaign):
    meeting = MeetingFactory(campaign=campaign, capacity=1)
    RegistrationFactory(meeting=meeting, name="Hélène Müller", email="helene@example.org")
    RegistrationFactory(meeting=meeting, name="Zoé Noël", email="zoe@example.org", waiting=True)

    response = organiser_client.get(
        reverse("meetings_staff:export", args=[campaign.slug, meeting.pk, "xlsx"])
    )

    header, *rows = xlsx_rows(response.content)
    assert header[:3] == ["Nom", "E-mail", "Statut"]
    assert [(row[0], row[2]) for row in rows] == [
        ("Hélène Müller", "Inscrit·e"),
        ("Zoé Noël", "Sur liste d'attente"),
    ]


def test_an_unknown_export_format_is_a_404(organiser_client, campaign):
    assert organiser_client.get(f"/gestion/{campaign.slug}/signatures/export.xls").status_code == 404


@pytest.mark.parametrize("file_format", ["xlsx", "ods"])
def test_the_import_reads_back_what_the_export_writes(tmp_path, file_format):
    original, copy = CampaignFactory(), CampaignFactory()
    SignatureFactory(campaign=original, last_name="Lefèvre", first_name="Éloïse", commune="Besançon",
                     departement="25", profession="psychologue")  # fmt: skip
    SignatureFactory(campaign=original, last_name="O'Neil", first_name="Mary", profession="autre",
                     job_title="=chargée de mission", is_public=False)  # fmt: skip
    path = tmp_path / f"signataires.{file_format}"
    command("export_signatories", original.slug, "--format", file_format, "--output", str(path))

    out, _err = command("import_signatories", copy.slug, str(path))

    assert "format csv" in out and "2 importée(s)" in out

    def comparable(campaign):
        return [{key: value for key, value in row.items() if key not in ("Origine", "Confirmée le")}
                for row in export_rows(campaign)]  # fmt: skip

    assert comparable(copy) == comparable(original)


def test_a_spreadsheet_file_needs_an_output_file():
    campaign = CampaignFactory()
    with pytest.raises(Exception, match="ajoutez --output"):
        command("export_signatories", campaign.slug, "--format", "xlsx")


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (zipped({"photo.jpg": b"\xff\xd8"}), "n'est pas un tableur"),
        (zipped({"xl/workbook.xml": b"<pas du xml"}), "Tableur illisible"),
        (b"PK\x03\x04" + b"\x00" * 100, "Tableur illisible"),
        (zipped({"xl/workbook.xml": b"\x00" * 70_000_000}), "trop gros une fois décompressé"),
    ],
    ids=["other-zip", "broken-xml", "truncated", "zip-bomb"],
)
def test_a_damaged_or_hostile_spreadsheet_gets_a_french_message(content, message):
    with pytest.raises(list_reading.ImportFileError, match=message):
        list_reading.decode(content)


def test_an_excel_file_uploaded_online_shows_the_dry_run(organiser_client, campaign):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["nom", "prénom", "fonction", "commune", "département"])
    sheet.append(["Durand", "Aïcha", "éducatrice spécialisée", "Lille", 59])
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = io.BytesIO(buffer.getvalue())
    upload.name = "liste.xlsx"

    response = organiser_client.post(
        reverse("signatures_staff:import", args=[campaign.slug]), {"file": upload}
    )

    assert response.status_code == 200
    assert "Durand" in response.text and "Aïcha" in response.text
    assert campaign.signatures.count() == 0  # a dry run first
