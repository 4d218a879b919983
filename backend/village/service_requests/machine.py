"""The status machine of a service request: village.md's table, as data (pure, no I/O).

| from | to | who | effect |
|---|---|---|---|
| submitted | in_progress | staff | sets first_response_at if unset |
| submitted, in_progress | on_hold | staff, with a reason | |
| on_hold | in_progress | staff | |
| submitted, in_progress, on_hold | rejected | staff, with a reason | terminal |
| submitted | cancelled | the opener | terminal |
| in_progress | resolved | staff | sets resolved_at |
| resolved | in_progress | the opener, within 7 days | reopen_count + 1 |
| resolved | closed | the opener (optional rating), or automatically 7 days later | terminal |

Every (from, to) pair not in `TRANSITIONS` is refused (409 `illegal_transition`);
a pair in it asked by the wrong party is refused too (409 `staff_only` /
`opener_only`), as is a reopen after the window (409 `reopen_window_passed`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from village.service_requests.enums import Status

S = Status
# Both the reopen window and the automatic close (village.md: "within 7 days",
# "automatically 7 days after resolution").
RESOLUTION_WINDOW = timedelta(days=7)


class Who(StrEnum):
    STAFF = "staff"
    OPENER = "opener"


@dataclass(frozen=True)
class Rule:
    who: Who
    reason_required: bool = False


TRANSITIONS: dict[tuple[Status, Status], Rule] = {
    (S.SUBMITTED, S.IN_PROGRESS): Rule(Who.STAFF),
    (S.SUBMITTED, S.ON_HOLD): Rule(Who.STAFF, reason_required=True),
    (S.IN_PROGRESS, S.ON_HOLD): Rule(Who.STAFF, reason_required=True),
    (S.ON_HOLD, S.IN_PROGRESS): Rule(Who.STAFF),
    (S.SUBMITTED, S.REJECTED): Rule(Who.STAFF, reason_required=True),
    (S.IN_PROGRESS, S.REJECTED): Rule(Who.STAFF, reason_required=True),
    (S.ON_HOLD, S.REJECTED): Rule(Who.STAFF, reason_required=True),
    (S.SUBMITTED, S.CANCELLED): Rule(Who.OPENER),
    (S.IN_PROGRESS, S.RESOLVED): Rule(Who.STAFF),
    (S.RESOLVED, S.IN_PROGRESS): Rule(Who.OPENER),  # a reopen, within RESOLUTION_WINDOW
    (S.RESOLVED, S.CLOSED): Rule(Who.OPENER),  # or the close-resolved command
}


def rule_for(current: Status, target: Status) -> Rule | None:
    """The table's rule for moving from `current` to `target`, or None: not allowed at all."""
    return TRANSITIONS.get((current, target))


def allowed_from(current: Status) -> list[Status]:
    """The statuses the table lets a request move to from `current` (anyone's)."""
    return [to for (frm, to) in TRANSITIONS if frm is current]
