"""Fixtures of the payment-slip tests: the accountant, residents with houses and
invoices, and a slip sent the way the dashboard sends it (multipart)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from tests.files import samples
from village import database
from village.enums import Role
from village.finance.enums import COMMON_FEE_CODE
from village.finance.models import FeeItem
from village.invoices import issuing

BASE = "/api/v1/payment-slips"


@pytest.fixture
def app(make_app, tmp_path):
    return make_app(UPLOAD_DIR=tmp_path / "uploads")


@pytest.fixture
def accountant(login_as):
    """Finance staff: reviews slips (finance:write)."""
    return login_as(Role.ACCOUNTING_ADMIN, full_name="Accountant")


@pytest.fixture
def resident_of(login_as, make_house, make_member):
    """A signed-in resident who is a current member of a new house: (signed_in, house)."""

    def make(**fields: Any):
        house = make_house()
        signed = login_as(Role.RESIDENT, **fields)
        make_member(house=house, user=signed.user)
        return signed, house

    return make


def issue_invoice(app, house_id: int, amount: int, month: date, *, due: date | None = None) -> Any:
    """A common-fee invoice of `amount` satang for `month`, issued on the 1st."""
    with app.app_context(), database.transaction():
        fee = database.session().scalar(select(FeeItem).where(FeeItem.code == COMMON_FEE_CODE))
        if fee is None:  # the migration seeds it; a committed test elsewhere may have emptied it
            fee = FeeItem(code=COMMON_FEE_CODE, name_th="ค่าส่วนกลาง", name_en="Common fee",
                          counts_for_arrears=True)  # fmt: skip
            database.session().add(fee)
            database.session().flush()
        [invoice] = issuing.issue(
            [
                issuing.InvoiceDraft(
                    house_id=house_id,
                    bill_to_name="เจ้าของบ้าน",
                    lines=[
                        issuing.LineDraft(
                            description=f"ค่าส่วนกลาง {month:%Y-%m}",
                            unit_satang=amount,
                            amount_satang=amount,
                            fee_item_id=fee.id,
                            month=month,
                        )
                    ],
                )
            ],
            issue_date=month,
            due_date=due or month + timedelta(days=15),
            created_by_id=None,
        )
        return {"id": invoice.id, "number": invoice.number}


def an_hour_ago() -> str:
    return (datetime.now(UTC) - timedelta(hours=1)).isoformat()


def png(color=(10, 120, 40)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 60), color).save(out, "PNG")
    return out.getvalue()


def send_slip(client, headers, *, house_id, amount_satang=150_000, transferred_at=None,
              data: bytes | None = None, name="slip.png", invoice_ids=None, **extra):  # fmt: skip
    form: dict[str, Any] = {
        "house_id": str(house_id),
        "amount_satang": str(amount_satang),
        "transferred_at": transferred_at or an_hour_ago(),
        "file": (io.BytesIO(png() if data is None else data), name),
        **extra,
    }
    if invoice_ids is not None:
        form["invoice_ids"] = invoice_ids
    return client.post(BASE, data=form, content_type="multipart/form-data", headers=headers)


@pytest.fixture
def submitted(client, app, resident_of):
    """A resident, their house with one invoice of 1,500 baht, and a PNG slip for it."""
    resident, house = resident_of()
    invoice = issue_invoice(app, house.id, 150_000, date(2026, 11, 1))
    answer = send_slip(client, resident.headers, house_id=house.id, invoice_ids=str(invoice["id"]))
    assert answer.status_code == 201, answer.json
    return resident, house, invoice, answer.json


__all__ = ["BASE", "samples"]
