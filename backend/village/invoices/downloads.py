"""Answering a rendered PDF (an invoice, a statement): shown in the browser, kept private."""

from __future__ import annotations

from flask import Response

from village.files.names import content_disposition
from village.security import headers

PDF = "application/pdf"


def pdf_response(body: bytes, filename: str) -> Response:
    """`body` inline as `filename`, for the signed-in person only.

    `Cache-Control: private, no-cache`: a browser may keep it for whoever fetched it
    and asks again before reuse (an invoice's status changes); no shared cache keeps
    it. The sandboxing CSP of stored files applies: nothing in it runs in our origin.
    """
    response = Response(body, mimetype=PDF)
    response.headers["Content-Disposition"] = content_disposition("inline", filename)
    response.headers["Cache-Control"] = "private, no-cache"
    response.vary.add("Authorization")
    headers.mark_as_file(response)
    return response
