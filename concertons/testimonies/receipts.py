"""Receipts: the only way back to a testimony. Shown once; stored as a lookup prefix and a slow hash.

Format: 24 Crockford base32 characters (XXXX-XXXX-XXXX-XXXX-XXXX-XXXX): the first 4 find the candidate
rows, the other 20 (100 bits) are the secret, checked against an Argon2 hash.
"""

import secrets
import threading
from contextlib import contextmanager

from argon2 import PasswordHasher
from argon2.exceptions import Argon2Error, InvalidHashError

# Argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile): 64 MiB and about 50 ms a check, on
# purpose.
_HASHER = PasswordHasher()

# At most this many checks at once in a process: a flood of receipt checks queues for a moment, then is
# turned away (the caller answers 503), instead of taking all the memory and every CPU.
CONCURRENT_CHECKS = 2
CHECK_WAIT_SECONDS = 1.0
CHECK_SLOTS = threading.BoundedSemaphore(CONCURRENT_CHECKS)


class Busy(Exception):
    """Every check slot stayed taken for CHECK_WAIT_SECONDS: try again in a moment."""


@contextmanager
def _check_slot():
    if not CHECK_SLOTS.acquire(timeout=CHECK_WAIT_SECONDS):
        raise Busy
    try:
        yield
    finally:
        CHECK_SLOTS.release()


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
    """The candidate whose hash matches the secret; always spends one slow check at least, in one of the
    process's check slots. Raises Busy when none frees up in time."""
    secret = raw[LOOKUP_LENGTH:] if raw else ""
    with _check_slot():
        if not candidates:
            _verify(secret, _DUMMY_HASH)
            return None
        found = None
        for item, receipt_hash in candidates:
            if _verify(secret, receipt_hash) and found is None:
                found = item
        return found
