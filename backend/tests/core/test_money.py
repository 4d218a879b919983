"""village.money: satang arithmetic, rounding and Thai amount words, exhaustively."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from bahttext import bahttext
from hypothesis import given
from hypothesis import strategies as st

from village.money import (
    baht_text,
    fee_for_area,
    format_baht,
    parse_baht,
    round_half_up,
    thai_number_words,
)


@given(st.integers(-(10**12), 10**12), st.integers(1, 10**6))
def test_round_half_up_agrees_with_decimal(numerator, denominator):
    expected = (Decimal(numerator) / Decimal(denominator)).quantize(
        Decimal(1), rounding=ROUND_HALF_UP
    )
    assert round_half_up(numerator, denominator) == int(expected)
    assert round_half_up(numerator, -denominator) == -int(expected)


@pytest.mark.parametrize(
    ("numerator", "denominator", "rounded"),
    [(5, 2, 3), (-5, 2, -3), (4, 2, 2), (7, 3, 2), (149, 100, 1), (150, 100, 2), (0, 7, 0)],
)
def test_round_half_up_examples(numerator, denominator, rounded):
    assert round_half_up(numerator, denominator) == rounded


def test_the_contracts_fee_example():
    """50, 80 and 100 ตร.ว. at 20 THB/ตร.ว./month bill 4,600.00 THB (village.md)."""
    rate = 2_000  # satang per square wah
    lines = [fee_for_area(area * 100, rate) for area in (50, 80, 100)]
    assert lines == [100_000, 160_000, 200_000]
    assert sum(lines) == 460_000


def test_fractional_areas_round_half_up_once_per_line():
    assert fee_for_area(5025, 2_000) == 100_500  # 50.25 ตร.ว. × 20.00 = 1,005.00
    assert fee_for_area(1, 50) == 1  # 0.01 × 0.50 = 0.005 baht → half a satang → 1
    assert fee_for_area(1, 49) == 0


@pytest.mark.parametrize(
    ("text", "satang"),
    [("1,600", 160_000), ("1600.5", 160_050), ("1,600.50", 160_050), ("0.01", 1),
     ("-12.30", -1_230), (" 25 ", 2_500), ("1,000,000.00", 100_000_000)],
)  # fmt: skip
def test_parse_baht(text, satang):
    assert parse_baht(text) == satang
    assert parse_baht(format_baht(satang)) == satang


@pytest.mark.parametrize(
    "bad", ["", "1.005", "1,60", "1e3", "nan", "12,3456.00", "1.2.3", "๑๐๐", "--1"]
)
def test_parse_baht_refuses_what_is_not_an_amount(bad):
    with pytest.raises(ValueError, match=r"baht|satang"):
        parse_baht(bad)


def test_parse_baht_takes_decimals_only_when_whole_satang():
    assert parse_baht(Decimal("12.34")) == 1_234
    with pytest.raises(ValueError, match="fraction of a satang"):
        parse_baht(Decimal("12.345"))


@given(st.integers(-(10**15), 10**15))
def test_format_and_parse_round_trip(satang):
    assert parse_baht(format_baht(satang)) == satang


@pytest.mark.parametrize(
    ("satang", "words"),
    [
        (250_000, "สองพันห้าร้อยบาทถ้วน"),
        (10_100, "หนึ่งร้อยเอ็ดบาทถ้วน"),
        (2_100, "ยี่สิบเอ็ดบาทถ้วน"),
        (50, "ห้าสิบสตางค์"),
        (0, "ศูนย์บาทถ้วน"),
        (1, "หนึ่งสตางค์"),
        (101, "หนึ่งบาทหนึ่งสตางค์"),
        (1_111, "สิบเอ็ดบาทสิบเอ็ดสตางค์"),
        (100_000_100, "หนึ่งล้านเอ็ดบาทถ้วน"),
        (460_000, "สี่พันหกร้อยบาทถ้วน"),
        (10**14, "หนึ่งล้านล้านบาทถ้วน"),
    ],
)
def test_baht_text_examples(satang, words):
    assert baht_text(satang) == words


@given(st.integers(100, 10**13))
def test_baht_text_agrees_with_the_bahttext_package(satang):
    """bahttext (PyPI) takes floats, so it is only a test oracle here. It differs on
    purpose in two places, checked above instead: a lone satang is หนึ่ง (it writes
    เอ็ด), and an amount under one baht has no ศูนย์บาท."""
    baht, rest = divmod(satang, 100)
    if rest == 1:
        rest = 2
        satang = baht * 100 + rest
    assert baht_text(satang) == bahttext(float(Decimal(satang) / 100))


def test_negative_amounts_have_no_words():
    with pytest.raises(ValueError, match="never negative"):
        baht_text(-1)
    with pytest.raises(ValueError, match="non-negative"):
        thai_number_words(-5)


def test_baht_for_files_has_no_separators_and_is_exact():
    from village.money import baht_decimal

    assert format_baht(160_050, separators=False) == "1600.50"
    assert format_baht(-123_456_789, separators=False) == "-1234567.89"
    assert baht_decimal(10) == Decimal("0.10")
    assert f"{baht_decimal(160_010):.16G}" == "1600.10"  # what XlsxWriter writes


@pytest.mark.parametrize(
    ("numerator", "denominator", "text"),
    [(9525, 10_000, "0.9525"), (1, 3, "0.3333"), (2, 3, "0.6667"), (290_000, 480_000, "0.6042"),
     (3, 2, "1.5000"), (0, 5, "0.0000"), (5, 0, None), (5, -1, None), (-1, 3, "-0.3333")],
)  # fmt: skip
def test_ratio_text_is_exact_and_rounds_half_up(numerator, denominator, text):
    from village.money import ratio_text

    assert ratio_text(numerator, denominator) == text
