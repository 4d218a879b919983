"""notify() also queues email: one template per event, in each reader's language,
skipped for people who opted out unless essential (village.md, "Notifications and email")."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from village import database
from village.enums import Language, UserStatus
from village.mail import delivery, rendering
from village.mail.models import OutboxMessage
from village.notifications import service
from village.notifications.events import NotificationEvent

# Every event's params (notifications/events.py) as its callers send them.
SAMPLES: dict[NotificationEvent, dict[str, Any]] = {
    NotificationEvent.ANNOUNCEMENT_PUBLISHED: {"title": "งดจ่ายน้ำ 2 ธ.ค.", "priority": "urgent"},
    NotificationEvent.SERVICE_REQUEST_SUBMITTED: {
        "number": "SR2569-000001",
        "title": "ไฟถนนดับ",
        "category": "electricity",
        "house_number": "12/3",
    },
    NotificationEvent.SERVICE_REQUEST_STATUS_CHANGED: {
        "number": "SR2569-000001",
        "title": "ไฟถนนดับ",
        "status": "resolved",
        "reason": None,
    },
    NotificationEvent.SERVICE_REQUEST_COMMENTED: {
        "number": "SR2569-000001",
        "title": "ไฟถนนดับ",
        "author_name": "สำนักงาน",
    },
    NotificationEvent.SERVICE_REQUEST_ASSIGNED: {"number": "SR2569-000001", "title": "ไฟถนนดับ"},
    NotificationEvent.DATA_REQUEST_SUBMITTED: {"type": "erasure", "due_on": "2026-12-30"},
    NotificationEvent.DATA_REQUEST_DECIDED: {
        "type": "access",
        "status": "completed",
        "note": "ส่งไฟล์ให้แล้ว",
    },
    NotificationEvent.INVOICE_ISSUED: {
        "number": "INV2569-000123",
        "house_number": "12/3",
        "total_satang": 160050,
        "due_date": "2026-12-15",
    },
    NotificationEvent.CREDIT_NOTE_ISSUED: {
        "number": "CN2569-000001",
        "house_number": "12/3",
        "amount_satang": 60000,
        "invoice_number": "INV2569-000123",
    },
    NotificationEvent.PAYMENT_SLIP_DECIDED: {
        "house_number": "12/3",
        "amount_satang": 150000,
        "status": "needs_fix",
        "reason_code": "wrong_amount",
        "note": "ยอดไม่ตรงกับสลิป",
        "receipt_number": None,
    },
    NotificationEvent.PAYMENT_SLIP_SUBMITTED: {"house_number": "12/3", "amount_satang": 150000},
    NotificationEvent.PAYMENT_AWAITING_CONFIRMATION: {
        "house_number": "12/3",
        "amount_satang": 250000,
        "method": "cash",
    },
}
CONTEXT = {"dashboard_url": "https://admin.example", "account_url": "https://admin.example/account"}


def test_every_event_has_a_sample_here():
    assert set(SAMPLES) == set(NotificationEvent)


@pytest.mark.parametrize("event", list(NotificationEvent))
@pytest.mark.parametrize("language", ["th", "en"])
def test_every_event_has_its_mail_in_both_languages(event, language):
    params = {**SAMPLES[event], "recipient": "มาลี", "url": "https://admin.example/x/1"}
    for essential in (False, True):
        rendered = rendering.render(
            event.value, language, params, context={**CONTEXT, "essential": essential}
        )
        assert rendered.subject and "\n" not in rendered.subject
        assert "{{" not in rendered.text + rendered.html
        assert "https://admin.example/x/1" in rendered.text
        assert 'href="https://admin.example/x/1"' in rendered.html
        assert ("https://admin.example/account" in rendered.text) is not essential
    # Without a link the mail still reads whole.
    bare = rendering.render(
        event.value, language, {**params, "url": None}, context={**CONTEXT, "essential": False}
    )
    assert "https://admin.example/x/1" not in bare.text


def test_every_template_exists_in_every_language_and_form():
    from importlib.resources import files

    folder = files("village.mail") / "templates"
    names = {p.name for p in folder.iterdir()}
    for template in rendering.template_names():
        for language in ("th", "en"):
            for suffix in ("txt", "html"):
                assert f"{template}.{language}.{suffix}" in names


def test_words_for_statuses_follow_the_language():
    params = {
        **SAMPLES[NotificationEvent.SERVICE_REQUEST_STATUS_CHANGED],
        "recipient": "x",
        "url": None,
    }
    th = rendering.render(
        "service_request_status_changed", "th", params, context={**CONTEXT, "essential": False}
    )
    en = rendering.render(
        "service_request_status_changed", "en", params, context={**CONTEXT, "essential": False}
    )
    assert th.subject == "เรื่อง SR2569-000001 ของคุณ สถานะ: แก้ไขเสร็จแล้ว"
    assert en.subject == "Your request SR2569-000001 is now resolved"


def test_money_and_dates_are_written_as_people_read_them():
    base = {"recipient": "x", "url": None}
    context = {**CONTEXT, "essential": False}
    invoice = {**SAMPLES[NotificationEvent.INVOICE_ISSUED], **base}
    th = rendering.render("invoice_issued", "th", invoice, context=context)
    en = rendering.render("invoice_issued", "en", invoice, context=context)
    assert th.subject == "ใบแจ้งหนี้ INV2569-000123 บ้านเลขที่ 12/3: 1,600.50 บาท"
    assert "ครบกำหนดชำระ 15 ธ.ค. 2569" in th.text
    assert en.subject == "Invoice INV2569-000123 for house 12/3: THB 1,600.50"
    assert "due 15 Dec 2026" in en.text
    accepted = {
        **SAMPLES[NotificationEvent.PAYMENT_SLIP_DECIDED],
        **base,
        "status": "accepted",
        "reason_code": None,
        "note": None,
        "receipt_number": "RC2569-000045",
    }
    th = rendering.render("payment_slip_decided", "th", accepted, context=context)
    en = rendering.render("payment_slip_decided", "en", accepted, context=context)
    assert th.subject == "สลิปโอนเงิน 1,500.00 บาท บ้านเลขที่ 12/3: รับชำระแล้ว"
    assert "RC2569-000045" in th.text and "เหตุผล" not in th.text
    assert en.subject == "Your slip of THB 1,500.00 for house 12/3: accepted"
    fix = {**SAMPLES[NotificationEvent.PAYMENT_SLIP_DECIDED], **base}
    th = rendering.render("payment_slip_decided", "th", fix, context=context)
    assert "เหตุผล: ยอดเงินไม่ตรง" in th.text
    assert "หมายเหตุจากสำนักงาน: ยอดไม่ตรงกับสลิป" in th.text


def notify(
    app, user_ids, event=NotificationEvent.ANNOUNCEMENT_PUBLISHED, *, essential=False, params=None
):
    with app.app_context(), database.transaction():
        return service.notify(
            user_ids,
            event,
            params=params or SAMPLES[event],
            link="/announcements/7",
            essential=essential,
        )


def outbox_rows(app) -> list[OutboxMessage]:
    with app.app_context():
        rows = list(database.session().scalars(select(OutboxMessage).order_by(OutboxMessage.id)))
        for row in rows:
            database.session().expunge(row)
        return rows


@pytest.fixture
def people(make_user):
    return {
        "thai": make_user(email="thai@village.example", full_name="มาลี"),
        "english": make_user(email="eng@village.example", language=Language.EN),
        "opted_out": make_user(email="quiet@village.example", email_opt_out=True),
        "no_email": make_user(email=None, phone="+66812223333"),
        "inactive": make_user(email="gone@village.example", status=UserStatus.INACTIVE),
    }


def test_notify_queues_mail_for_who_reads_it_in_their_language(make_app, smtp, people):
    app = make_app(**smtp.settings(), DASHBOARD_URL="https://admin.example")
    assert notify(app, [p.id for p in people.values()]) == 5

    rows = outbox_rows(app)
    assert [(r.to_address, r.language, r.essential) for r in rows] == [
        ("thai@village.example", "th", False),
        ("eng@village.example", "en", False),
    ]
    assert rows[0].params["url"] == "https://admin.example/announcements/7"
    with app.app_context():
        assert delivery.deliver_once().sent == 2
    thai, english = smtp.received
    assert thai.message["Subject"] == "ประกาศด่วน: งดจ่ายน้ำ 2 ธ.ค."
    assert english.message["Subject"] == "Urgent announcement: งดจ่ายน้ำ 2 ธ.ค."
    assert "https://admin.example/announcements/7" in thai.text()
    assert "https://admin.example/account" in thai.text()  # how to opt out


def test_essential_notices_reach_those_who_opted_out(app, people):
    notify(app, [people["opted_out"].id], essential=True)
    [row] = outbox_rows(app)
    assert (row.to_address, row.essential) == ("quiet@village.example", True)


def test_no_mail_when_the_event_rolls_back(app, people):
    with app.app_context():
        service.notify(
            [people["thai"].id],
            NotificationEvent.ANNOUNCEMENT_PUBLISHED,
            params=SAMPLES[NotificationEvent.ANNOUNCEMENT_PUBLISHED],
        )
        database.session().rollback()
    assert outbox_rows(app) == []


def test_a_title_with_line_breaks_stays_one_subject_line(make_app, smtp, people):
    app = make_app(**smtp.settings())
    notify(
        app,
        [people["thai"].id],
        params={"title": "Water\r\nBcc: victim@example.com\r\nX-Evil: 1", "priority": "normal"},
    )
    with app.app_context():
        delivery.deliver_once()
    [got] = smtp.received
    assert got.recipients == ["thai@village.example"]
    assert got.message["Subject"] == "ประกาศใหม่: Water Bcc: victim@example.com X-Evil: 1"
    assert got.message["Bcc"] is None and got.message["X-Evil"] is None


def test_an_address_mail_cannot_take_is_left_out_and_the_rest_go(app, people, make_user):
    with app.app_context():
        from village.users.models import User

        odd = make_user(email="odd@village.example")
        database.session().get(User, odd.id).email = "odd\n@village.example"  # never via the API
        database.session().commit()
    assert notify(app, [odd.id, people["thai"].id]) == 2
    assert [r.to_address for r in outbox_rows(app)] == ["thai@village.example"]
