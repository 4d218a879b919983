"""The events residents and staff are told about (village.md, "Notifications and email").

A notification stores its event and the params below; the dashboard words it in
the reader's language from the event (its locale files), and the mail worker
renders the e-mail from a template of the same name. Adding an event is one
member here, its wording in the dashboard's locales and its mail templates.
"""

from __future__ import annotations

from enum import StrEnum


class NotificationEvent(StrEnum):
    # To the audience. params: title, priority ("normal" | "urgent")
    ANNOUNCEMENT_PUBLISHED = "announcement_published"
    # To staff who manage requests. params: number, title, category, house_number (or None)
    SERVICE_REQUEST_SUBMITTED = "service_request_submitted"
    # To the opener. params: number, title, status, reason (or None)
    SERVICE_REQUEST_STATUS_CHANGED = "service_request_status_changed"
    # To the opener, for a public comment. params: number, title, author_name
    SERVICE_REQUEST_COMMENTED = "service_request_commented"
    # To the new assignee. params: number, title
    SERVICE_REQUEST_ASSIGNED = "service_request_assigned"
    # To staff who handle data requests. params: type, due_on (ISO date)
    DATA_REQUEST_SUBMITTED = "data_request_submitted"
    # To the requester. params: type, status ("completed" | "rejected"), note (or None)
    DATA_REQUEST_DECIDED = "data_request_decided"
    # To the house's current members. params: number, house_number, total_satang, due_date
    INVOICE_ISSUED = "invoice_issued"
    # To the house's current members. params: number, house_number, amount_satang,
    # invoice_number
    CREDIT_NOTE_ISSUED = "credit_note_issued"
    # To the slip's submitter. params: house_number, amount_satang, status
    # ("accepted" | "needs_fix" | "rejected"), reason_code (or None), note (or None),
    # receipt_number (accepted only)
    PAYMENT_SLIP_DECIDED = "payment_slip_decided"
    # To staff with finance:write. params: house_number, amount_satang
    PAYMENT_SLIP_SUBMITTED = "payment_slip_submitted"
    # To staff with finance:approve. params: house_number, amount_satang, method
    PAYMENT_AWAITING_CONFIRMATION = "payment_awaiting_confirmation"
