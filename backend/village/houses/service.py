"""Business rules of the village registry: houses, their members, requests to join.

A person is one user (village.md, "People and members"): adding a member by a
phone or an email that belongs to someone links that person, never a second
account. Exactly one current member of a house is its primary contact (the
bill-to person) while it has members. Memberships are history once ended:
never deleted then, and a house with history is archived, never deleted.
Every change is audited in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.database import utcnow
from village.enums import Role, UserStatus
from village.errors import Conflict, NotFound, ValidationFailed, field_error
from village.houses import queries
from village.houses.models import (
    House,
    HouseMember,
    MembershipRequest,
    Relation,
    RequestStatus,
    to_hundredths,
)
from village.houses.schemas import (
    HouseCreate,
    HouseReplace,
    HouseUpdate,
    MemberAdd,
    MemberUpdate,
)
from village.identifiers import InvalidIdentifier, normalize_house_number
from village.security.actor import Actor
from village.security.client import Client
from village.users import password_links
from village.users import service as users
from village.users.models import User

HOUSE_TAKEN = "Another house already has the number {}."
AREA_FIELDS = {
    "land_area_sq_wah": "land_area_hundredths",
    "usable_area_sqm": "usable_area_hundredths",
}
# Owners first when a house needs a new primary contact.
PRIMARY_PREFERENCE = (
    Relation.OWNER,
    Relation.CO_OWNER,
    Relation.TENANT,
    Relation.AGENT,
    Relation.FAMILY,
)


# --- houses ------------------------------------------------------------------------


def create_house(*, actor: User, data: HouseCreate, client: Client) -> House:
    """Add a house; its number is unique (409 `house_number_taken`)."""
    house = House()
    diff = _apply(house, data.values())
    database.session().add(house)
    _flush_house(house)
    _audit(AuditAction.HOUSE_CREATED, actor, house, client, {"after": diff})
    return house


def update_house(
    *, actor: User, scope: Actor, house_id: int, data: HouseUpdate | HouseReplace, client: Client
) -> House:
    """Change a house's fields (PATCH: those sent; PUT: all)."""
    house = queries.get_or_raise(scope, house_id)
    values = data.values()
    diff = _apply(house, values)
    if diff:
        _flush_house(house)
        if "house_number" in diff:
            sync_house_numbers([member.user_id for member in queries.members(house)])
        _audit(AuditAction.HOUSE_UPDATED, actor, house, client, {"changes": diff})
    return house


def _apply(house: House, values: dict[str, Any]) -> dict[str, Any]:
    """Set the fields (areas as exact hundredths); the before/after of what changed."""
    diff: dict[str, Any] = {}
    for field, value in values.items():
        column = AREA_FIELDS.get(field, field)
        stored = to_hundredths(value) if field in AREA_FIELDS else value
        before = getattr(house, column)
        if before != stored:
            setattr(house, column, stored)
            diff[field] = {"from": _shown(before, field), "to": _shown(stored, field)}
    return diff


def _shown(value: Any, field: str) -> Any:
    if field in AREA_FIELDS and value is not None:
        return f"{value / 100:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if hasattr(value, "value") else value


def _flush_house(house: House) -> None:
    number = house.house_number  # read now: after a failed flush the row cannot be read
    try:
        database.session().flush()
    except IntegrityError:
        raise Conflict(HOUSE_TAKEN.format(number), code="house_number_taken") from None


def archive_house(*, actor: User, scope: Actor, house_id: int, client: Client) -> House:
    """Take a house out of the lists (and, later, out of billing); its history stays."""
    house = queries.get_or_raise(scope, house_id)
    if house.archived_at is None:
        house.archived_at = utcnow()
        _audit(AuditAction.HOUSE_ARCHIVED, actor, house, client)
    return house


def restore_house(*, actor: User, scope: Actor, house_id: int, client: Client) -> House:
    house = queries.get_or_raise(scope, house_id)
    if house.archived_at is not None:
        house.archived_at = None
        _audit(AuditAction.HOUSE_RESTORED, actor, house, client)
    return house


def delete_house(*, actor: User, scope: Actor, house_id: int, client: Client) -> None:
    """Delete a house entered by mistake; one with history is archived instead (409)."""
    house = queries.get_or_raise(scope, house_id)
    if queries.has_history(house):
        raise Conflict(
            f"House {house.house_number} has members or history: archive it instead.",
            code="has_history",
        )
    snapshot = {"house_number": house.house_number}
    db = database.session()
    try:
        with db.begin_nested():
            db.delete(house)
    except IntegrityError:
        # Something of another domain names the house (a service request, an announcement
        # to it, later an invoice): that is history too, whatever has_history knows of.
        raise Conflict(
            f"House {snapshot['house_number']} has history: archive it instead.",
            code="has_history",
        ) from None
    audit.record(
        AuditAction.HOUSE_DELETED,
        actor=actor,
        target_type="house",
        target_id=house_id,
        target_name=snapshot["house_number"],
        client=client,
        details={"before": snapshot},
    )


def _audit(
    action: AuditAction,
    actor: User,
    house: House,
    client: Client,
    details: dict[str, Any] | None = None,
) -> None:
    audit.record(
        action,
        actor=actor,
        target_type="house",
        target_id=house.id,
        target_name=house.house_number,
        client=client,
        details=details,
    )


# --- members -----------------------------------------------------------------------


def add_member(
    *, actor: User, scope: Actor, house_id: int, data: MemberAdd, client: Client
) -> HouseMember:
    """Make a person a current member: an existing one (by id, phone or email), or a new
    person without a password. 409 when they are a member already, or when the phone and
    the email belong to two different people."""
    house = queries.get_or_raise(scope, house_id)
    person = _person_for(data)
    return link(
        actor=actor,
        house=house,
        person=person,
        relation=data.relation,
        primary=data.is_primary_contact,
        moved_in_on=data.moved_in_on,
        client=client,
    )


def _person_for(data: MemberAdd) -> User:
    if data.user_id is not None:
        return users.get_or_raise(data.user_id)
    person = find_person(phone=data.phone, email=data.email)
    if person is not None:
        return person
    assert data.full_name is not None  # noqa: S101 - MemberAdd insists on it
    return users.insert(
        users.NewPerson(
            full_name=data.full_name, phone=data.phone, email=data.email, role=Role.RESIDENT
        )
    )


def find_person(*, phone: str | None, email: str | None) -> User | None:
    """The one person with this phone and/or email; 409 when they name two people."""
    by_phone = users.get_by_phone(phone) if phone else None
    by_email = users.get_by_email(email) if email else None
    if by_phone is not None and by_email is not None and by_phone.id != by_email.id:
        raise Conflict(
            f"The phone belongs to {by_phone.full_name} and the email to {by_email.full_name}: "
            "give one of them, or the right person's.",
            code="identifiers_of_two_people",
        )
    return by_phone or by_email


def link(
    *,
    actor: User,
    house: House,
    person: User,
    relation: Relation,
    primary: bool,
    moved_in_on: date | None,
    client: Client,
) -> HouseMember:
    """Make `person` a current member of `house` (the primary contact when asked, or when the
    house has none); keeps their `house_number` list; audited."""
    current = queries.members(house)
    if any(member.user_id == person.id for member in current):
        raise Conflict(
            f"{person.full_name} is already a member of house {house.house_number}.",
            code="already_member",
        )
    if primary:
        _stop_being_primary(house)
    member = HouseMember(
        house_id=house.id,
        user_id=person.id,
        relation=relation,
        is_primary_contact=primary or not any(m.is_primary_contact for m in current),
        moved_in_on=moved_in_on,
    )
    member.user = person
    database.session().add(member)
    database.session().flush()
    sync_house_numbers([person.id])
    _member_audit(
        AuditAction.MEMBER_ADDED,
        actor,
        house,
        member,
        client,
        {"relation": str(relation), "primary_contact": member.is_primary_contact},
    )
    return member


def update_member(
    *, actor: User, scope: Actor, house_id: int, member_id: int, data: MemberUpdate, client: Client
) -> HouseMember:
    """Change a membership: its relation, who is the primary contact, the move-in date, or
    end it with a move-out date (it stays as history; 409 once ended)."""
    house = queries.get_or_raise(scope, house_id)
    member = queries.member_or_raise(house, member_id)
    if not member.is_current:
        raise Conflict("This membership has ended; it is kept as history.", code="has_history")
    values = data.values()
    moved_in = values.get("moved_in_on", member.moved_in_on)
    moved_out = values.get("moved_out_on")
    if moved_out is not None and moved_in is not None and moved_out < moved_in:
        raise ValidationFailed(
            [field_error("moved_out_on", "A member moves out after moving in.", "before_move_in")]
        )
    diff: dict[str, Any] = {}
    if values.get("is_primary_contact") and not member.is_primary_contact:
        _stop_being_primary(house)
        member.is_primary_contact = True
        diff["is_primary_contact"] = {"from": False, "to": True}
    for field in ("relation", "moved_in_on", "moved_out_on"):
        if field in values and values[field] != getattr(member, field):
            diff[field] = {
                "from": _shown(getattr(member, field), field),
                "to": _shown(values[field], field),
            }
            setattr(member, field, values[field])
    if member.moved_out_on is not None:
        _end(member)
    database.session().flush()
    if diff:
        sync_house_numbers([member.user_id])
        _member_audit(AuditAction.MEMBER_UPDATED, actor, house, member, client, {"changes": diff})
    return member


def remove_member(
    *, actor: User, scope: Actor, house_id: int, member_id: int, client: Client
) -> None:
    """Remove a membership added by mistake; one that has ended is history (409)."""
    house = queries.get_or_raise(scope, house_id)
    member = queries.member_or_raise(house, member_id)
    if not member.is_current:
        raise Conflict("This membership has ended; it is kept as history.", code="has_history")
    _end(member)
    person = member.user
    database.session().delete(member)
    database.session().flush()
    sync_house_numbers([person.id])
    audit.record(
        AuditAction.MEMBER_REMOVED,
        actor=actor,
        target_type="house",
        target_id=house.id,
        target_name=house.house_number,
        client=client,
        details={"person": person.full_name, "user_id": person.id},
    )


def _stop_being_primary(house: House) -> None:
    database.session().execute(
        update(HouseMember)
        .where(
            HouseMember.house_id == house.id,
            HouseMember.is_primary_contact.is_(True),
            HouseMember.moved_out_on.is_(None),
        )
        .values(is_primary_contact=False)
        .execution_options(synchronize_session="fetch")
    )


def _end(member: HouseMember) -> None:
    """A member leaves the current list: if they were the primary contact, another current
    member (owners first) takes over."""
    if not member.is_primary_contact:
        return
    member.is_primary_contact = False
    database.session().flush()
    others = [m for m in queries.members(member.house) if m.id != member.id and m.is_current]
    if others:
        successor = min(others, key=lambda m: (PRIMARY_PREFERENCE.index(m.relation), m.id))
        successor.is_primary_contact = True


def _member_audit(  # noqa: PLR0917 - private, always called with all six
    action: AuditAction,
    actor: User,
    house: House,
    member: HouseMember,
    client: Client,
    details: dict[str, Any],
) -> None:
    audit.record(
        action,
        actor=actor,
        target_type="house",
        target_id=house.id,
        target_name=house.house_number,
        client=client,
        details={"person": member.user.full_name, "user_id": member.user_id, **details},
    )


def sync_house_numbers(user_ids: Iterable[int]) -> None:
    """Keep each person's read-only `house_number` (their current houses) in step."""
    database.session().flush()
    for user_id, numbers in queries.current_house_numbers(user_ids).items():
        person = users.get(user_id)
        if person is not None:
            person.house_number = numbers


# --- requests to join a house (self-registration) ------------------------------------


def request_membership(*, person: User, house_number: str, relation: Relation) -> MembershipRequest:
    """Record a self-registered person's word that they live at a house, for the office."""
    try:
        number = normalize_house_number(house_number)
    except InvalidIdentifier as exc:
        raise ValidationFailed(
            [field_error("house_number", str(exc), "invalid_house_number")]
        ) from None
    request = MembershipRequest(user_id=person.id, house_number=number, relation=relation)
    request.user = person
    database.session().add(request)
    database.session().flush()
    audit.record(
        AuditAction.MEMBERSHIP_REQUESTED,
        actor=person,
        target_type="user",
        target_id=person.id,
        target_name=person.full_name,
        details={"house_number": number, "relation": str(relation)},
    )
    return request


def approve_request(
    *, actor: User, scope: Actor, request_id: int, house_id: int | None, client: Client
) -> MembershipRequest:
    """Link the person to the house (the one with the number they gave, unless another is
    named) and activate their account if it waits for approval. 409 once decided."""
    request = _pending(request_id)
    if house_id is not None:
        house = queries.get_or_raise(scope, house_id)
    else:
        found = queries.by_number(request.house_number)
        if found is None:
            raise NotFound(
                f"There is no house {request.house_number}: add it, or name the right one."
            )
        house = found
    person = request.user
    if not any(member.user_id == person.id for member in queries.members(house)):
        link(
            actor=actor,
            house=house,
            person=person,
            relation=request.relation,
            primary=False,
            moved_in_on=None,
            client=client,
        )
    if person.status is UserStatus.PENDING:
        person.status = UserStatus.ACTIVE
    _decide(request, RequestStatus.APPROVED, actor, house_id=house.id)
    audit.record(
        AuditAction.MEMBERSHIP_APPROVED,
        actor=actor,
        target_type="user",
        target_id=person.id,
        target_name=person.full_name,
        client=client,
        details={"house_number": house.house_number, "relation": str(request.relation)},
    )
    return request


def reject_request(*, actor: User, request_id: int, note: str, client: Client) -> MembershipRequest:
    request = _pending(request_id)
    _decide(request, RequestStatus.REJECTED, actor, note=note)
    audit.record(
        AuditAction.MEMBERSHIP_REJECTED,
        actor=actor,
        target_type="user",
        target_id=request.user_id,
        target_name=request.user.full_name,
        client=client,
        details={"house_number": request.house_number},
    )
    return request


def _pending(request_id: int) -> MembershipRequest:
    request = queries.request_or_raise(request_id)
    if request.status is not RequestStatus.PENDING:
        raise Conflict(f"This request is already {request.status}.", code="already_decided")
    return request


def _decide(
    request: MembershipRequest,
    status: RequestStatus,
    actor: User,
    *,
    house_id: int | None = None,
    note: str | None = None,
) -> None:
    request.status = status
    request.decided_at = utcnow()
    request.decided_by_id = actor.id
    request.house_id = house_id
    request.decision_note = note


# --- invitation letters ---------------------------------------------------------------


def invitation_letters(
    *, actor: User, scope: Actor, house_ids: list[int], client: Client
) -> list[tuple[House, list[tuple[HouseMember, password_links.IssuedLink]]]]:
    """For each house, a fresh set-password link for every current member who has no
    password of their own yet (each link is audited; earlier ones stop working)."""
    letters = []
    for house_id in dict.fromkeys(house_ids):
        house = queries.get_or_raise(scope, house_id)
        invitations = [
            (member, password_links.issue(actor=actor, user=member.user, client=client))
            for member in queries.members(house)
            if not users.owns_password(member.user)
        ]
        letters.append((house, invitations))
    return letters


def end_memberships_of(user_id: int, *, on: date) -> list[HouseMember]:
    """End every current membership of a person on `on` (kept as history; the primary
    contact passes to another member) and refuse their pending requests to join; for an
    erasure (privacy). The caller audits."""
    ended = list(
        database.session().scalars(
            select(HouseMember).where(
                HouseMember.user_id == user_id, HouseMember.moved_out_on.is_(None)
            )
        )
    )
    for member in ended:
        if member.moved_in_on is not None and member.moved_in_on > on:
            member.moved_in_on = on
        member.moved_out_on = on
        _end(member)
    for request in database.session().scalars(
        select(MembershipRequest).where(
            MembershipRequest.user_id == user_id,
            MembershipRequest.status == RequestStatus.PENDING,
        )
    ):
        request.status = RequestStatus.REJECTED
        request.decided_at = utcnow()
        request.decision_note = "The person's data was erased."
    sync_house_numbers([user_id])
    return ended
