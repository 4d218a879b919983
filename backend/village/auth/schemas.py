"""Request and response models of /auth."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from village.enums import Permission, Role
from village.users.schemas import UserRead
from village.validation import (
    Address,
    Email,
    FullName,
    HouseNumber,
    InputModel,
    NationalId,
    Password,
    Phone,
)


class RegisterRequest(InputModel):
    email: Email
    password: Password
    full_name: FullName
    phone: Phone | None = None
    house_number: HouseNumber | None = None
    address: Address | None = None


class LoginRequest(InputModel):
    # Plain strings: a malformed email is just an unknown account (401), so the
    # answer never tells a typo from a wrong password.
    email: str = Field(min_length=1, max_length=320)
    password: Password


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


class RefreshRequest(InputModel):
    refresh_token: str | None = Field(
        None, max_length=4096, description="Or send it as 'Authorization: Bearer <refresh token>'"
    )


class ProfileUpdate(InputModel):
    """PATCH /auth/me: only the fields sent change. Changing the email needs the password."""

    full_name: FullName | None = None
    phone: Phone | None = None
    national_id: NationalId | None = None
    email: Email | None = None
    current_password: Password | None = Field(None, description="Required to change the email")


class ProfileReplace(InputModel):
    """PUT /auth/me: the whole editable profile; optional fields left out are cleared."""

    full_name: FullName
    phone: Phone | None = None
    national_id: NationalId | None = None
    email: Email | None = Field(None, description="Unchanged when left out")
    current_password: Password | None = Field(None, description="Required to change the email")


class ChangePasswordRequest(InputModel):
    current_password: Password
    new_password: Password


class PasswordPolicyRead(BaseModel):
    min_length: int
    max_length: int
    rules: list[str]


class MeRead(UserRead):
    """The signed-in user, with what the user may do (for role-aware clients)."""

    permissions: list[Permission]
    assignable_roles: list[Role]


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
