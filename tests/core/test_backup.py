import base64
import hashlib
import io
import json
import tarfile
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
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
def backup_key(settings, tmp_path) -> Path:
    """A backup key as `concertons backup_key` makes it: the private key in a file, the public one set."""
    identity = tmp_path / "cle-sauvegarde.txt"
    out = io.StringIO()
    call_command("backup_key", "--output", str(identity), stdout=out)
    printed = dict(
        line.split("=", 1) for line in out.getvalue().splitlines() if line.startswith("CONCERTONS_")
    )
    settings.BACKUP_RECIPIENTS = [printed["CONCERTONS_BACKUP_RECIPIENT"]]
    settings.BACKUP_SIGNING_KEY = printed["CONCERTONS_BACKUP_SIGNING_KEY"]
    return identity


def plain_archive(archive: Path, identity: Path) -> tarfile.TarFile:
    """The tar inside an encrypted backup, as whoever holds the private key reads it."""
    keys = [pyrage.x25519.Identity.from_str(identity.read_text().splitlines()[1])]
    return tarfile.open(fileobj=io.BytesIO(pyrage.decrypt(archive.read_bytes(), keys)))


@pytest.fixture
def populated():
    signature = SignatureFactory()
    MembershipFactory(collective=signature.campaign.collective, role="admin")
    submit(campaign=signature.campaign, counts={"vacant_posts": 2})
    OutgoingEmail.objects.create(to="a@example.org", subject="Objet", body="Texte")
    return signature


def test_a_backup_round_trips_every_table(populated, backup_key, tmp_path):
    before = everything()
    assert sum(len(rows) for rows in before.values()) > 20
    archive = tmp_path / "sauvegarde.tar.age"
    call_command("backup", str(archive), stdout=io.StringIO())

    Signature.objects.all().delete()
    SignatureFactory()  # the database moves on after the backup
    out = io.StringIO()
    call_command("restore", str(archive), "--yes", "--identity", str(backup_key), stdout=out)

    assert everything() == before
    assert "intacte et signée par votre serveur" in out.getvalue()
    assert "concertons migrate" not in out.getvalue()  # same version: nothing to apply


def test_an_older_backup_is_restored_then_migrated(populated, backup_key, tmp_path, settings):
    archive = tmp_path / "sauvegarde.tar.age"
    backup.backup_create(destination=archive)
    older = rewritten(
        archive, backup_key, tmp_path, settings,
        change=lambda manifest: manifest["migrations"].remove("campaigns.0006_campaign_embed_origins"),
    )  # fmt: skip
    out = io.StringIO()
    call_command("restore", str(older), "--yes", "--identity", str(backup_key), stdout=out)
    assert "1 migration(s) à appliquer" in out.getvalue() and "concertons migrate" in out.getvalue()


def test_a_backup_is_encrypted_private_and_leaves_out_sessions_and_caches(populated, backup_key, tmp_path):
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    Session.objects.create(session_key="cle-de-session-vivante", session_data="x", expire_date=timezone.now())
    archive = tmp_path / "sauvegardes" / "sauvegarde.tar.age"
    backup.backup_create(destination=archive)

    assert archive.stat().st_mode & 0o777 == 0o600
    content = archive.read_bytes()
    assert content.startswith(b"age-encryption.org/v1") and b"a@example.org" not in content
    with plain_archive(archive, backup_key) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
        payload = tar.extractfile(manifest["payload"]).read()
    assert manifest["tables"]["django_session"] == 0 and manifest["tables"]["mailer_outgoingemail"] == 1
    if connection.vendor == "sqlite":  # pg_dump's custom format compresses: nothing to read in its bytes
        assert b"cle-de-session-vivante" not in payload and b"a@example.org" in payload


def test_without_a_backup_key_nothing_is_written_in_clear(tmp_path, settings):
    settings.BACKUP_RECIPIENTS = []
    with pytest.raises(CommandError, match="jamais écrite en clair"):
        call_command("backup", str(tmp_path / "b.tar.age"), stdout=io.StringIO())
    assert not (tmp_path / "b.tar.age").exists()


def test_the_wrong_private_key_reads_nothing(populated, backup_key, tmp_path):
    archive = tmp_path / "sauvegarde.tar.age"
    backup.backup_create(destination=archive)
    other = tmp_path / "autre-cle.txt"
    call_command("backup_key", "--output", str(other), stdout=io.StringIO())
    with pytest.raises(CommandError, match="chiffré pour une autre clé"):
        call_command("restore", str(archive), "--check", "--identity", str(other), stdout=io.StringIO())


def test_a_corrupted_backup_is_refused_and_nothing_changes(populated, backup_key, tmp_path):
    archive = tmp_path / "sauvegarde.tar.age"
    backup.backup_create(destination=archive)
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte inside the database copy
    archive.write_bytes(bytes(data))
    before = everything()

    with pytest.raises(CommandError, match="abîmée|lisible"):
        call_command("restore", str(archive), "--yes", "--identity", str(backup_key), stdout=io.StringIO())
    assert everything() == before


@pytest.mark.parametrize("content", [b"", b"pas une sauvegarde", b"\x00" * 4096])
def test_a_file_that_is_not_a_backup_gets_a_clear_message(backup_key, tmp_path, content):
    archive = tmp_path / "x.tar"
    archive.write_bytes(content)
    with pytest.raises(CommandError, match="n'est pas une sauvegarde Concertons lisible"):
        call_command("restore", str(archive), "--check", "--identity", str(backup_key), stdout=io.StringIO())


def rewritten(
    archive: Path,
    identity: Path,
    tmp_path: Path,
    settings,
    *,
    change,
    payload_change=None,
    signature: str = "server",
) -> Path:
    """The backup rewritten as whoever holds the public key can: manifest or payload changed, the checksum
    recomputed, re-encrypted; signed by the server's key ("server", as a genuine backup of another version
    would be), left with the original signature ("original"), or without one ("none")."""
    with plain_archive(archive, identity) as source:
        original = source.extractfile("manifest.json").read()
        original_signature = source.extractfile("manifest.sig").read()
        manifest = json.loads(original)
        payload = source.extractfile(manifest["payload"]).read()
    if payload_change:
        payload = payload_change(payload)
        manifest["sha256"] = hashlib.sha256(payload).hexdigest()
    change(manifest)
    data = json.dumps(manifest).encode()
    signer = Ed25519PrivateKey.from_private_bytes(base64.b64decode(settings.BACKUP_SIGNING_KEY))
    members = [("manifest.json", data), (manifest["payload"], payload)]
    if signature != "none":
        members.append(("manifest.sig", signer.sign(data) if signature == "server" else original_signature))
    plain = io.BytesIO()
    with tarfile.open(fileobj=plain, mode="w") as target:
        for name, content in members:
            info = tarfile.TarInfo(name)
            info.size = len(content)
            target.addfile(info, io.BytesIO(content))
    altered = tmp_path / "altered.tar.age"
    recipient = pyrage.x25519.Recipient.from_str(settings.BACKUP_RECIPIENTS[0])
    altered.write_bytes(pyrage.encrypt(plain.getvalue(), [recipient]))
    return altered


@pytest.mark.parametrize("signature", ["original", "none"])
def test_a_doctored_backup_whose_checksum_was_recomputed_is_refused(
    populated, backup_key, tmp_path, settings, signature
):
    """The employer's view: holding the backups and the public key, replace a signatory's name."""
    archive = tmp_path / "sauvegarde.tar.age"
    backup.backup_create(destination=archive)
    doctored = rewritten(
        archive, backup_key, tmp_path, settings, change=lambda manifest: None, signature=signature,
        payload_change=lambda payload: payload.replace(b"Objet", b"Objex"),
    )  # fmt: skip
    before = everything()

    with pytest.raises(CommandError, match="pas signée par votre serveur"):
        call_command("restore", str(doctored), "--yes", "--identity", str(backup_key), stdout=io.StringIO())
    assert everything() == before


def test_a_key_file_without_its_verification_key_is_refused(populated, backup_key, tmp_path):
    archive = tmp_path / "sauvegarde.tar.age"
    backup.backup_create(destination=archive)
    old_style = tmp_path / "ancienne-cle.txt"
    old_style.write_text("\n".join(backup_key.read_text().splitlines()[:2]) + "\n")
    with pytest.raises(CommandError, match="pas de clé de vérification"):
        call_command("restore", str(archive), "--check", "--identity", str(old_style), stdout=io.StringIO())


def test_no_backup_is_written_without_a_signing_key(backup_key, tmp_path, settings):
    settings.BACKUP_SIGNING_KEY = ""
    with pytest.raises(CommandError, match="CONCERTONS_BACKUP_SIGNING_KEY"):
        call_command("backup", str(tmp_path / "b.tar.age"), stdout=io.StringIO())
    assert not (tmp_path / "b.tar.age").exists()


def test_a_backup_from_another_engine_or_a_newer_version_is_refused(
    populated, backup_key, tmp_path, settings
):
    archive = tmp_path / "sauvegarde.tar.age"
    backup.backup_create(destination=archive)

    def rewrite(change) -> Path:
        return rewritten(archive, backup_key, tmp_path, settings, change=change)

    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    with pytest.raises(CommandError, match="vient d'une base"):
        call_command(
            "restore", str(rewrite(lambda m: m.update(engine=other))), "--check", "--identity", str(backup_key),
            stdout=io.StringIO(),
        )  # fmt: skip
    with pytest.raises(CommandError, match="version plus récente"):
        call_command(
            "restore", str(rewrite(lambda m: m["migrations"].append("signatures.9999_futur"))), "--check",
            "--identity", str(backup_key), stdout=io.StringIO(),
        )  # fmt: skip


def test_the_backup_says_the_testimony_key_is_kept_apart(backup_key, tmp_path):
    out = io.StringIO()
    call_command("backup", str(tmp_path / "b.tar"), stdout=out)
    assert "clé de chiffrement des témoignages n'est pas dans la sauvegarde" in out.getvalue()
