"""Consistent backups while the site runs, and restores that refuse a damaged or foreign file.

A backup is a tar archive holding the database (SQLite online-backup copy, or a pg_dump custom-format
dump) and manifest.json: format version, database engine, applied migrations, per-table row counts and
the payload's SHA-256, and manifest.sig: the manifest's Ed25519 signature by the server's backup signing key.
Sessions, cache rows and login attempts are left out (nothing to restore, and they
hold addresses and live session keys). The archive is then encrypted with age (pyrage) to a recipient
whose identity (the private key) the operator keeps off the server, and written readable by its owner
only: whoever copies the backups, the server included, cannot read them. The testimony encryption key is
NOT in it either, on purpose (keep it apart).

Why a signature: anyone may encrypt to the public key, so a file that decrypts proves nothing about where it
comes from. The restore checks the signature with the verification key written beside the private key, in the
file the operator keeps: a backup doctored where backups are stored, its checksum recomputed and re-encrypted,
is refused.
"""

import base64
import binascii
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT_VERSION = 3
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
# How the verification key is written in the key file, beside the age private key.
VERIFY_KEY_PREFIX = "CONCERTONS-BACKUP-VERIFY-"
PAYLOAD = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
# Rows with nothing worth restoring and something to hide: live sessions, cache entries (the anti-abuse
# counters' keyed address digests), failed logins with their addresses.
LEFT_OUT = (
    "django_session",
    "concertons_cache",
    "axes_accessattempt",
    "axes_accesslog",
    "axes_accessfailurelog",
)


class BackupError(Exception):
    """A backup or a restore that cannot be done; the message is French, for the person running it."""


@dataclass(frozen=True)
class BackupReport:
    path: Path
    engine: str
    tables: dict[str, int]
    sha256: str


def _engine() -> str:
    if connection.vendor not in PAYLOAD:
        raise BackupError(f"Base de données non prise en charge : {connection.vendor}.")
    return connection.vendor


def _table_counts() -> dict[str, int]:
    """Rows per table, as a backup holds them (the left-out tables empty)."""
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            if table in LEFT_OUT:
                counts[table] = 0
                continue
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def _recipients(recipients: list[str] | None) -> list:
    configured = recipients if recipients is not None else settings.BACKUP_RECIPIENTS
    if not configured:
        raise BackupError(
            "Aucune clé de sauvegarde : une sauvegarde n'est jamais écrite en clair. Lancez "
            "`concertons backup_key --output <fichier hors du serveur>`, gardez ce fichier à part et "
            "réglez CONCERTONS_BACKUP_RECIPIENT avec la clé publique qu'il affiche."
        )
    try:
        return [pyrage.x25519.Recipient.from_str(recipient.strip()) for recipient in configured]
    except pyrage.RecipientError:
        raise BackupError("CONCERTONS_BACKUP_RECIPIENT n'est pas une clé publique age (age1…).") from None


def _key_file(path: Path | None) -> tuple[list, list[Ed25519PublicKey]]:
    """The age identities and the verification keys of the file `backup_key` wrote."""
    if path is None:
        raise BackupError(
            "Indiquez la clé privée de sauvegarde (--identity <fichier>) : sans elle, rien n'est lisible."
        )
    try:
        lines = [line.strip() for line in path.read_text().splitlines()]
        identities = [
            pyrage.x25519.Identity.from_str(line) for line in lines if line.startswith("AGE-SECRET-KEY-")
        ]
        verify_keys = [
            Ed25519PublicKey.from_public_bytes(
                base64.b64decode(line.removeprefix(VERIFY_KEY_PREFIX), validate=True)
            )
            for line in lines
            if line.startswith(VERIFY_KEY_PREFIX)
        ]
    except (OSError, UnicodeDecodeError, pyrage.IdentityError, binascii.Error, ValueError):
        raise BackupError(f"Clé privée de sauvegarde illisible : {path}") from None
    if not verify_keys:
        raise BackupError(
            f"{path} n'a pas de clé de vérification ({VERIFY_KEY_PREFIX}…) : il vient d'une version plus "
            "ancienne de `concertons backup_key`. Créez une nouvelle clé et refaites une sauvegarde."
        )
    return identities, verify_keys


@dataclass(frozen=True)
class BackupKey:
    identity: str  # age private key: off the server
    recipient: str  # age public key: CONCERTONS_BACKUP_RECIPIENT
    signing_key: str  # on the server: CONCERTONS_BACKUP_SIGNING_KEY
    verify_key: str  # off the server, with the identity

    def key_file(self) -> str:
        return (
            f"# clé privée de sauvegarde Concertons ; clé publique : {self.recipient}\n{self.identity}\n"
            "# clé de vérification : une sauvegarde qui n'est pas signée par ce serveur est refusée\n"
            f"{VERIFY_KEY_PREFIX}{self.verify_key}\n"
        )


def backup_key_new() -> BackupKey:
    """The private key and verification key to keep off the server, the two keys to configure on it."""
    identity = pyrage.x25519.Identity.generate()
    signing = Ed25519PrivateKey.generate()
    return BackupKey(
        identity=str(identity),
        recipient=str(identity.to_public()),
        signing_key=base64.b64encode(signing.private_bytes_raw()).decode(),
        verify_key=base64.b64encode(signing.public_key().public_bytes_raw()).decode(),
    )


def _signing_key(configured: str | None) -> Ed25519PrivateKey:
    value = configured if configured is not None else settings.BACKUP_SIGNING_KEY
    if not value:
        raise BackupError(
            "Aucune clé de signature des sauvegardes (CONCERTONS_BACKUP_SIGNING_KEY) : lancez "
            "`concertons backup_key --output <fichier hors du serveur>` et réglez les deux clés qu'il affiche."
        )
    try:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(value, validate=True))
    except (binascii.Error, ValueError):
        raise BackupError("CONCERTONS_BACKUP_SIGNING_KEY n'est pas une clé de signature valide.") from None


def _write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner may read (0600), under a temporary name until it is whole."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = path.with_name(path.name + ".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    partial.replace(path)  # never leave a half-written backup under the final name


def _migrations() -> list[str]:
    recorder = MigrationRecorder(connection)
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _pg_env() -> tuple[list[str], dict[str, str]]:
    db = connection.settings_dict
    args = [
        "-h",
        db.get("HOST") or "127.0.0.1",
        "-p",
        str(db.get("PORT") or 5432),
        "-U",
        db.get("USER") or "postgres",
    ]
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    return args, env


def backup_create(
    *, destination: Path, recipients: list[str] | None = None, signing_key: str | None = None
) -> BackupReport:
    """Write an encrypted, signed backup to `destination`, while the site keeps running."""
    engine = _engine()
    age_recipients = _recipients(recipients)
    signer = _signing_key(signing_key)
    with tempfile.TemporaryDirectory() as workdir:
        payload = Path(workdir) / PAYLOAD[engine]
        if engine == "sqlite":
            connection.ensure_connection()
            target = sqlite3.connect(payload)
            with target:
                connection.connection.backup(target)  # SQLite's online backup: a consistent copy
            with target:
                present = {
                    row[0] for row in target.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
                for table in set(LEFT_OUT) & present:
                    target.execute(f'DELETE FROM "{table}"')
            target.execute("VACUUM")  # the deleted rows leave no trace in free pages
            target.close()
        else:
            args, env = _pg_env()
            done = subprocess.run(
                ["pg_dump", *args, "--format=custom", "--no-owner", "--no-privileges", "-f", str(payload),
                 *(f"--exclude-table-data={table}" for table in LEFT_OUT), connection.settings_dict["NAME"]],
                env=env, capture_output=True, text=True,
            )  # fmt: skip
            if done.returncode != 0:
                raise BackupError(f"pg_dump a échoué : {done.stderr.strip()[:500]}")
        tables = _table_counts()
        manifest = {
            "format": FORMAT_VERSION,
            "engine": engine,
            "created": timezone.now().isoformat(timespec="seconds"),
            "migrations": _migrations(),
            "tables": tables,
            "payload": PAYLOAD[engine],
            "sha256": _sha256(payload),
        }
        plain = io.BytesIO()
        with tarfile.open(fileobj=plain, mode="w") as archive:
            data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            for name, content in ((MANIFEST, data), (SIGNATURE, signer.sign(data))):
                info = tarfile.TarInfo(name)
                info.size = len(content)
                archive.addfile(info, io.BytesIO(content))
            archive.add(payload, arcname=PAYLOAD[engine])
        _write_private(destination, pyrage.encrypt(plain.getvalue(), age_recipients))
    return BackupReport(path=destination, engine=engine, tables=tables, sha256=manifest["sha256"])


def _read_archive(source: Path, workdir: Path, identity: Path | None) -> tuple[dict, Path]:
    if not source.is_file():
        raise BackupError(f"Fichier introuvable : {source}")
    identities, verify_keys = _key_file(identity)
    try:
        plain = pyrage.decrypt(source.read_bytes(), identities)
    except pyrage.DecryptError:
        raise BackupError(
            "Ce fichier n'est pas une sauvegarde Concertons lisible avec cette clé (abîmé, modifié, "
            "d'un autre format, ou chiffré pour une autre clé)."
        ) from None
    try:
        with tarfile.open(fileobj=io.BytesIO(plain), mode="r") as archive:
            manifest_bytes = archive.extractfile(MANIFEST).read()
            members = set(archive.getnames())
            signature = archive.extractfile(SIGNATURE).read() if SIGNATURE in members else b""
            if not _signed(manifest_bytes, signature, verify_keys):
                raise BackupError(
                    "Cette sauvegarde n'est pas signée par votre serveur (modifiée, ou faite ailleurs avec la "
                    "clé publique) : rien n'a été restauré."
                )
            manifest = json.loads(manifest_bytes)
            name = manifest.get("payload")
            if name not in PAYLOAD.values():
                raise BackupError("Sauvegarde invalide : contenu inattendu.")
            archive.extract(name, workdir, filter="data")
    except (
        tarfile.TarError,
        KeyError,
        AttributeError,
        json.JSONDecodeError,
        UnicodeDecodeError,
        OSError,
        EOFError,
    ):
        raise BackupError(
            "Ce fichier n'est pas une sauvegarde Concertons lisible (abîmé ou d'un autre format)."
        ) from None
    payload = workdir / name
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"Version de sauvegarde inconnue : {manifest.get('format')!r}.")
    if _sha256(payload) != manifest.get("sha256"):
        raise BackupError(
            "La sauvegarde est abîmée : son empreinte (SHA-256) ne correspond pas. Rien n'a été restauré."
        )
    return manifest, payload


def _signed(manifest: bytes, signature: bytes, verify_keys: list[Ed25519PublicKey]) -> bool:
    for key in verify_keys:
        try:
            key.verify(signature, manifest)
        except InvalidSignature:
            continue
        return True
    return False


def backup_check(*, source: Path, identity: Path | None) -> dict:
    """The manifest of a readable, intact backup that this installation can restore."""
    with tempfile.TemporaryDirectory() as workdir:
        manifest, _payload = _read_archive(source, Path(workdir), identity)
    _check_compatible(manifest)
    return manifest


def _check_compatible(manifest: dict) -> None:
    engine = _engine()
    if manifest.get("engine") != engine:
        raise BackupError(
            f"Cette sauvegarde vient d'une base {manifest.get('engine')} ; cette installation utilise {engine}."
        )
    unknown = set(manifest.get("migrations", [])) - {
        f"{migration.app_label}.{migration.name}" for migration in _known_migrations()
    }
    if unknown:
        raise BackupError(
            "Cette sauvegarde vient d'une version plus récente de Concertons (migrations inconnues : "
            + ", ".join(sorted(unknown)[:5])
            + "). Mettez Concertons à jour avant de restaurer."
        )


def migrations_to_apply(manifest: dict) -> int:
    """How many of this version's migrations an (older) backup lacks: `concertons migrate` applies them."""
    known = {f"{migration.app_label}.{migration.name}" for migration in _known_migrations()}
    return len(known - set(manifest.get("migrations", [])))


def _known_migrations():
    loader = MigrationLoader(connection, ignore_no_migrations=True)
    return loader.disk_migrations.values()


def backup_restore(*, source: Path, identity: Path | None) -> dict:
    """Replace the database with a backup's content. Stop the app servers and workers first."""
    with tempfile.TemporaryDirectory() as workdir:
        manifest, payload = _read_archive(source, Path(workdir), identity)
        _check_compatible(manifest)
        if manifest["engine"] == "sqlite":
            source_db = sqlite3.connect(payload)
            connection.ensure_connection()
            with source_db:
                source_db.backup(connection.connection)
            source_db.close()
        else:
            args, env = _pg_env()
            connection.close()
            done = subprocess.run(
                ["pg_restore", *args, "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
                 "-d", connection.settings_dict["NAME"], str(payload)],
                env=env, capture_output=True, text=True,
            )  # fmt: skip
            if done.returncode != 0:
                raise BackupError(f"pg_restore a échoué : {done.stderr.strip()[:500]}")
    restored = _table_counts()
    differing = {table for table, count in manifest["tables"].items() if restored.get(table) != count}
    if differing:
        raise BackupError(
            "Restauration incomplète : ces tables diffèrent du manifeste : " + ", ".join(sorted(differing))
        )
    return manifest


def default_backup_name() -> Path:
    """In the backup folder, apart from the data folder and its testimony key (see settings.BACKUP_DIR)."""
    return Path(settings.BACKUP_DIR) / f"concertons-{timezone.now():%Y%m%d-%H%M%S}.tar.age"
