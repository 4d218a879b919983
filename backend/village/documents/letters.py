"""Letters of the estate office: the debt-clearance certificate and the dunning letter.

Like the other documents (contexts, render): each is one frozen dataclass of plain
values rendered by its template (extending `_base.html`) through `render_pdf`, which
loads nothing but `data:` URLs. The QR codes arrive as SVG text from the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from jinja2 import Environment

from village.documents.contexts import Letterhead
from village.documents.render import environment, html_document, html_to_pdf

EN_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

__all__ = [
    "CertificateDocument",
    "DunningItem",
    "DunningLetter",
    "render_certificate",
    "render_dunning_letters",
]


@dataclass(frozen=True)
class CertificateDocument:
    """หนังสือรับรองการปลอดหนี้: the house owed nothing on `issue_date`."""

    letterhead: Letterhead
    number: str
    issue_date: date
    valid_until: date
    valid_days: int
    house_number: str
    plot_number: str | None
    title_deed_number: str | None
    land_area: str | None  # square wah as printed ("80.50"), None when unknown
    owner_names: list[str]
    paid_through: date | None  # any day of the last billed month; None: nothing billed yet
    signatory: str | None
    issued_by_name: str
    qr_svg: str  # the QR of the number, an SVG document


@dataclass(frozen=True)
class DunningItem:
    """One unpaid charge: a month of a fee (or an ad-hoc charge) of one invoice."""

    invoice_number: str
    due_date: date
    month: date | None  # the month billed; None for a charge that is not monthly
    description: str
    outstanding_satang: int


@dataclass(frozen=True)
class DunningLetter:
    """หนังสือแจ้งเตือนค้างชำระ: what one house owes past due, and what follows if unpaid."""

    letterhead: Letterhead
    letter_date: date
    house_number: str
    addressee: str  # the owner(s) or whoever the house is billed to
    items: list[DunningItem]
    overdue_satang: int  # Σ items
    not_yet_due_satang: int  # billed, not due yet (named, not demanded)
    credit_satang: int  # the house's unused credit, if any
    months_in_arrears: int
    oldest_due_date: date
    suspension_months: int  # finance settings: arrears_suspension_months
    land_office_months: int  # finance settings: arrears_land_office_months
    suspension_eligible: bool
    land_office_eligible: bool
    surcharge_reference: str | None  # the regulation of the late fee, when one is levied
    pay_within_days: int  # days from receiving the letter
    bank_name: str | None
    bank_account_name: str | None
    bank_account_number: str | None
    promptpay_id: str | None  # PromptPay credit transfer: the village's id, as text
    biller_id: str | None  # PromptPay bill payment: the biller id (Ref1 = house number)
    signatory: str | None


def en_month(day: date) -> str:
    """2026-12-05 → "December 2026" (whatever the process's locale)."""
    return f"{EN_MONTHS[day.month - 1]} {day.year}"


def en_date(day: date) -> str:
    """2026-12-05 → "5 December 2026" (the English lines under the Thai)."""
    return f"{day.day} {en_month(day)}"


@cache
def _environment() -> Environment:
    env = environment()
    env.filters.update(en_date=en_date, en_month=en_month)
    return env


def render_certificate(doc: CertificateDocument) -> bytes:
    return html_to_pdf(_environment().get_template("certificate.html").render(doc=doc))


def render_dunning_letters(letters: Sequence[DunningLetter]) -> bytes:
    """One PDF of the letters, each on pages of its own with its own page numbers (each
    is laid out as its own document, then the pages are put together)."""
    template = _environment().get_template("dunning_letter.html")
    rendered = [html_document(template.render(doc=letter)) for letter in letters]
    pages = [page for document in rendered for page in document.pages]
    pdf: bytes = rendered[0].copy(pages).write_pdf()
    return pdf
