"""How a file appears in its owner's JSON (a service request's `photos`, a slip's `file`)."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from village.files.enums import FileKind


class FileRead(BaseModel):
    """A stored file as the API shows it; its bytes are served by the owner's route,
    e.g. GET /api/v1/service-requests/{id}/photos/{file_id}."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    kind: FileKind
    filename: str = Field(description="The name it was uploaded with (cleaned)")
    mime: str = Field(
        description="Its content type, judged from its content", examples=["image/jpeg"]
    )
    size_bytes: int
    width: int | None = Field(description="Pixels; null for a PDF")
    height: int | None = Field(description="Pixels; null for a PDF")
    created_at: datetime
