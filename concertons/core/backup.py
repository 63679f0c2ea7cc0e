"""Consistent backups while the site runs, and restores that refuse a damaged or foreign file.

A backup is a tar archive holding the database (SQLite online-backup copy, or a pg_dump custom-format
dump) and manifest.json: format version, database engine, applied migrations, per-table row counts and
the payload's SHA-256. The testimony encryption key is NOT in it, on purpose (keep it apart).
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

from django.conf import settings
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
PAYLOAD = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


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
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


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


def backup_create(*, destination: Path) -> BackupReport:
    """Write a backup archive to `destination`, while the site keeps running."""
    engine = _engine()
    with tempfile.TemporaryDirectory() as workdir:
        payload = Path(workdir) / PAYLOAD[engine]
        if engine == "sqlite":
            connection.ensure_connection()
            target = sqlite3.connect(payload)
            with target:
                connection.connection.backup(target)  # SQLite's online backup: a consistent copy
            target.close()
        else:
            args, env = _pg_env()
            done = subprocess.run(
                ["pg_dump", *args, "--format=custom", "--no-owner", "--no-privileges", "-f", str(payload),
                 connection.settings_dict["NAME"]],
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
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(destination.name + ".partial")
        with tarfile.open(partial, "w") as archive:
            data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            archive.add(payload, arcname=PAYLOAD[engine])
        partial.replace(destination)  # never leave a half-written backup under the final name
    return BackupReport(path=destination, engine=engine, tables=tables, sha256=manifest["sha256"])


def _read_archive(source: Path, workdir: Path) -> tuple[dict, Path]:
    if not source.is_file():
        raise BackupError(f"Fichier introuvable : {source}")
    try:
        with tarfile.open(source, "r") as archive:
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


def backup_check(*, source: Path) -> dict:
    """The manifest of a readable, intact backup that this installation can restore."""
    with tempfile.TemporaryDirectory() as workdir:
        manifest, _payload = _read_archive(source, Path(workdir))
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


def backup_restore(*, source: Path) -> dict:
    """Replace the database with a backup's content. Stop the app servers and workers first."""
    with tempfile.TemporaryDirectory() as workdir:
        manifest, payload = _read_archive(source, Path(workdir))
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
    return Path(settings.DATA_DIR) / "sauvegardes" / f"concertons-{timezone.now():%Y%m%d-%H%M%S}.tar"
