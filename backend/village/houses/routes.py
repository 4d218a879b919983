"""HTTP endpoints of the village registry: /api/v1/houses, their members, /api/v1/me/houses,
and the office's queue of requests to join a house."""

from __future__ import annotations

from typing import Any, cast

from apiflask import APIBlueprint
from flask import Response

from village.errors import ValidationFailed, field_error
from village.houses import imports, queries, service, spreadsheets
from village.houses.models import House, HouseMember, MembershipRequest
from village.houses.schemas import (
    ExportQuery,
    HouseCreate,
    HouseDetail,
    HousePage,
    HouseQuery,
    HouseRead,
    HouseReplace,
    HouseUpdate,
    ImportQuery,
    ImportReport,
    InvitationLetter,
    InvitationRequest,
    MemberAdd,
    MemberRead,
    MembershipApproval,
    MembershipRejection,
    MembershipRequestPage,
    MembershipRequestQuery,
    MembershipRequestRead,
    MembersQuery,
    MemberUpdate,
    MyHouse,
    ZoneList,
)
from village.openapi import file_response
from village.pagination import PageOf
from village.security.actor import current_actor
from village.security.client import current_client
from village.security.permissions import Permission, current_principal, require
from village.uploads import accepts_upload, uploaded_file
from village.users.models import User

bp = APIBlueprint("houses", __name__, url_prefix="/api/v1")
HOUSE = "/houses/<id:house_id>"
MEMBER = f"{HOUSE}/members/<id:member_id>"
NOT_FOUND = {404: "No such house, or not one of yours"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV = "text/csv"


def _user() -> User:
    return cast(User, current_principal())


@bp.get("/houses")
@require(Permission.HOUSES_READ)
@bp.input(HouseQuery, location="query", arg_name="query")
@bp.output(HousePage)
def list_houses(query: HouseQuery) -> PageOf[House]:
    """List houses: paginated, searchable (house, plot, member name or phone), filterable.

    A resident gets their own houses only.
    """
    return queries.list_page(current_actor(), query)


@bp.post("/houses")
@require(Permission.HOUSES_WRITE)
@bp.input(HouseCreate, arg_name="body")
@bp.output(HouseDetail, status_code=201)
@bp.doc(responses={409: "Another house has this number"})
def create_house(body: HouseCreate) -> House:
    """Add a house."""
    return service.create_house(actor=_user(), data=body, client=current_client())


@bp.post("/houses/import")
@require(Permission.HOUSES_WRITE)
@accepts_upload("file", "The register: CSV (UTF-8, Excel's Thai CSV) or XLSX, with a header row")
@bp.input(ImportQuery, location="query", arg_name="query")
@bp.output(ImportReport)
@bp.doc(responses={422: "Not a register (see detail), or no file"})
def import_houses(query: ImportQuery) -> imports.Report:
    """Import houses and their owners from a spreadsheet; a dry run checks without writing.

    Idempotent by house number; a file with any error writes nothing, and the report
    names each error's row and field. Columns: house_number, plot_number, zone,
    land_area_sq_wah, plot_type, occupancy, owner_name, owner_phone, owner_email.
    """
    data = uploaded_file("file").read()
    try:
        return imports.import_houses(
            actor=_user(), data=data, dry_run=query.dry_run, client=current_client()
        )
    except spreadsheets.UnreadableSheet as exc:
        raise ValidationFailed([field_error("file", str(exc), "unreadable_file")]) from None


@bp.get("/houses/export")
@require(Permission.HOUSES_READ)
@file_response(CSV, XLSX)
@bp.input(ExportQuery, location="query", arg_name="query")
@bp.doc(responses={200: "The register in the import's columns (CSV or XLSX)"})
def export_houses(query: ExportQuery) -> Response:
    """Download the register (current houses and their owners) as CSV or XLSX."""
    rows = imports.export_rows(current_actor())
    if query.format == "xlsx":
        body, mimetype = spreadsheets.to_xlsx(rows), XLSX
    else:
        body, mimetype = spreadsheets.to_csv(rows), CSV
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="houses.{query.format}"'
    return response


@bp.get("/houses/zones")
@require(Permission.HOUSES_READ)
@bp.output(ZoneList)
def list_zones() -> ZoneList:
    """List the zones in use (for filters and forms)."""
    return ZoneList(queries.zones(current_actor()))


@bp.get(HOUSE)
@require(Permission.HOUSES_READ)
@bp.output(HouseDetail)
@bp.doc(responses=NOT_FOUND)
def get_house(house_id: int) -> House:
    """Show one house with its current members."""
    return queries.get_or_raise(current_actor(), house_id)


@bp.patch(HOUSE)
@require(Permission.HOUSES_WRITE)
@bp.input(HouseUpdate, arg_name="body")
@bp.output(HouseDetail)
@bp.doc(responses={**NOT_FOUND, 409: "Another house has this number"})
def update_house(house_id: int, body: HouseUpdate) -> House:
    """Change some fields of a house."""
    return service.update_house(
        actor=_user(), scope=current_actor(), house_id=house_id, data=body, client=current_client()
    )


@bp.put(HOUSE)
@require(Permission.HOUSES_WRITE)
@bp.input(HouseReplace, arg_name="body")
@bp.output(HouseDetail)
@bp.doc(responses={**NOT_FOUND, 409: "Another house has this number"})
def replace_house(house_id: int, body: HouseReplace) -> House:
    """Replace every field of a house."""
    return service.update_house(
        actor=_user(), scope=current_actor(), house_id=house_id, data=body, client=current_client()
    )


@bp.delete(HOUSE)
@require(Permission.HOUSES_WRITE)
@bp.output({}, status_code=204, description="Deleted")
@bp.doc(responses={**NOT_FOUND, 409: "The house has members or history: archive it"})
def delete_house(house_id: int) -> None:
    """Delete a house entered by mistake (one with history is archived instead)."""
    service.delete_house(
        actor=_user(), scope=current_actor(), house_id=house_id, client=current_client()
    )


@bp.post(f"{HOUSE}/archive")
@require(Permission.HOUSES_WRITE)
@bp.output(HouseRead)
@bp.doc(responses=NOT_FOUND)
def archive_house(house_id: int) -> House:
    """Archive a house: out of the lists, its history kept."""
    return service.archive_house(
        actor=_user(), scope=current_actor(), house_id=house_id, client=current_client()
    )


@bp.post(f"{HOUSE}/restore")
@require(Permission.HOUSES_WRITE)
@bp.output(HouseRead)
@bp.doc(responses=NOT_FOUND)
def restore_house(house_id: int) -> House:
    """Bring an archived house back."""
    return service.restore_house(
        actor=_user(), scope=current_actor(), house_id=house_id, client=current_client()
    )


@bp.get(f"{HOUSE}/members")
@require(Permission.HOUSES_READ)
@bp.input(MembersQuery, location="query", arg_name="query")
@bp.output(list[MemberRead])  # type: ignore[arg-type]
@bp.doc(responses=NOT_FOUND)
def list_members(house_id: int, query: MembersQuery) -> list[HouseMember]:
    """List a house's current members (primary contact first), and past ones if asked."""
    house = queries.get_or_raise(current_actor(), house_id)
    return queries.members(house, include_past=query.include_past)


@bp.post(f"{HOUSE}/members")
@require(Permission.HOUSES_WRITE)
@bp.input(MemberAdd, arg_name="body")
@bp.output(MemberRead, status_code=201)
@bp.doc(
    responses={
        **NOT_FOUND,
        409: "Already a member, or the phone and email belong to two people",
    }
)
def add_member(house_id: int, body: MemberAdd) -> HouseMember:
    """Add a member: an existing person, or a new one (found by phone or email first)."""
    return service.add_member(
        actor=_user(), scope=current_actor(), house_id=house_id, data=body, client=current_client()
    )


@bp.patch(MEMBER)
@require(Permission.HOUSES_WRITE)
@bp.input(MemberUpdate, arg_name="body")
@bp.output(MemberRead)
@bp.doc(responses={**NOT_FOUND, 409: "The membership has ended (history)"})
def update_member(house_id: int, member_id: int, body: MemberUpdate) -> HouseMember:
    """Change a membership, make it the primary contact, or end it (moved_out_on)."""
    return service.update_member(
        actor=_user(),
        scope=current_actor(),
        house_id=house_id,
        member_id=member_id,
        data=body,
        client=current_client(),
    )


@bp.delete(MEMBER)
@require(Permission.HOUSES_WRITE)
@bp.output({}, status_code=204, description="Removed")
@bp.doc(responses={**NOT_FOUND, 409: "The membership has ended (history): it stays"})
def remove_member(house_id: int, member_id: int) -> None:
    """Remove a membership added by mistake (to end one, set its moved_out_on)."""
    service.remove_member(
        actor=_user(),
        scope=current_actor(),
        house_id=house_id,
        member_id=member_id,
        client=current_client(),
    )


@bp.post("/houses/invitation-letters")
@require(Permission.HOUSES_WRITE)
@bp.input(InvitationRequest, arg_name="body")
@bp.output(list[InvitationLetter])  # type: ignore[arg-type]
@bp.doc(responses=NOT_FOUND)
def create_invitation_letters(body: InvitationRequest) -> list[dict[str, Any]]:
    """Letters for houses: a fresh set-password link (and QR code) for every current member
    without a password of their own. Shown once; earlier links stop working; audited."""
    letters = service.invitation_letters(
        actor=_user(), scope=current_actor(), house_ids=body.house_ids, client=current_client()
    )
    return [
        {
            "house_id": house.id,
            "house_number": house.house_number,
            "invitations": [
                {
                    "person": member.user,
                    "relation": member.relation,
                    "url": link.url,
                    "qr_svg": link.qr_svg,
                    "expires_at": link.expires_at,
                }
                for member, link in invitations
            ],
        }
        for house, invitations in letters
    ]


@bp.get("/me/houses")
@require(Permission.PROFILE_READ)
@bp.output(list[MyHouse])  # type: ignore[arg-type]
def list_my_houses() -> list[House]:
    """List the houses the signed-in person is a current member of, with their members."""
    return queries.houses_of(_user().id)


@bp.get("/membership-requests")
@require(Permission.HOUSES_WRITE)
@bp.input(MembershipRequestQuery, location="query", arg_name="query")
@bp.output(MembershipRequestPage)
def list_membership_requests(query: MembershipRequestQuery) -> PageOf[MembershipRequest]:
    """List requests to join a house (self-registrations), oldest first: the approval queue."""
    return queries.requests_page(query)


@bp.post("/membership-requests/<id:request_id>/approve")
@require(Permission.HOUSES_WRITE)
@bp.input(MembershipApproval, arg_name="body")
@bp.output(MembershipRequestRead)
@bp.doc(responses={404: "No such request or house", 409: "Already decided"})
def approve_membership_request(request_id: int, body: MembershipApproval) -> MembershipRequest:
    """Link the person to the house (and activate an account waiting for approval)."""
    return service.approve_request(
        actor=_user(),
        scope=current_actor(),
        request_id=request_id,
        house_id=body.house_id,
        client=current_client(),
    )


@bp.post("/membership-requests/<id:request_id>/reject")
@require(Permission.HOUSES_WRITE)
@bp.input(MembershipRejection, arg_name="body")
@bp.output(MembershipRequestRead)
@bp.doc(responses={404: "No such request", 409: "Already decided"})
def reject_membership_request(request_id: int, body: MembershipRejection) -> MembershipRequest:
    """Turn a request down, saying why."""
    return service.reject_request(
        actor=_user(), request_id=request_id, note=body.note, client=current_client()
    )
