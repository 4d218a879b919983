"""Query models of dunning letters."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from village.validation import InputModel, Line

Bucket = Literal["current", "1_30", "31_60", "61_90", "91_180", "over_180"]
Zone = Annotated[Line, StringConstraints(min_length=1, max_length=50)]


MAX_LETTERS = 50  # a PDF of letters takes a fraction of a second each: stay in one request


class DunningLettersQuery(InputModel):
    page: int = Field(1, ge=1, le=10_000, description="From 1: which batch of letters")
    per_page: int = Field(
        25, ge=1, le=MAX_LETTERS, description="Letters in one PDF (X-Total-Count has them all)"
    )
    zone: Zone | None = Field(None, description="Only houses of this zone")
    bucket: Bucket | None = Field(
        None, description="Only houses with something in this aging bucket (days past due)"
    )
    eligible: Literal["suspension", "land_office"] | None = Field(
        None,
        description="Only houses in arrears for at least the settings' months for suspension "
        "of services (arrears_suspension_months) or for the land office "
        "(arrears_land_office_months)",
    )
