"""Reading houses, members and requests, always through the actor's scope (policies)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, exists, func, or_, select

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
    if query.has_arrears:  # nothing is owed before the common fee exists
        stmt = stmt.where(House.id.is_(None))
    column = SORT_COLUMNS[query.sort.lstrip("-")]
    descending = query.sort.startswith("-")
    order = (column.desc() if descending else column.asc()).nulls_last()
    tie_break = House.id.desc() if descending else House.id.asc()
    return paginate(stmt, query, order_by=(order, tie_break))


def _matches(text: str) -> Any:
    """House or plot number, or a current member's name or phone."""
    member = (
        select(HouseMember.id)
        .join(User, User.id == HouseMember.user_id)
        .where(
            HouseMember.house_id == House.id,
            HouseMember.moved_out_on.is_(None),
            or_(
                User.full_name.icontains(text, autoescape=True),
                *(
                    [User.phone.contains(digits, autoescape=True)]
                    if (digits := phone_fragment(text))
                    else []
                ),
            ),
        )
    )
    return or_(
        House.house_number.icontains(text, autoescape=True),
        House.plot_number.icontains(text, autoescape=True),
        exists(member),
    )


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


def current_house_numbers(user_id: int) -> str | None:
    """What `users.house_number` shows: the person's current houses, comma-separated."""
    numbers = [house.house_number for house in houses_of(user_id)]
    return ", ".join(numbers) if numbers else None


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
