"""HTTP endpoints of the reports: /api/v1/reports/… (the office's) and
/api/v1/me/finance-summary (anyone signed in: aggregates only)."""

from __future__ import annotations

from typing import Any

from apiflask import APIBlueprint
from flask import Response

from village.files.names import content_disposition
from village.reports import collections, registers, reporting, service, sheets
from village.reports.schemas import (
    ArrearsQuery,
    ArrearsReport,
    CollectionsQuery,
    CollectionsReport,
    FinanceSummary,
    InvoiceRegister,
    Overview,
    ReceiptRegister,
    RegisterQuery,
)
from village.security import headers
from village.security.actor import current_actor
from village.security.permissions import Permission, require

bp = APIBlueprint("reports", __name__, url_prefix="/api/v1")
READ = Permission.FINANCE_READ
OFFICE_ONLY = {403: "The estate office's only (a resident's finance:read is their houses')"}


def _responses(what: str) -> dict[Any, Any]:
    binary = {"schema": {"type": "string", "format": "binary"}}
    return {
        200: {
            "description": f"{what} (JSON), or with format=csv|xlsx the same as a file",
            "content": {sheets.CSV: binary, sheets.XLSX: binary},
        },
        **OFFICE_ONLY,
        422: "A malformed date or month, or an unknown filter value",
    }


def _file(table: sheets.Table, fmt: str, filename: str) -> Response:
    """The table as a CSV or XLSX download, for the signed-in person only."""
    body = sheets.to_xlsx(table) if fmt == "xlsx" else sheets.to_csv(table)
    mimetype = sheets.XLSX if fmt == "xlsx" else sheets.CSV
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = content_disposition("attachment", filename)
    response.headers["Cache-Control"] = "private, no-store"
    response.vary.add("Authorization")
    headers.mark_as_file(response)
    return response


@bp.get("/reports/arrears")
@require(READ)
@bp.input(ArrearsQuery, location="query", arg_name="query")
@bp.output(ArrearsReport)
@bp.doc(responses=_responses("Houses in arrears or in credit, with totals"))
def get_arrears_report(query: ArrearsQuery) -> Any:
    """The arrears report as of a day: per house what it owes by aging bucket, its months
    in arrears and whether it is past the suspension or land-office threshold; totals
    that equal the sum of the rows (and, unfiltered, of every house's balance).

    The system flags; it never suspends anything by itself.
    """
    report = reporting.arrears(current_actor(), query)
    if query.format != "json":
        name = f"arrears-{report.as_of.isoformat()}.{query.format}"
        return _file(reporting.arrears_table(report), query.format, name)
    return reporting.arrears_json(report)


@bp.get("/reports/collections")
@require(READ)
@bp.input(CollectionsQuery, location="query", arg_name="query")
@bp.output(CollectionsReport)
@bp.doc(responses=_responses("Per month billed, collected, credited, outstanding"))
def get_collections_report(query: CollectionsQuery) -> Any:
    """Per month: billed (issued − voided), collected (confirmed by posting date −
    reversed), credited, outstanding at the month's end, and the collection rate."""
    months = service.collections_report(current_actor(), query)
    if query.format != "json":
        first, last = months[0].period, months[-1].period
        name = f"collections-{first:%Y-%m}-{last:%Y-%m}.{query.format}"
        return _file(collections.table(first, last, months), query.format, name)
    return {
        "items": [{"period": month.period, **collections.as_dict(month)} for month in months],
        "totals": collections.as_dict(collections.totals(months)),
    }


@bp.get("/reports/invoice-register")
@require(READ)
@bp.input(RegisterQuery, location="query", arg_name="query")
@bp.output(InvoiceRegister)
@bp.doc(responses=_responses("Every invoice issued in the month, void ones marked"))
def get_invoice_register(query: RegisterQuery) -> Any:
    """The month's invoice register for the auditor: every invoice issued in the month by
    number, void ones included and marked with the reason; XLSX by default."""
    month, rows = service.invoice_register(current_actor(), query)
    if query.format != "json":
        name = service.register_filename("invoice", month, query.format)
        return _file(registers.invoice_table(month, rows), query.format, name)
    totals = registers.invoice_totals(rows)
    return {
        "period": month,
        "items": [registers.invoice_row(invoice) for invoice in rows],
        "totals": {**vars(totals), "net_satang": totals.net_satang},
    }


@bp.get("/reports/receipt-register")
@require(READ)
@bp.input(RegisterQuery, location="query", arg_name="query")
@bp.output(ReceiptRegister)
@bp.doc(responses=_responses("Every receipt issued in the month, void ones marked"))
def get_receipt_register(query: RegisterQuery) -> Any:
    """The month's receipt register for the auditor: every receipt issued in the month by
    number, void ones (reversed payments) included and marked; XLSX by default."""
    month, rows = service.receipt_register(current_actor(), query)
    if query.format != "json":
        name = service.register_filename("receipt", month, query.format)
        return _file(registers.receipt_table(month, rows), query.format, name)
    totals = registers.receipt_totals(rows)
    return {
        "period": month,
        "items": [registers.receipt_row(receipt, voided_on) for receipt, voided_on in rows],
        "totals": {**vars(totals), "net_satang": totals.net_satang},
    }


@bp.get("/reports/overview")
@require(READ)
@bp.output(Overview)
@bp.doc(responses=OFFICE_ONLY)
def get_overview() -> dict[str, Any]:
    """Today at a glance for the office: this month's billing and collections, what is
    owed, houses past the thresholds, and the queues waiting for someone."""
    return service.overview(current_actor())


@bp.get("/me/finance-summary")
@require(READ)
@bp.output(FinanceSummary)
def get_finance_summary() -> dict[str, Any]:
    """The village's finances for its residents: billed, collected, the collection rate
    and how many houses are in arrears — aggregates only, never which houses."""
    return service.finance_summary()
