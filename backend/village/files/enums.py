"""What a stored file is for, and which contents a route accepts."""

from __future__ import annotations

from enum import Enum, StrEnum

JPEG = "image/jpeg"
PNG = "image/png"
WEBP = "image/webp"
PDF = "application/pdf"
IMAGE_MIMES = frozenset({JPEG, PNG, WEBP})
EXTENSIONS = {JPEG: ".jpg", PNG: ".png", WEBP: ".webp", PDF: ".pdf"}


class FileKind(StrEnum):
    """What a file is for (stored as text: a new kind is one line here, no migration)."""

    SERVICE_REQUEST_PHOTO = "service_request_photo"
    ANNOUNCEMENT_ATTACHMENT = "announcement_attachment"
    PAYMENT_SLIP = "payment_slip"


class Accept(Enum):
    """The contents a route takes (village.md, "Uploads"): judged by content, never by name."""

    IMAGES = (IMAGE_MIMES, "This is not a JPEG, PNG or WebP image.")
    DOCUMENTS = (IMAGE_MIMES | {PDF}, "This is not a PDF or a JPEG, PNG or WebP image.")

    @property
    def mimes(self) -> frozenset[str]:
        mimes: frozenset[str] = self.value[0]
        return mimes

    @property
    def refusal(self) -> str:
        """What a person is told when a file is none of these."""
        refusal: str = self.value[1]
        return refusal
