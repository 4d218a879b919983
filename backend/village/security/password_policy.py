"""The password policy: each rule that fails says so, in plain words.

Rules (the deployment checklist's, with the composition rule configurable
because NIST SP 800-63B advises against composition rules):
- at least `min_length` characters, at most `max_length`;
- an upper-case letter, a lower-case letter and a digit (when composition is on),
  unless it is a passphrase of at least `passphrase_length` characters: length
  protects better than composition, and scripts without letter case (Thai)
  could never satisfy it;
- not one of the ~20,000 most common passwords;
- not the email's local part, nor mostly made of it.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class PasswordPolicy:
    min_length: int = 8
    max_length: int = 256
    require_composition: bool = True
    passphrase_length: int = 20

    def problems(self, password: str, *, email: str | None = None) -> list[tuple[str, str]]:
        """(code, message) for every rule the password breaks; empty when it is acceptable."""
        if len(password) > self.max_length:
            return [("password_too_long", f"Use at most {self.max_length} characters.")]
        found: list[tuple[str, str]] = []
        if len(password) < self.min_length:
            found.append(("password_too_short", f"Use at least {self.min_length} characters."))
        if self.require_composition and len(password) < self.passphrase_length:
            found += _composition_problems(password)
        if password.lower() in common_passwords():
            found.append(("password_too_common", "This password is too common; choose another."))
        if email and _resembles_local_part(password, email):
            found.append(
                ("password_contains_email", "Do not build the password from your email address.")
            )
        return found

    def describe(self) -> list[str]:
        """The rules in words, for forms that show the policy up front."""
        rules = [f"At least {self.min_length} characters"]
        if self.require_composition:
            rules.append(
                "An upper-case letter, a lower-case letter and a digit"
                f" (or a passphrase of {self.passphrase_length}+ characters)"
            )
        rules += ["Not a common password", "Not based on your email address"]
        return rules


def _composition_problems(password: str) -> list[tuple[str, str]]:
    checks = [
        (str.isupper, "password_needs_upper", "Add an upper-case letter."),
        (str.islower, "password_needs_lower", "Add a lower-case letter."),
        (str.isdigit, "password_needs_digit", "Add a digit."),
    ]
    return [(code, msg) for test, code, msg in checks if not any(test(c) for c in password)]


def _resembles_local_part(password: str, email: str) -> bool:
    # "Containing" the local part only counts when it makes up at least half of
    # the password: "Somchai2024" for somchai@ is refused, "TestPass123" for
    # test@ (the checklist's own example) is not.
    local = email.partition("@")[0].lower()
    lowered = password.lower()
    if len(local) < 3:
        return lowered == local
    return local in lowered and len(local) * 2 >= len(lowered)


@cache
def common_passwords() -> frozenset[str]:
    """The common-password list shipped with the package (lower-cased)."""
    data = resources.files("village.security").joinpath("common-passwords.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())
