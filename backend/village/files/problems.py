"""The answers a refused file gets: problem+json naming the form field, as validation does.

415: not a kind of file the route takes. 413: too many bytes or pixels.
422: a kind it takes, but unusable (damaged, encrypted, active content, something
else hidden inside); `errors[0].code` says which, for the dashboard to explain.
"""

from __future__ import annotations

from village.errors import AppError, ValidationFailed, field_error
from village.uploads import FileTooLarge

__all__ = [
    "AppError",
    "FileTooLarge",
    "UnsupportedFile",
    "hidden_content",
    "unreadable",
    "unusable",
]


class UnsupportedFile(AppError):
    status, slug, title = 415, "unsupported-media-type", "Unsupported media type"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(
            message, extra={"errors": [field_error(field, message, "unsupported_file")]}
        )


def unusable(field: str, message: str, code: str) -> ValidationFailed:
    """A 422 for a file of an accepted kind that cannot be used."""
    return ValidationFailed([field_error(field, message, code)], message)


HIDDEN_CONTENT = (
    "This file carries something besides its {what} ({found}), so it is refused: a file "
    "that is also another kind of file can be used to attack whoever opens it. Photos "
    "taken or chosen through the dashboard are re-encoded on the phone first, which "
    "removes such extras; attach it that way, or save it again as a new {what} and "
    "attach that copy."
)


def hidden_content(field: str, what: str, found: str) -> ValidationFailed:
    """A polyglot: an image or PDF with another format's payload after its end or inside
    its metadata."""
    return unusable(field, HIDDEN_CONTENT.format(what=what, found=found), "hidden_content")


def unreadable(field: str, what: str) -> ValidationFailed:
    return unusable(
        field,
        f"This {what} is damaged or incomplete and cannot be read; attach it again, or a new copy.",
        "unreadable_file",
    )
