"""HTTP endpoints of the fee's configuration: /api/v1/finance/settings, /api/v1/fee-items,
/api/v1/fee-schedules."""

from __future__ import annotations

from typing import cast

from apiflask import APIBlueprint

from village.finance import queries, service
from village.finance.models import FeeSchedule
from village.finance.policies import require_office
from village.finance.schemas import (
    FeeItemCreate,
    FeeItemPage,
    FeeItemQuery,
    FeeItemRead,
    FeeItemUpdate,
    FeeScheduleCreate,
    FeeSchedulePage,
    FeeScheduleQuery,
    FeeScheduleRead,
    FeeScheduleUpdate,
    FinanceSettingsRead,
    FinanceSettingsUpdate,
)
from village.security.actor import current_actor
from village.security.client import current_client
from village.security.permissions import Permission, current_principal, require
from village.users.models import User

bp = APIBlueprint("finance", __name__, url_prefix="/api/v1")
READ = Permission.FINANCE_READ
WRITE = Permission.FINANCE_WRITE
ITEM = "/fee-items/<id:fee_item_id>"
SCHEDULE = "/fee-schedules/<id:fee_schedule_id>"


def _user() -> User:
    return cast(User, current_principal())


def _settings_read() -> FinanceSettingsRead:
    return FinanceSettingsRead.model_validate(service.settings_view(service.settings()))


def _schedule_read(schedule: FeeSchedule, in_use: bool | None = None) -> FeeScheduleRead:
    read = FeeScheduleRead.model_validate(schedule)
    read.in_use = queries.in_use(schedule) if in_use is None else in_use
    return read


@bp.get("/finance/settings")
@require(READ)
@bp.output(FinanceSettingsRead)
@bp.doc(responses={403: "Residents do not read the office's settings"})
def get_settings() -> FinanceSettingsRead:
    """The village's finance settings (made with the defaults on first read)."""
    require_office(current_actor())
    return _settings_read()


@bp.patch("/finance/settings")
@require(WRITE)
@bp.input(FinanceSettingsUpdate, arg_name="body")
@bp.output(FinanceSettingsRead)
def update_settings(body: FinanceSettingsUpdate) -> FinanceSettingsRead:
    """Change the finance settings; only the fields sent change (audited)."""
    service.update_settings(actor=_user(), data=body, client=current_client())
    return _settings_read()


@bp.get("/fee-items")
@require(READ)
@bp.input(FeeItemQuery, location="query", arg_name="query")
@bp.output(FeeItemPage)
def list_items(query: FeeItemQuery) -> FeeItemPage:
    """The fee items (what is billed), by code."""
    return FeeItemPage.model_validate(queries.list_items(query), from_attributes=True)


@bp.post("/fee-items")
@require(WRITE)
@bp.input(FeeItemCreate, arg_name="body")
@bp.output(FeeItemRead, status_code=201)
@bp.doc(responses={409: "The code exists (code duplicate_code)"})
def create_item(body: FeeItemCreate) -> FeeItemRead:
    """Add a fee item (e.g. GARBAGE); its code is fixed from then on."""
    return FeeItemRead.model_validate(
        service.create_item(actor=_user(), data=body, client=current_client())
    )


@bp.get(ITEM)
@require(READ)
@bp.output(FeeItemRead)
def get_item(fee_item_id: int) -> FeeItemRead:
    """One fee item."""
    return FeeItemRead.model_validate(queries.item_or_404(fee_item_id))


@bp.patch(ITEM)
@require(WRITE)
@bp.input(FeeItemUpdate, arg_name="body")
@bp.output(FeeItemRead)
def update_item(fee_item_id: int, body: FeeItemUpdate) -> FeeItemRead:
    """Rename a fee item, or (de)activate it: an inactive item is not billed."""
    item = queries.item_or_404(fee_item_id)
    return FeeItemRead.model_validate(
        service.update_item(actor=_user(), item=item, data=body, client=current_client())
    )


@bp.get("/fee-schedules")
@require(READ)
@bp.input(FeeScheduleQuery, location="query", arg_name="query")
@bp.output(FeeSchedulePage)
def list_schedules(query: FeeScheduleQuery) -> FeeSchedulePage:
    """The fee schedules (rates), newest first, with filters."""
    page = queries.list_schedules(query)
    return FeeSchedulePage(
        items=[_schedule_read(schedule) for schedule in page.items],
        total=page.total,
        page=page.page,
        per_page=page.per_page,
    )


@bp.post("/fee-schedules")
@require(WRITE)
@bp.input(FeeScheduleCreate, arg_name="body")
@bp.output(FeeScheduleRead, status_code=201)
@bp.doc(responses={422: "Overlaps a schedule of the same item and plot type (code overlap)"})
def create_schedule(body: FeeScheduleCreate) -> FeeScheduleRead:
    """Set a rate of a fee item from a month on, as a general meeting resolved it."""
    schedule = service.create_schedule(actor=_user(), data=body, client=current_client())
    return _schedule_read(schedule, in_use=False)


@bp.get(SCHEDULE)
@require(READ)
@bp.output(FeeScheduleRead)
def get_schedule(fee_schedule_id: int) -> FeeScheduleRead:
    """One fee schedule, with whether it has billed anything (`in_use`)."""
    return _schedule_read(queries.schedule_or_404(fee_schedule_id))


@bp.patch(SCHEDULE)
@require(WRITE)
@bp.input(FeeScheduleUpdate, arg_name="body")
@bp.output(FeeScheduleRead)
@bp.doc(responses={409: "It has billed: only effective_to may change (code schedule_in_use)"})
def update_schedule(fee_schedule_id: int, body: FeeScheduleUpdate) -> FeeScheduleRead:
    """Change a schedule that has not billed anything, or end one that has
    (`effective_to`)."""
    schedule = queries.schedule_or_404(fee_schedule_id)
    return _schedule_read(
        service.update_schedule(
            actor=_user(), schedule=schedule, data=body, client=current_client()
        )
    )
