"""HTTP endpoints of dunning letters: one house's (/api/v1/houses/{house_id}/dunning-letter)
and a batch (/api/v1/reports/dunning-letters), each a PDF. The office's only."""

from __future__ import annotations

from typing import cast

from apiflask import APIBlueprint
from flask import Response

from village.dunning import service
from village.dunning.schemas import DunningLettersQuery
from village.enums import Permission
from village.finance.policies import require_office
from village.invoices.downloads import pdf_response
from village.openapi import file_response
from village.security.actor import current_actor
from village.security.client import current_client
from village.security.permissions import current_principal, require
from village.users.models import User

bp = APIBlueprint("dunning", __name__, url_prefix="/api/v1")
NO_ARREARS = "Nothing owed past due (code no_arrears)"


def _user() -> User:
    return cast(User, current_principal())


@bp.get("/houses/<id:house_id>/dunning-letter")
@require(Permission.FINANCE_READ)
@file_response("application/pdf")
@bp.doc(
    responses={
        200: "The letter as a PDF (A4, Thai)",
        403: "The office's only",
        404: "No such house",
        409: NO_ARREARS,
    }
)
def house_dunning_letter(house_id: int) -> Response:
    """A house's dunning letter (หนังสือแจ้งเตือนค้างชำระ) as of today: each unpaid month
    and amount past due, the total, what follows under s.50 of the Land Allocation Act,
    and how to pay. Audited."""
    actor = current_actor()
    require_office(actor)
    body, filename = service.house_letter(actor, house_id, user=_user(), client=current_client())
    return pdf_response(body, filename)


@bp.get("/reports/dunning-letters")
@require(Permission.FINANCE_READ)
@bp.input(DunningLettersQuery, location="query", arg_name="query")
@file_response("application/pdf")
@bp.doc(
    responses={
        200: "One PDF: a letter per house, each on its own pages",
        403: "The office's only",
        404: "A page past the last",
        409: NO_ARREARS + " among the houses the filters select",
    }
)
def dunning_letters(query: DunningLettersQuery) -> Response:
    """Dunning letters of every house owing past due today that the filters select, by
    house number, in one PDF to print, `per_page` letters at a time (`X-Total-Count`:
    letters in all; `X-Page-Count`: pages of `per_page`). Audited."""
    require_office(current_actor())
    batch = service.bulk_letters(
        zone=query.zone,
        bucket=query.bucket,
        eligible=query.eligible,
        page=query.page,
        per_page=query.per_page,
        user=_user(),
        client=current_client(),
    )
    response = pdf_response(batch.pdf, batch.filename)
    response.headers["X-Total-Count"] = str(batch.total)
    response.headers["X-Page-Count"] = str(batch.pages)
    return response
