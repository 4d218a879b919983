"""Reading houses, members and requests, always through the actor's scope (policies)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, func, or_, select, union

from village import database
from village.errors import NotFound
from village.houses.models import House, HouseMember, MembershipRequest
from village.houses.policies import current_houses_of, visible_houses
from village.houses.schemas import HouseQuery, MembershipRequestQuery
from village.identifiers import phone_fragment
from village.pagination import PageOf, paginate
from village.security.actor import Actor
from village.users.models import User

NO_SUCH_HOUSE = "No house with id {}."
SORT_COLUMNS: dict[str, Any] = {
    "house_number": House.house_number,
    "zone": House.zone,
    "land_area_sq_wah": House.land_area_hundredths,
    "created_at": House.created_at,
    "updated_at": House.updated_at,
    "balance_satang": House.outstanding_satang - House.credit_satang,
}


def get_or_raise(actor: Actor, house_id: int) -> House:
    """The house, if the actor may see it; otherwise, or when there is none, a 404."""
    house = database.session().scalar(
        select(House).where(House.id == house_id, visible_houses(actor))
    )
    if house is None:
        raise NotFound(NO_SUCH_HOUSE.format(house_id))
    return house


def by_number(number: str) -> House | None:
    """The house with this (normalised) number, archived or not."""
    return database.session().scalar(select(House).where(House.house_number == number))


def list_page(actor: Actor, query: HouseQuery) -> PageOf[House]:
    """One page of the houses the actor may see that match the query."""
    stmt = select(House).where(visible_houses(actor))
    stmt = stmt.where(
        House.archived_at.is_not(None) if query.archived else House.archived_at.is_(None)
    )
    if query.q:
        stmt = stmt.where(_matches(query.q))
    for column, value in (
        (House.zone, query.zone),
        (House.occupancy, query.occupancy),
        (House.plot_type, query.plot_type),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if query.has_arrears is not None:
        owing = House.outstanding_satang - House.credit_satang > 0
        stmt = stmt.where(owing if query.has_arrears else ~owing)
    column = SORT_COLUMNS[query.sort.lstrip("-")]
    descending = query.sort.startswith("-")
    order = (column.desc() if descending else column.asc()).nulls_last()
    tie_break = House.id.desc() if descending else House.id.asc()
    return paginate(stmt, query, order_by=(order, tie_break))


def _matches(text: str) -> Any:
    """House or plot number, or a current member's name or phone.

    One IN over a UNION of the matching houses, not ORs with a correlated EXISTS: on
    PostgreSQL each part then uses its trigram index and nothing case-folds every house
    (about 2 × faster at 5,000 houses; docs/performance.md).
    """
    person_matches = [User.full_name.icontains(text, autoescape=True)]
    if digits := phone_fragment(text):
        person_matches.append(User.phone.contains(digits, autoescape=True))
    matching = union(
        select(House.id).where(House.house_number.icontains(text, autoescape=True)),
        select(House.id).where(House.plot_number.icontains(text, autoescape=True)),
        select(HouseMember.house_id)
        .join(User, User.id == HouseMember.user_id)
        .where(HouseMember.moved_out_on.is_(None), or_(*person_matches)),
    )
    return House.id.in_(matching)


def zones(actor: Actor) -> list[str]:
    """The zones in use by the houses the actor may see, in order."""
    stmt = (
        select(House.zone)
        .where(House.zone.is_not(None), House.archived_at.is_(None), visible_houses(actor))
        .distinct()
        .order_by(House.zone)
    )
    return [zone for zone in database.session().scalars(stmt) if zone]


def members(house: House, *, include_past: bool = False) -> list[HouseMember]:
    """A house's members: current ones (primary contact first), then past ones if asked."""
    stmt = select(HouseMember).where(HouseMember.house_id == house.id)
    if not include_past:
        stmt = stmt.where(HouseMember.moved_out_on.is_(None))
    stmt = stmt.order_by(
        HouseMember.moved_out_on.is_not(None),
        HouseMember.is_primary_contact.desc(),
        HouseMember.moved_out_on.desc(),
        HouseMember.id,
    )
    return list(database.session().scalars(stmt))


def member_or_raise(house: House, member_id: int) -> HouseMember:
    member = database.session().scalar(
        select(HouseMember).where(HouseMember.id == member_id, HouseMember.house_id == house.id)
    )
    if member is None:
        raise NotFound(f"House {house.house_number} has no member with id {member_id}.")
    return member


def houses_of(user_id: int) -> list[House]:
    """The houses a person is a current member of, by number."""
    stmt = (
        select(House).where(House.id.in_(current_houses_of(user_id))).order_by(House.house_number)
    )
    return list(database.session().scalars(stmt))


def current_house_numbers(user_ids: Iterable[int]) -> dict[int, str | None]:
    """What `users.house_number` shows for each person: their current houses,
    comma-separated in number order, or None. A query per 500 people."""
    ids = sorted(set(user_ids))
    numbers: dict[int, list[str]] = {user_id: [] for user_id in ids}
    for start in range(0, len(ids), 500):
        stmt = (
            select(HouseMember.user_id, House.house_number)
            .join(House, House.id == HouseMember.house_id)
            .where(HouseMember.user_id.in_(ids[start : start + 500]))
            .where(HouseMember.moved_out_on.is_(None))
            .order_by(House.house_number)
        )
        for user_id, number in database.session().execute(stmt):
            numbers[user_id].append(number)
    return {user_id: ", ".join(found) or None for user_id, found in numbers.items()}


def has_history(house: House) -> bool:
    """Whether anything refers to the house (memberships, past or current), so it may
    only be archived, never deleted."""
    stmt = select(func.count(HouseMember.id)).where(HouseMember.house_id == house.id)
    return bool(database.session().scalar(stmt))


def requests_page(query: MembershipRequestQuery) -> PageOf[MembershipRequest]:
    stmt: Select[MembershipRequest] = select(MembershipRequest)
    if query.status is not None:
        stmt = stmt.where(MembershipRequest.status == query.status)
    order = (MembershipRequest.created_at.asc(), MembershipRequest.id.asc())
    return paginate(stmt, query, order_by=order)


def request_or_raise(request_id: int) -> MembershipRequest:
    found = database.session().get(MembershipRequest, request_id)
    if found is None:
        raise NotFound(f"No request to join a house with id {request_id}.")
    return found
