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
    normalize_any_phone,
    normalize_email,
    normalize_house_number,
    normalize_phone,
    phone_fragment,
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


@pytest.mark.parametrize(
    "typed",
    [
        " 081-234 (5678) ",
        "+66 81 234 5678",
        "66812345678",
        "๐๘๑๒๓๔๕๖๗๘",
        "＋６６８１２３４５６７８",
    ],
)
def test_a_thai_mobile_number_in_any_format_is_one_e164_number(typed):
    assert normalize_phone(typed) == "+66812345678"


@pytest.mark.parametrize("bad", ["021234567", "+1 650 253 0000", "12345", "not a phone", ""])
def test_landlines_foreign_numbers_and_junk_are_not_sign_in_phones(bad):
    with pytest.raises(InvalidIdentifier):
        normalize_phone(bad)


def test_an_office_landline_is_a_phone_too():
    assert normalize_any_phone("02-123-4567") == "+6621234567"


@pytest.mark.parametrize(
    ("typed", "digits"), [("081-234", "6681234"), ("๐๘๑", "6681"), ("5678", "5678"), ("x", None)]
)
def test_search_fragments_of_phones(typed, digits):
    assert phone_fragment(typed) == digits


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        (" 99/123 ", "99/123"),
        ("๙๙ / ๑๒๓", "99/123"),
        ("９９/１２", "99/12"),
        ("99  /  1  A", "99/1 A"),
    ],
)
def test_house_numbers_have_one_form(typed, stored):
    assert normalize_house_number(typed) == stored


def test_the_digest_of_the_key_groups_spellings_and_depends_on_the_secret():
    one = identifier_digest(email_key("Ölaf@example.com"), key="k1")
    assert one == identifier_digest(email_key(" ölaf@EXAMPLE.com"), key="k1")
    assert one != identifier_digest(email_key("Ölaf@example.com"), key="k2")
    assert "laf" not in one and len(one) == 32
