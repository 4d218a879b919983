"""Password hashing: bcrypt over a SHA-384 pre-hash.

bcrypt reads at most 72 bytes, and bcrypt 5 raises on longer input. A
64-character Thai passphrase is 192 bytes in UTF-8, so the password is first
reduced to base64(SHA-384(password)): 64 ASCII bytes, no NUL, every byte of the
password counts (OWASP Password Storage Cheat Sheet, "pre-hashing"). The
result is a plain bcrypt hash string, so the cost is read back from it and a
hash made at an old cost is upgraded at the next login.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache

import bcrypt


def _prehash(password: str) -> bytes:
    return base64.b64encode(hashlib.sha384(password.encode("utf-8")).digest())


def hash_password(password: str, rounds: int) -> str:
    return bcrypt.hashpw(_prehash(password), bcrypt.gensalt(rounds)).decode("ascii")


def verify_password(password: str, password_hash: str) -> bool:
    """Check a password in constant time; a malformed stored hash never matches."""
    try:
        return bcrypt.checkpw(_prehash(password), password_hash.encode("ascii"))
    except ValueError:
        return False


def needs_rehash(password_hash: str, rounds: int) -> bool:
    """True when the stored hash was made at another cost than configured."""
    try:
        return int(password_hash.split("$")[2]) != rounds
    except (IndexError, ValueError):
        return True


@cache
def _dummy_hash(rounds: int) -> str:
    return hash_password("not-a-real-password", rounds)


def burn_verification(password: str, rounds: int) -> None:
    """Spend one bcrypt verification so an unknown email costs what a known one does."""
    verify_password(password, _dummy_hash(rounds))
