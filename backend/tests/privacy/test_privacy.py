"""Privacy (PDPA): the notice and its acceptance, the export, data-subject requests, erasure."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.factories import PASSWORD
from tests.helpers import audit_events, reload_user
from village import database
from village.houses.models import HouseMember, MembershipRequest, Relation
from village.privacy.models import DataRequest, NoticeAcceptance


def me(client, signed_in):
    return client.get("/auth/me", headers=signed_in.headers).json


def test_the_first_notice_is_installed_in_thai_and_english(client, login_as):
    resident = login_as("resident")
    notice = client.get("/api/v1/privacy-notice", headers=resident.headers).json
    assert notice["version"] == 1
    assert "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล" in notice["text_th"]
    assert "5 ปี" in notice["text_th"] and "30 วัน" in notice["text_th"]
    assert "Personal Data Protection Act" in notice["text_en"]
    assert notice["accepted_at"] is None


def test_a_person_accepts_the_notice_once_per_version(client, login_as, app):
    resident = login_as("resident")
    office = login_as("village_admin")
    assert me(client, resident)["privacy_notice_pending"] is True
    accepted = client.post(
        "/api/v1/privacy-notice/accept", json={"version": 1}, headers=resident.headers
    )
    assert accepted.status_code == 200 and accepted.json["accepted_at"] is not None
    again = client.post(
        "/api/v1/privacy-notice/accept", json={"version": 1}, headers=resident.headers
    )
    assert again.json["accepted_at"] == accepted.json["accepted_at"]
    assert me(client, resident)["privacy_notice_pending"] is False
    assert len(audit_events(app, "privacy_notice_accepted")) == 1

    published = client.post(
        "/api/v1/privacy-notices",
        json={"text_th": "ประกาศฉบับที่สอง: เพิ่มกล้องวงจรปิด", "text_en": "Version two: CCTV added"},
        headers=office.headers,
    )
    assert (published.status_code, published.json["version"]) == (201, 2)
    assert me(client, resident)["privacy_notice_pending"] is True
    old = client.post(
        "/api/v1/privacy-notice/accept", json={"version": 1}, headers=resident.headers
    )
    assert (old.status_code, old.json["code"]) == (409, "not_current")
    current = client.get("/api/v1/privacy-notice", headers=resident.headers).json
    assert (current["version"], current["accepted_at"]) == (2, None)
    client.post("/api/v1/privacy-notice/accept", json={"version": 2}, headers=resident.headers)
    versions = client.get("/api/v1/privacy-notices", headers=office.headers).json
    assert [(v["version"], v["accepted_count"]) for v in versions["items"]] == [(2, 1), (1, 1)]
    assert [e.details for e in audit_events(app, "privacy_notice_published")] == [{"version": 2}]


@pytest.mark.parametrize(
    "body",
    [{}, {"version": "1"}, {"version": 0}, {"version": 1.5}, {"version": 2**40}, {"version": None}],
)
def test_acceptance_refuses_bad_input(client, login_as, body):
    resident = login_as("resident")
    answer = client.post("/api/v1/privacy-notice/accept", json=body, headers=resident.headers)
    assert answer.status_code == 422 and answer.mimetype == "application/problem+json"


def test_a_notice_needs_both_languages_of_sensible_length(client, login_as):
    office = login_as("super_admin")
    for body in (
        {"text_th": "สั้น", "text_en": "A notice long enough to pass"},
        {"text_th": "ก" * 20_001, "text_en": "A notice long enough to pass"},
        {"text_th": "ประกาศความเป็นส่วนตัว ฉบับใหม่"},
    ):
        answer = client.post("/api/v1/privacy-notices", json=body, headers=office.headers)
        assert answer.status_code in (413, 422), answer.json


def test_the_export_holds_everything_about_the_person_and_is_audited(
    client, login_as, make_house, make_member, app
):
    resident = login_as("resident", national_id="1101700230708", address="42/7 ถนนสุขุมวิท")
    other = login_as("resident")
    house = make_house(house_number="42/7")
    make_member(house=house, user=resident.user, relation=Relation.TENANT)
    make_member(user=other.user)
    client.post("/api/v1/privacy-notice/accept", json={"version": 1}, headers=resident.headers)
    client.post(
        "/api/v1/me/data-requests",
        json={"type": "rectification", "details": "ชื่อสะกดผิด"},
        headers=resident.headers,
    )
    with app.app_context():
        database.session().add(
            MembershipRequest(user_id=resident.user.id, house_number="9/9", relation=Relation.OWNER)
        )
        database.session().commit()

    office = login_as("village_admin")
    for title in ("น้ำไม่ไหลวันอังคาร", "Unread"):
        made = client.post(
            "/api/v1/announcements",
            json={"title": title, "body": "x", "audience": {"kind": "all"},
                  "publish_at": "2026-01-01T00:00:00Z"},
            headers=office.headers,
        )  # fmt: skip
        assert made.status_code == 201, made.json
    first = made.json["id"] - 1
    read = client.post(f"/api/v1/announcements/{first}/read", headers=resident.headers)
    assert read.status_code == 204

    answer = client.post("/api/v1/me/data-export", headers=resident.headers)
    assert answer.status_code == 200
    export = answer.json
    assert export["user_id"] == resident.user.id
    parts = export["parts"]
    assert parts["profile"]["national_id"] == "1101700230708"
    assert parts["profile"]["address"] == "42/7 ถนนสุขุมวิท"
    assert [(m["house"]["house_number"], m["relation"]) for m in parts["memberships"]] == [
        ("42/7", "tenant")
    ]
    assert [r["house_number"] for r in parts["membership_requests"]] == ["9/9"]
    assert [a["version"] for a in parts["privacy_notice_acceptances"]] == [1]
    assert [(r["type"], r["details"]) for r in parts["data_requests"]] == [
        ("rectification", "ชื่อสะกดผิด")
    ]
    assert len(parts["sessions"]) == 1
    actions = [e["action"] for e in parts["audit_events"]]
    assert "login_succeeded" in actions and "data_request_filed" in actions
    assert parts["files"] == []
    assert [a["title"] for a in parts["announcements_read"]] == ["น้ำไม่ไหลวันอังคาร"]
    assert str(other.user.id) not in {str(e["target_id"]) for e in parts["audit_events"]}
    assert other.user.email not in answer.get_data(as_text=True)
    [exported] = audit_events(app, "personal_data_exported")
    assert exported.target_id == str(resident.user.id)
    assert "profile" in exported.details["parts"]


def test_a_person_files_requests_and_the_office_decides_them(client, login_as, app):
    resident = login_as("resident")
    office = login_as("village_admin")
    filed = client.post(
        "/api/v1/me/data-requests",
        json={"type": "erasure", "details": "ย้ายออกแล้ว ขอลบข้อมูล"},
        headers=resident.headers,
    )
    assert filed.status_code == 201
    request = filed.json
    assert request["status"] == "pending" and request["overdue"] is False
    created = date.fromisoformat(request["created_at"][:10])
    assert date.fromisoformat(request["due_on"]) - created in (
        timedelta(days=30),
        timedelta(days=31),  # created late in the UTC day: already tomorrow in Bangkok
    )
    twice = client.post(
        "/api/v1/me/data-requests", json={"type": "erasure"}, headers=resident.headers
    )
    assert (twice.status_code, twice.json["code"]) == (409, "already_pending")
    assert (
        client.post(
            "/api/v1/me/data-requests", json={"type": "access"}, headers=resident.headers
        ).status_code
        == 201
    )
    mine = client.get("/api/v1/me/data-requests", headers=resident.headers).json
    assert mine["total"] == 2
    queue = client.get("/api/v1/data-requests?type=erasure", headers=office.headers).json
    assert [(r["id"], r["user"]["id"]) for r in queue["items"]] == [
        (request["id"], resident.user.id)
    ]
    rejected = client.post(
        f"/api/v1/data-requests/{request['id']}/reject",
        json={"note": "ยังมีหนี้ค้างชำระ เอกสารการเงินต้องเก็บ 5 ปี"},
        headers=office.headers,
    )
    assert rejected.status_code == 200
    assert (rejected.json["status"], rejected.json["decided_by"]["id"]) == (
        "rejected",
        office.user.id,
    )
    again = client.post(
        f"/api/v1/data-requests/{request['id']}/complete",
        json={"note": "x"},
        headers=office.headers,
    )
    assert (again.status_code, again.json["code"]) == (409, "already_decided")
    refiled = client.post(
        "/api/v1/me/data-requests", json={"type": "erasure"}, headers=resident.headers
    )
    assert refiled.status_code == 201  # the first one was decided
    actions = [e.action for e in audit_events(app, "data_request_rejected")]
    assert actions == ["data_request_rejected"]
    # a resident never sees the office's queue, nor anyone else's request
    assert client.get("/api/v1/data-requests", headers=resident.headers).status_code == 403
    other = login_as("resident")
    assert client.get("/api/v1/me/data-requests", headers=other.headers).json["total"] == 0


def test_overdue_requests_are_flagged_and_filtered(client, login_as, make_user, app):
    office = login_as("super_admin")
    person = make_user()
    with app.app_context():
        late = DataRequest(user_id=person.id, type="access", due_on=date(2020, 1, 1))
        done = DataRequest(
            user_id=person.id, type="objection", due_on=date(2020, 1, 1), status="completed"
        )
        fresh = DataRequest(user_id=person.id, type="erasure", due_on=date(2099, 1, 1))
        database.session().add_all([late, done, fresh])
        database.session().commit()
        ids = late.id, done.id, fresh.id
    listed = client.get("/api/v1/data-requests", headers=office.headers).json
    assert [(r["id"], r["overdue"]) for r in listed["items"]] == [
        (ids[0], True),
        (ids[1], False),
        (ids[2], False),
    ]
    overdue = client.get("/api/v1/data-requests?overdue=true", headers=office.headers).json
    assert [r["id"] for r in overdue["items"]] == [ids[0]]
    pending = client.get(
        "/api/v1/data-requests?status=pending&sort=-due_on", headers=office.headers
    ).json
    assert [r["id"] for r in pending["items"]] == [ids[2], ids[0]]
    paged = client.get("/api/v1/data-requests?per_page=1&page=2", headers=office.headers).json
    assert (paged["total"], [r["id"] for r in paged["items"]]) == (3, [ids[1]])


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/v1/me/data-requests", {"type": "deletion"}),
        ("/api/v1/me/data-requests", {"type": "access", "details": "x" * 2001}),
        ("/api/v1/me/data-requests", {"type": "access", "details": "bad\u0000"}),
        ("/api/v1/me/data-requests", {"type": ["access"]}),
        ("/api/v1/me/data-requests", {}),
    ],
)
def test_requests_refuse_bad_input(client, login_as, path, body):
    resident = login_as("resident")
    answer = client.post(path, json=body, headers=resident.headers)
    assert answer.status_code == 422 and answer.mimetype == "application/problem+json"


def test_decisions_need_a_note_and_an_existing_request(client, login_as):
    office = login_as("village_admin")
    resident = login_as("resident")
    request = client.post(
        "/api/v1/me/data-requests", json={"type": "access"}, headers=resident.headers
    ).json
    for note in ("", "   ", None):
        answer = client.post(
            f"/api/v1/data-requests/{request['id']}/complete",
            json={"note": note},
            headers=office.headers,
        )
        assert answer.status_code == 422, note
    missing = client.post(
        "/api/v1/data-requests/999999/complete", json={"note": "ok"}, headers=office.headers
    )
    assert missing.status_code == 404


def test_erasure_anonymises_the_person_and_keeps_their_history(
    client, login_as, make_house, make_member, app
):
    office = login_as("village_admin")
    resident = login_as("resident", national_id="1101700230708", address="42/7")
    email = resident.user.email
    house = make_house(house_number="42/7")
    make_member(house=house, user=resident.user, is_primary_contact=True)
    partner = make_member(house=house, relation=Relation.CO_OWNER, is_primary_contact=False)
    request = client.post(
        "/api/v1/me/data-requests", json={"type": "erasure"}, headers=resident.headers
    ).json
    erased = client.post(
        f"/api/v1/users/{resident.user.id}/erase",
        json={"request_id": request["id"], "note": "ลบแล้ว"},
        headers=office.headers,
    )
    assert erased.status_code == 200, erased.json
    assert erased.json["full_name"] == f"ผู้ใช้ที่ถูกลบ #{resident.user.id}"

    user = reload_user(app, resident.user.id)
    assert user.full_name == f"ผู้ใช้ที่ถูกลบ #{user.id}"
    assert (user.phone, user.national_id, user.address, user.password_hash) == (
        None,
        None,
        None,
        None,
    )
    assert user.email.endswith("@erased.invalid") and user.status == "inactive"
    assert user.house_number is None
    # the old token stops working; signing in is impossible
    assert client.get("/auth/me", headers=resident.headers).status_code == 401
    login = client.post("/auth/login", json={"email": email, "password": PASSWORD})
    assert login.status_code == 401
    with app.app_context():
        memberships = database.session().scalars(
            select(HouseMember).where(HouseMember.house_id == house.id).order_by(HouseMember.id)
        )
        states = [
            (m.user_id, m.moved_out_on is not None, m.is_primary_contact) for m in memberships
        ]
        acceptances = database.session().scalars(select(NoticeAcceptance)).all()
    assert states == [(resident.user.id, True, False), (partner.user_id, False, True)]
    assert all(a.ip_address is None for a in acceptances if a.user_id == resident.user.id)
    decided = client.get(f"/api/v1/data-requests/{request['id']}", headers=office.headers).json
    assert (decided["status"], decided["decision_note"]) == ("completed", "ลบแล้ว")
    [event] = audit_events(app, "user_erased")
    assert event.target_name == user.full_name and event.details["memberships"] == 1
    again = client.post(f"/api/v1/users/{user.id}/erase", json={}, headers=office.headers)
    assert (again.status_code, again.json["code"]) == (409, "already_erased")


def test_erasure_follows_the_account_rules(client, login_as, make_user):
    village_admin = login_as("village_admin")
    super_admin = login_as("super_admin")
    staff = make_user(role="accounting_admin")
    refused = client.post(f"/api/v1/users/{staff.id}/erase", json={}, headers=village_admin.headers)
    assert refused.status_code == 403  # a village admin manages residents only
    own = client.post(
        f"/api/v1/users/{super_admin.user.id}/erase", json={}, headers=super_admin.headers
    )
    assert own.status_code == 403
    assert (
        client.post("/api/v1/users/999999/erase", json={}, headers=super_admin.headers).status_code
        == 404
    )
    resident = make_user()
    other = login_as("resident")
    theirs = client.post(
        "/api/v1/me/data-requests", json={"type": "erasure"}, headers=other.headers
    ).json
    for request_id in (999999, theirs["id"]):  # none, or another person's: not found
        wrong = client.post(
            f"/api/v1/users/{resident.id}/erase",
            json={"request_id": request_id},
            headers=super_admin.headers,
        )
        assert wrong.status_code == 404


def test_the_last_super_admin_cannot_be_erased(app, make_user):
    from village.errors import Conflict
    from village.privacy import service
    from village.security.client import Client

    only_admin = make_user(role="super_admin")
    with app.test_request_context():
        actor = make_user(role="super_admin", status="inactive")
        with pytest.raises(Conflict) as refused:
            service.erase(
                actor=database.session().get(type(actor), actor.id),
                user_id=only_admin.id,
                request_id=None,
                note=None,
                client=Client(),
            )
    assert refused.value.extra_data == {"code": "last_super_admin"}


def test_an_erasure_request_of_another_type_is_not_completed_by_erasing(client, login_as):
    office = login_as("super_admin")
    resident = login_as("resident")
    access = client.post(
        "/api/v1/me/data-requests", json={"type": "access"}, headers=resident.headers
    ).json
    answer = client.post(
        f"/api/v1/users/{resident.user.id}/erase",
        json={"request_id": access["id"]},
        headers=office.headers,
    )
    assert (answer.status_code, answer.json["code"]) == (409, "not_an_erasure_request")
    assert client.get("/auth/me", headers=resident.headers).status_code == 200  # untouched


def test_the_office_is_notified_of_a_request_and_the_requester_of_the_answer(client, login_as, app):
    resident = login_as("resident")
    village_admin = login_as("village_admin")
    super_admin = login_as("super_admin")
    accountant = login_as("accounting_admin")
    filed = client.post(
        "/api/v1/me/data-requests", json={"type": "objection"}, headers=resident.headers
    ).json

    def told(signed_in):
        page = client.get("/api/v1/me/notifications", headers=signed_in.headers).json
        return [(n["event"], n["params"], n["link"]) for n in page["items"]]

    expected = ("data_request_submitted", {"type": "objection", "due_on": filed["due_on"]})
    assert [n[:2] for n in told(village_admin)] == [expected]
    assert [n[:2] for n in told(super_admin)] == [expected]
    assert told(accountant) == [] and told(resident) == []
    client.post(
        f"/api/v1/data-requests/{filed['id']}/reject",
        json={"note": "Billing rests on the law"},
        headers=village_admin.headers,
    )
    assert told(resident) == [
        (
            "data_request_decided",
            {"type": "objection", "status": "rejected", "note": "Billing rests on the law"},
            "/my-data",
        )
    ]
    # the export holds what the person was told
    export = client.post("/api/v1/me/data-export", headers=resident.headers).json
    assert [n["event"] for n in export["parts"]["notifications"]] == ["data_request_decided"]


def test_erasure_removes_what_the_person_was_told(client, login_as, app):
    from village.notifications.models import Notification

    office = login_as("super_admin")
    resident = login_as("resident")
    filed = client.post(
        "/api/v1/me/data-requests", json={"type": "erasure"}, headers=resident.headers
    ).json
    client.post("/api/v1/me/data-requests", json={"type": "access"}, headers=resident.headers)
    with app.app_context():
        before = database.session().scalars(select(Notification.user_id)).all()
    assert office.user.id in before
    erased = client.post(
        f"/api/v1/users/{resident.user.id}/erase",
        json={"request_id": filed["id"]},
        headers=office.headers,
    )
    assert erased.status_code == 200
    with app.app_context():
        after = (
            database.session()
            .scalars(select(Notification).where(Notification.user_id == resident.user.id))
            .all()
        )
    assert after == []  # and no "decided" notice was written for someone nobody can be


def test_without_a_stored_notice_the_first_one_is_served_and_stored_on_acceptance(
    client, login_as, app
):
    from sqlalchemy import delete

    from village.privacy.models import PrivacyNotice

    with app.app_context():
        database.session().execute(delete(PrivacyNotice))
        database.session().commit()
    resident = login_as("resident")
    assert me(client, resident)["privacy_notice_pending"] is True
    notice = client.get("/api/v1/privacy-notice", headers=resident.headers).json
    assert notice["version"] == 1 and "5 ปี" in notice["text_th"]
    with app.app_context():  # reading wrote nothing
        assert database.session().scalars(select(PrivacyNotice)).all() == []
    accepted = client.post(
        "/api/v1/privacy-notice/accept", json={"version": 1}, headers=resident.headers
    )
    assert accepted.status_code == 200 and accepted.json["accepted_at"] is not None
    assert me(client, resident)["privacy_notice_pending"] is False
    with app.app_context():
        assert [n.version for n in database.session().scalars(select(PrivacyNotice))] == [1]


def test_erasure_takes_the_persons_address_out_of_the_outbox(client, login_as, app):
    from village.mail import outbox
    from village.mail.models import OutboxMessage

    office = login_as("super_admin")
    resident, neighbour = login_as("resident"), login_as("resident")
    with app.app_context(), database.transaction():
        for person in (resident, neighbour):
            outbox.enqueue(person.user.email, "announcement_published",
                           {"title": "x", "priority": "normal", "link": "/"})  # fmt: skip
    erased = client.post(f"/api/v1/users/{resident.user.id}/erase", json={}, headers=office.headers)
    assert erased.status_code == 200, erased.json
    with app.app_context():
        left = database.session().scalars(select(OutboxMessage.to_address)).all()
    assert resident.user.email not in left and neighbour.user.email in left
