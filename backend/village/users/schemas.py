"""Request and response models of the users API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from village.enums import Role, UserStatus
from village.pagination import Page, PageQuery
from village.validation import (
    Address,
    Email,
    FullName,
    InputModel,
    NationalId,
    Password,
    PatchModel,
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
    email: str | None
    full_name: str
    phone: str | None = Field(description="A Thai mobile number in E.164 (+66…)")
    role: Role
    status: UserStatus
    house_number: str | None = Field(
        description="Read-only: the numbers of the houses the person is a current member of"
    )
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
    has_password: bool = Field(
        description="False until the person sets a password (a set-password link)"
    )
    password_change_required: bool = Field(
        description="The password was given by an administrator: the person must change it"
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


NO_IDENTIFIER = "Give an email or a Thai mobile number (or both)."


def _reachable(model: Any) -> Any:
    """A person signs in, and is reached, by at least one of them (village.md)."""
    if model.email is None and model.phone is None:
        raise ValueError(NO_IDENTIFIER)
    return model


class UserCreate(InputModel):
    """A new person. Without a password they sign in after a set-password link; with one
    (an initial password the office hands over) they must change it at first sign-in."""

    full_name: FullName
    email: Email | None = None
    phone: Phone | None = None
    password: Password | None = Field(
        None, description="An initial password the person must change at first sign-in"
    )
    role: Role = Role.RESIDENT
    status: UserStatus = UserStatus.ACTIVE
    address: Address | None = None
    national_id: NationalId | None = None

    @model_validator(mode="after")
    def _check_reachable(self) -> Any:
        return _reachable(self)


class UserUpdate(PatchModel):
    """PATCH: only the fields sent change; null clears an optional field. Passwords are
    never set here: issue a set-password link (or the person changes their own)."""

    not_null = frozenset({"full_name", "role", "status"})

    email: Email | None = None
    full_name: FullName | None = None
    phone: Phone | None = None
    role: Role | None = None
    status: UserStatus | None = None
    address: Address | None = None
    national_id: NationalId | None = None


class UserReplace(InputModel):
    """PUT: the whole editable record; optional fields left out are cleared."""

    full_name: FullName
    role: Role
    status: UserStatus
    email: Email | None = None
    phone: Phone | None = None
    address: Address | None = None
    national_id: NationalId | None = None

    @model_validator(mode="after")
    def _check_reachable(self) -> Any:
        return _reachable(self)

    def changes(self) -> dict[str, Any]:
        """Every editable field, with its new value."""
        return self.model_dump()


class SetPasswordLink(BaseModel):
    """A one-time link with which a person sets their password; shown once."""

    model_config = ConfigDict(from_attributes=True)

    url: str = Field(description="The dashboard's set-password page with the token")
    token: str = Field(description="The one-time token (the link holds it too)")
    expires_at: datetime
    qr_svg: str = Field(description="The link as a QR code (SVG), for a printed letter")


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
