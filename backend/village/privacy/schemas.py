"""Request and response models of the privacy API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from village.pagination import Page, PageQuery
from village.privacy.enums import DataRequestStatus, DataRequestType
from village.validation import CleanStr, InputModel, SearchText

NoticeText = Annotated[CleanStr, StringConstraints(min_length=20, max_length=20_000)]
Note = Annotated[CleanStr, StringConstraints(min_length=1, max_length=2_000)]


class NoticeRead(BaseModel):
    """A version of the privacy notice, and whether the signed-in user accepted it."""

    model_config = ConfigDict(from_attributes=True)

    version: int
    text_th: str
    text_en: str
    published_at: datetime
    accepted_at: datetime | None = Field(
        description="When the signed-in user accepted this version; null: not yet"
    )


class NoticeVersionRead(BaseModel):
    """A version of the notice, for the office."""

    version: int
    text_th: str
    text_en: str
    published_at: datetime
    accepted_count: int = Field(description="How many people accepted this version")


class NoticePage(Page[NoticeVersionRead]):
    pass


class NoticePublish(InputModel):
    """A new version of the notice: it becomes current and everyone accepts it again."""

    text_th: NoticeText
    text_en: NoticeText


class NoticeAccept(InputModel):
    version: int = Field(ge=1, le=2_147_483_647, strict=True, description="The version read")


class PrivacyPersonRef(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    full_name: str


class DataRequestCreate(InputModel):
    type: DataRequestType
    details: Annotated[CleanStr, StringConstraints(max_length=2_000)] | None = Field(
        None, description="What to correct, what to erase, what use to stop ..."
    )


class DataRequestRead(BaseModel):
    """A data-subject request. Due 30 days after it arrived (PDPA s.30 para. 3)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    type: DataRequestType
    details: str | None
    status: DataRequestStatus
    created_at: datetime
    due_on: date = Field(description="The village's date of arrival + 30 days")
    overdue: bool = Field(description="Still pending after due_on")
    decided_at: datetime | None
    decision_note: str | None = Field(description="What was done, or why it was refused")
    user: PrivacyPersonRef
    decided_by: PrivacyPersonRef | None


class DataRequestPage(Page[DataRequestRead]):
    pass


class DataRequestQuery(PageQuery):
    status: DataRequestStatus | None = Field(None, description="Default: every status")
    type: DataRequestType | None = None
    overdue: bool | None = Field(None, description="true: pending past their due date only")
    user_id: int | None = Field(None, ge=1, le=2_147_483_647)
    q: SearchText | None = Field(None, description="Part of the requester's name")
    sort: Literal["due_on", "-due_on", "created_at", "-created_at"] = Field(
        "due_on", description="Default: the most urgent first"
    )


class DataRequestDecision(InputModel):
    note: Note = Field(description="What was done, or (reject) why: PDPA s.30 para. 3")


class EraseRequest(InputModel):
    request_id: int | None = Field(
        None, ge=1, le=2_147_483_647, description="The erasure request this answers, if any"
    )
    note: Note | None = Field(None, description="The completed request's note")


class ErasureRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    user_id: int
    erased_at: datetime
    full_name: str = Field(description="The anonymised name the account now carries")


class DataExport(BaseModel):
    """Everything the village holds about the person, by part (see docs/privacy.md)."""

    format: Literal["village-personal-data-export"] = "village-personal-data-export"
    format_version: int = 1
    generated_at: datetime
    user_id: int
    parts: dict[str, Any] = Field(
        description="One member per part: profile, memberships, membership_requests, "
        "privacy_notice_acceptances, data_requests, sessions, audit_events, files, ..."
    )
