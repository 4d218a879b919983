"""The kinds of numbered documents and their prefixes (village.md, "Document numbers")."""

from __future__ import annotations

from enum import StrEnum


class DocumentPrefix(StrEnum):
    INVOICE = "INV"
    RECEIPT = "RC"
    CREDIT_NOTE = "CN"
    SERVICE_REQUEST = "SR"
    CERTIFICATE = "CERT"  # debt-clearance certificate (หนังสือรับรองการปลอดหนี้)
