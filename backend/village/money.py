"""Money as integer satang (1 baht = 100 satang), exact everywhere.

No binary floating point ever touches an amount: amounts are `int` satang in
the database, the API (fields ending `_satang`) and every calculation here.
Areas are integer hundredths of a square wah (`50.25` ตร.ว. is 5025), so a
month's fee per square wah is one exact integer product, rounded half up to
the satang once per line (village.md, "Fee items and schedules").
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

SATANG_PER_BAHT = 100
HUNDREDTHS = 100  # areas are kept in hundredths of a square wah

_BAHT_TEXT = re.compile(r"^(-)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]{1,2}))?$")


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest integer, halves away from zero.

    Exact for any integers (no floats): round_half_up(5, 2) == 3, (-5, 2) == -3.
    Raises ZeroDivisionError for a zero denominator.
    """
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return quotient if numerator >= 0 else -quotient


def fee_for_area(area_hundredths: int, rate_satang: int) -> int:
    """A month's fee in satang for an area (hundredths of a square wah) at a rate in satang
    per square wah: round_half_up(area × rate), once per line."""
    return round_half_up(area_hundredths * rate_satang, HUNDREDTHS)


def parse_baht(text: str | int | Decimal) -> int:
    """Baht as people write it ("1,600", "1600.5", "1,600.50") → satang (160050).

    Raises ValueError for anything else: more than two decimals, a misplaced
    comma, a float-looking exponent, an empty string.
    """
    if isinstance(text, int):
        return text * SATANG_PER_BAHT
    if isinstance(text, Decimal):
        try:
            exact = text * SATANG_PER_BAHT
        except InvalidOperation:
            raise ValueError(f"{text!r} is not an amount of baht") from None
        if not exact.is_finite() or exact != exact.to_integral_value():
            raise ValueError(f"{text!r} has a fraction of a satang")
        return int(exact)
    match = _BAHT_TEXT.match(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not an amount of baht (write e.g. 1,600.50)")
    sign, whole, fraction = match.groups()
    satang = int(whole.replace(",", "")) * SATANG_PER_BAHT + int((fraction or "0").ljust(2, "0"))
    return -satang if sign else satang


def format_baht(satang: int, *, separators: bool = True) -> str:
    """Satang as baht with thousands separators and two decimals: 160050 → "1,600.50";
    without separators ("1600.50") for a file another program reads as a number."""
    sign = "-" if satang < 0 else ""
    baht, rest = divmod(abs(satang), SATANG_PER_BAHT)
    return f"{sign}{baht:,}.{rest:02d}" if separators else f"{sign}{baht}.{rest:02d}"


def baht_decimal(satang: int) -> Decimal:
    """Satang as an exact Decimal of baht with two places: 160050 → Decimal("1600.50")."""
    return Decimal(format_baht(satang, separators=False))


def ratio_text(numerator: int, denominator: int, places: int = 4) -> str | None:
    """numerator / denominator as a decimal string rounded half up to `places` digits
    (9525, 10000 → "0.9525"), exactly, without floats; None when the denominator is not
    positive (a rate of nothing)."""
    if denominator <= 0:
        return None
    scale = 10**places
    scaled = round_half_up(numerator * scale, denominator)
    sign = "-" if scaled < 0 else ""
    whole, rest = divmod(abs(scaled), scale)
    return f"{sign}{whole}.{rest:0{places}d}"


_DIGITS = ("", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_PLACES = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")
_MILLION = 1_000_000


def _group_words(number: int, *, follows: bool) -> str:
    """Thai words for 0..999,999; `follows`: something (millions) was said before it."""
    digits = [int(d) for d in reversed(str(number))]
    words = []
    for place, digit in reversed(list(enumerate(digits))):
        if digit == 0:
            continue
        if place == 0 and digit == 1 and (number > 10 or follows):
            words.append("เอ็ด")  # 11 สิบเอ็ด, 101 หนึ่งร้อยเอ็ด, 1,000,001 หนึ่งล้านเอ็ด
        elif place == 1 and digit == 1:
            words.append("สิบ")  # never หนึ่งสิบ
        elif place == 1 and digit == 2:
            words.append("ยี่สิบ")
        else:
            words.append(_DIGITS[digit] + _PLACES[place])
    return "".join(words)


def thai_number_words(number: int) -> str:
    """A non-negative integer in Thai words: 2500 → "สองพันห้าร้อย", 0 → "ศูนย์"."""
    if number < 0:
        raise ValueError("only non-negative numbers have Thai amount words here")
    if number == 0:
        return "ศูนย์"
    millions, rest = divmod(number, _MILLION)
    head = thai_number_words(millions) + "ล้าน" if millions else ""
    return head + _group_words(rest, follows=bool(millions))


def baht_text(satang: int) -> str:
    """The amount in Thai words as a receipt writes it (ตัวอักษร), from integer satang.

    250000 → "สองพันห้าร้อยบาทถ้วน"; 10100 → "หนึ่งร้อยเอ็ดบาทถ้วน";
    50 → "ห้าสิบสตางค์"; 0 → "ศูนย์บาทถ้วน". Raises ValueError for a negative amount.
    """
    if satang < 0:
        raise ValueError("an amount in words is never negative")
    baht, rest = divmod(satang, SATANG_PER_BAHT)
    if rest == 0:
        return thai_number_words(baht) + "บาทถ้วน"
    satang_words = thai_number_words(rest) + "สตางค์"
    return satang_words if baht == 0 else thai_number_words(baht) + "บาท" + satang_words
