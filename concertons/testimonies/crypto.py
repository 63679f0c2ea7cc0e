"""Encryption at rest of testimonies' raw text and of authors' answers, with keys outside the database.

AES-256-GCM with a random nonce. A sealed value is `version (1 byte) | key id (8) | nonce (12) | ciphertext
and tag`: unlike a Fernet token, nothing in it tells when it was written. The key id (a hash of the key)
only says which key sealed it, so that keys can be rotated.

Keys come from CONCERTONS_TESTIMONY_KEYS (comma-separated, newest first; 32 random bytes in URL-safe
base64, see `new_key`; older Fernet keys are accepted as key material) or from a
key file created once beside the data (0600). A database dump without the key reveals no raw text;
rotating means putting a new key first and keeping the old ones until the old texts are gone (they live
60 days at most).

Each value is bound to what it belongs to (`context`, e.g. the testimony's id): a sealed text copied into
another row does not open there.
"""

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings

VERSION = b"\x01"
KEY_ID_LENGTH = 8
NONCE_LENGTH = 12
HEADER_LENGTH = len(VERSION) + KEY_ID_LENGTH + NONCE_LENGTH


@dataclass(frozen=True)
class Key:
    key_id: bytes
    cipher: AESGCM


def new_key() -> str:
    """32 random bytes, URL-safe base64: what CONCERTONS_TESTIMONY_KEYS and the key file hold."""
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()


def _key(material: str) -> Key:
    # HKDF turns any configured key (ours, or an older Fernet key) into an AES-256 key for this use only.
    secret = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"concertons testimonies aes-256-gcm"
    ).derive(material.strip().encode())
    return Key(key_id=hashlib.sha256(secret).digest()[:KEY_ID_LENGTH], cipher=AESGCM(secret))


def configured_keys() -> list[str]:
    """The key material, newest first, as configured (environment) or from the key file."""
    configured = [
        key.strip() for key in os.environ.get("CONCERTONS_TESTIMONY_KEYS", "").split(",") if key.strip()
    ]
    return configured or [_key_from_file(Path(settings.TESTIMONY_KEY_FILE))]


@cache
def _keys() -> list[Key]:
    return [_key(material) for material in configured_keys()]


def _key_from_file(path: Path) -> str:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_text().strip()
        with os.fdopen(fd, "w") as handle:
            handle.write(new_key())
    return path.read_text().strip()


def encrypt(text: str, *, context: str) -> bytes:
    """Seal a text with the newest key, bound to `context` (what the text belongs to)."""
    key = _keys()[0]
    nonce = secrets.token_bytes(NONCE_LENGTH)
    return VERSION + key.key_id + nonce + key.cipher.encrypt(nonce, text.encode("utf-8"), context.encode())


def decrypt(sealed: bytes | None, *, context: str) -> str | None:
    """The text, or None when it cannot be read (destroyed, another row's, or sealed with a key that is gone)."""
    if sealed is None:
        return None
    sealed = bytes(sealed)
    if len(sealed) <= HEADER_LENGTH or sealed[:1] != VERSION:
        return None
    key_id, nonce = sealed[1 : 1 + KEY_ID_LENGTH], sealed[1 + KEY_ID_LENGTH : HEADER_LENGTH]
    for key in _keys():
        if key.key_id == key_id:
            try:
                return key.cipher.decrypt(nonce, sealed[HEADER_LENGTH:], context.encode()).decode("utf-8")
            except InvalidTag:
                return None
    return None


def forget_keys() -> None:
    """For tests and key rotation: read the keys again on next use."""
    _keys.cache_clear()
