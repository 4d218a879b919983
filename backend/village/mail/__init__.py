"""Email: a durable outbox, written in the caller's transaction, delivered by a worker.

A domain that sends mail calls `outbox.enqueue(to, template, params, language)`
inside its own unit of work: the message row commits or rolls back with the
event it tells about, and no request ever waits on, or fails because of, SMTP.
`flask --app village deliver-mail` (a systemd service in production, started
beside the server by `make run`) claims due rows, renders them (`rendering`:
Jinja2, Thai and English, text and HTML) and sends them (`delivery`): through
SMTP when SMTP_HOST is set, else as one `.eml` file per message in MAIL_DIR
(var/mail/ of the checkout) for a developer to read. Failures are retried with
exponential backoff; after MAIL_MAX_ATTEMPTS the row is `failed`, logged and
counted. This package has no routes (village.md, "Notifications and email").
"""
