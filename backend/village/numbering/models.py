"""One counter per document kind and fiscal year."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from village.database import Base


class DocumentSequence(Base):
    """The last number issued for a prefix in a fiscal year (B.E.).

    Issuing increments it inside the issuing transaction, so the row stays locked
    until that transaction ends: concurrent issuers queue, and a rollback gives the
    number back (no gaps).
    """

    __tablename__ = "document_sequences"

    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    fiscal_year: Mapped[int] = mapped_column(primary_key=True)  # B.E., e.g. 2569
    last_number: Mapped[int] = mapped_column(default=0)
