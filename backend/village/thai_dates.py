"""Thai calendar arithmetic: the Buddhist era and the village's fiscal year.

Pure functions on dates; the village's timezone and fiscal month come from its
profile (village/profile), which decides "which day" before calling these.
"""

from __future__ import annotations

from datetime import date

BE_OFFSET = 543  # B.E. = C.E. + 543 (the Thai solar calendar since 1941)


def be_year(day: date) -> int:
    """The Buddhist-era year of `day` (2026-11-29 → 2569)."""
    return day.year + BE_OFFSET


def fiscal_year_be(day: date, start_month: int) -> int:
    """The fiscal year of `day`, as the B.E. year in which that fiscal year *ends*
    (village.md, "Document numbers").

    A fiscal year starting in January is the calendar year; one starting in
    October runs October 2026 – September 2027 and is 2570. Raises ValueError for a
    month outside 1–12.
    """
    if not 1 <= start_month <= 12:
        raise ValueError(f"fiscal year start month must be 1-12, not {start_month}")
    ends_next_year = start_month != 1 and day.month >= start_month
    return be_year(day) + (1 if ends_next_year else 0)


THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)


def thai_month(day: date) -> str:
    """The month of `day` in Thai with its B.E. year, as documents write it:
    2026-12-01 → "ธันวาคม 2569"."""
    return f"{THAI_MONTHS[day.month - 1]} {be_year(day)}"


def thai_date(day: date) -> str:
    """`day` in Thai with its B.E. year, as documents write it: 2026-12-05 → "5 ธันวาคม 2569"."""
    return f"{day.day} {thai_month(day)}"


THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)


def thai_date_short(day: date) -> str:
    """`day` with the Thai month abbreviated, for tables: 2026-12-05 → "5 ธ.ค. 2569"."""
    return f"{day.day} {THAI_MONTHS_SHORT[day.month - 1]} {be_year(day)}"
