"""Receipts: the only way back to a testimony. Shown once; stored as a lookup prefix and a slow hash.

Format: 24 Crockford base32 characters (XXXX-XXXX-XXXX-XXXX-XXXX-XXXX): the first 4 find the candidate
rows, the other 20 (100 bits) are the secret, checked against an Argon2 hash.
"""

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import Argon2Error, InvalidHashError

# Argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile): about 50 ms a check, on purpose.
_HASHER = PasswordHasher()


def _hash(secret: str) -> str:
    return _HASHER.hash(secret)


def _verify(secret: str, stored: str) -> bool:
    try:
        return _HASHER.verify(stored, secret)
    except (Argon2Error, InvalidHashError):
        return False


ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
LOOKUP_LENGTH = 4
SECRET_LENGTH = 20
# Compared when the lookup finds nothing, so "unknown" takes as long as "wrong".
_DUMMY_HASH = _hash("concertons-receipt-dummy")
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def new_receipt() -> tuple[str, str, str]:
    """(code to show once, lookup to store, hash to store)."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LOOKUP_LENGTH + SECRET_LENGTH))
    code = "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return code, raw[:LOOKUP_LENGTH], _hash(raw[LOOKUP_LENGTH:])


def normalise(code: str) -> str | None:
    """The receipt as stored, from how a person may type it (spaces, dashes, lower case, O for 0)."""
    raw = "".join((code or "")[:100].split()).replace("-", "").upper().translate(_READ_AS)
    if len(raw) != LOOKUP_LENGTH + SECRET_LENGTH or any(char not in ALPHABET for char in raw):
        return None
    return raw


def matches(raw: str | None, candidates: list[tuple[object, str]]) -> object | None:
    """The candidate whose hash matches the secret; always spends one slow check at least."""
    secret = raw[LOOKUP_LENGTH:] if raw else ""
    if not candidates:
        _verify(secret, _DUMMY_HASH)
        return None
    found = None
    for item, receipt_hash in candidates:
        if _verify(secret, receipt_hash) and found is None:
            found = item
    return found
