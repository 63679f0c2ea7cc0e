"""Encryption at rest of testimonies' raw text, with keys kept outside the database.

Keys come from CONCERTONS_TESTIMONY_KEYS (comma-separated Fernet keys, newest first) or from a key file
created once beside the data (0600). A database dump without the key reveals no raw text; rotating means
putting a new key first and keeping the old ones until the old texts are gone (they live 60 days at most).
"""

import os
from functools import cache
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings


@cache
def _keys() -> MultiFernet:
    configured = [
        key.strip() for key in os.environ.get("CONCERTONS_TESTIMONY_KEYS", "").split(",") if key.strip()
    ]
    if not configured:
        configured = [_key_from_file(Path(settings.TESTIMONY_KEY_FILE))]
    return MultiFernet([Fernet(key.encode()) for key in configured])


def _key_from_file(path: Path) -> str:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_text().strip()
        with os.fdopen(fd, "w") as handle:
            handle.write(Fernet.generate_key().decode())
    return path.read_text().strip()


def encrypt(text: str) -> bytes:
    return _keys().encrypt(text.encode("utf-8"))


def decrypt(token: bytes) -> str | None:
    """The raw text, or None when it cannot be read (destroyed, or a key that is gone)."""
    if token is None:
        return None
    try:
        return _keys().decrypt(bytes(token)).decode("utf-8")
    except InvalidToken:
        return None


def forget_keys() -> None:
    """For tests and key rotation: read the keys again on next use."""
    _keys.cache_clear()
