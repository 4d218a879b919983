"""The announcements' enumerations, shared by their models and schemas."""

from __future__ import annotations

from enum import StrEnum


class AudienceKind(StrEnum):
    """Who an announcement is addressed to (village.md, "Announcements")."""

    ALL = "all"  # every current member of a house
    ZONES = "zones"  # current members of the houses in some zones
    OWNERS = "owners"  # current owners and co-owners
    HOUSES = "houses"  # current members of some houses


class AnnouncementPriority(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"  # needs expires_at; highlighted in the feed


class AnnouncementStatus(StrEnum):
    """Derived from the times, never stored (models.Announcement.status_at)."""

    DRAFT = "draft"  # no publish_at
    SCHEDULED = "scheduled"  # publish_at in the future
    PUBLISHED = "published"  # publish_at passed, not expired, not archived
    ARCHIVED = "archived"  # archived by staff, or expires_at passed
