"""Consistent backups while the site runs, and restores that refuse a damaged or foreign file.

A backup is a tar archive holding the database (SQLite online-backup copy, or a pg_dump custom-format
dump) and manifest.json: format version, database engine, applied migrations, per-table row counts and
the payload's SHA-256. Sessions, cache rows and login attempts are left out (nothing to restore, and they
hold addresses and live session keys). The archive is then encrypted with age (pyrage) to a recipient
whose identity (the private key) the operator keeps off the server, and written readable by its owner
only: whoever copies the backups, the server included, cannot read them. The testimony encryption key is
NOT in it either, on purpose (keep it apart).
"""

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
from django.conf import settings
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT_VERSION = 2
MANIFEST = "manifest.json"
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


def _identity(path: Path | None):
    if path is None:
        raise BackupError(
            "Indiquez la clé privée de sauvegarde (--identity <fichier>) : sans elle, rien n'est lisible."
        )
    try:
        lines = [line.strip() for line in path.read_text().splitlines()]
        return [pyrage.x25519.Identity.from_str(line) for line in lines if line.startswith("AGE-SECRET-KEY-")]
    except (OSError, UnicodeDecodeError, pyrage.IdentityError):
        raise BackupError(f"Clé privée de sauvegarde illisible : {path}") from None


def backup_key_new() -> tuple[str, str]:
    """(identity, recipient): the private key to keep off the server, the public key to configure."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


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


def backup_create(*, destination: Path, recipients: list[str] | None = None) -> BackupReport:
    """Write an encrypted backup to `destination`, while the site keeps running."""
    engine = _engine()
    age_recipients = _recipients(recipients)
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
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            archive.add(payload, arcname=PAYLOAD[engine])
        _write_private(destination, pyrage.encrypt(plain.getvalue(), age_recipients))
    return BackupReport(path=destination, engine=engine, tables=tables, sha256=manifest["sha256"])


def _read_archive(source: Path, workdir: Path, identity: Path | None) -> tuple[dict, Path]:
    if not source.is_file():
        raise BackupError(f"Fichier introuvable : {source}")
    identities = _identity(identity)
    try:
        plain = pyrage.decrypt(source.read_bytes(), identities)
    except pyrage.DecryptError:
        raise BackupError(
            "Ce fichier n'est pas une sauvegarde Concertons lisible avec cette clé (abîmé, modifié, "
            "d'un autre format, ou chiffré pour une autre clé)."
        ) from None
    try:
        with tarfile.open(fileobj=io.BytesIO(plain), mode="r") as archive:
            manifest = json.loads(archive.extractfile(MANIFEST).read())
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


def _known_migrations():
    from django.db.migrations.loader import MigrationLoader

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
