"""The heading lines above a report's sheet: whose books, which period (B.E.), made when."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from village.profile import service as profile
from village.thai_dates import thai_date, thai_month
from village.validation import format_period


def _village() -> str:
    village = profile.get()
    names = [village.juristic_person_name or village.name_th, village.name_en]
    return " / ".join(name for name in names if name)


def _generated() -> str:
    zone = profile.get().timezone
    now = datetime.now(ZoneInfo(zone))
    return f"พิมพ์เมื่อ / Generated: {thai_date(now.date())} {now:%H:%M} ({zone})"


def heading(month: date) -> list[str]:
    """The village, the month (Thai B.E. and YYYY-MM) and when the sheet was made."""
    return [_village(), f"งวด / Period: {thai_month(month)} ({format_period(month)})", _generated()]


def heading_range(first: date, last: date) -> list[str]:
    """As `heading`, for the months from `first` to `last`."""
    span = f"{thai_month(first)} – {thai_month(last)}"
    period = f"{format_period(first)} – {format_period(last)}"
    return [_village(), f"งวด / Periods: {span} ({period})", _generated()]


def heading_as_of(day: date) -> list[str]:
    """As `heading`, for a report as of one day."""
    return [_village(), f"ณ วันที่ / As of: {thai_date(day)} ({day.isoformat()})", _generated()]
