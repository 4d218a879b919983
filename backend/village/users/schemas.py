"""Request and response models of the users API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from village.enums import Role, UserStatus
from village.pagination import Page, PageQuery
from village.validation import (
    Address,
    Email,
    FullName,
    HouseNumber,
    InputModel,
    NationalId,
    Password,
    Phone,
    SearchText,
    mask_national_id,
)

SORT_FIELDS = (
    "id",
    "email",
    "full_name",
    "role",
    "status",
    "house_number",
    "created_at",
    "updated_at",
    "last_login_at",
)
SortKey = Literal[
    "id",
    "email",
    "full_name",
    "role",
    "status",
    "house_number",
    "created_at",
    "updated_at",
    "last_login_at",
    "-id",
    "-email",
    "-full_name",
    "-role",
    "-status",
    "-house_number",
    "-created_at",
    "-updated_at",
    "-last_login_at",
]


class UserRead(BaseModel):
    """A user as admins see it. The password hash is never part of it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    full_name: str
    phone: str | None
    role: Role
    status: UserStatus
    house_number: str | None
    address: str | None
    national_id: str | None = Field(
        description="Thai national ID number; masked to the last four digits in lists"
    )
    created_at: datetime
    updated_at: datetime
    last_login_at: datetime | None
    locked_until: datetime | None = Field(
        description="Set while the account is locked after repeated failed logins"
    )


class MaskedUserRead(UserRead):
    """A user as admins see it: the national ID masked to its last four digits (staff
    reveal the whole number on request, audited)."""

    @field_validator("national_id")
    @classmethod
    def _mask(cls, value: str | None) -> str | None:
        return mask_national_id(value)


class NationalIdRead(BaseModel):
    national_id: str = Field(description="The full 13-digit number (its reading is audited)")


class UserPage(Page[MaskedUserRead]):
    """Built straight from the ORM rows: one validation per user, masking included."""


class UserQuery(PageQuery):
    q: SearchText | None = Field(None, description="Search in name, email, phone and house number")
    role: Role | None = None
    status: UserStatus | None = None
    locked: bool | None = Field(None, description="Only locked (true) or unlocked (false) accounts")
    sort: SortKey = Field("-created_at", description="A field name; prefix '-' for descending")


class UserCreate(InputModel):
    email: Email
    password: Password
    full_name: FullName
    phone: Phone | None = None
    role: Role = Role.RESIDENT
    status: UserStatus = UserStatus.ACTIVE
    house_number: HouseNumber | None = None
    address: Address | None = None
    national_id: NationalId | None = None


class UserUpdate(InputModel):
    """PATCH: only the fields sent change; null clears an optional field."""

    email: Email | None = None
    password: Password | None = Field(
        None, description="Set a new password (ends the user's sessions)"
    )
    full_name: FullName | None = None
    phone: Phone | None = None
    role: Role | None = None
    status: UserStatus | None = None
    house_number: HouseNumber | None = None
    address: Address | None = None
    national_id: NationalId | None = None


class UserReplace(InputModel):
    """PUT: the whole editable record; optional fields left out are cleared."""

    email: Email
    full_name: FullName
    role: Role
    status: UserStatus
    phone: Phone | None = None
    house_number: HouseNumber | None = None
    address: Address | None = None
    national_id: NationalId | None = None


class DailyCount(BaseModel):
    date: date
    count: int


class UserStats(BaseModel):
    total: int
    by_role: dict[Role, int]
    by_status: dict[UserStatus, int]
    registrations: list[DailyCount] = Field(description="New accounts per day, oldest first")
    active_last_30_days: int = Field(description="Users who signed in during the last 30 days")
    locked: int = Field(description="Accounts locked right now after failed logins")


class StatsQuery(InputModel):
    days: int = Field(30, ge=1, le=366, description="How many days of registrations to return")
