"""Request and response models of /auth."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from village.enums import Language, Permission, Role, Scope
from village.houses.enums import Relation
from village.users.schemas import UserRead
from village.validation import (
    Address,
    Email,
    FullName,
    HouseNumber,
    InputModel,
    Line,
    NationalId,
    Password,
    PatchModel,
    Phone,
)


class RegisterRequest(InputModel):
    """A resident signs up with an email or a Thai mobile number (or both), and says which
    house they live at and as what: the office confirms it before they see its data."""

    full_name: FullName
    password: Password
    email: Email | None = None
    phone: Phone | None = None
    house_number: HouseNumber | None = Field(None, description="The house they live at")
    relation: Relation | None = Field(None, description="As what: owner, tenant, family ...")
    address: Address | None = None

    @model_validator(mode="after")
    def _identifier_and_house(self) -> RegisterRequest:
        if self.email is None and self.phone is None:
            raise ValueError("Give an email or a Thai mobile number (or both).")
        if (self.house_number is None) != (self.relation is None):
            raise ValueError("Give the house number together with how you live there.")
        return self


class LoginRequest(InputModel):
    """Sign in with an email or a phone number, and the password.

    Plain strings: a malformed email or phone is just an unknown account (401), so
    the answer never tells a typo from a wrong password.
    """

    email: str | None = Field(None, min_length=1, max_length=320)
    phone: str | None = Field(None, min_length=1, max_length=40)
    password: Password

    @model_validator(mode="after")
    def _exactly_one_identifier(self) -> LoginRequest:
        if (self.email is None) == (self.phone is None):
            raise ValueError("Send either email or phone with the password.")
        return self

    @property
    def identifier(self) -> dict[str, Any]:
        return {"email": self.email} if self.email is not None else {"phone": self.phone}


class SetPasswordRequest(InputModel):
    """A set-password link's token (from its #token= part) and the new password."""

    token: Line = Field(min_length=16, max_length=200)
    new_password: Password


class PasswordResetRequest(InputModel):
    """The address to mail a reset link to. Any text is taken (and answered 202 alike):
    whether it is an account's address is never told."""

    email: Line = Field(min_length=1, max_length=320)


class PasswordResetAccepted(BaseModel):
    detail: str = Field(description="The same words whether or not the address has an account")


class PasswordResetConfirm(InputModel):
    """A reset link's token (from its #token= part) and the new password."""

    token: Line = Field(min_length=16, max_length=200)
    new_password: Password


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str | None = Field(
        description="Null when the refresh token travels in the HttpOnly cookie instead"
    )
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires")
    refresh_expires_in: int = Field(description="Seconds until the refresh token expires")


class LoginResponse(TokenPair):
    user: UserRead
    password_change_required: bool = Field(
        description="True: this session may only read /auth/me, change the password and "
        "sign out until the password given by the office is changed"
    )


class RefreshRequest(InputModel):
    refresh_token: str | None = Field(
        None, max_length=4096, description="Or send it as 'Authorization: Bearer <refresh token>'"
    )


class ProfileUpdate(PatchModel):
    """PATCH /auth/me: only the fields sent change. Changing the email or the phone (what
    one signs in with) needs the current password."""

    not_null = frozenset({"full_name", "language", "email_opt_out"})

    full_name: FullName | None = None
    phone: Phone | None = None
    national_id: NationalId | None = None
    email: Email | None = None
    language: Language | None = Field(None, description="The language of their email: th, en")
    email_opt_out: bool | None = Field(
        None, description="True: only essential email (password reset, account mails)"
    )
    current_password: Password | None = Field(
        None, description="Required to change the email or the phone"
    )

    def changes(self) -> dict[str, Any]:
        return self.model_dump(exclude_unset=True, exclude={"current_password"})


class ProfileReplace(InputModel):
    """PUT /auth/me: the whole editable profile; optional fields left out are cleared."""

    full_name: FullName
    phone: Phone | None = None
    national_id: NationalId | None = None
    email: Email | None = Field(None, description="Unchanged when left out")
    language: Language | None = Field(None, description="Unchanged when left out")
    email_opt_out: bool | None = Field(None, description="Unchanged when left out")
    current_password: Password | None = Field(
        None, description="Required to change the email or the phone"
    )

    def changes(self) -> dict[str, Any]:
        changes = self.model_dump(exclude={"current_password"})
        for setting in ("language", "email_opt_out"):  # preferences, not profile: kept
            if changes[setting] is None:
                del changes[setting]
        return changes


class ChangePasswordRequest(InputModel):
    current_password: Password
    new_password: Password


class RegistrationRead(BaseModel):
    mode: Literal["open", "approval", "closed"] = Field(
        description="open: new residents are active at once; approval: they wait for the "
        "office; closed: POST /auth/register answers 403"
    )


class PasswordPolicyRead(BaseModel):
    min_length: int
    max_length: int
    rules: list[str]


class MeRead(UserRead):
    """The signed-in user, with what the user may do (for role-aware clients)."""

    permissions: list[Permission]
    scope: Scope = Field(
        description="How far the permissions reach: `all`, or `own_houses` (a resident: the "
        "houses they are a current member of)"
    )
    assignable_roles: list[Role]
    privacy_notice_pending: bool = Field(
        description="True until the person accepts the current privacy notice "
        "(GET /api/v1/privacy-notice, POST /api/v1/privacy-notice/accept)"
    )
    language: Language = Field(description="The language of their email: th, en")
    email_opt_out: bool = Field(
        description="True: only essential email (password reset, account mails)"
    )


class SessionRead(BaseModel):
    """A signed-in device of the user."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    ip_address: str | None
    user_agent: str | None
    current: bool = Field(False, description="True for the session making this request")


class RevokedCount(BaseModel):
    ended: int = Field(description="How many sessions were ended")
