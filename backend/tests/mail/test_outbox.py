"""The outbox and its worker against a real SMTP server (aiosmtpd, in-process)."""

from __future__ import annotations

import logging
import threading
import time

import pytest
import time_machine

from village import database
from village.mail import delivery, metrics, outbox
from village.mail.models import MailStatus, OutboxMessage

RESET = {"name": "สมชาย ใจดี", "link": "http://x.example/reset-password#token=abc", "minutes": 30}


def queue(app, *, to="somchai@example.com", template="password_reset", params=None, **extra):
    with app.app_context():
        row = outbox.enqueue(to, template, params or RESET, **extra)
        database.session().commit()
        return row.id


def row_of(app, message_id) -> OutboxMessage:
    with app.app_context():
        row = database.session().get(OutboxMessage, message_id)
        assert row is not None
        database.session().expunge(row)
        return row


def deliver(app) -> delivery.PassResult:
    with app.app_context():
        return delivery.deliver_once()


def test_a_queued_mail_is_sent_in_the_recipients_language_as_text_and_html(mail_app, smtp):
    message_id = queue(mail_app, language="th", to_name="สมชาย ใจดี")

    assert deliver(mail_app).sent == 1

    [got] = smtp.received
    assert got.recipients == ["somchai@example.com"]
    mail = got.message
    assert mail["Subject"] == "ตั้งรหัสผ่านใหม่ – ระบบบริหารหมู่บ้าน"
    assert mail["To"].addresses[0].display_name == "สมชาย ใจดี"
    assert mail["To"].addresses[0].addr_spec == "somchai@example.com"
    assert mail["Auto-Submitted"] == "auto-generated"
    assert "http://x.example/reset-password#token=abc" in got.text()
    assert 'href="http://x.example/reset-password#token=abc"' in got.html()
    assert '<html lang="th">' in got.html()
    row = row_of(mail_app, message_id)
    assert (row.status, row.attempts, row.params) == (MailStatus.SENT, 1, {})
    assert row.sent_at is not None
    # Nothing is due any more: a second pass sends nothing.
    assert deliver(mail_app).handled == 0
    assert len(smtp.received) == 1


def test_english_mail_for_an_english_reader(mail_app, smtp):
    queue(mail_app, language="en")
    deliver(mail_app)
    assert smtp.received[0].message["Subject"].startswith("Reset your password")
    assert '<html lang="en">' in smtp.received[0].html()


def test_the_mail_goes_or_stays_with_the_callers_transaction(mail_app, smtp):
    with mail_app.app_context():
        outbox.enqueue("somchai@example.com", "password_reset", RESET)
        database.session().rollback()
    assert deliver(mail_app).handled == 0
    assert smtp.received == []


@pytest.mark.parametrize(
    ("to", "template", "language"),
    [
        ("somchai@example.com", "no_such_template", "th"),
        ("somchai@example.com", "password_reset", "fr"),
        ("somchai@example.com\r\nBcc: eve@example.com", "password_reset", "th"),
        ("a@example.com, eve@example.com", "password_reset", "th"),
        ("not an address", "password_reset", "th"),
        ("", "password_reset", "th"),
    ],
)
def test_a_mail_that_can_never_be_right_is_refused_when_queued(mail_app, to, template, language):
    with mail_app.app_context(), pytest.raises(ValueError, match=r"template|address|Language|th"):
        outbox.enqueue(to, template, RESET, language)


def test_params_must_be_json(mail_app):
    with mail_app.app_context(), pytest.raises(ValueError, match="JSON"):
        outbox.enqueue("a@example.com", "password_reset", {**RESET, "when": object()})


def test_a_name_with_line_breaks_never_becomes_a_header(mail_app, smtp):
    queue(mail_app, to_name="Eve\r\nBcc: victim@example.com\r\nSubject: pwned")
    deliver(mail_app)

    [got] = smtp.received
    assert got.recipients == ["somchai@example.com"]
    assert b"\r\nBcc:" not in got.data
    assert got.message.get_all("Subject") == [got.message["Subject"]]
    assert "pwned" not in got.message["Subject"]
    assert got.message["To"].addresses[0].display_name == (
        "Eve Bcc: victim@example.com Subject: pwned"
    )


def test_names_are_escaped_in_html_and_left_as_typed_in_text(mail_app, smtp):
    queue(mail_app, params={**RESET, "name": '<img src=x onerror="alert(1)">'})
    deliver(mail_app)
    [got] = smtp.received
    assert "<img" not in got.html()
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in got.html()
    assert '<img src=x onerror="alert(1)">' in got.text()


def test_a_refused_attempt_is_retried_with_growing_waits_until_it_goes(mail_app, smtp):
    smtp.handler.refuse = ["451 4.3.0 Try again later", "451 4.3.0 Try again later"]
    message_id = queue(mail_app)

    start = time.time()
    with time_machine.travel(start, tick=False):
        assert deliver(mail_app).retried == 1
        first = row_of(mail_app, message_id)
    assert first.status == MailStatus.PENDING
    assert first.attempts == 1
    assert "451" in (first.last_error or "")
    assert first.next_attempt_at.timestamp() == pytest.approx(start + 60, abs=1)

    with time_machine.travel(start + 30, tick=False):  # not due yet
        assert deliver(mail_app).handled == 0
    with time_machine.travel(start + 61, tick=False):
        assert deliver(mail_app).retried == 1
        second = row_of(mail_app, message_id)
    assert second.next_attempt_at.timestamp() == pytest.approx(start + 61 + 120, abs=1)

    with time_machine.travel(start + 61 + 121, tick=False):
        assert deliver(mail_app).sent == 1
    row = row_of(mail_app, message_id)
    assert (row.status, row.attempts, row.last_error) == (MailStatus.SENT, 3, None)
    assert len(smtp.received) == 1


def test_backoff_doubles_and_is_capped(make_app):
    settings = make_app(MAIL_RETRY_BASE_SECONDS=60, MAIL_RETRY_MAX_SECONDS=600).extensions[
        "village.settings"
    ]
    waits = [delivery.backoff(n, settings).total_seconds() for n in range(1, 7)]
    assert waits == [60, 120, 240, 480, 600, 600]


def test_after_the_last_attempt_the_mail_is_failed_logged_and_counted(mail_app, smtp, caplog):
    smtp.handler.refuse = ["451 4.3.0 Try again later"] * 10
    message_id = queue(mail_app)
    failed_before = metrics.FAILED._value.get()

    start = time.time()
    with caplog.at_level(logging.ERROR, logger="village.mail"):
        for hour in range(3):  # MAIL_MAX_ATTEMPTS=3 (conftest)
            with time_machine.travel(start + hour * 3600, tick=False):
                deliver(mail_app)
    row = row_of(mail_app, message_id)
    assert (row.status, row.attempts) == (MailStatus.FAILED, 3)
    assert "451" in (row.last_error or "")
    assert row.params == {}
    assert metrics.FAILED._value.get() == failed_before + 1
    assert [r.event for r in caplog.records if hasattr(r, "event")] == ["mail_failed"]
    with time_machine.travel(start + 10 * 3600, tick=False):
        assert deliver(mail_app).handled == 0  # given up: never tried again
    assert smtp.received == []


def test_a_recipient_refused_for_good_is_not_retried(mail_app, smtp):
    smtp.handler.refuse_recipient = "550 5.1.1 No such mailbox"
    message_id = queue(mail_app)
    assert deliver(mail_app).failed == 1
    assert row_of(mail_app, message_id).attempts == 1


def test_a_server_that_is_down_means_later(make_app, smtp):
    app = make_app(**{**smtp.settings(), "SMTP_PORT": 1})  # nothing listens on port 1
    message_id = queue(app)
    assert deliver(app).retried == 1
    assert "Connection refused" in (row_of(app, message_id).last_error or "")


def test_a_missing_parameter_fails_the_mail_without_sending_it(mail_app, smtp):
    message_id = queue(mail_app, params={"name": "x"})  # no link, no minutes
    assert deliver(mail_app).failed == 1
    assert "undefined" in (row_of(mail_app, message_id).last_error or "")
    assert smtp.received == []


def test_smtp_login_when_a_username_is_set(make_app):
    from tests.mail.smtp import Authenticator, SmtpServer

    authenticator = Authenticator("mailer", "s3cret-pass")
    server = SmtpServer(authenticator).start()
    try:
        app = make_app(**server.settings(), SMTP_USERNAME="mailer", SMTP_PASSWORD="s3cret-pass")
        queue(app)
        assert deliver(app).sent == 1
        assert authenticator.logins == [b"mailer"]
        assert len(server.received) == 1
    finally:
        server.stop()


def test_without_smtp_host_each_mail_is_an_eml_file(make_app, tmp_path):
    app = make_app(MAIL_DIR=tmp_path / "mail")
    message_id = queue(app, language="th")
    assert deliver(app).sent == 1
    [written] = list((tmp_path / "mail").glob("*.eml"))
    assert written.name.endswith(f"-{message_id:06d}.eml")
    from email import message_from_bytes, policy

    mail = message_from_bytes(written.read_bytes(), policy=policy.default)
    assert mail["Subject"].startswith("ตั้งรหัสผ่านใหม่")
    assert "สวัสดีคุณสมชาย ใจดี" in written.read_text(encoding="utf-8")
    assert "reset-password#token=abc" in mail.get_body(("plain",)).get_content()
    # Readable as it is in an editor: the Thai and the link are there as written.
    assert "http://x.example/reset-password#token=abc" in written.read_text(encoding="utf-8")


def test_the_command_makes_one_pass(mail_app, smtp):
    queue(mail_app)
    result = mail_app.test_cli_runner().invoke(args=["deliver-mail", "--once"])
    assert result.exit_code == 0, result.output
    assert "1 sent, 0 to retry, 0 failed" in result.output
    assert f"127.0.0.1:{smtp.port}" in result.output
    assert len(smtp.received) == 1


def test_the_backlog_is_on_metrics(mail_app):
    client = mail_app.test_client()
    with time_machine.travel(time.time() - 120, tick=False):
        queue(mail_app)
    queue(mail_app)
    body = client.get("/metrics").get_data(as_text=True)
    assert 'village_mail_outbox_messages{status="pending"} 2.0' in body
    assert 'village_mail_outbox_messages{status="failed"} 0.0' in body
    age = next(
        float(line.split()[-1])
        for line in body.splitlines()
        if line.startswith("village_mail_outbox_oldest_pending_age_seconds ")
    )
    assert 119 <= age <= 600
    assert "village_mail_sent_total" in body


def test_a_claimed_mail_whose_worker_died_comes_back_after_the_claim(mail_app, smtp):
    message_id = queue(mail_app)
    start = time.time()
    with time_machine.travel(start, tick=False), mail_app.app_context():
        [claimed] = delivery._claim(10, mail_app.extensions["village.settings"])
        assert claimed.id == message_id  # ...and the worker dies here
        assert delivery.deliver_once().handled == 0  # nobody else takes it meanwhile
    with time_machine.travel(start + 901, tick=False):
        assert deliver(mail_app).sent == 1
    assert row_of(mail_app, message_id).attempts == 2


def test_a_worker_told_to_stop_hands_back_what_it_has_not_sent(mail_app, smtp):
    ids = [queue(mail_app, to=f"p{n}@example.com") for n in range(3)]
    stop = threading.Event()

    class StopAfterOne:
        def send(self, message, *, message_id):
            delivery.transport_for(mail_app.extensions["village.settings"]).send(
                message, message_id=message_id
            )
            stop.set()  # SIGTERM arrives while the first message is being sent

    with mail_app.app_context():
        result = delivery.deliver_once(StopAfterOne(), stop=stop)
    assert result.sent == 1
    rows = [row_of(mail_app, i) for i in ids]
    assert [r.status for r in rows] == [MailStatus.SENT, MailStatus.PENDING, MailStatus.PENDING]
    assert [r.attempts for r in rows] == [1, 0, 0]
    assert deliver(mail_app).sent == 2  # due at once, not after the claim
    assert len(smtp.received) == 3
