"""Uploaded files (village.files): one row per file, its bytes under UPLOAD_DIR.

`kind` is text checked by the model (no CHECK constraint), so a new kind of file
needs no migration. `owner_type`/`owner_id` stay null until the owner object
exists; cleanup-files removes rows never attached after a day.

Revision ID: 20261130_0011
Revises: 20261130_0010
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261130_0011"
down_revision: str | None = "20261130_0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    timestamp = sa.DateTime(timezone=True)
    op.create_table(
        "files",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("owner_type", sa.String(40)),
        sa.Column("owner_id", sa.Integer()),
        sa.Column("storage_key", sa.String(80), nullable=False),
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("mime", sa.String(100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("width", sa.Integer()),
        sa.Column("height", sa.Integer()),
        sa.Column(
            "uploaded_by_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="SET NULL", name="fk_files_uploaded_by_id_users"),
        ),
        sa.Column("created_at", timestamp, nullable=False),
        sa.Column("deleted_at", timestamp),
    )
    op.create_index("ix_files_owner", "files", ["owner_type", "owner_id"])
    op.create_index("ix_files_sha256", "files", ["sha256"])
    op.create_index("ix_files_created_at", "files", ["created_at"])
    op.create_index("ix_files_uploaded_by_id", "files", ["uploaded_by_id"])


def downgrade() -> None:
    op.drop_table("files")
