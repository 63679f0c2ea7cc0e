import io
import json
import tarfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from concertons.core import backup
from concertons.mailer.models import OutgoingEmail
from concertons.signatures.models import Signature
from tests.campaigns.factories import MembershipFactory
from tests.signatures.factories import SignatureFactory
from tests.testimonies.factories import submit

pytestmark = pytest.mark.django_db(transaction=True)


def everything() -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    content = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            rows = [
                tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in cursor.fetchall()
            ]
            content[table] = sorted(rows, key=repr)
    return content


@pytest.fixture
def populated():
    signature = SignatureFactory()
    MembershipFactory(collective=signature.campaign.collective, role="admin")
    submit(campaign=signature.campaign, counts={"vacant_posts": 2})
    OutgoingEmail.objects.create(to="a@example.org", subject="Objet", body="Texte")
    return signature


def test_a_backup_round_trips_every_table(populated, tmp_path):
    before = everything()
    assert sum(len(rows) for rows in before.values()) > 20
    archive = tmp_path / "sauvegarde.tar"
    call_command("backup", str(archive), stdout=io.StringIO())

    Signature.objects.all().delete()
    SignatureFactory()  # the database moves on after the backup
    call_command("restore", str(archive), "--yes", stdout=io.StringIO())

    assert everything() == before


def test_a_corrupted_backup_is_refused_and_nothing_changes(populated, tmp_path):
    archive = tmp_path / "sauvegarde.tar"
    backup.backup_create(destination=archive)
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte inside the database copy
    archive.write_bytes(bytes(data))
    before = everything()

    with pytest.raises(CommandError, match="abîmée|lisible"):
        call_command("restore", str(archive), "--yes", stdout=io.StringIO())
    assert everything() == before


@pytest.mark.parametrize("content", [b"", b"pas une sauvegarde", b"\x00" * 4096])
def test_a_file_that_is_not_a_backup_gets_a_clear_message(tmp_path, content):
    archive = tmp_path / "x.tar"
    archive.write_bytes(content)
    with pytest.raises(CommandError, match="n'est pas une sauvegarde Concertons lisible"):
        call_command("restore", str(archive), "--check", stdout=io.StringIO())


def test_a_backup_from_another_engine_or_a_newer_version_is_refused(populated, tmp_path):
    archive = tmp_path / "sauvegarde.tar"
    backup.backup_create(destination=archive)

    def rewrite(change) -> Path:
        with tarfile.open(archive) as source:
            manifest = json.loads(source.extractfile("manifest.json").read())
            payload = source.extractfile(manifest["payload"]).read()
        change(manifest)
        altered = tmp_path / "altered.tar"
        with tarfile.open(altered, "w") as target:
            for name, data in [
                ("manifest.json", json.dumps(manifest).encode()),
                (manifest["payload"], payload),
            ]:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                target.addfile(info, io.BytesIO(data))
        return altered

    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    with pytest.raises(CommandError, match="vient d'une base"):
        call_command(
            "restore", str(rewrite(lambda m: m.update(engine=other))), "--check", stdout=io.StringIO()
        )
    with pytest.raises(CommandError, match="version plus récente"):
        call_command(
            "restore", str(rewrite(lambda m: m["migrations"].append("signatures.9999_futur"))), "--check",
            stdout=io.StringIO(),
        )  # fmt: skip


def test_the_backup_says_the_testimony_key_is_kept_apart(tmp_path):
    out = io.StringIO()
    call_command("backup", str(tmp_path / "b.tar"), stdout=out)
    assert "clé de chiffrement des témoignages n'est pas dans la sauvegarde" in out.getvalue()
