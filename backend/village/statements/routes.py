"""HTTP endpoint of statements: /api/v1/houses/{house_id}/statement (JSON or PDF)."""

from __future__ import annotations

from typing import Any

from apiflask import APIBlueprint
from flask import Response

from village.invoices.downloads import PDF, pdf_response
from village.security.actor import current_actor
from village.security.permissions import Permission, require
from village.statements import service
from village.statements.schemas import (
    StatementEntryRead,
    StatementHouse,
    StatementQuery,
    StatementRead,
)

bp = APIBlueprint("statements", __name__, url_prefix="/api/v1")
# JSON by default; the PDF is the same 200 in another media type.
RESPONSES: dict[Any, Any] = {
    200: {
        "description": "The statement (JSON), or with format=pdf the statement as a PDF",
        "content": {PDF: {"schema": {"type": "string", "format": "binary"}}},
    },
    404: "No such house, or not one of your houses",
    422: "A date that is not YYYY-MM-DD, or `from` after `to`",
}


@bp.get("/houses/<id:house_id>/statement")
@require(Permission.FINANCE_READ)
@bp.input(StatementQuery, location="query", arg_name="query")
@bp.output(StatementRead)
@bp.doc(responses=RESPONSES)
def house_statement(house_id: int, query: StatementQuery) -> StatementRead | Response:
    """A house's statement of account: the opening balance, every invoice, payment, void
    and reversal in date order with a running balance, and the closing balance.

    A positive balance is owed by the house; a negative one is its credit. The office
    sees every house's; a resident, their current houses' only.
    """
    statement = service.statement(current_actor(), house_id, query)
    if query.format == "pdf":
        return pdf_response(*service.pdf(statement))
    return StatementRead(
        house=StatementHouse.model_validate(statement.house),
        from_day=statement.from_day,
        to_day=statement.to_day,
        opening_balance_satang=statement.opening_balance_satang,
        entries=[
            StatementEntryRead(
                day=entry.day,
                kind=entry.kind,
                reference=entry.reference,
                description=entry.description,
                debit_satang=entry.debit_satang,
                credit_satang=entry.credit_satang,
                balance_satang=entry.balance_satang,
            )
            for entry in statement.entries
        ],
        closing_balance_satang=statement.closing_balance_satang,
    )
