"""Password reset by email (village.md, "Notifications and email"), end to end through a
real SMTP server: the link is read out of the message that arrived."""

from __future__ import annotations

import re
import statistics
import time

import pytest
import time_machine
from sqlalchemy import func, select

from tests.factories import PASSWORD
from tests.helpers import audit_events
from village import database
from village.enums import Language, UserStatus
from village.mail import delivery
from village.mail.models import OutboxMessage

NEW_PASSWORD = "Reset-By-Mail-2026"
LINK = re.compile(r"(https?://\S+/reset-password#token=([A-Za-z0-9_-]+))")


@pytest.fixture
def person(make_user):
    return make_user(email="malee@village.example", full_name="มาลี ศรีสุข")


def ask(client, email="malee@village.example"):
    return client.post("/auth/password-reset", json={"email": email})


def confirm(client, token, password=NEW_PASSWORD):
    return client.post(
        "/auth/password-reset/confirm", json={"token": token, "new_password": password}
    )


def deliver(app) -> None:
    with app.app_context():
        delivery.deliver_once()


def outbox_count(app) -> int:
    with app.app_context():
        return database.session().scalar(select(func.count()).select_from(OutboxMessage)) or 0


def mailed_link(app, smtp) -> tuple[str, str]:
    deliver(app)
    got = smtp.received[-1]
    found = LINK.search(got.text())
    assert found is not None, got.text()
    return found.group(1), found.group(2)


def test_a_person_resets_their_password_with_the_mailed_link(mail_app, smtp, person, login_as):
    client = mail_app.test_client()
    signed_in = client.post("/auth/login", json={"email": person.email, "password": PASSWORD}).json[
        "access_token"
    ]

    response = ask(client)
    assert response.status_code == 202
    assert response.json["detail"].startswith("If this address belongs to an account")
    url, token = mailed_link(mail_app, smtp)
    [got] = smtp.received
    assert got.recipients == ["malee@village.example"]
    assert got.message["Subject"].startswith("ตั้งรหัสผ่านใหม่")  # Thai unless they chose English
    assert url.startswith("http://127.0.0.1:8000/reset-password#token=")
    assert "30" in got.text()

    assert confirm(client, token).status_code == 204
    # Every session ended: the token from before is refused.
    assert (
        client.get("/auth/me", headers={"Authorization": f"Bearer {signed_in}"}).status_code == 401
    )
    assert (
        client.post(
            "/auth/login", json={"email": person.email, "password": NEW_PASSWORD}
        ).status_code
        == 200
    )
    assert (
        client.post("/auth/login", json={"email": person.email, "password": PASSWORD}).status_code
        == 401
    )

    [requested] = audit_events(mail_app, "password_reset_requested")
    [reset] = audit_events(mail_app, "password_reset")
    assert requested.target_id == reset.target_id == str(person.id)
    assert reset.details["sessions"] == 1
    assert token not in str(requested.details) + str(reset.details)
    # The person is told their password changed (an account mail).
    deliver(mail_app)
    assert smtp.received[-1].message["Subject"].startswith("รหัสผ่านของคุณถูกเปลี่ยนแล้ว")
    # Nothing of the token is left in the outbox once the mail went.
    with mail_app.app_context():
        params = database.session().scalars(select(OutboxMessage.params)).all()
        assert all(p == {} for p in params)


def test_the_link_works_once(mail_app, smtp, person):
    client = mail_app.test_client()
    ask(client)
    _, token = mailed_link(mail_app, smtp)
    assert confirm(client, token).status_code == 204
    again = confirm(client, token, "Another-Pass-2026")
    assert again.status_code == 401
    assert again.json["detail"].startswith("This link is not valid any more")


def test_the_link_expires_after_30_minutes(mail_app, smtp, person):
    client = mail_app.test_client()
    start = time.time()
    with time_machine.travel(start, tick=False):
        ask(client)
        _, token = mailed_link(mail_app, smtp)
    with time_machine.travel(start + 30 * 60 + 1, tick=False):
        assert confirm(client, token).status_code == 401


def test_a_link_still_works_at_29_minutes(mail_app, smtp, person):
    client = mail_app.test_client()
    start = time.time()
    with time_machine.travel(start, tick=False):
        ask(client)
        _, token = mailed_link(mail_app, smtp)
    with time_machine.travel(start + 29 * 60, tick=False):
        assert confirm(client, token).status_code == 204


def test_a_newer_request_replaces_the_older_link(mail_app, smtp, person):
    client = mail_app.test_client()
    ask(client)
    _, first = mailed_link(mail_app, smtp)
    ask(client)
    _, second = mailed_link(mail_app, smtp)
    assert first != second
    assert confirm(client, first).status_code == 401
    assert confirm(client, second).status_code == 204


@pytest.mark.parametrize("token", ["x" * 43, "not-a-token-at-all-but-long", "ก" * 40, "a" * 200])
def test_a_wrong_token_is_refused(mail_app, person, token):
    assert confirm(mail_app.test_client(), token).status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"token": "x" * 43},
        {"token": 12345678901234567, "new_password": NEW_PASSWORD},
        {"token": "short", "new_password": NEW_PASSWORD},
        {"token": "x" * 201, "new_password": NEW_PASSWORD},
        {"token": "x" * 43, "new_password": None},
    ],
)
def test_bad_confirm_bodies_are_422(client, body):
    response = client.post("/auth/password-reset/confirm", json=body)
    assert response.status_code == 422
    assert response.content_type == "application/problem+json"


@pytest.mark.parametrize(
    "body", [{}, {"email": None}, {"email": 42}, {"email": ""}, {"email": "a" * 321}]
)
def test_bad_request_bodies_are_422(client, body):
    assert client.post("/auth/password-reset", json=body).status_code == 422


def test_a_weak_password_is_refused_and_the_link_still_works(mail_app, smtp, person):
    client = mail_app.test_client()
    ask(client)
    _, token = mailed_link(mail_app, smtp)
    weak = confirm(client, token, "password")
    assert weak.status_code == 422
    assert weak.json["errors"][0]["field"] == "new_password"
    assert confirm(client, token).status_code == 204


def test_a_set_password_letter_token_is_no_reset_token_and_back(
    mail_app, smtp, person, login_as, make_user
):
    client = mail_app.test_client()
    office = login_as("village_admin")
    owner = make_user(email="owner@village.example", password_hash=None)
    letter = client.post(
        f"/api/v1/users/{owner.id}/set-password-link", headers=office.headers
    ).json["token"]
    assert confirm(client, letter).status_code == 401
    ask(client)
    _, reset = mailed_link(mail_app, smtp)
    assert (
        client.post(
            "/auth/set-password", json={"token": reset, "new_password": NEW_PASSWORD}
        ).status_code
        == 401
    )
    assert confirm(client, reset).status_code == 204


def test_an_unknown_address_gets_the_same_answer_and_no_mail(mail_app, smtp, person):
    client = mail_app.test_client()
    known, unknown = ask(client), ask(client, "nobody@village.example")
    assert (known.status_code, known.get_data()) == (unknown.status_code, unknown.get_data())
    varying = {"Date", "X-Request-Id", "X-RateLimit-Remaining", "X-RateLimit-Reset"}
    assert {k for k, _ in known.headers.items() if k not in varying} == {
        k for k, _ in unknown.headers.items() if k not in varying
    }
    assert outbox_count(mail_app) == 1  # the known person's mail only
    assert audit_events(mail_app, "password_reset_requested")[0].target_id == str(person.id)


def test_the_answer_takes_about_as_long_either_way(mail_app, person):
    client = mail_app.test_client()

    def timed(email: str) -> float:
        began = time.perf_counter()
        assert ask(client, email).status_code == 202
        return time.perf_counter() - began

    # Interleaved, so a busy machine slows both alike.
    pairs = [(timed(person.email), timed("nobody@village.example")) for _ in range(15)]
    known = statistics.median(k for k, _ in pairs)
    unknown = statistics.median(u for _, u in pairs)
    # No SMTP and no password hash on either path: a few database statements apart.
    assert abs(known - unknown) < 0.05, (known, unknown)


@pytest.mark.parametrize("status", [UserStatus.INACTIVE, UserStatus.PENDING])
def test_an_account_that_cannot_sign_in_gets_no_link(mail_app, make_user, status):
    make_user(email="gone@village.example", status=status)
    assert ask(mail_app.test_client(), "gone@village.example").status_code == 202
    assert outbox_count(mail_app) == 0


def test_an_address_is_found_however_it_is_spelled(mail_app, smtp, person):
    assert ask(mail_app.test_client(), "  MALEE@Village.Example ").status_code == 202
    deliver(mail_app)
    assert smtp.received[0].recipients == ["malee@village.example"]


def test_an_english_reader_gets_english_mail_even_if_they_opted_out(mail_app, smtp, make_user):
    make_user(email="john@village.example", language=Language.EN, email_opt_out=True)
    ask(mail_app.test_client(), "john@village.example")
    deliver(mail_app)
    [got] = smtp.received
    assert got.message["Subject"].startswith("Reset your password")
    assert "Turn them off" not in got.text()  # essential: no opt-out footer


def test_a_reset_lifts_a_lockout(mail_app, smtp, person):
    client = mail_app.test_client()
    for _ in range(6):
        client.post("/auth/login", json={"email": person.email, "password": "Wrong-Pass-1"})
    ask(client)
    _, token = mailed_link(mail_app, smtp)
    assert confirm(client, token).status_code == 204
    assert (
        client.post(
            "/auth/login", json={"email": person.email, "password": NEW_PASSWORD}
        ).status_code
        == 200
    )


def test_an_account_deactivated_after_asking_cannot_use_the_link(mail_app, smtp, person):
    client = mail_app.test_client()
    ask(client)
    _, token = mailed_link(mail_app, smtp)
    with mail_app.app_context():
        from village.users.models import User

        database.session().get(User, person.id).status = UserStatus.INACTIVE
        database.session().commit()
    assert confirm(client, token).status_code == 401


def test_requests_are_limited_per_address_and_per_client(make_app, person, smtp):
    client = make_app(
        **smtp.settings(), RATELIMIT_PASSWORD_RESET="2 per minute", RATELIMIT_AUTH="4 per minute"
    ).test_client()
    assert [ask(client).status_code for _ in range(3)] == [202, 202, 429]
    # The same mailbox however it is spelled
    assert ask(client, "MALEE@village.example").status_code == 429
    limited = ask(client, "other@village.example")
    assert limited.status_code == 429  # the client's fifth request: its own budget is spent
    assert limited.headers["Retry-After"]
    assert limited.content_type == "application/problem+json"
    # Another client may still ask for another address.
    other = make_app(**smtp.settings(), RATELIMIT_AUTH="4 per minute").test_client()
    response = other.post(
        "/auth/password-reset",
        json={"email": "other@village.example"},
        environ_base={"REMOTE_ADDR": "10.0.0.9"},
    )
    assert response.status_code == 202


def test_confirm_is_limited_per_client(make_app):
    client = make_app(RATELIMIT_AUTH="3 per minute").test_client()
    codes = [confirm(client, "x" * 43).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]


def test_an_address_mail_cannot_take_still_gets_the_same_202(mail_app, make_user):
    odd = make_user(email="odd@village.example")
    with mail_app.app_context():
        from village.users.models import User

        user = database.session().get(User, odd.id)
        user.email = "odd,eve@village.example"  # two addresses: never through the API
        database.session().commit()
    response = ask(mail_app.test_client(), "odd,eve@village.example")
    assert response.status_code == 202
    assert outbox_count(mail_app) == 0
    assert audit_events(mail_app, "password_reset_requested")  # found, but no mail queued
