"""Who sees which payment slips, and who reviews them (pure: no I/O).

Staff (finance:read over the whole village) see every slip; a resident sees the
slips of the houses they are a current member of, and nothing else (404, in
lists and by id). The review (accept, needs-fix, reject) is `finance:write`'s;
submitting on a house's behalf too. Editing, resubmitting and withdrawing are the
submitter's.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, true

from village.enums import Permission
from village.houses.policies import current_houses_of
from village.payments.models import PaymentSlip
from village.security.actor import Actor


def is_reviewer(actor: Actor) -> bool:
    """The office side: reviews slips (and may submit one for any house)."""
    return actor.sees_everything and actor.may(Permission.FINANCE_WRITE)


def sees_suggestions(actor: Actor) -> bool:
    """Staff who read the village's finance see the suggested match."""
    return actor.sees_everything and actor.may(Permission.FINANCE_READ)


def visible_slips(actor: Actor) -> ColumnElement[bool]:
    """A condition on PaymentSlip: all for staff; a resident's houses' for a resident."""
    if actor.sees_everything:
        return true()
    return PaymentSlip.house_id.in_(current_houses_of(actor.id))


def own_houses_slips(actor: Actor) -> ColumnElement[bool]:
    """A condition on PaymentSlip: the slips of the actor's current houses (/me)."""
    return PaymentSlip.house_id.in_(current_houses_of(actor.id))
