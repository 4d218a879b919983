"""The suite-wide log check itself: it must catch what it is there to catch."""

from __future__ import annotations

from tests.log_capture import _worth_checking, find_leaks

SEEN = {
    "passwords": {"Hunter2-Secret"},
    "tokens": {"opaque.refresh.token-value"},
    "secrets": {"a1b2c3d4e5f6a7b8"},
}


def leaks(line: str) -> list[str]:
    return find_leaks([("file.log", line)], SEEN)


def test_each_kind_of_secret_is_found():
    assert "passwords" in leaks('{"message": "typed Hunter2-Secret"}')[0]
    assert "tokens" in leaks('{"token": "opaque.refresh.token-value"}')[0]
    assert "secrets" in leaks('{"key": "xx a1b2c3d4e5f6a7b8 yy"}')[0]
    assert "jwt" in leaks('{"t": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig"}')[0]
    assert "national_id" in leaks('{"id": "1101700230708"}')[0]
    assert "national_id" in leaks('{"id": "1-1017-00230-70-8"}')[0]


def test_clean_lines_and_redacted_values_pass():
    assert leaks('{"message": "password_changed", "user_id": 7, "duration_ms": 12.5}') == []
    assert leaks('{"password": "[REDACTED]", "id": "[REDACTED_ID]"}') == []


def test_only_passwords_worth_checking_are_recorded():
    assert _worth_checking("Hunter2-Secret")
    assert not _worth_checking("password")  # a weak word tests try; also log vocabulary
    assert not _worth_checking("Ab1")
