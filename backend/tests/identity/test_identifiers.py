"""village.identifiers: the one normalisation, unit by unit."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from village.identifiers import (
    InvalidIdentifier,
    email_key,
    identifier_digest,
    normalize_email,
    normalize_phone,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Someone@Example.COM ", "Someone@example.com"),
        ("jose\u0301@example.com", "jos\u00e9@example.com"),
        ("x@XN--BCHER-KVA.example", "x@bücher.example"),
    ],
)
def test_normalize_email_gives_the_stored_form(typed, stored):
    assert normalize_email(typed) == stored


@pytest.mark.parametrize("bad", ["", "no-at-sign", "a@", "@b.example", "a b@c.example"])
def test_normalize_email_refuses_what_is_not_an_address(bad):
    with pytest.raises(InvalidIdentifier):
        normalize_email(bad)


@pytest.mark.parametrize(
    "spellings",
    [
        ["Ölaf@example.com", "ölaf@example.com", "ÖLAF@EXAMPLE.COM"],
        ["jose\u0301@example.com", "jos\u00e9@example.com", "JOSE\u0301@EXAMPLE.COM"],
        ["x@bücher.example", "x@xn--bcher-kva.example", "X@BÜCHER.EXAMPLE"],
    ],
)
def test_every_spelling_of_one_address_has_one_key(spellings):
    assert len({email_key(s) for s in spellings}) == 1


def test_sharp_s_is_not_merged_with_ss():
    # RFC 8265 maps case with toLowerCase, not full case folding.
    assert email_key("straße@example.com") != email_key("strasse@example.com")


def test_a_mistyped_login_still_gets_a_key():
    assert email_key("  Not An Email ") == "not an email"


@given(st.emails())
def test_the_key_of_a_normalised_email_is_stable(email):
    stored = normalize_email(email)
    assert email_key(stored) == email_key(email) == email_key(stored.upper().lower())
    assert unicodedata.is_normalized("NFC", email_key(email))


def test_phone_punctuation_goes():
    assert normalize_phone(" 081-234 (5678) ") == "0812345678"
    assert normalize_phone("＋66 81 234 5678") == "+66812345678"  # full-width plus, NFKC


def test_the_digest_of_the_key_groups_spellings_and_depends_on_the_secret():
    one = identifier_digest(email_key("Ölaf@example.com"), key="k1")
    assert one == identifier_digest(email_key(" ölaf@EXAMPLE.com"), key="k1")
    assert one != identifier_digest(email_key("Ölaf@example.com"), key="k2")
    assert "laf" not in one and len(one) == 32
