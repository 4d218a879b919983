"""Who is told what about a payment slip (village.md, "Payment slips"): the one place
this domain calls `village.notifications`, in the caller's transaction.

- a slip submitted (or resubmitted after a fix): the staff who review slips
  (finance:write over the whole village), not the one who submitted it;
- every decision (accepted, needs_fix, rejected): the submitter (not when they
  decided it themselves).
"""

from __future__ import annotations

from village.enums import Permission
from village.notifications import service as notifications
from village.notifications.events import NotificationEvent
from village.payments.models import PaymentSlip

QUEUE_LINK = "/payment-slips?status=submitted"
RESIDENT_LINK = "/my-bills"


def submitted(slip: PaymentSlip) -> None:
    staff = notifications.staff_ids(Permission.FINANCE_WRITE)
    notifications.notify(
        [i for i in staff if i != slip.submitted_by_id],
        NotificationEvent.PAYMENT_SLIP_SUBMITTED,
        params={"house_number": slip.house.house_number, "amount_satang": slip.amount_satang},
        link=QUEUE_LINK,
    )


def decided(slip: PaymentSlip, *, actor_id: int, receipt_number: str | None = None) -> None:
    if slip.submitted_by_id == actor_id:
        return
    notifications.notify(
        [slip.submitted_by_id],
        NotificationEvent.PAYMENT_SLIP_DECIDED,
        params={
            "house_number": slip.house.house_number,
            "amount_satang": slip.amount_satang,
            "status": str(slip.status),
            "reason_code": str(slip.reason_code) if slip.reason_code else None,
            "note": slip.review_note,
            "receipt_number": receipt_number,
        },
        link=RESIDENT_LINK,
    )
