"""One row per stored file: what it is, whose it is, and where its bytes are.

The bytes live under UPLOAD_DIR at `storage_key`, named by their sha256, so the
same content uploaded twice is one file on disk shared by two rows. A row has
no owner until its owner object exists (`attach`); rows never attached, and
rows discarded, are removed by `flask --app village cleanup-files` after a day.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from village.database import Base, utcnow
from village.files.enums import FileKind

FILENAME_MAX = 200


class StoredFile(Base):
    __tablename__ = "files"
    __table_args__ = (
        Index("ix_files_owner", "owner_type", "owner_id"),
        Index("ix_files_sha256", "sha256"),
        Index("ix_files_created_at", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    # Text, checked by the model only: a new kind needs no migration.
    kind: Mapped[FileKind] = mapped_column(
        Enum(
            FileKind,
            native_enum=False,
            create_constraint=False,
            length=40,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        )
    )
    owner_type: Mapped[str | None] = mapped_column(String(40))  # e.g. "service_request"
    owner_id: Mapped[int | None]
    storage_key: Mapped[str] = mapped_column(String(80))  # "ab/cd/<sha256>" under UPLOAD_DIR
    filename: Mapped[str] = mapped_column(String(FILENAME_MAX))  # cleaned, as the person named it
    mime: Mapped[str] = mapped_column(String(100))  # sniffed from the stored bytes
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))  # of the stored (re-encoded) bytes
    width: Mapped[int | None]  # pixels, images only
    height: Mapped[int | None]
    uploaded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"<StoredFile id={self.id} {self.kind} {self.mime} {self.size_bytes} B>"
