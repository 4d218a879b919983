"""Finance settings (one row), fee items and fee schedules (village.md, "The common fee").

A schedule's months are stored as the first day of the month (`effective_from`,
`effective_to` inclusive; null `effective_to` runs on). Rates are integer satang
per square wah or per house per month.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from village.database import Base, Satang, str_enum, utcnow
from village.finance.enums import FeeBasis, PromptPayMode, SurchargeMethod
from village.houses.enums import PlotType

__all__ = ["FeeItem", "FeeSchedule", "FinanceSettings"]

SETTINGS_ID = 1  # the one row


class FinanceSettings(Base):
    __tablename__ = "finance_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("due_days BETWEEN 0 AND 365", name="due_days_range"),
        CheckConstraint(
            "surcharge_rate_basis_points BETWEEN 0 AND 1000", name="surcharge_rate_cap"
        ),
        CheckConstraint("surcharge_fixed_satang >= 0", name="surcharge_fixed_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=SETTINGS_ID)
    promptpay_mode: Mapped[PromptPayMode] = mapped_column(
        str_enum(PromptPayMode, "promptpay_mode"), default=PromptPayMode.NONE
    )
    promptpay_id: Mapped[str | None] = mapped_column(String(13))  # tax id (13) or mobile (10)
    biller_id: Mapped[str | None] = mapped_column(String(15))  # bill payment only
    bank_name: Mapped[str | None] = mapped_column(String(100))
    bank_account_name: Mapped[str | None] = mapped_column(String(200))
    bank_account_number: Mapped[str | None] = mapped_column(String(30))
    due_days: Mapped[int] = mapped_column(default=15, server_default="15")
    receipt_signatory: Mapped[str | None] = mapped_column(String(200))
    require_payment_confirmation: Mapped[bool] = mapped_column(default=True, server_default=true())
    surcharge_method: Mapped[SurchargeMethod] = mapped_column(
        str_enum(SurchargeMethod, "surcharge_method"), default=SurchargeMethod.NONE
    )
    surcharge_rate_basis_points: Mapped[int] = mapped_column(default=0, server_default="0")
    surcharge_fixed_satang: Mapped[Satang] = mapped_column(default=0, server_default="0")
    surcharge_grace_days: Mapped[int] = mapped_column(default=0, server_default="0")
    surcharge_legal_reference: Mapped[str | None] = mapped_column(String(300))
    arrears_suspension_months: Mapped[int] = mapped_column(default=3, server_default="3")
    arrears_land_office_months: Mapped[int] = mapped_column(default=6, server_default="6")
    certificate_valid_days: Mapped[int] = mapped_column(default=30, server_default="30")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class FeeItem(Base):
    """What is billed: the common fee (`COMMON`), garbage, security, a late fee, ..."""

    __tablename__ = "fee_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)  # A-Z, 0-9, _
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    counts_for_arrears: Mapped[bool] = mapped_column(default=False, server_default=false())
    active: Mapped[bool] = mapped_column(default=True, server_default=true())
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class FeeSchedule(Base):
    """A rate of one fee item for one plot type (or all), from one month on."""

    __tablename__ = "fee_schedules"
    __table_args__ = (
        Index("ix_fee_schedules_item_from", "fee_item_id", "effective_from"),
        CheckConstraint("rate_satang >= 0", name="rate_positive"),
        CheckConstraint(
            "effective_to IS NULL OR effective_to >= effective_from", name="months_in_order"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fee_item_id: Mapped[int] = mapped_column(ForeignKey("fee_items.id", ondelete="RESTRICT"))
    basis: Mapped[FeeBasis] = mapped_column(str_enum(FeeBasis, "fee_basis"))
    rate_satang: Mapped[Satang]  # per square wah or per house, per month
    plot_type: Mapped[PlotType | None] = mapped_column(str_enum(PlotType, "plot_type"))
    effective_from: Mapped[date]  # the first day of the first month
    effective_to: Mapped[date | None]  # the first day of the last month; null: open-ended
    meeting_reference: Mapped[str] = mapped_column(String(300))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    fee_item: Mapped[FeeItem] = relationship(lazy="joined")
