"""Who sees which payments and receipts (pure: no I/O).

`finance:read` reaches every payment and receipt for staff (scope all) and a
resident's current houses' only (village.md, "Permissions", "Object-level
access"): anything else is not found (404), in lists and by id alike. The office's
note on a payment is the office's. Maker-checker: whoever recorded a payment never
confirms or reverses it (409 `same_person`), whatever their permissions.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, true

from village.enums import Permission
from village.houses.policies import current_houses_of
from village.payments.models import Payment, Receipt
from village.security.actor import Actor


def is_staff(actor: Actor) -> bool:
    return actor.sees_everything and actor.may(Permission.FINANCE_READ)


def visible_payments(actor: Actor) -> ColumnElement[bool]:
    if actor.sees_everything:
        return true()
    return Payment.house_id.in_(current_houses_of(actor.id))


def visible_receipts(actor: Actor) -> ColumnElement[bool]:
    if actor.sees_everything:
        return true()
    return Receipt.house_id.in_(current_houses_of(actor.id))


def my_receipts(user_id: int) -> ColumnElement[bool]:
    """`/me/receipts`: the receipts of the person's current houses, whatever their role."""
    return Receipt.house_id.in_(current_houses_of(user_id))


def is_recorder(actor: Actor, payment: Payment) -> bool:
    return payment.recorded_by_id == actor.id


def may_cancel(actor: Actor, payment: Payment) -> bool:
    """The recorder withdraws their own pending payment; a checker any."""
    return is_recorder(actor, payment) or actor.may(Permission.FINANCE_APPROVE)
