"""PDFs: parsed for real (pypdf), refused when encrypted or able to act on their own.

A PDF is stored as it came (re-rendering would lose text and signatures), so
what it may do is judged instead: it must start with `%PDF-` and end at its last
`%%EOF` (nothing appended: no ZIP or HTML riding behind it), parse, have pages,
not be encrypted (the office could not open it, and neither could a check), and
hold none of: JavaScript (document, page, form or XFA scripts), launch actions
(run a program), embedded files or file attachments, rich media, remote
go-to/import/submit actions. Every object reachable from the trailer is looked
at, compressed object streams included; names are compared decoded, so
`/J#61vaScript` is `/JavaScript`.
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, PdfObject

from village.files import problems, structure

WHAT = "PDF"
# Keys whose mere presence means active or hidden content.
ACTIVE_KEYS = {
    "/JS": "JavaScript",
    "/JavaScript": "JavaScript",
    "/XFA": "form scripts (XFA)",
    "/EmbeddedFile": "an embedded file",
    "/EmbeddedFiles": "an embedded file",
    "/RichMedia": "embedded media",
}
# Action types (/S) and object types (/Type, /Subtype) with the same meaning.
ACTIVE_NAMES = {
    "/JavaScript": "JavaScript",
    "/Launch": "a launch action (it would start a program)",
    "/ImportData": "an import-data action",
    "/SubmitForm": "a submit-form action",
    "/GoToE": "an embedded-file action",
    "/GoToR": "a link that opens another file",
    "/RichMediaExecute": "embedded media",
    "/EmbeddedFile": "an embedded file",
    "/FileAttachment": "a file attachment",
    "/RichMedia": "embedded media",
}
NAME_KEYS = ("/S", "/Type", "/Subtype")
MAX_OBJECTS = 200_000
log = logging.getLogger(__name__)


def judge(data: bytes, *, field: str) -> None:
    """Refuse `data` unless it is a plain, readable PDF (the problem says why)."""
    if not data.startswith(b"%PDF-"):
        raise problems.unreadable(field, WHAT)
    end = data.rfind(b"%%EOF")
    if end < 0:
        raise problems.unreadable(field, WHAT)
    trailing = data[end + 5 :]
    if trailing.strip(b"\r\n\t \x00"):
        riding = structure.signature_in(trailing) or "other data"
        raise problems.hidden_content(field, WHAT, f"{riding} after the end of the PDF")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
        if not encrypted:
            found = _active_content(reader)
            pages = len(reader.pages)
    except problems.AppError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files
        log.info("pdf_unreadable", extra={"event": "pdf_unreadable", "reason": type(exc).__name__})
        raise problems.unreadable(field, WHAT) from None
    if encrypted:
        raise problems.unusable(
            field,
            "This PDF is password-protected or encrypted, so it cannot be checked or opened "
            "by the office. Save an unprotected copy (open it, then Print → Save as PDF) and "
            "attach that.",
            "encrypted_pdf",
        )
    if found:
        raise problems.unusable(
            field,
            f"This PDF contains {found}, which a document shown to others may not carry. "
            "Save a plain copy (Print → Save as PDF) and attach that.",
            "active_pdf_content",
        )
    if not pages:
        raise problems.unreadable(field, WHAT)


def _active_content(reader: PdfReader) -> str | None:
    """The first active or hidden content reachable from the trailer, described, or None."""
    stack: list[PdfObject] = [reader.trailer]
    seen: set[tuple[int, int]] = set()
    visited = 0
    while stack:
        node = stack.pop()
        if isinstance(node, IndirectObject):
            if (node.idnum, node.generation) in seen:
                continue
            seen.add((node.idnum, node.generation))
            resolved = node.get_object()
            if resolved is None:
                continue
            node = resolved
        visited += 1
        if visited > MAX_OBJECTS:
            return "more objects than a document needs"
        if isinstance(node, DictionaryObject):  # streams too
            for key, value in node.items():
                if key in ACTIVE_KEYS:
                    return ACTIVE_KEYS[key]
                if key in NAME_KEYS and str(value) in ACTIVE_NAMES:
                    return ACTIVE_NAMES[str(value)]
                stack.append(value)
        elif isinstance(node, ArrayObject):
            stack.extend(node)
    return None
