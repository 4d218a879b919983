"""Rules of the finance settings, fee items and fee schedules (village.md, "The common fee").

Settings: one row, made on first read with the defaults. PromptPay needs its id (a tax
id or a mobile number for credit transfer; a biller id too for bill payment); a
surcharge is off until turned on with the regulation that sets it (`legal_reference`),
and a percentage is capped at 1,000 basis points a month.

Schedules: a house's rate for an item in a month must be unambiguous, so the schedules
of one fee item never overlap in time when their plot types clash — the same plot type,
or either covers every plot type (`plot_type` null). A village with one rate for all
plots uses null; one with a rate per plot type uses one schedule per type (and no null
one for those months). A schedule that has billed anything (a non-void invoice line of
its item in its months, for a house of its plot type) is never edited; it may only be
ended (`effective_to`) and succeeded by a new one (409 `schedule_in_use` otherwise).
Every change is audited with before and after, in the same transaction.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from village import database
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.errors import Conflict, ValidationFailed, field_error
from village.finance import queries
from village.finance.enums import PromptPayMode, SurchargeMethod
from village.finance.models import SETTINGS_ID, FeeItem, FeeSchedule, FinanceSettings
from village.finance.schemas import (
    FeeItemCreate,
    FeeItemUpdate,
    FeeScheduleCreate,
    FeeScheduleUpdate,
    FinanceSettingsUpdate,
)
from village.security.client import Client
from village.validation import format_period

SURCHARGE_COLUMNS = {
    "method": "surcharge_method",
    "rate_basis_points": "surcharge_rate_basis_points",
    "fixed_satang": "surcharge_fixed_satang",
    "grace_days": "surcharge_grace_days",
    "legal_reference": "surcharge_legal_reference",
}
SCHEDULE_IN_USE = "schedule_in_use"


# --- settings ----------------------------------------------------------------------


def settings() -> FinanceSettings:
    """The one settings row, made with the defaults on first use (a concurrent first use
    makes it once: insert-or-ignore, then read)."""
    db = database.session()
    found = db.get(FinanceSettings, SETTINGS_ID)
    if found is not None:
        return found
    dialect = db.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    db.execute(insert(FinanceSettings).values(id=SETTINGS_ID).on_conflict_do_nothing())
    made = db.get(FinanceSettings, SETTINGS_ID, populate_existing=True)
    if made is None:  # pragma: no cover - made, then deleted in between
        raise RuntimeError("the finance settings row vanished")
    return made


def settings_view(row: FinanceSettings) -> dict[str, Any]:
    """The settings as the API shows them (the surcharge as one object)."""
    return {
        "promptpay_mode": row.promptpay_mode,
        "promptpay_id": row.promptpay_id,
        "biller_id": row.biller_id,
        "bank_name": row.bank_name,
        "bank_account_name": row.bank_account_name,
        "bank_account_number": row.bank_account_number,
        "due_days": row.due_days,
        "receipt_signatory": row.receipt_signatory,
        "require_payment_confirmation": row.require_payment_confirmation,
        "surcharge": {name: getattr(row, column) for name, column in SURCHARGE_COLUMNS.items()},
        "arrears_suspension_months": row.arrears_suspension_months,
        "arrears_land_office_months": row.arrears_land_office_months,
        "certificate_valid_days": row.certificate_valid_days,
        "updated_at": row.updated_at,
    }


def _plain(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def update_settings(
    *, actor: audit.Actor, data: FinanceSettingsUpdate, client: Client
) -> FinanceSettings:
    row = settings()
    changes = data.changes()
    values: dict[str, Any] = {}
    for field, value in changes.items():
        if field == "surcharge":
            for name, new in value.items():
                values[SURCHARGE_COLUMNS[name]] = new
        else:
            values[field] = value
    merged = {column.key: getattr(row, column.key) for column in FinanceSettings.__table__.c}
    merged.update(values)
    _check_settings(merged)
    diff = {
        field: {"from": _plain(getattr(row, field)), "to": _plain(value)}
        for field, value in values.items()
        if getattr(row, field) != value
    }
    for field in diff:
        setattr(row, field, values[field])
    if diff:
        database.session().flush()
        audit.record(
            AuditAction.FINANCE_SETTINGS_UPDATED,
            actor=actor,
            target_type="finance_settings",
            target_id=SETTINGS_ID,
            target_name="Finance settings",
            client=client,
            details={"changes": diff},
        )
    return row


def _check_settings(merged: dict[str, Any]) -> None:
    errors = []
    mode = PromptPayMode(merged["promptpay_mode"])
    if mode is not PromptPayMode.NONE and not merged["promptpay_id"]:
        errors.append(
            field_error("promptpay_id", "PromptPay needs the village's PromptPay id.", "required")
        )
    if mode is PromptPayMode.BILL_PAYMENT and not merged["biller_id"]:
        errors.append(
            field_error("biller_id", "Bill payment needs the 15-digit biller id.", "required")
        )
    method = SurchargeMethod(merged["surcharge_method"])
    if method is not SurchargeMethod.NONE and not merged["surcharge_legal_reference"]:
        errors.append(
            field_error(
                "surcharge.legal_reference",
                "A surcharge needs the regulation that sets its rate.",
                "required",
            )
        )
    if method is SurchargeMethod.PERCENT_PER_MONTH and merged["surcharge_rate_basis_points"] <= 0:
        errors.append(
            field_error("surcharge.rate_basis_points", "Give the rate in basis points.", "required")
        )
    if method is SurchargeMethod.FIXED_PER_MONTH and merged["surcharge_fixed_satang"] <= 0:
        errors.append(
            field_error("surcharge.fixed_satang", "Give the monthly amount in satang.", "required")
        )
    if merged["arrears_land_office_months"] < merged["arrears_suspension_months"]:
        errors.append(
            field_error(
                "arrears_land_office_months",
                "The land-office threshold cannot be below the suspension threshold.",
            )
        )
    if errors:
        raise ValidationFailed(errors)


# --- fee items ---------------------------------------------------------------------


def _item_snapshot(item: FeeItem) -> dict[str, Any]:
    return {
        "code": item.code,
        "name_th": item.name_th,
        "name_en": item.name_en,
        "counts_for_arrears": item.counts_for_arrears,
        "active": item.active,
    }


def create_item(*, actor: audit.Actor, data: FeeItemCreate, client: Client) -> FeeItem:
    if queries.item_by_code(data.code) is not None:
        raise Conflict(f"A fee item with code {data.code} exists.", code="duplicate_code")
    item = FeeItem(**data.model_dump())
    db = database.session()
    try:
        with db.begin_nested():
            db.add(item)
    except IntegrityError:
        raise Conflict(f"A fee item with code {data.code} exists.", code="duplicate_code") from None
    audit.record(
        AuditAction.FEE_ITEM_CREATED,
        actor=actor,
        target_type="fee_item",
        target_id=item.id,
        target_name=item.code,
        client=client,
        details={"after": _item_snapshot(item)},
    )
    return item


def update_item(
    *, actor: audit.Actor, item: FeeItem, data: FeeItemUpdate, client: Client
) -> FeeItem:
    before = _item_snapshot(item)
    for field, value in data.changes().items():
        setattr(item, field, value)
    after = _item_snapshot(item)
    if after != before:
        database.session().flush()
        audit.record(
            AuditAction.FEE_ITEM_UPDATED,
            actor=actor,
            target_type="fee_item",
            target_id=item.id,
            target_name=item.code,
            client=client,
            details={"before": before, "after": after},
        )
    return item


# --- fee schedules -----------------------------------------------------------------


def _schedule_snapshot(schedule: FeeSchedule) -> dict[str, Any]:
    return {
        "fee_item_id": schedule.fee_item_id,
        "basis": _plain(schedule.basis),
        "rate_satang": schedule.rate_satang,
        "plot_type": _plain(schedule.plot_type),
        "effective_from": format_period(schedule.effective_from),
        "effective_to": None
        if schedule.effective_to is None
        else format_period(schedule.effective_to),
        "meeting_reference": schedule.meeting_reference,
    }


def _check_schedule(
    *,
    fee_item_id: int,
    plot_type: str | None,
    start: date,
    end: date | None,
    exclude_id: int | None = None,
) -> None:
    if database.session().get(FeeItem, fee_item_id) is None:
        raise ValidationFailed([field_error("fee_item_id", "No such fee item.", "not_found")])
    if end is not None and end < start:
        raise ValidationFailed(
            [field_error("effective_to", "The last month cannot be before the first.", "order")]
        )
    clash = queries.overlapping(
        fee_item_id=fee_item_id, plot_type=plot_type, start=start, end=end, exclude_id=exclude_id
    )
    if clash is not None:
        until = "on" if clash.effective_to is None else format_period(clash.effective_to)
        kind = "every plot type" if clash.plot_type is None else _plain(clash.plot_type)
        raise ValidationFailed(
            [
                field_error(
                    "effective_from",
                    f"Schedule {clash.id} ({kind}, {format_period(clash.effective_from)} – "
                    f"{until}) already sets this item's rate in these months; end it first.",
                    "overlap",
                )
            ]
        )


def create_schedule(*, actor: audit.Actor, data: FeeScheduleCreate, client: Client) -> FeeSchedule:
    _check_schedule(
        fee_item_id=data.fee_item_id,
        plot_type=_plain(data.plot_type),
        start=data.effective_from,
        end=data.effective_to,
    )
    schedule = FeeSchedule(**data.model_dump(), created_by_id=actor.id)
    database.session().add(schedule)
    database.session().flush()
    audit.record(
        AuditAction.FEE_SCHEDULE_CREATED,
        actor=actor,
        target_type="fee_schedule",
        target_id=schedule.id,
        target_name=schedule.meeting_reference,
        client=client,
        details={"after": _schedule_snapshot(schedule)},
    )
    return schedule


def update_schedule(
    *, actor: audit.Actor, schedule: FeeSchedule, data: FeeScheduleUpdate, client: Client
) -> FeeSchedule:
    changes = {
        field: value for field, value in data.changes().items() if getattr(schedule, field) != value
    }
    if not changes:
        return schedule
    if queries.in_use(schedule) and set(changes) != {"effective_to"}:
        raise Conflict(
            f"Schedule {schedule.id} has billed invoices; only its last month "
            "(effective_to) may be set. End it and create a new schedule for a new rate.",
            code=SCHEDULE_IN_USE,
        )
    before = _schedule_snapshot(schedule)
    merged = {**{k: getattr(schedule, k) for k in ("fee_item_id", "plot_type")}, **changes}
    start = changes.get("effective_from", schedule.effective_from)
    end = changes.get("effective_to", schedule.effective_to)
    _check_schedule(
        fee_item_id=merged["fee_item_id"],
        plot_type=_plain(merged["plot_type"]),
        start=start,
        end=end,
        exclude_id=schedule.id,
    )
    if "effective_to" in changes and queries.in_use(schedule) and end is not None:
        # Ending a schedule that has billed: the months it already billed stay in it.
        ended = FeeSchedule(
            fee_item_id=schedule.fee_item_id,
            plot_type=schedule.plot_type,
            effective_from=_next_month(end),
            effective_to=schedule.effective_to,
        )
        if queries.in_use(ended):
            raise Conflict(
                f"Schedule {schedule.id} has billed months after {format_period(end)}; "
                "void those invoices before ending it earlier.",
                code=SCHEDULE_IN_USE,
            )
    for field, value in changes.items():
        setattr(schedule, field, value)
    database.session().flush()
    audit.record(
        AuditAction.FEE_SCHEDULE_UPDATED,
        actor=actor,
        target_type="fee_schedule",
        target_id=schedule.id,
        target_name=schedule.meeting_reference,
        client=client,
        details={"before": before, "after": _schedule_snapshot(schedule)},
    )
    return schedule


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)
