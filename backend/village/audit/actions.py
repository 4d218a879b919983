"""Every action the audit trail records: one enum, published in the OpenAPI document.

The dashboard labels each member in Thai and English; its label table is typed
by this enum (generated API types), so an action added here and not labelled
there fails the dashboard's type check.

Routine, high-volume events (a token refresh on every page load) are not
audit events: the access log and the metrics have them.
"""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    # signing in and out
    LOGIN_SUCCEEDED = "login_succeeded"
    LOGIN_FAILED = "login_failed"
    ACCOUNT_LOCKED = "account_locked"
    REAUTHENTICATION_FAILED = "reauthentication_failed"
    LOGOUT = "logout"
    SESSION_REVOKED = "session_revoked"
    SESSIONS_REVOKED = "sessions_revoked"
    TOKEN_REUSE_DETECTED = "token_reuse_detected"
    # accounts
    USER_REGISTERED = "user_registered"
    USER_CREATED = "user_created"
    USER_UPDATED = "user_updated"
    USER_DELETED = "user_deleted"
    USER_UNLOCKED = "user_unlocked"
    ROLE_CHANGED = "role_changed"
    PROFILE_UPDATED = "profile_updated"
    PASSWORD_CHANGED = "password_changed"
    NATIONAL_ID_REVEALED = "national_id_revealed"
    SET_PASSWORD_LINK_ISSUED = "set_password_link_issued"
    PASSWORD_SET_WITH_LINK = "password_set_with_link"
    PASSWORD_RESET_REQUESTED = "password_reset_requested"
    PASSWORD_RESET = "password_reset"
    # the village
    VILLAGE_PROFILE_UPDATED = "village_profile_updated"
    HOUSE_CREATED = "house_created"
    HOUSE_UPDATED = "house_updated"
    HOUSE_ARCHIVED = "house_archived"
    HOUSE_RESTORED = "house_restored"
    HOUSE_DELETED = "house_deleted"
    HOUSES_IMPORTED = "houses_imported"
    MEMBER_ADDED = "member_added"
    MEMBER_UPDATED = "member_updated"
    MEMBER_REMOVED = "member_removed"
    MEMBERSHIP_REQUESTED = "membership_requested"
    MEMBERSHIP_APPROVED = "membership_approved"
    MEMBERSHIP_REJECTED = "membership_rejected"
    # talking to residents
    ANNOUNCEMENT_CREATED = "announcement_created"
    ANNOUNCEMENT_UPDATED = "announcement_updated"
    ANNOUNCEMENT_PUBLISHED = "announcement_published"
    ANNOUNCEMENT_ARCHIVED = "announcement_archived"
    # privacy (PDPA)
    PRIVACY_NOTICE_PUBLISHED = "privacy_notice_published"
    PRIVACY_NOTICE_ACCEPTED = "privacy_notice_accepted"
    PERSONAL_DATA_EXPORTED = "personal_data_exported"
    DATA_REQUEST_FILED = "data_request_filed"
    DATA_REQUEST_COMPLETED = "data_request_completed"
    DATA_REQUEST_REJECTED = "data_request_rejected"
    USER_ERASED = "user_erased"
    # service requests
    SERVICE_REQUEST_OPENED = "service_request_opened"
    SERVICE_REQUEST_UPDATED = "service_request_updated"
    SERVICE_REQUEST_STATUS_CHANGED = "service_request_status_changed"
    SERVICE_REQUEST_COMMENTED = "service_request_commented"
    SERVICE_REQUEST_PHOTO_ADDED = "service_request_photo_added"
    # the common fee
    FINANCE_SETTINGS_UPDATED = "finance_settings_updated"
    FEE_ITEM_CREATED = "fee_item_created"
    FEE_ITEM_UPDATED = "fee_item_updated"
    FEE_SCHEDULE_CREATED = "fee_schedule_created"
    FEE_SCHEDULE_UPDATED = "fee_schedule_updated"
    BILLING_RUN_CREATED = "billing_run_created"
    BILLING_RUN_POSTED = "billing_run_posted"
    BILLING_RUN_DISCARDED = "billing_run_discarded"
    INVOICE_ISSUED = "invoice_issued"
    INVOICE_VOIDED = "invoice_voided"
    PAYMENT_RECORDED = "payment_recorded"
    PAYMENT_CONFIRMED = "payment_confirmed"
    PAYMENT_CANCELLED = "payment_cancelled"
    PAYMENT_REVERSED = "payment_reversed"
    RECEIPT_REPRINTED = "receipt_reprinted"
    CREDIT_NOTE_REQUESTED = "credit_note_requested"
    CREDIT_NOTE_ISSUED = "credit_note_issued"
    CREDIT_NOTE_REJECTED = "credit_note_rejected"
    PAYMENT_SLIP_SUBMITTED = "payment_slip_submitted"
    PAYMENT_SLIP_UPDATED = "payment_slip_updated"
    PAYMENT_SLIP_ACCEPTED = "payment_slip_accepted"
    PAYMENT_SLIP_NEEDS_FIX = "payment_slip_needs_fix"
    PAYMENT_SLIP_REJECTED = "payment_slip_rejected"
    PAYMENT_SLIP_WITHDRAWN = "payment_slip_withdrawn"
    PERIOD_CLOSED = "period_closed"
    PERIOD_REOPENED = "period_reopened"
    CERTIFICATE_ISSUED = "certificate_issued"
    DUNNING_LETTERS_PRINTED = "dunning_letters_printed"
    # operations
    FORCED_LOGOUT = "forced_logout"
    JWT_KEY_ROTATION_STARTED = "jwt_key_rotation_started"
    AUDIT_PRUNED = "audit_pruned"
