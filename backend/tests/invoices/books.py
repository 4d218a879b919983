"""Writing a house's books through the ledger core (as billing runs, payments and voids
will), so invoice and statement tests start from a real history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, update

from village import database
from village.finance.models import SETTINGS_ID, FeeItem, FinanceSettings
from village.houses.models import House
from village.invoices import issuing
from village.invoices.models import Invoice
from village.payments.enums import PaymentMethod, PaymentStatus
from village.payments.models import Payment, Receipt
from village.payments.receipting import confirm, reverse
from village.profile import service as profile


def month_line(fee_item_id: int, month: date, amount: int, what: str = "ค่าส่วนกลาง") -> Any:
    return issuing.LineDraft(
        description=f"{what} {month:%Y-%m}",
        unit_satang=amount,
        amount_satang=amount,
        fee_item_id=fee_item_id,
        month=month,
    )


@dataclass
class Books:
    """Ledger operations in the test's transaction; each commits like a request would."""

    app: Any
    clerk_id: int  # the staff user the ledger records as maker / checker

    def fee_item_id(self, code: str = "COMMON") -> int:
        with self.app.app_context():
            return int(database.session().scalar(select(FeeItem.id).where(FeeItem.code == code)))

    def issue(
        self,
        house_id: int,
        *,
        months: list[date] | None = None,
        amount: int = 160_000,
        issue_date: date,
        due_date: date,
        lines: list[Any] | None = None,
        bill_to_name: str = "Somchai Jaidee",
    ) -> int:
        """Issue one invoice (a month line per month, or the `lines` given); its id."""
        with self.app.app_context():
            if lines is None:
                item = database.session().scalar(select(FeeItem.id).where(FeeItem.code == "COMMON"))
                lines = [month_line(int(item), m, amount) for m in months or []]
            draft = issuing.InvoiceDraft(house_id=house_id, bill_to_name=bill_to_name, lines=lines)
            (invoice,) = issuing.issue(
                [draft], issue_date=issue_date, due_date=due_date, created_by_id=self.clerk_id
            )
            database.session().commit()
            return invoice.id

    def pay(self, house_id: int, amount: int, *, paid_on: date) -> int:
        """Record and confirm a payment (allocated oldest due first); its id."""
        with self.app.app_context():
            payment = Payment(
                house_id=house_id,
                amount_satang=amount,
                method=PaymentMethod.CASH,
                paid_on=paid_on,
                posting_date=paid_on,
                payer_name="Somchai Jaidee",
                status=PaymentStatus.PENDING,
                recorded_by_id=self.clerk_id,
            )
            database.session().add(payment)
            database.session().flush()
            confirm(payment, confirmed_by_id=self.clerk_id, collector_name="Office")
            database.session().commit()
            return payment.id

    def receipt_number(self, payment_id: int) -> str:
        with self.app.app_context():
            return str(
                database.session().scalar(
                    select(Receipt.number).where(Receipt.payment_id == payment_id)
                )
            )

    def reverse(self, payment_id: int, reason: str = "Cheque bounced") -> None:
        with self.app.app_context():
            payment = database.session().get(Payment, payment_id)
            assert payment is not None
            reverse(payment, reversed_by_id=self.clerk_id, reason=reason, on=profile.today())
            database.session().commit()

    def void(self, invoice_id: int, reason: str = "Billed in error") -> None:
        with self.app.app_context():
            invoice = database.session().get(Invoice, invoice_id)
            assert invoice is not None
            issuing.void(invoice, reason=reason, voided_by_id=self.clerk_id, on=profile.today())
            database.session().commit()

    def invoice(self, invoice_id: int) -> Invoice:
        with self.app.app_context():
            invoice = database.session().get(Invoice, invoice_id)
            assert invoice is not None
            return invoice

    def house(self, house_id: int) -> House:
        with self.app.app_context():
            house = database.session().get(House, house_id)
            assert house is not None
            return house

    def settings(self, **values: Any) -> None:
        """Save the finance settings row with these values."""
        with self.app.app_context():
            session = database.session()
            row = session.get(FinanceSettings, SETTINGS_ID)
            if row is None:
                row = FinanceSettings(id=SETTINGS_ID)
                session.add(row)
            for name, value in values.items():
                setattr(row, name, value)
            session.commit()

    def timezone(self, name: str) -> None:
        """Move the village to another timezone (its "today" follows)."""
        with self.app.app_context():
            village = profile.get()
            village.timezone = name
            database.session().commit()

    def today(self) -> date:
        with self.app.app_context():
            return profile.today()

    def set_invoice(self, invoice_id: int, **values: Any) -> None:
        with self.app.app_context():
            database.session().execute(
                update(Invoice).where(Invoice.id == invoice_id).values(**values)
            )
            database.session().commit()
