"""The Buddhist era and the fiscal year that names document numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from village.thai_dates import be_year, fiscal_year_be, thai_date, thai_date_short, thai_month


def test_the_buddhist_era_is_543_years_ahead():
    assert be_year(date(2026, 11, 29)) == 2569


@pytest.mark.parametrize(
    ("day", "start_month", "year"),
    [
        (date(2026, 1, 1), 1, 2569),
        (date(2026, 12, 31), 1, 2569),
        (date(2026, 9, 30), 10, 2569),  # the fiscal year Oct 2025 – Sep 2026 ends in 2569
        (date(2026, 10, 1), 10, 2570),  # ... and the next one ends in 2570
        (date(2026, 12, 31), 12, 2570),
        (date(2026, 11, 30), 12, 2569),
    ],
)
def test_the_fiscal_year_is_the_be_year_in_which_it_ends(day, start_month, year):
    assert fiscal_year_be(day, start_month) == year


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2400, 12, 31)), st.integers(1, 12))
def test_a_fiscal_year_is_twelve_consecutive_months(day, start_month):
    # Every day of the fiscal year shares its number: its first day and its last day.
    year = fiscal_year_be(day, start_month)
    first_year = day.year if day.month >= start_month else day.year - 1
    first = date(first_year, start_month, 1)
    last = date(first_year + (1 if start_month != 1 else 0), (start_month - 2) % 12 + 1, 28)
    assert fiscal_year_be(first, start_month) == fiscal_year_be(last, start_month) == year
    assert year in (be_year(day), be_year(day) + 1)


@pytest.mark.parametrize("month", [0, 13])
def test_a_month_outside_the_year_is_refused(month):
    with pytest.raises(ValueError, match="1-12"):
        fiscal_year_be(date(2026, 1, 1), month)


def test_documents_write_dates_and_months_in_thai_with_the_be_year():
    assert thai_date(date(2026, 12, 5)) == "5 ธันวาคม 2569"
    assert thai_month(date(2026, 12, 31)) == "ธันวาคม 2569"
    assert thai_month(date(2027, 1, 1)) == "มกราคม 2570"
    assert thai_date_short(date(2026, 10, 1)) == "1 ต.ค. 2569"
    assert thai_date_short(date(2026, 2, 28)) == "28 ก.พ. 2569"
