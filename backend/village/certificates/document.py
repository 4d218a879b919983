"""A certificate as its PDF input: the letterhead, what the certificate recorded at issue,
the signatory (finance settings) and a QR of its number."""

from __future__ import annotations

import io

import segno

from village.certificates.models import Certificate
from village.documents.letters import CertificateDocument, render_certificate
from village.finance import service as finance
from village.invoices.documents import letterhead


def qr_svg(text: str) -> str:
    """The QR code of `text` as a standalone SVG document (error correction M)."""
    out = io.BytesIO()
    segno.make(text, error="m", micro=False).save(out, kind="svg", xmldecl=False, scale=4)
    return out.getvalue().decode("utf-8")


def _area(hundredths: int | None) -> str | None:
    if hundredths is None:
        return None
    whole, part = divmod(hundredths, 100)
    return f"{whole:,}" if part == 0 else f"{whole:,}.{part:02d}"


def document(certificate: Certificate) -> CertificateDocument:
    return CertificateDocument(
        letterhead=letterhead(),
        number=certificate.number,
        issue_date=certificate.issue_date,
        valid_until=certificate.valid_until,
        valid_days=(certificate.valid_until - certificate.issue_date).days,
        house_number=certificate.house_number,
        plot_number=certificate.plot_number,
        title_deed_number=certificate.title_deed_number,
        land_area=_area(certificate.land_area_hundredths),
        owner_names=list(certificate.owner_names),
        paid_through=certificate.paid_through,
        signatory=finance.settings().receipt_signatory,
        issued_by_name=certificate.issued_by_name,
        qr_svg=qr_svg(certificate.number),
    )


def render(certificate: Certificate) -> bytes:
    return render_certificate(document(certificate))
