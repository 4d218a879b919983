"""Enumerations of the privacy domain (village.md, "Privacy (PDPA)")."""

from __future__ import annotations

from enum import StrEnum


class DataRequestType(StrEnum):
    """What a data subject asks for (PDPA B.E. 2562 ss.30-36)."""

    ACCESS = "access"  # s.30: a copy of the data, and where it came from
    RECTIFICATION = "rectification"  # s.35: correct or complete it
    ERASURE = "erasure"  # s.33: delete, destroy or anonymise it
    OBJECTION = "objection"  # s.32: stop a use of it


class DataRequestStatus(StrEnum):
    PENDING = "pending"
    COMPLETED = "completed"
    REJECTED = "rejected"  # with the reason (s.30 para. 3: a refusal is recorded)
