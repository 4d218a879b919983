"""The review: needs-fix → the resident edits and resubmits → rejected; withdrawing;
who may do what; the duplicate flag."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

from PIL import Image

from tests.helpers import audit_actions
from tests.payment_slips.conftest import BASE, issue_invoice, png, samples, send_slip
from tests.payment_slips.test_happy_path import notifications_of
from village.enums import Role


def test_needs_fix_then_edit_and_resubmit_then_reject_with_other_and_a_note(
    client, app, accountant, submitted
):
    resident, house, _invoice, slip = submitted
    url = f"{BASE}/{slip['id']}"
    # Editing before the office asks for a fix is refused.
    early = client.patch(url, json={"amount_satang": 1}, headers=resident.headers)
    assert early.status_code == 409
    assert "submitted" in early.json["detail"]

    asked = client.post(
        f"{url}/needs-fix",
        json={"reason_code": "wrong_amount", "note": "ยอดไม่ตรงกับสลิป"},
        headers=accountant.headers,
    )
    assert asked.status_code == 200, asked.json
    assert asked.json["status"] == "needs_fix"
    assert asked.json["reason_code"] == "wrong_amount"
    assert asked.json["review_note"] == "ยอดไม่ตรงกับสลิป"
    told = notifications_of(app, resident.user.id)[-1]
    assert told.event == "payment_slip_decided"
    assert told.params["status"] == "needs_fix"
    assert told.params["reason_code"] == "wrong_amount"
    assert told.params["note"] == "ยอดไม่ตรงกับสลิป"
    assert told.params["receipt_number"] is None
    # The office cannot accept it while the resident fixes it.
    accept = client.post(f"{url}/accept", json={}, headers=accountant.headers)
    assert accept.status_code == 409
    assert "needs_fix" in accept.json["detail"]

    # Another member of the house sees it but does not edit someone else's slip.
    other = _co_member(client, app, house)
    assert client.get(url, headers=other.headers).status_code == 200
    foreign_edit = client.patch(url, json={"amount_satang": 5}, headers=other.headers)
    assert foreign_edit.status_code == 409
    assert foreign_edit.json["code"] == "submitter_only"

    edited = client.patch(
        url,
        json={"amount_satang": 149_500, "transferred_at": "2026-11-21T10:00:00+07:00",
              "invoice_ids": []},
        headers=resident.headers,
    )  # fmt: skip
    assert edited.status_code == 200, edited.json
    assert edited.json["amount_satang"] == 149_500
    assert edited.json["invoice_ids"] == []
    assert edited.json["transferred_at"].startswith("2026-11-21T03:00:00")
    new_file = client.put(
        f"{url}/file",
        data={"file": (io.BytesIO(png((1, 2, 3))), "slip2.png")},
        content_type="multipart/form-data",
        headers=resident.headers,
    )
    assert new_file.status_code == 200, new_file.json
    assert new_file.json["file"]["id"] != slip["file"]["id"]
    assert new_file.json["file"]["filename"] == "slip2.png"
    served = client.get(f"{url}/file", headers=resident.headers)
    assert served.status_code == 200
    assert Image.open(io.BytesIO(served.data)).getpixel((0, 0)) == (1, 2, 3)

    again = client.post(f"{url}/resubmit", headers=resident.headers)
    assert again.status_code == 200, again.json
    assert again.json["status"] == "submitted"
    assert [n.event for n in notifications_of(app, accountant.user.id)] == [
        "payment_slip_submitted",
        "payment_slip_submitted",
    ]
    assert client.post(f"{url}/resubmit", headers=resident.headers).status_code == 409

    bare_other = client.post(
        f"{url}/reject", json={"reason_code": "other"}, headers=accountant.headers
    )
    assert bare_other.status_code == 422
    assert bare_other.json["errors"][0]["code"] == "note_required"
    rejected = client.post(
        f"{url}/reject",
        json={"reason_code": "other", "note": "โอนเข้าบัญชีอื่น กรุณาติดต่อสำนักงาน"},
        headers=accountant.headers,
    )
    assert rejected.status_code == 200, rejected.json
    assert rejected.json["status"] == "rejected"
    assert rejected.json["review_note"] == "โอนเข้าบัญชีอื่น กรุณาติดต่อสำนักงาน"
    assert notifications_of(app, resident.user.id)[-1].params["status"] == "rejected"
    # Terminal: nothing moves it any more.
    for path, body in (("accept", {}), ("needs-fix", {"reason_code": "unreadable"})):
        late = client.post(f"{url}/{path}", json=body, headers=accountant.headers)
        assert late.status_code == 409
        assert "rejected" in late.json["detail"]
    assert client.post(f"{url}/withdraw", headers=resident.headers).status_code == 409
    actions = audit_actions(app, target_type="payment_slip")
    assert actions == [
        "payment_slip_submitted",
        "payment_slip_needs_fix",
        "payment_slip_updated",
        "payment_slip_updated",
        "payment_slip_submitted",
        "payment_slip_rejected",
    ]


def _co_member(client, app, house):
    from tests.conftest import SignedIn, sign_in
    from tests.factories import MemberFactory, UserFactory

    with app.app_context():
        user = UserFactory(role=Role.RESIDENT)
        MemberFactory(house=house, user=user, is_primary_contact=False)
    body = sign_in(client, user.email)
    return SignedIn(user, body["access_token"], body["refresh_token"], "")


def test_withdraw_while_submitted_or_needs_fix_only(client, app, submitted, accountant):
    resident, house, _, slip = submitted
    url = f"{BASE}/{slip['id']}"
    assert client.post(f"{url}/withdraw", headers=accountant.headers).json["code"] == (
        "submitter_only"
    )
    withdrawn = client.post(f"{url}/withdraw", headers=resident.headers)
    assert withdrawn.status_code == 200
    assert withdrawn.json["status"] == "withdrawn"
    assert client.post(f"{url}/accept", json={}, headers=accountant.headers).status_code == 409
    assert client.post(f"{url}/withdraw", headers=resident.headers).status_code == 409
    assert "payment_slip_withdrawn" in audit_actions(app)
    # A slip the office asked to fix may be withdrawn too.
    second = send_slip(client, resident.headers, house_id=house.id, data=png((9, 9, 9))).json
    client.post(
        f"{BASE}/{second['id']}/needs-fix", json={"reason_code": "unreadable"},
        headers=accountant.headers,
    )  # fmt: skip
    assert (
        client.post(f"{BASE}/{second['id']}/withdraw", headers=resident.headers).json["status"]
        == "withdrawn"
    )


def test_the_same_photo_twice_is_flagged_in_the_answer_and_the_queue(
    client, app, resident_of, accountant
):
    first_resident, first_house = resident_of()
    second_resident, second_house = resident_of()
    photo = samples.jpeg_with_gps()  # re-encoded on the way in: the stored bytes are hashed
    first = send_slip(client, first_resident.headers, house_id=first_house.id, data=photo,
                      name="a.jpg").json  # fmt: skip
    assert first["possible_duplicate"] is False
    second = send_slip(client, second_resident.headers, house_id=second_house.id, data=photo,
                       name="b.jpg").json  # fmt: skip
    assert second["possible_duplicate"] is True  # another house's slip: still the same image
    other = send_slip(client, first_resident.headers, house_id=first_house.id).json
    assert other["possible_duplicate"] is False
    queue = client.get(f"{BASE}?status=submitted", headers=accountant.headers).json["items"]
    assert [(s["id"], s["possible_duplicate"]) for s in queue] == [
        (first["id"], True),
        (second["id"], True),
        (other["id"], False),
    ]  # oldest first
    flagged = client.get(f"{BASE}?possible_duplicate=true", headers=accountant.headers).json
    assert {s["id"] for s in flagged["items"]} == {first["id"], second["id"]}
    # Withdrawn, the first no longer counts against the second.
    client.post(f"{BASE}/{first['id']}/withdraw", headers=first_resident.headers)
    shown = client.get(f"{BASE}/{second['id']}", headers=accountant.headers).json
    assert shown["possible_duplicate"] is False


def test_another_residents_slip_and_file_are_not_found(client, app, submitted, resident_of):
    _, _, _, slip = submitted
    stranger, _stranger_house = resident_of()
    url = f"{BASE}/{slip['id']}"
    assert client.get(url, headers=stranger.headers).status_code == 404
    assert client.get(f"{url}/file", headers=stranger.headers).status_code == 404
    assert client.post(f"{url}/withdraw", headers=stranger.headers).status_code == 404
    assert client.patch(url, json={"amount_satang": 5}, headers=stranger.headers).status_code == 404
    assert client.get(BASE, headers=stranger.headers).json["total"] == 0
    assert client.get("/api/v1/me/payment-slips", headers=stranger.headers).json["total"] == 0
    # Nor may they submit for a house not theirs: the same answer whether it exists or not.
    for house_id in (slip["house"]["id"], 999_999):
        refused = send_slip(client, stranger.headers, house_id=house_id)
        assert refused.status_code == 422
        assert refused.json["errors"][0]["code"] == "unknown_house"
    assert client.get(f"{url}/file").status_code == 401


def test_the_file_is_served_privately_to_the_house_and_the_office(
    client, submitted, accountant, login_as
):
    resident, _, _, slip = submitted
    village_admin = login_as(Role.VILLAGE_ADMIN)
    for who in (resident, accountant, village_admin):
        served = client.get(f"{BASE}/{slip['id']}/file", headers=who.headers)
        assert served.status_code == 200
        assert served.mimetype == "image/png"
        assert served.headers["Cache-Control"].startswith("private")
        assert "inline" in served.headers["Content-Disposition"]


def test_a_village_admin_sees_the_queue_but_cannot_decide_or_submit(
    client, app, submitted, login_as
):
    resident, house, _, slip = submitted
    village_admin = login_as(Role.VILLAGE_ADMIN)
    assert client.get(f"{BASE}?status=submitted", headers=village_admin.headers).json["total"] == 1
    url = f"{BASE}/{slip['id']}"
    assert client.post(f"{url}/accept", json={}, headers=village_admin.headers).status_code == 403
    for path in ("needs-fix", "reject"):
        answer = client.post(
            f"{url}/{path}", json={"reason_code": "unreadable"}, headers=village_admin.headers
        )
        assert answer.status_code == 403
    # A resident is no reviewer either.
    assert client.post(f"{url}/accept", json={}, headers=resident.headers).status_code == 403
    assert send_slip(client, village_admin.headers, house_id=house.id).status_code == 403


def test_staff_submit_on_a_houses_behalf_but_do_not_accept_their_own(
    client, app, resident_of, accountant, login_as
):
    _, house = resident_of()
    slip = send_slip(client, accountant.headers, house_id=house.id)
    assert slip.status_code == 201, slip.json
    own = client.post(f"{BASE}/{slip.json['id']}/accept", json={}, headers=accountant.headers)
    assert own.status_code == 409
    assert own.json["code"] == "same_person"
    colleague = login_as(Role.ACCOUNTING_ADMIN)
    ok = client.post(f"{BASE}/{slip.json['id']}/accept", json={}, headers=colleague.headers)
    assert ok.status_code == 200, ok.json


def test_a_jpeg_comes_back_without_its_gps(client, resident_of):
    resident, house = resident_of()
    slip = send_slip(
        client, resident.headers, house_id=house.id, data=samples.jpeg_with_gps(), name="s.jpg"
    ).json
    served = client.get(f"{BASE}/{slip['id']}/file", headers=resident.headers)
    assert served.mimetype == "image/jpeg"
    assert not Image.open(io.BytesIO(served.data)).getexif()  # no GPS, no camera


def test_a_pdf_slip_is_taken_and_served_as_an_attachment(client, resident_of):
    resident, house = resident_of()
    slip = send_slip(
        client, resident.headers, house_id=house.id, data=samples.pdf(), name="slip.pdf"
    )
    assert slip.status_code == 201, slip.json
    served = client.get(f"{BASE}/{slip.json['id']}/file", headers=resident.headers)
    assert served.mimetype == "application/pdf"
    assert served.headers["Content-Disposition"].startswith("attachment")


def test_bad_input(client, app, make_app, tmp_path, resident_of):
    resident, house = resident_of()
    closed = issue_invoice(app, house.id, 100, date(2026, 9, 1))

    def codes(answer):
        return {(e["field"], e["code"]) for e in answer.json.get("errors", [])}

    floating = send_slip(client, resident.headers, house_id=house.id, amount_satang="1500.50")
    assert floating.status_code == 422
    assert ("amount_satang", "int_type") in codes(floating)
    for amount in ("0", "-5", "1e5", "", "abc"):
        answer = send_slip(client, resident.headers, house_id=house.id, amount_satang=amount)
        assert answer.status_code == 422, amount
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    ahead = send_slip(client, resident.headers, house_id=house.id, transferred_at=future)
    assert ahead.status_code == 422
    assert ("transferred_at", "in_the_future") in codes(ahead)
    naive = send_slip(
        client, resident.headers, house_id=house.id, transferred_at="2026-11-20T09:00"
    )
    assert naive.status_code == 422
    unknown = send_slip(client, resident.headers, house_id=house.id, invoice_ids="999999")
    assert ("invoice_ids", "unknown_invoice") in codes(unknown)
    assert (
        send_slip(client, resident.headers, house_id=house.id, invoice_ids="1.5").status_code == 422
    )
    text = send_slip(
        client, resident.headers, house_id=house.id, data=b"not an image", name="x.png"
    )
    assert text.status_code == 415
    exe = send_slip(client, resident.headers, house_id=house.id, data=samples.windows_program())
    assert exe.status_code == 415
    no_file = client.post(
        BASE,
        data={
            "house_id": str(house.id),
            "amount_satang": "100",
            "transferred_at": "2026-11-20T09:00:00+07:00",
        },
        content_type="multipart/form-data",
        headers=resident.headers,
    )
    assert no_file.status_code == 422
    as_json = client.post(BASE, json={"house_id": house.id}, headers=resident.headers)
    assert as_json.status_code == 415
    extra = send_slip(client, resident.headers, house_id=house.id, status="accepted")
    assert extra.status_code == 422
    small = make_app(UPLOAD_DIR=tmp_path / "u2", UPLOAD_MAX_BYTES=65536).test_client()
    huge = send_slip(small, resident.headers, house_id=house.id, data=samples.big_jpeg(70_000))
    assert huge.status_code == 413
    # A float amount in the JSON edit is refused as well.
    _ = closed
    assert client.get(BASE, headers=resident.headers).json["total"] == 0  # nothing stuck


def test_a_float_or_text_amount_in_an_edit_is_422(client, submitted, accountant):
    resident, _, _, slip = submitted
    url = f"{BASE}/{slip['id']}"
    client.post(
        f"{url}/needs-fix", json={"reason_code": "wrong_amount"}, headers=accountant.headers
    )
    for amount in (1500.5, "150000", True, 0, None):
        answer = client.patch(url, json={"amount_satang": amount}, headers=resident.headers)
        assert answer.status_code == 422, amount
    future = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    ahead = client.patch(url, json={"transferred_at": future}, headers=resident.headers)
    assert ahead.status_code == 422
