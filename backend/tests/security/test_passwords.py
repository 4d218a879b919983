"""bcrypt over a SHA-384 pre-hash: long passwords in any script, never truncated."""

from __future__ import annotations

import bcrypt
import pytest

from village.security import passwords

THAI_64 = "ก" * 30 + "ขอให้บ้านนี้อยู่เย็นเป็นสุขตลอดไปนะ" + "ค" * 0
THAI_64 = (THAI_64 * 2)[:64]


def test_thai_passphrase_is_192_bytes_and_round_trips():
    assert len(THAI_64) == 64
    assert len(THAI_64.encode()) == 192
    stored = passwords.hash_password(THAI_64, rounds=4)
    assert passwords.verify_password(THAI_64, stored)


def test_the_72_byte_prefix_does_not_verify():
    stored = passwords.hash_password(THAI_64, rounds=4)
    prefix = THAI_64.encode()[:72].decode()
    assert not passwords.verify_password(prefix, stored)


def test_passwords_differing_after_72_bytes_are_different():
    base = "x" * 80
    stored = passwords.hash_password(base + "A", rounds=4)
    assert not passwords.verify_password(base + "B", stored)


@pytest.mark.parametrize("password", ["", "a" * 1024, "é" * 500, "\u0000inside"])
def test_any_input_hashes_without_raising(password):
    assert passwords.verify_password(password, passwords.hash_password(password, rounds=4))


def test_stored_value_is_a_plain_bcrypt_hash_without_the_password():
    stored = passwords.hash_password("S3cret-password", rounds=5)
    assert stored.startswith("$2b$05$")
    assert "S3cret" not in stored


@pytest.mark.parametrize(
    "garbage", ["", "not-a-hash", "$2b$12$short", "md5:5f4dcc3b5aa765d61d8327deb882cf99"]
)
def test_malformed_stored_hash_never_matches(garbage):
    assert passwords.verify_password("password", garbage) is False


def test_needs_rehash_reads_the_cost_from_the_hash():
    stored = passwords.hash_password("whatever", rounds=4)
    assert not passwords.needs_rehash(stored, 4)
    assert passwords.needs_rehash(stored, 12)
    assert passwords.needs_rehash("garbage", 12)


def test_plain_bcrypt_of_the_raw_password_is_not_what_we_store():
    # A regression guard: hashing the raw bytes would raise for long input in bcrypt 5.
    with pytest.raises(ValueError, match="72"):
        bcrypt.hashpw(THAI_64.encode(), bcrypt.gensalt(4))
