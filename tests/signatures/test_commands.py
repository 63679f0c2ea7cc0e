import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from concertons.accounts.models import AuditEntry
from concertons.signatures import services
from concertons.signatures.models import Signature
from concertons.signatures.services import SignerData
from tests import spreadsheets
from tests.campaigns.factories import CampaignFactory
from tests.signatures.factories import SignatureFactory

pytestmark = pytest.mark.django_db

EXAMPLE = (
    "MARTIN Julie – puéricultrice de PMI à Lomme (59) / LE GOFF Yann - éducateur ASE (29) /\n"
    "DA SILVA Ana-Maria - assistante soc. de polyvalence à Saint Denis\n"
)


def command(name: str, *args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(name, *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write(tmp_path, text: str, name: str = "liste.txt") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def export_rows(campaign, *args) -> list[dict]:
    out, _err = command("export_signatories", campaign.slug, *args)
    return spreadsheets.records(out)


# --- import_signatories -------------------------------------------------------------------------------------------


def test_import_reports_what_it_did(tmp_path):
    campaign = CampaignFactory()

    out, err = command("import_signatories", campaign.slug, write(tmp_path, EXAMPLE))

    assert "3 entrée(s) lue(s), format liste" in out
    assert "Bilan : 3 lue(s), 3 importée(s), 0 doublon(s), 0 refusée(s), 1 avec avertissement." in out
    assert "Avertissement, entrée 3, ligne 2 : « DA SILVA Ana-Maria" in out
    assert err == ""
    assert (
        campaign.signatures.filter(source=Signature.Source.IMPORT, status=Signature.Status.CONFIRMED).count()
        == 3
    )
    assert (
        AuditEntry.objects.filter(action=AuditEntry.Action.SIGNATURES_IMPORTED, campaign=campaign).count()
        == 1
    )


def test_dry_run_writes_nothing(tmp_path):
    campaign = CampaignFactory()

    out, _err = command("import_signatories", campaign.slug, write(tmp_path, EXAMPLE), "--dry-run")

    assert "3 à importer" in out and "rien n'a été enregistré" in out
    assert not Signature.objects.exists()
    assert not AuditEntry.objects.exists()


def test_one_bad_entry_stops_everything_and_names_its_position(tmp_path):
    campaign = CampaignFactory()
    path = write(tmp_path, EXAMPLE + "DUPONT Anne - <b>éducatrice</b> (47)\n")

    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_signatories", campaign.slug, path, stdout=io.StringIO(), stderr=err)

    assert "1 entrée(s) refusée(s) (entrée 4, ligne 3)" in str(raised.value)
    assert "--skip-invalid" in str(raised.value)
    assert "Refusée, entrée 4, ligne 3 : « DUPONT Anne - <b>éducatrice</b> (47) »" in err.getvalue()
    assert "Les signes < et > ne sont pas acceptés" in err.getvalue()
    assert not Signature.objects.exists()


def test_dry_run_with_a_bad_entry_fails_too(tmp_path):
    campaign = CampaignFactory()

    with pytest.raises(CommandError, match="entrée 1, ligne 1"):
        command(
            "import_signatories",
            campaign.slug,
            write(tmp_path, "DUPONT Anne - <b>éducatrice</b> (47)"),
            "--dry-run",
        )


def test_skip_invalid_imports_the_rest(tmp_path):
    campaign = CampaignFactory()
    path = write(tmp_path, "DUPONT Anne - <b>éducatrice</b> (47)\n" + EXAMPLE)

    out, err = command("import_signatories", campaign.slug, path, "--skip-invalid")

    assert "3 importée(s)" in out and "1 refusée(s)" in out
    assert "Les signes < et > ne sont pas acceptés" in err
    assert campaign.signatures.count() == 3


def test_duplicates_are_skipped_on_a_second_run(tmp_path):
    campaign = CampaignFactory()
    path = write(tmp_path, EXAMPLE)
    command("import_signatories", campaign.slug, path)

    out, _err = command("import_signatories", campaign.slug, path)

    assert "0 importée(s), 3 doublon(s)" in out
    assert "Doublon ignoré, entrée 1, ligne 1 : « MARTIN Julie" in out
    assert campaign.signatures.count() == 3


def test_csv_import_with_french_headers_honours_the_public_column(tmp_path):
    campaign = CampaignFactory()
    path = write(
        tmp_path,
        "nom;prénom;fonction;lieu de travail;commune;département;public\n"
        "DUPONT;Anne;assistante sociale;MDS centre;Agen;47;oui\n"
        "PETIT;Paul;Éducateur·rice spécialisé·e;;Roubaix;;non\n",
        name="signataires.csv",
    )

    out, _err = command("import_signatories", campaign.slug, path)

    assert "format csv" in out and "2 importée(s)" in out
    dupont, petit = campaign.signatures.order_by("last_name")
    assert (dupont.profession, dupont.job_title, dupont.workplace, dupont.is_public) == (
        "assistant_social", "assistante sociale", "MDS centre", True,
    )  # fmt: skip
    assert (petit.profession, petit.job_title, petit.departement, petit.is_public) == (
        "educateur",
        "",
        "59",
        False,
    )


def test_export_then_import_into_another_campaign_gives_the_same_rows(tmp_path):
    original, copy = CampaignFactory(), CampaignFactory()
    command("import_signatories", original.slug, write(tmp_path, EXAMPLE))
    services.signature_add_paper(
        campaign=original,
        signer=SignerData(
            last_name="Nguyen", first_name="Thi", profession="psychologue", departement="47", commune="Agen",
            commune_insee="47001", workplace="CMP, rue des Écoles", is_public=False,
        ),
        actor=None,
    )  # fmt: skip
    SignatureFactory(campaign=original, last_name="O'Neil", first_name="Mary", profession="autre",
                     job_title="=chargée de mission", source=Signature.Source.ONLINE)  # fmt: skip
    SignatureFactory(campaign=original, pending=True)  # not exported, not copied
    exported, _err = command("export_signatories", original.slug)

    out, _err = command("import_signatories", copy.slug, write(tmp_path, exported, name="export.csv"))

    assert "5 importée(s)" in out

    def comparable(campaign):
        return [{key: value for key, value in row.items() if key not in ("Origine", "Confirmée le")}
                for row in export_rows(campaign)]  # fmt: skip

    assert comparable(copy) == comparable(original)
    assert {row["Origine"] for row in export_rows(copy)} == {"Importée"}
    assert len(comparable(copy)) == 5


def test_hostile_files_are_refused_cleanly(tmp_path):
    campaign = CampaignFactory()
    text = (
        "<script>alert('x')</script> - éducatrice (47)\n"
        "ROBERT'); DROP TABLE signatures_signature;-- - éducateur (47)\n"
        "DUPONT Anne - psy\x00chologue (47)\n"
        "DU\u200bPONT Anne - psychologue (47)\n"
        "DUPONT Anne - \x1b[31mrouge\x1b[0m (47)\n"
        "DUPONT Anne - " + "a" * 10_000 + "\n"
    )

    err = io.StringIO()
    with pytest.raises(CommandError, match="6 entrée"):
        call_command(
            "import_signatories", campaign.slug, write(tmp_path, text), stdout=io.StringIO(), stderr=err
        )

    assert "\x1b" not in err.getvalue() and "\x00" not in err.getvalue()  # quoted as escapes, never raw
    assert "\\u001b[31mrouge" in err.getvalue()
    assert err.getvalue().count("Refusée") == 6
    assert not Signature.objects.exists()


def test_csv_with_nul_bytes_or_huge_cells_is_refused_without_crashing(tmp_path):
    campaign = CampaignFactory()
    path = write(
        tmp_path, "nom,prénom,fonction\nDUPONT,An\x00ne,psychologue\nMARTIN,Julie," + "x" * 10_000 + "\n"
    )

    err = io.StringIO()
    with pytest.raises(CommandError, match="entrée 1, ligne 2, entrée 2, ligne 3"):
        call_command("import_signatories", campaign.slug, path, stdout=io.StringIO(), stderr=err)

    assert "au plus 150 caractères" in err.getvalue()


def test_the_list_may_come_from_standard_input(monkeypatch):
    campaign = CampaignFactory()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(EXAMPLE.encode())))

    out, _err = command("import_signatories", campaign.slug, "-")

    assert "3 importée(s)" in out


def test_unreadable_input_gives_a_clear_error(tmp_path):
    campaign = CampaignFactory()
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("DUPONT Anne - éducatrice (47)".encode("latin-1"))

    with pytest.raises(CommandError, match="UTF-8"):
        command("import_signatories", campaign.slug, str(latin1))
    with pytest.raises(CommandError, match="Impossible de lire"):
        command("import_signatories", campaign.slug, str(tmp_path / "absent.txt"))
    with pytest.raises(CommandError, match="Aucune entrée"):
        command("import_signatories", campaign.slug, write(tmp_path, " / \n\n"))
    with pytest.raises(CommandError, match="Aucun appel"):
        command("import_signatories", "inconnu", write(tmp_path, EXAMPLE))


# --- export_signatories -------------------------------------------------------------------------------------------


def test_export_csv_has_the_columns_and_no_emails_by_default():
    campaign = CampaignFactory()
    SignatureFactory(campaign=campaign, last_name="Dupont", first_name="Anne", email="anne@example.org")

    out, _err = command("export_signatories", campaign.slug)

    assert spreadsheets.rows(out)[0] == [
        "Nom", "Prénom", "Fonction", "Lieu de travail", "Commune", "Département", "Public", "Origine", "Confirmée le",
    ]  # fmt: skip
    assert "anne@example.org" not in out
    (row,) = spreadsheets.records(out)
    assert (row["Nom"], row["Commune"], row["Département"], row["Public"]) == ("Dupont", "Agen", "47", "oui")
    audit = AuditEntry.objects.get(action=AuditEntry.Action.SIGNATURES_EXPORTED)
    assert audit.campaign == campaign
    assert audit.detail == {"rows": 1, "format": "csv", "emails": False, "via": "commande"}


def test_include_emails_adds_the_email_column():
    campaign = CampaignFactory()
    SignatureFactory(campaign=campaign, email="anne@example.org")

    (row,) = export_rows(campaign, "--include-emails")

    assert row["E-mail"] == "anne@example.org"
    assert AuditEntry.objects.get().detail["emails"] is True


def test_export_json_parses():
    campaign = CampaignFactory()
    SignatureFactory(campaign=campaign, last_name="Dupont", is_public=False)
    SignatureFactory(campaign=campaign, pending=True)

    out, _err = command("export_signatories", campaign.slug, "--format", "json")

    (row,) = json.loads(out)
    assert row["last_name"] == "Dupont" and row["public"] is False
    assert "email" not in row
    assert json.loads(command("export_signatories", campaign.slug, "--format=json", "--include-emails")[0])[
        0
    ]["email"]


def test_export_of_an_unknown_campaign_fails():
    with pytest.raises(CommandError, match="Aucun appel"):
        command("export_signatories", "inconnu")
