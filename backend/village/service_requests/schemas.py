"""Request and response models of service requests, their timeline and photos."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from village.files.schemas import FileRead
from village.pagination import Page, PageQuery
from village.service_requests.enums import (
    COMMENT_MAX,
    DESCRIPTION_MAX,
    RATING_COMMENT_MAX,
    TITLE_MAX,
    Category,
    Priority,
    Status,
)
from village.validation import CleanStr, InputModel, Line, PatchModel, SearchText

Title = Annotated[Line, StringConstraints(min_length=1, max_length=TITLE_MAX)]
Description = Annotated[CleanStr, StringConstraints(min_length=1, max_length=DESCRIPTION_MAX)]
CommentBody = Annotated[CleanStr, StringConstraints(min_length=1, max_length=COMMENT_MAX)]
Reason = Annotated[CleanStr, StringConstraints(max_length=COMMENT_MAX)]
RatingComment = Annotated[CleanStr, StringConstraints(max_length=RATING_COMMENT_MAX)]
Rating = Annotated[int, Field(ge=1, le=5, strict=True)]
Id = Annotated[int, Field(ge=1, le=2**31 - 1)]


class RequestPerson(BaseModel):
    """A person as a request shows them (opener, assignee, a comment's author)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    full_name: str


class RequestHouse(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    house_number: str


class ServiceRequestRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str = Field(examples=["SR2569-000310"])
    house_id: int | None = Field(description="Null for a common area")
    house: RequestHouse | None
    category: Category
    title: str
    description: str
    priority: Priority
    status: Status
    opened_by: RequestPerson
    assignee: RequestPerson | None
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None = Field(description="When the office first took it up")
    resolved_at: datetime | None
    closed_at: datetime | None = Field(description="When it reached closed, cancelled or rejected")
    reopen_count: int
    rating: int | None = Field(description="1-5, given by the opener when closing")
    rating_comment: str | None
    photos: list[FileRead]
    allowed_transitions: list[Status] = Field(
        description="The statuses the signed-in user may move it to now (for buttons)"
    )


class ServiceRequestPage(Page[ServiceRequestRead]):
    pass


class ServiceRequestCreate(InputModel):
    house_id: Id | None = Field(
        None, description="Null for a common area; a resident: one of their current houses"
    )
    category: Category
    title: Title
    description: Description
    priority: Priority = Priority.NORMAL


class ServiceRequestUpdate(PatchModel):
    """The office's triage: who works it, how urgent it is, what kind it is."""

    not_null = frozenset({"priority", "category"})

    assignee_id: Id | None = Field(None, description="A staff user; null unassigns")
    priority: Priority | None = None
    category: Category | None = None


class TransitionRequest(InputModel):
    to: Status
    reason: Reason | None = Field(
        None, description="Required for on_hold and rejected; shown to the opener"
    )
    rating: Rating | None = Field(None, description="Only when the opener closes it: 1-5")
    rating_comment: RatingComment | None = Field(None, description="Only with a close")


class CommentCreate(InputModel):
    body: CommentBody
    internal: bool = Field(False, description="Staff only: a note residents never see")


class CommentRead(BaseModel):
    """An entry of the timeline: a comment, or a status change (status_to set) with its
    reason as the body."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    author: RequestPerson | None = Field(description="Null for an automatic change")
    body: str
    internal: bool
    status_from: Status | None
    status_to: Status | None
    created_at: datetime


SortKey = Literal[
    "created_at", "-created_at", "updated_at", "-updated_at", "priority", "-priority", "number",
    "-number",
]  # fmt: skip


class ServiceRequestQuery(PageQuery):
    q: SearchText | None = Field(None, description="Number or title")
    status: Status | None = None
    open: bool | None = Field(
        None, description="true: submitted, in progress or on hold; false: the others"
    )
    category: Category | None = None
    priority: Priority | None = None
    house_id: Id | None = None
    common_area: bool | None = Field(None, description="true: only requests without a house")
    assignee_id: Id | None = None
    unassigned: bool | None = Field(None, description="true: only requests nobody works")
    min_open_days: int | None = Field(
        None,
        ge=0,
        le=3650,
        description="Still open (submitted, in progress, on hold) and opened at least this "
        "many days ago",
    )
    sort: SortKey = Field("-created_at", description="A field; prefix '-' for descending")
