"""Request and response models of announcements (village.md, "Announcements")."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from village.announcements.enums import AnnouncementPriority, AnnouncementStatus, AudienceKind
from village.files.schemas import FileRead
from village.pagination import Page, PageQuery
from village.validation import CleanStr, InputModel, Line, PatchModel, SearchText

TITLE_MAX = 200
BODY_MAX = 20_000
ZONES_MAX = 100
HOUSES_MAX = 2_000

Title = Annotated[Line, StringConstraints(min_length=1, max_length=TITLE_MAX)]
Body = Annotated[CleanStr, StringConstraints(min_length=1, max_length=BODY_MAX)]
Zone = Annotated[Line, StringConstraints(min_length=1, max_length=50)]
HouseId = Annotated[int, Field(ge=1, le=2**31 - 1)]


class Audience(InputModel):
    """Whom an announcement is addressed to: `{"kind": "all"}`, `{"kind": "zones",
    "zones": [...]}`, `{"kind": "owners"}` or `{"kind": "houses", "house_ids": [...]}`."""

    kind: AudienceKind
    zones: list[Zone] | None = Field(
        None, max_length=ZONES_MAX, description="Kind zones only: zones of existing houses"
    )
    house_ids: list[HouseId] | None = Field(
        None, max_length=HOUSES_MAX, description="Kind houses only: ids of existing houses"
    )

    @model_validator(mode="after")
    def _lists_match_kind(self) -> Audience:
        wanted = {AudienceKind.ZONES: "zones", AudienceKind.HOUSES: "house_ids"}.get(self.kind)
        for name in ("zones", "house_ids"):
            value = getattr(self, name)
            if name == wanted and not value:
                raise ValueError(f"audience kind {self.kind} needs a non-empty {name}")
            if name != wanted and value:
                raise ValueError(f"audience kind {self.kind} takes no {name}")
        # the same zone or house twice is one target
        if self.zones:
            self.zones = list(dict.fromkeys(self.zones))
        if self.house_ids:
            self.house_ids = list(dict.fromkeys(self.house_ids))
        return self


class AudienceRead(BaseModel):
    kind: AudienceKind
    zones: list[str] = Field(description="Kind zones: the zones; otherwise empty")
    house_ids: list[int] = Field(description="Kind houses: the houses; otherwise empty")


class AnnouncementCreate(InputModel):
    title: Title
    body: Body = Field(description="Markdown, at most 20,000 characters")
    audience: Audience
    priority: AnnouncementPriority = AnnouncementPriority.NORMAL
    pinned: bool = False
    publish_at: AwareDatetime | None = Field(
        None, description="Null: a draft; in the future: scheduled; now or past: publish now"
    )
    expires_at: AwareDatetime | None = Field(None, description="Required when urgent")


class AnnouncementUpdate(PatchModel):
    """Before publication every field; once published only `pinned` and `expires_at`
    (anything else that differs is 409 `announcement_published`)."""

    not_null = frozenset({"title", "body", "audience", "priority", "pinned"})

    title: Title | None = None
    body: Body | None = None
    audience: Audience | None = None
    priority: AnnouncementPriority | None = None
    pinned: bool | None = None
    publish_at: AwareDatetime | None = None
    expires_at: AwareDatetime | None = None


class PreviewRequest(InputModel):
    body: Annotated[CleanStr, StringConstraints(max_length=BODY_MAX)] = Field(
        description="Markdown"
    )


class Preview(BaseModel):
    body_html: str = Field(description="The sanitised HTML the body renders to")


class Author(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    full_name: str


class AnnouncementRead(BaseModel):
    id: int
    title: str
    body: str = Field(description="Markdown as written")
    body_html: str = Field(description="The server's sanitised rendering of the body")
    audience: AudienceRead
    priority: AnnouncementPriority
    pinned: bool
    publish_at: datetime | None
    expires_at: datetime | None
    archived_at: datetime | None
    status: AnnouncementStatus
    author: Author | None = Field(description="Null once the author's account is deleted")
    attachments: list[FileRead] = Field(
        description="Bytes at /api/v1/announcements/{id}/attachments/{file_id}"
    )
    created_at: datetime
    updated_at: datetime
    read: bool = Field(description="Whether the person asking has opened it")
    read_count: int | None = Field(
        description="Staff (announcements:write) only: how many of the audience read it"
    )
    recipient_count: int | None = Field(
        description="Staff (announcements:write) only: how many people it is addressed to now"
    )


class AnnouncementPage(Page[AnnouncementRead]):
    pass


SortKey = Literal["created_at", "-created_at", "publish_at", "-publish_at", "title", "-title"]


class AnnouncementQuery(PageQuery):
    """Staff filters; a resident's feed takes only paging."""

    q: SearchText | None = Field(None, description="Words of the title")
    status: AnnouncementStatus | None = None
    priority: AnnouncementPriority | None = None
    pinned: bool | None = None
    sort: SortKey = Field("-created_at", description="A field; prefix '-' for descending")
