from __future__ import annotations

import pytest

from village.security.password_policy import PasswordPolicy, common_passwords

POLICY = PasswordPolicy()


def codes(password: str, email: str | None = None, policy: PasswordPolicy = POLICY) -> set[str]:
    return {code for code, _ in policy.problems(password, email=email)}


def test_the_checklists_example_password_is_accepted():
    assert codes("TestPass123", email="test@example.com") == set()


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("Ab1", {"password_too_short"}),
        ("kjhwqmzp1", {"password_needs_upper"}),
        ("KJHWQMZP1", {"password_needs_lower"}),
        ("Kjhwqmzpq", {"password_needs_digit"}),
        ("abcdefgh", {"password_needs_upper", "password_needs_digit", "password_too_common"}),
        ("Password1", {"password_too_common"}),
        ("Qwerty123", {"password_too_common"}),
    ],
)
def test_each_rule_names_itself(password, expected):
    assert codes(password) == expected


def test_too_long_is_reported_alone():
    assert codes("A1a" * 100) == {"password_too_long"}


def test_every_problem_has_a_readable_message():
    messages = dict(POLICY.problems("abc"))
    assert messages["password_too_short"] == "Use at least 8 characters."


@pytest.mark.parametrize(
    ("password", "email", "refused"),
    [
        ("Somchai2024", "somchai@example.com", True),
        ("SOMCHAI2024x", "Somchai@example.com", True),
        ("Somchai99", "somchai@example.com", True),
        ("TestPass123", "test@example.com", False),
        ("Xy9-unrelated", "somchai@example.com", False),
        ("Ab1", "ab@example.com", False),  # too short a local part to compare
    ],
)
def test_password_built_from_the_email(password, email, refused):
    assert ("password_contains_email" in codes(password, email)) == refused


def test_long_passphrase_in_thai_needs_no_composition():
    assert codes("บ้านของเราอยู่ริมคลองมีต้นมะม่วงสองต้น") == set()


def test_composition_can_be_switched_off():
    relaxed = PasswordPolicy(require_composition=False)
    assert codes("lowercaseonly", policy=relaxed) == set()


def test_common_list_is_large_and_lower_case():
    listed = common_passwords()
    assert len(listed) >= 10_000
    assert all(p == p.lower() for p in list(listed)[:500])


def test_describe_lists_the_rules_in_words():
    assert POLICY.describe()[0] == "At least 8 characters"
