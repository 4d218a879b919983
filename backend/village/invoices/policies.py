"""Who sees which invoices (pure: no I/O of their own).

Staff reading finance for the whole village (`finance:read`, scope all) see every
invoice. Anyone else — a resident — sees the invoices of the houses they are a
current member of, and nothing else: another house's invoice is not found (404),
in lists, by id, as a PDF and as a QR alike.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, true

from village.enums import Permission
from village.houses.policies import current_houses_of
from village.invoices.models import Invoice
from village.security.actor import Actor


def sees_all_invoices(actor: Actor) -> bool:
    return actor.sees_everything and actor.may(Permission.FINANCE_READ)


def visible_invoices(actor: Actor) -> ColumnElement[bool]:
    """A condition on Invoice: all for the office, a resident's current houses' otherwise."""
    if sees_all_invoices(actor):
        return true()
    return own_invoices(actor)


def own_invoices(actor: Actor) -> ColumnElement[bool]:
    """A condition on Invoice: the invoices of the houses the actor is a current member of
    (`/me/invoices`, whoever asks)."""
    return Invoice.house_id.in_(current_houses_of(actor.id))
