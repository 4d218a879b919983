"""Request and response models of houses, members and requests to join a house."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, model_validator

from village.houses.enums import Occupancy, PlotType, Relation, RequestStatus
from village.pagination import Page, PageQuery
from village.validation import (
    Area,
    CleanStr,
    Day,
    Email,
    FullName,
    HouseNumber,
    InputModel,
    Line,
    PatchModel,
    Period,
    Phone,
    SearchText,
)


class PersonRef(BaseModel):
    """A person as a house shows them."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    full_name: str
    phone: str | None
    email: str | None
    has_password: bool = Field(description="False until they set a password (a letter's link)")


class MemberRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    user: PersonRef
    relation: Relation
    is_primary_contact: bool = Field(description="The bill-to person; one per house")
    moved_in_on: date | None
    moved_out_on: date | None = Field(description="Null while the membership is current")


class HouseRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    house_number: str
    plot_number: str | None
    title_deed_number: str | None
    zone: str | None
    land_area_sq_wah: Area | None = Field(description="Square wah (ตารางวา), two decimals")
    usable_area_sqm: Area | None = Field(description="Square metres, two decimals")
    plot_type: PlotType
    occupancy: Occupancy
    developer_owned: bool = Field(description="Billed to the developer while true")
    billable_from: Period | None = Field(description="The first billed month (YYYY-MM)")
    notes: str | None
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    balance_satang: int = Field(
        description="What the house owes now, in satang: its invoices' outstanding minus its "
        "credit (negative: the house is in credit)"
    )


class HouseDetail(HouseRead):
    """One house with its current members, the primary contact first."""

    members: list[MemberRead]


class HousePage(Page[HouseRead]):
    pass


class MyHouse(HouseRead):
    """A resident's house, with its current members."""

    members: list[MemberRead]


SortKey = Literal[
    "house_number",
    "-house_number",
    "zone",
    "-zone",
    "land_area_sq_wah",
    "-land_area_sq_wah",
    "created_at",
    "-created_at",
    "updated_at",
    "-updated_at",
    "balance_satang",
    "-balance_satang",
]


class HouseQuery(PageQuery):
    q: SearchText | None = Field(
        None, description="House or plot number, or a current member's name or phone"
    )
    zone: Line | None = Field(None, max_length=50)
    occupancy: Occupancy | None = None
    plot_type: PlotType | None = None
    has_arrears: bool | None = Field(
        None, description="true: houses owing something (balance > 0); false: the others"
    )
    archived: bool = Field(False, description="Archived houses instead of current ones")
    sort: SortKey = Field("house_number", description="A field name; prefix '-' for descending")


class _HouseFields(InputModel):
    plot_number: Line | None = Field(None, max_length=30)
    title_deed_number: Line | None = Field(None, max_length=30)
    zone: Line | None = Field(None, max_length=50)
    land_area_sq_wah: Area | None = None
    usable_area_sqm: Area | None = None
    plot_type: PlotType = PlotType.RESIDENTIAL
    occupancy: Occupancy = Occupancy.OCCUPIED
    developer_owned: bool = False
    billable_from: Period | None = None
    notes: CleanStr | None = Field(None, max_length=2000)


class HouseCreate(_HouseFields):
    house_number: HouseNumber

    def values(self) -> dict[str, Any]:
        return self.model_dump()


class HouseReplace(_HouseFields):
    """PUT: every field; optional ones left out are cleared."""

    house_number: HouseNumber

    def values(self) -> dict[str, Any]:
        return self.model_dump()


class HouseUpdate(PatchModel):
    """PATCH: only the fields sent change; null clears an optional field."""

    not_null = frozenset({"house_number", "plot_type", "occupancy", "developer_owned"})

    house_number: HouseNumber | None = None
    plot_number: Line | None = Field(None, max_length=30)
    title_deed_number: Line | None = Field(None, max_length=30)
    zone: Line | None = Field(None, max_length=50)
    land_area_sq_wah: Area | None = None
    usable_area_sqm: Area | None = None
    plot_type: PlotType | None = None
    occupancy: Occupancy | None = None
    developer_owned: bool | None = None
    billable_from: Period | None = None
    notes: CleanStr | None = Field(None, max_length=2000)

    def values(self) -> dict[str, Any]:
        return self.changes()


class ZoneList(RootModel[list[str]]):
    """The zones in use, in order."""


class MembersQuery(InputModel):
    include_past: bool = Field(False, description="Also list ended memberships (history)")


class MemberAdd(InputModel):
    """Add a member: an existing person by `user_id`, or by name with a phone or an email
    (a person with that phone or email is linked, never created twice)."""

    user_id: int | None = Field(None, ge=1, le=2_147_483_647)
    full_name: FullName | None = None
    phone: Phone | None = None
    email: Email | None = None
    relation: Relation
    is_primary_contact: bool = False
    moved_in_on: Day | None = None

    @model_validator(mode="after")
    def _one_person(self) -> MemberAdd:
        named = self.full_name is not None or self.phone is not None or self.email is not None
        if self.user_id is not None and named:
            raise ValueError("Give either user_id or the person's name, phone and email.")
        reachable = self.phone is not None or self.email is not None
        if self.user_id is None and (self.full_name is None or not reachable):
            raise ValueError("Give user_id, or full_name with a phone or an email.")
        return self


class MemberUpdate(PatchModel):
    """PATCH a membership; `moved_out_on` ends it (it stays as history)."""

    not_null = frozenset({"relation", "is_primary_contact"})

    relation: Relation | None = None
    is_primary_contact: Literal[True] | None = Field(
        None, description="true makes this member the primary contact (the other one stops)"
    )
    moved_in_on: Day | None = None
    moved_out_on: Day | None = None

    def values(self) -> dict[str, Any]:
        return self.changes()


class MembershipRequestRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    user: PersonRef
    house_number: str
    relation: Relation
    status: RequestStatus
    created_at: datetime
    decided_at: datetime | None
    house_id: int | None = Field(description="The house it was linked to, once approved")
    decision_note: str | None


class MembershipRequestPage(Page[MembershipRequestRead]):
    pass


class MembershipRequestQuery(PageQuery):
    status: RequestStatus | None = RequestStatus.PENDING


class MembershipApproval(InputModel):
    house_id: int | None = Field(
        None, ge=1, le=2_147_483_647, description="Default: the house with the number given"
    )


class MembershipRejection(InputModel):
    note: Line = Field(min_length=1, max_length=500)


class InvitationRequest(InputModel):
    house_ids: list[Annotated[int, Field(ge=1, le=2_147_483_647)]] = Field(
        min_length=1, max_length=500
    )


class Invitation(BaseModel):
    """A letter's content for one person: their one-time set-password link."""

    person: PersonRef
    relation: Relation
    url: str
    qr_svg: str
    expires_at: datetime


class InvitationLetter(BaseModel):
    """One house's letter: its number and an invitation per member without a password."""

    house_id: int
    house_number: str
    invitations: list[Invitation]


class ImportQuery(InputModel):
    dry_run: bool = Field(True, description="Check only (the default); false writes, if no errors")


class ExportQuery(InputModel):
    format: Literal["csv", "xlsx"] = "csv"


class ImportReport(BaseModel):
    """What an import did (or, in a dry run, would do); with errors it wrote nothing."""

    model_config = ConfigDict(from_attributes=True)

    dry_run: bool
    created: int
    updated: int
    unchanged: int
    errors: list[ImportProblem]


class ImportProblem(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    row: int = Field(description="The row in the file, counting the header as row 1")
    field: str
    message: str


ImportReport.model_rebuild()
