"""Importing and exporting the house register (village.md, "Import/export").

An import is idempotent by house number and all-or-nothing: every row is
checked first, and a file with any error writes nothing (nor does a dry run);
the report says what would be or was created, updated and left unchanged, and
each error's row and field. Owners are people like any other: a phone or an
email that belongs to someone links that person, never a second account; two
rows naming one phone (in any format) with different names are an error.

Written for a whole village at once (a few thousand rows): everything the file
names is read in a handful of queries, and the writes are flushed together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.enums import Role
from village.houses import service, spreadsheets
from village.houses.enums import Occupancy, PlotType, Relation
from village.houses.models import House, HouseMember, to_hundredths
from village.houses.policies import visible_houses
from village.identifiers import (
    InvalidIdentifier,
    email_key,
    normalize_email,
    normalize_house_number,
    normalize_phone,
)
from village.security.actor import Actor
from village.security.client import Client
from village.users import service as users
from village.users.models import User

HOUSE_FIELDS = ("plot_number", "zone", "land_area_hundredths", "plot_type", "occupancy")
LIMITS = {"plot_number": 30, "zone": 50, "owner_name": 200}


@dataclass(frozen=True)
class Problem:
    row: int
    field: str
    message: str


@dataclass
class Row:
    number: int  # in the file (the header is row 1)
    house_number: str
    values: dict[str, Any]  # the house fields the row gives (empty cells are left alone)
    owner_name: str | None = None
    owner_phone: str | None = None
    owner_email: str | None = None

    @property
    def names_owner(self) -> bool:
        return self.owner_phone is not None or self.owner_email is not None


@dataclass
class Report:
    dry_run: bool
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[Problem] = field(default_factory=list)


def import_houses(*, actor: User, data: bytes, dry_run: bool, client: Client) -> Report:
    """Check every row of an uploaded register; unless it is a dry run or a row is wrong,
    create and update the houses and link their owners, in this one transaction.

    Raises spreadsheets.UnreadableSheet when the file is not a register at all.
    """
    sheet = spreadsheets.read(data)
    report = Report(dry_run=dry_run)
    rows = list(_checked(sheet, report))
    existing = _houses_by_number([row.house_number for row in rows])
    members = _current_members([house.id for house in existing.values()])
    people = _people_for(rows, report)
    plan = [(row, existing.get(row.house_number)) for row in rows]
    for row, house in plan:
        changed = (
            house is None
            or _differs(house, row)
            or _owner_missing(members.get(house.id, []), people.get(row.number))
        )
        if house is None:
            report.created += 1
        elif changed:
            report.updated += 1
        else:
            report.unchanged += 1
    if report.errors or dry_run:
        return report
    _apply(plan, people, members)
    audit.record(
        AuditAction.HOUSES_IMPORTED,
        actor=actor,
        target_type="house",
        client=client,
        details={
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "rows": len(rows),
        },
    )
    return report


# --- checking the rows ----------------------------------------------------------------


def _checked(sheet: spreadsheets.Sheet, report: Report) -> Iterator[Row]:
    seen: dict[str, int] = {}
    for number, cells in sheet.rows:
        problems: list[Problem] = []
        row = _row(number, cells, problems)
        if row is not None and row.house_number in seen:
            problems.append(
                Problem(number, "house_number", f"Also in row {seen[row.house_number]}.")
            )
        report.errors += problems
        if row is not None and not problems:
            seen[row.house_number] = number
            yield row


def _row(number: int, cells: dict[str, str], problems: list[Problem]) -> Row | None:
    """One row, checked; its problems are added to `problems` (None: no usable house number)."""

    def fail(name: str, message: str) -> None:
        problems.append(Problem(number, name, message))

    for name, limit in LIMITS.items():
        if len(cells.get(name, "")) > limit:
            fail(name, f"At most {limit} characters.")
    try:
        house_number = normalize_house_number(cells.get("house_number", ""))
    except InvalidIdentifier as exc:
        fail("house_number", str(exc))
        return None
    owner_name, phone, email = _owner(cells, fail)
    return Row(number, house_number, _house_values(cells, fail), owner_name, phone, email)


def _house_values(cells: dict[str, str], fail: Callable[[str, str], None]) -> dict[str, Any]:
    """The house fields a row gives (an empty cell leaves the field as it is)."""
    values: dict[str, Any] = {
        name: cells[name] for name in ("plot_number", "zone") if cells.get(name)
    }
    if cells.get("land_area_sq_wah"):
        try:
            area = Decimal(cells["land_area_sq_wah"].replace(",", ""))
            if not area.is_finite() or area <= 0 or area != area.quantize(Decimal("0.01")):
                raise InvalidOperation
            values["land_area_hundredths"] = to_hundredths(area)
        except InvalidOperation:
            fail("land_area_sq_wah", "A number of square wah above 0, two decimals at most.")
    for name, kind in (("plot_type", PlotType), ("occupancy", Occupancy)):
        text = cells.get(name, "").strip().lower()
        if text:
            try:
                values[name] = kind(text)
            except ValueError:
                fail(name, f"One of: {', '.join(member.value for member in kind)}.")
    return values


def _owner(
    cells: dict[str, str], fail: Callable[[str, str], None]
) -> tuple[str | None, str | None, str | None]:
    """The owner a row names: name, phone (E.164) and email, each checked."""
    name = cells.get("owner_name") or None
    phone = email = None
    if cells.get("owner_phone"):
        try:
            phone = normalize_phone(cells["owner_phone"])
        except InvalidIdentifier as exc:
            fail("owner_phone", str(exc))
    if cells.get("owner_email"):
        try:
            email = normalize_email(cells["owner_email"])
        except InvalidIdentifier:
            fail("owner_email", "Not an email address.")
    if (phone or email) and not name:
        fail("owner_name", "Name the owner whose phone or email is given.")
    if name and not (cells.get("owner_phone") or cells.get("owner_email")):
        fail("owner_phone", "Give the owner's Thai mobile number or email.")
    return name, phone, email


def _houses_by_number(numbers: list[str]) -> dict[str, House]:
    found: dict[str, House] = {}
    for start in range(0, len(numbers), 500):  # IN lists of a sane length
        chunk = numbers[start : start + 500]
        stmt = select(House).where(database.one_of(House.house_number, chunk))
        found.update({house.house_number: house for house in database.session().scalars(stmt)})
    return found


@dataclass
class Person:
    """An owner the file names: an existing account, or one the import will create."""

    name: str
    phone: str | None
    email: str | None
    user: User | None = None


def _people_for(rows: list[Row], report: Report) -> dict[int, Person]:
    """The owner of each row that names one, by row number: one Person for all the rows
    (and the account) that share a phone or an email."""
    phones = [row.owner_phone for row in rows if row.owner_phone]
    emails = [email_key(row.owner_email) for row in rows if row.owner_email]
    by_phone, by_email = _users_by(User.phone, phones), _users_by(User.email_key, emails)
    people: dict[int, Person] = {}
    shared: dict[str, tuple[Person, int]] = {}
    for row in rows:
        if not row.names_owner:
            continue
        keys = [f"p:{row.owner_phone}"] if row.owner_phone else []
        keys += [f"e:{email_key(row.owner_email)}"] if row.owner_email else []
        known = {id(shared[k][0]): shared[k] for k in keys if k in shared}
        if len(known) > 1:
            report.errors.append(
                Problem(row.number, "owner_phone", "The phone and the email belong to two people.")
            )
            continue
        if known:
            person, first = next(iter(known.values()))
            if person.user is None and person.name != row.owner_name:
                report.errors.append(
                    Problem(
                        row.number, "owner_name", f"Row {first} gives this owner as {person.name}."
                    )
                )
                continue
        else:
            account_by_phone = by_phone.get(row.owner_phone or "")
            account_by_email = by_email.get(email_key(row.owner_email) if row.owner_email else "")
            if account_by_phone and account_by_email and account_by_phone.id != account_by_email.id:
                report.errors.append(
                    Problem(
                        row.number,
                        "owner_email",
                        f"The phone is {account_by_phone.full_name}'s and the email "
                        f"{account_by_email.full_name}'s.",
                    )
                )
                continue
            person = Person(
                row.owner_name or "",
                row.owner_phone,
                row.owner_email,
                account_by_phone or account_by_email,
            )
            first = row.number
        for key in keys:
            shared.setdefault(key, (person, first))
        people[row.number] = person
    return people


def _users_by(column: Any, values: list[str]) -> dict[str, User]:
    found: dict[str, User] = {}
    unique = list(dict.fromkeys(values))
    for start in range(0, len(unique), 500):
        stmt = select(User).where(database.one_of(column, unique[start : start + 500]))
        for user in database.session().scalars(stmt):
            found[getattr(user, column.key)] = user
    return found


def _current_members(house_ids: list[int]) -> dict[int, list[HouseMember]]:
    found: dict[int, list[HouseMember]] = {}
    for start in range(0, len(house_ids), 500):
        stmt = select(HouseMember).where(
            HouseMember.house_id.in_(house_ids[start : start + 500]),
            HouseMember.moved_out_on.is_(None),
        )
        for member in database.session().scalars(stmt):
            found.setdefault(member.house_id, []).append(member)
    return found


def _differs(house: House, row: Row) -> bool:
    return any(getattr(house, name) != value for name, value in row.values.items())


def _owner_missing(current: list[HouseMember], person: Person | None) -> bool:
    if person is None:
        return False
    if person.user is None:
        return True
    return all(member.user_id != person.user.id for member in current)


# --- writing --------------------------------------------------------------------------


def _apply(
    plan: list[tuple[Row, House | None]],
    people: dict[int, Person],
    members: dict[int, list[HouseMember]],
) -> None:
    db = database.session()
    houses: list[House] = []
    for row, found in plan:
        house = found or House(house_number=row.house_number)
        for name, value in row.values.items():
            setattr(house, name, value)
        if found is None:
            db.add(house)
        houses.append(house)
    newcomers = [p for p in {id(p): p for p in people.values()}.values() if p.user is None]
    added = users.insert_many(
        [
            users.NewPerson(
                full_name=newcomer.name,
                phone=newcomer.phone,
                email=newcomer.email,
                role=Role.RESIDENT,
            )
            for newcomer in newcomers
        ]
    )
    for newcomer, user in zip(newcomers, added, strict=True):
        newcomer.user = user
    db.flush()
    touched: set[int] = set()
    for (row, _), house in zip(plan, houses, strict=True):
        owner = people.get(row.number)
        if owner is None or owner.user is None:
            continue
        person = owner.user
        current = members.get(house.id, [])
        if any(member.user_id == person.id for member in current):
            continue
        db.add(
            HouseMember(
                house_id=house.id,
                user_id=person.id,
                relation=Relation.OWNER,
                is_primary_contact=not any(member.is_primary_contact for member in current),
            )
        )
        touched.add(person.id)
    service.sync_house_numbers(touched)


# --- exporting ------------------------------------------------------------------------


def export_rows(actor: Actor) -> list[dict[str, Any]]:
    """The register as rows of the import's columns: every current house the actor sees,
    its owner the primary contact (or the first owner); areas as numbers."""
    stmt = (
        select(House)
        .where(House.archived_at.is_(None), visible_houses(actor))
        .order_by(House.house_number)
        .options(selectinload(House.members))
    )
    rows = []
    for house in database.session().scalars(stmt):
        owner = _owner_of(house)
        rows.append(
            {
                "house_number": house.house_number,
                "plot_number": house.plot_number,
                "zone": house.zone,
                "land_area_sq_wah": _number(house.land_area_sq_wah),
                "plot_type": house.plot_type.value,
                "occupancy": house.occupancy.value,
                "owner_name": owner.full_name if owner else None,
                "owner_phone": _national(owner.phone) if owner and owner.phone else None,
                "owner_email": owner.email if owner else None,
            }
        )
    return rows


def _owner_of(house: House) -> User | None:
    owners = [m for m in house.members if m.relation in (Relation.OWNER, Relation.CO_OWNER)]
    owners.sort(key=lambda m: (not m.is_primary_contact, m.relation != Relation.OWNER, m.id))
    return owners[0].user if owners else None


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _national(e164: str) -> str:
    """+66812345678 as a Thai office writes it: 081-234-5678 (no leading +, so no formula)."""
    local = "0" + e164.removeprefix("+66")
    return f"{local[:3]}-{local[3:6]}-{local[6:]}" if len(local) == 10 else local
