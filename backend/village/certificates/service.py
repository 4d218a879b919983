"""Issuing debt-clearance certificates (หนังสือรับรองการปลอดหนี้) and rendering them.

A buyer, a seller's bank or the land office asks the estate office for a letter that the
plot owes no common fee (Land Allocation Act B.E. 2543 s.50: after six months of
arrears the land office may refuse to register a transfer until the debt is paid). The
office issues one only when the house owes nothing at all on the day (village.md,
"Statement, arrears and certificates"); it is valid `certificate_valid_days` (finance
settings) and verifiable by its number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.certificates import queries
from village.certificates.models import Certificate
from village.errors import AppError
from village.finance import service as finance
from village.invoices.service import DEVELOPER
from village.numbering.enums import DocumentPrefix
from village.numbering.service import next_number
from village.profile import service as profile
from village.security.client import Client
from village.users.models import User

HAS_ARREARS = "has_arrears"


class HasArrears(AppError):
    """The house owes something: no certificate (409 `code: has_arrears`, with the amount)."""

    status, slug, title = 409, "conflict", "Conflict"

    def __init__(self, house_number: str, outstanding_satang: int) -> None:
        super().__init__(
            f"House {house_number} owes {outstanding_satang / 100:,.2f} THB: a debt-clearance "
            "certificate is issued only when it owes nothing.",
            extra={"code": HAS_ARREARS, "outstanding_satang": outstanding_satang},
        )


def valid_until(issue_date: date, valid_days: int) -> date:
    """The last day a certificate issued on `issue_date` is valid: `valid_days` days
    counted from the day after issue (Civil and Commercial Code s.193/3: the first day of
    a period in days is not counted), so 30 days from 1 December end on 31 December."""
    return issue_date + timedelta(days=valid_days)


def is_valid(certificate: Certificate, today: date | None = None) -> bool:
    """Whether the certificate is still valid on `today` (default: the village's today)."""
    return (today or profile.today()) <= certificate.valid_until


def issue(*, actor: User, house_id: int, client: Client) -> Certificate:
    """Issue a numbered certificate for a house that owes nothing (409 `has_arrears`).

    "Owes nothing" is the invoices' outstanding summed, 0 — whether due yet or not. That
    also means no surcharge is waiting to be levied: a billing run adds a late fee only
    on an overdue invoice with an outstanding principal (village.md, "Surcharge"), and a
    house whose every invoice is settled has none, so a run today would add nothing to
    it. A house's credit (money paid ahead) does not offset an unpaid invoice here: the
    office allocates it first.

    Concurrency: the house row is locked first (as the ledger does), so a payment, void
    or billing run of the same house waits or is waited for, and the check and the issue
    see the same books. Two requests for the same house at once both succeed, one after
    the other, with consecutive numbers: both statements are true, and each paper is
    counted. The number comes from the gap-free counter in this transaction.
    """
    house = queries.lock_house(house_id)
    owed = queries.outstanding_of(house.id)
    if owed > 0:
        raise HasArrears(house.house_number, owed)
    today = profile.today()
    settings = finance.settings()
    certificate = Certificate(
        number=next_number(DocumentPrefix.CERTIFICATE, fiscal_year=profile.fiscal_year(today)),
        house_id=house.id,
        house_number=house.house_number,
        plot_number=house.plot_number,
        title_deed_number=house.title_deed_number,
        land_area_hundredths=house.land_area_hundredths,
        owner_names=[DEVELOPER] if house.developer_owned else queries.owner_names(house.id),
        paid_through=queries.last_billed_month(house.id),
        issue_date=today,
        valid_until=valid_until(today, settings.certificate_valid_days),
        issued_by_id=actor.id,
        issued_by_name=actor.full_name[:200],
    )
    database.session().add(certificate)
    database.session().flush()
    audit.record(
        AuditAction.CERTIFICATE_ISSUED,
        actor=actor,
        target_type="certificate",
        target_id=certificate.id,
        target_name=f"{certificate.number} · {house.house_number}",
        client=client,
        details={
            "number": certificate.number,
            "house_id": house.id,
            "house_number": house.house_number,
            "issue_date": today.isoformat(),
            "valid_until": certificate.valid_until.isoformat(),
        },
    )
    return certificate


@dataclass(frozen=True)
class Rendered:
    body: bytes
    filename: str


def pdf(certificate: Certificate) -> Rendered:
    """The certificate as a PDF (Thai formal letter, B.E. dates, a QR of its number)."""
    # Imported here: WeasyPrint loads on the first document asked for.
    from village.certificates.document import render

    return Rendered(render(certificate), f"{certificate.number}.pdf")
