"""HTTP endpoints of debt-clearance certificates: issue one for a house
(/api/v1/houses/{house_id}/debt-clearance-certificate), list, verify and print them
(/api/v1/certificates[/{number}[/pdf]]). The office's only: a resident asks the office."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from apiflask import APIBlueprint
from flask import Response, url_for

from village.certificates import queries, service
from village.certificates.models import Certificate
from village.certificates.schemas import (
    CertificateHouse,
    CertificatePage,
    CertificatePerson,
    CertificateQuery,
    CertificateRead,
)
from village.enums import Permission
from village.errors import NotFound
from village.finance.policies import require_office
from village.invoices.downloads import pdf_response
from village.openapi import file_response
from village.profile import service as profile
from village.security.actor import current_actor
from village.security.client import current_client
from village.security.permissions import current_principal, require
from village.users.models import User

bp = APIBlueprint("certificates", __name__, url_prefix="/api/v1")
ONE = "/certificates/<certificate_number>"
NOT_FOUND: dict[Any, Any] = {404: "No certificate with this number (a resident: always)"}


def _user() -> User:
    return cast(User, current_principal())


def _office_or_not_found() -> None:
    """Residents never see certificates (not even their own house's): 404, like any
    object outside their scope; the office issues and verifies them."""
    if not current_actor().sees_everything:
        raise NotFound("No such certificate.")


def _read(certificate: Certificate) -> CertificateRead:
    return CertificateRead(
        number=certificate.number,
        house=CertificateHouse(
            id=certificate.house_id,
            house_number=certificate.house_number,
            plot_number=certificate.plot_number,
            title_deed_number=certificate.title_deed_number,
            land_area_sq_wah=None
            if certificate.land_area_hundredths is None
            else Decimal(certificate.land_area_hundredths) / 100,
        ),
        owner_names=certificate.owner_names,
        paid_through=certificate.paid_through,
        issue_date=certificate.issue_date,
        valid_until=certificate.valid_until,
        valid=service.is_valid(certificate, profile.today()),
        issued_by=CertificatePerson(
            id=certificate.issued_by_id, full_name=certificate.issued_by_name
        ),
        created_at=certificate.created_at,
        pdf_url=url_for(".certificate_pdf", certificate_number=certificate.number),
    )


@bp.post("/houses/<id:house_id>/debt-clearance-certificate")
@require(Permission.FINANCE_WRITE)
@bp.output(CertificateRead, status_code=201)
@bp.doc(
    responses={
        404: "No such house",
        409: "The house owes something (code has_arrears, with outstanding_satang)",
    }
)
def issue_certificate(house_id: int) -> CertificateRead:
    """Issue a debt-clearance certificate (หนังสือรับรองการปลอดหนี้) for a house that owes
    nothing today: numbered CERT{fiscal year B.E.}-NNNNNN, valid `certificate_valid_days`
    (finance settings), audited."""
    certificate = service.issue(actor=_user(), house_id=house_id, client=current_client())
    return _read(certificate)


@bp.get("/certificates")
@require(Permission.FINANCE_READ)
@bp.input(CertificateQuery, location="query", arg_name="query")
@bp.output(CertificatePage)
@bp.doc(responses={403: "The office's only"})
def list_certificates(query: CertificateQuery) -> CertificatePage:
    """Certificates issued, newest number first; `q` matches the number or house number."""
    require_office(current_actor())
    page = queries.list_page(query)
    return CertificatePage(
        items=[_read(c) for c in page.items], total=page.total, page=page.page,
        per_page=page.per_page,
    )  # fmt: skip


@bp.get(ONE)
@require(Permission.FINANCE_READ)
@bp.output(CertificateRead)
@bp.doc(responses=NOT_FOUND)
def get_certificate(certificate_number: str) -> CertificateRead:
    """Verify a certificate by its number: the house and owners it names, its dates,
    who issued it, and whether it is still `valid` today."""
    _office_or_not_found()
    return _read(queries.get_or_raise(certificate_number))


@bp.get(f"{ONE}/pdf")
@require(Permission.FINANCE_READ)
@file_response("application/pdf")
@bp.doc(responses={**NOT_FOUND, 200: "The certificate as a PDF (A4, Thai)"})
def certificate_pdf(certificate_number: str) -> Response:
    """Print the certificate: a Thai formal letter on the village's letterhead, with a QR
    of its number."""
    _office_or_not_found()
    rendered = service.pdf(queries.get_or_raise(certificate_number))
    return pdf_response(rendered.body, rendered.filename)
