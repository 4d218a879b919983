"""The village profile: read by everyone signed in, changed by the office (audited)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError

from village import database, thai_dates
from village.audit import service as audit
from village.audit.actions import AuditAction
from village.profile.models import PROFILE_ID, VillageProfile
from village.profile.schemas import VillageUpdate
from village.security.client import Client


def get() -> VillageProfile:
    """The one profile row (made by the migrations; made again if someone deleted it)."""
    db = database.session()
    profile = db.get(VillageProfile, PROFILE_ID)
    if profile is None:
        try:
            with db.begin_nested():
                profile = VillageProfile(id=PROFILE_ID, name_th="หมู่บ้าน", name_en="Village")
                db.add(profile)
        except IntegrityError:  # a request beside this one made it first: read theirs
            profile = db.get(VillageProfile, PROFILE_ID, populate_existing=True)
            if profile is None:  # pragma: no cover - made, then deleted in between
                raise
    return profile


def update(*, actor: audit.Actor, data: VillageUpdate, client: Client) -> VillageProfile:
    """Change the profile's fields; the names, timezone and fiscal month cannot be cleared."""
    profile = get()
    changes = data.changes()
    diff = {
        field: {"from": getattr(profile, field), "to": value}
        for field, value in changes.items()
        if getattr(profile, field) != value
    }
    for field, change in diff.items():
        setattr(profile, field, change["to"])
    if diff:
        database.session().flush()
        audit.record(
            AuditAction.VILLAGE_PROFILE_UPDATED,
            actor=actor,
            target_type="village",
            target_id=PROFILE_ID,
            target_name=profile.name_en,
            client=client,
            details={"changes": diff},
        )
    return profile


def today() -> date:
    """Today's date in the village's timezone (every "which day" is decided there)."""
    return datetime.now(ZoneInfo(get().timezone)).date()


def fiscal_year(day: date | None = None) -> int:
    """The village's fiscal year (B.E.) of `day` (default today), for document numbers."""
    return thai_dates.fiscal_year_be(day or today(), get().fiscal_year_start_month)
