"""Who reads what of the fee's configuration (pure: no I/O).

The finance settings (bank account, surcharge policy) are the office's: reading them
needs `finance:read` over the whole village, so a resident (whose `finance:read` is
scoped to their houses) is refused (403). Fee items and schedules are the general
meeting's published rates: anyone with `finance:read` reads them.
"""

from __future__ import annotations

from village.enums import Permission
from village.errors import PermissionDenied
from village.security.actor import Actor


def require_office(actor: Actor) -> None:
    if not (actor.sees_everything and actor.may(Permission.FINANCE_READ)):
        raise PermissionDenied("Only the estate office reads this.")
