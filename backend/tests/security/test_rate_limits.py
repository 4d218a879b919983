"""Rate limits: per client, stricter on auth, exemptions, headers, proxies, Redis and its outage.

The limits under several gunicorn workers are in test_production_server.py.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import time

import pytest
import redis

from tests.conftest import make_settings
from tests.factories import PASSWORD
from tests.helpers import audit_events, free_port
from village import UnsafeSettingsError, create_app
from village.config import Settings
from village.security.ratelimit import account_key

CLIENT_A = "203.0.113.10"
CLIENT_B = "198.51.100.20"
PROXY = "127.0.0.1"


def get(client, path="/auth/password-policy", ip=CLIENT_A, **kwargs):
    return client.get(path, environ_base={"REMOTE_ADDR": ip}, **kwargs)


def login(client, email, password=PASSWORD, ip=CLIENT_A):
    return client.post(
        "/auth/login",
        json={"email": email, "password": password},
        environ_base={"REMOTE_ADDR": ip},
    )


def statuses(responses):
    return [r.status_code for r in responses]


def assert_rate_limited(response):
    assert response.status_code == 429
    assert response.mimetype == "application/problem+json"
    body = response.json
    assert body["type"] == "urn:village:problem:rate-limited"
    assert body["status"] == 429
    assert 0 < int(response.headers["Retry-After"]) <= 60
    assert response.headers["X-RateLimit-Remaining"] == "0"
    assert int(response.headers["X-RateLimit-Reset"]) > time.time()


def test_default_limit_per_client_then_429_problem_with_retry_after(make_app):
    client = make_app(RATELIMIT_DEFAULT="3 per minute").test_client()
    answers = [get(client) for _ in range(4)]
    assert statuses(answers) == [200, 200, 200, 429]
    assert [r.headers["X-RateLimit-Remaining"] for r in answers[:3]] == ["2", "1", "0"]
    assert all(r.headers["X-RateLimit-Limit"] == "3" for r in answers)
    assert "Retry-After" not in answers[0].headers  # only a refusal says when to retry
    assert_rate_limited(answers[3])
    # The budget covers the whole API, not each endpoint, and other clients are untouched.
    assert get(client, "/auth/me").status_code == 429
    assert get(client, ip=CLIENT_B).status_code == 200


def test_each_signed_in_user_has_a_budget_of_their_own(make_app, make_user):
    """Staff behind one office NAT share an IP but not a budget."""
    client = make_app(RATELIMIT_DEFAULT="4 per minute").test_client()
    tokens = []
    for _ in range(2):
        body = login(client, make_user().email).json
        tokens.append({"Authorization": f"Bearer {body['access_token']}"})
    # The two logins spent 2 of the IP's 4; each user now has 4 of their own.
    for headers in tokens:
        assert statuses([get(client, "/auth/me", headers=headers) for _ in range(5)]) == [
            *[200] * 4,
            429,
        ]
    assert statuses([get(client) for _ in range(3)]) == [200, 200, 429]


def test_a_forged_token_counts_against_the_ip(make_app, make_user):
    client = make_app(RATELIMIT_DEFAULT="2 per minute").test_client()
    forged = {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"}
    assert statuses([get(client, "/auth/me", headers=forged) for _ in range(3)]) == [401, 401, 429]
    assert get(client).status_code == 429


def test_login_is_limited_per_ip_before_any_password_is_checked(app, make_app, make_user):
    client = make_app(RATELIMIT_LOGIN="3 per minute").test_client()
    users = [make_user() for _ in range(4)]
    answers = [login(client, user.email, "Wrong-password-1") for user in users]
    assert statuses(answers) == [401, 401, 401, 429]
    assert_rate_limited(answers[3])
    assert len(audit_events(app, "login_failed")) == 3  # the refused attempt cost no bcrypt
    assert login(client, users[3].email, ip=CLIENT_B).status_code == 200


def test_login_is_limited_per_account_across_addresses(make_app, make_user):
    """A password spray from many addresses still hits a wall per account."""
    client = make_app(RATELIMIT_LOGIN_ACCOUNT="3 per minute").test_client()
    victim = make_user(email="victim@example.com")
    spellings = ["victim@example.com", "Victim@Example.COM", "  victim@example.com ", victim.email]
    answers = [
        login(client, email, "Wrong-password-1", ip=f"203.0.113.{n}")
        for n, email in enumerate(spellings, start=50)
    ]
    assert statuses(answers) == [401, 401, 401, 429]
    # Even the right password waits; another account from the same addresses does not.
    assert login(client, victim.email, ip="203.0.113.99").status_code == 429
    assert login(client, make_user().email, ip="203.0.113.50").status_code == 200


def test_register_change_password_and_refresh_have_their_own_limits(make_app, make_user):
    client = make_app(RATELIMIT_AUTH="2 per minute", RATELIMIT_REFRESH="2 per minute").test_client()

    def register(n):
        body = {"email": f"new{n}@example.com", "password": "Str0ng-pass-9", "full_name": "New"}
        return client.post("/auth/register", json=body, environ_base={"REMOTE_ADDR": CLIENT_A})

    assert statuses([register(n) for n in range(3)]) == [201, 201, 429]

    user = make_user()
    tokens = login(client, user.email).json
    access = {"Authorization": f"Bearer {tokens['access_token']}"}
    change = {"current_password": "Wrong-password-1", "new_password": "An0ther-Str0ng-pass"}
    changes = [client.post("/auth/change-password", json=change, headers=access) for _ in range(3)]
    assert statuses(changes) == [422, 422, 429]  # a separate budget from registration

    refresh = {"Authorization": f"Bearer {tokens['refresh_token']}"}
    refreshes = [client.post("/auth/refresh", headers=refresh) for _ in range(3)]
    assert statuses(refreshes) == [200, 401, 429]  # the 2nd replays a rotated token


def test_health_and_preflights_are_never_limited(make_app):
    client = make_app(
        RATELIMIT_DEFAULT="1 per minute", CORS_ORIGINS="https://admin.example.com"
    ).test_client()
    assert {get(client, "/health").status_code for _ in range(5)} == {200}
    preflight = {
        "Origin": "https://admin.example.com",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Content-Type",
    }
    answers = [
        client.options("/auth/login", headers=preflight, environ_base={"REMOTE_ADDR": CLIENT_A})
        for _ in range(5)
    ]
    assert set(statuses(answers)) == {200}
    assert "X-RateLimit-Limit" not in answers[0].headers
    # ... and none of that spent the client's single request.
    assert statuses([get(client), get(client)]) == [200, 429]


def test_the_dashboards_files_are_not_limited(make_app):
    """A whole office behind one address may load the dashboard at once."""
    app = make_app(RATELIMIT_DEFAULT="1 per minute")

    @app.get("/assets/app.js")
    def asset():
        return "console.log('dashboard')"

    client = app.test_client()
    assert {get(client, "/assets/app.js").status_code for _ in range(5)} == {200}
    assert statuses([get(client), get(client)]) == [200, 429]


def test_ratelimit_enabled_false_switches_every_limit_off(make_app, make_user):
    client = make_app(
        RATELIMIT_ENABLED=False, RATELIMIT_DEFAULT="1 per minute", RATELIMIT_LOGIN="1 per minute"
    ).test_client()
    assert {get(client).status_code for _ in range(5)} == {200}
    user = make_user()
    assert {login(client, user.email).status_code for _ in range(3)} == {200}
    assert "X-RateLimit-Limit" not in get(client).headers


def test_without_trusted_proxies_a_forged_x_forwarded_for_changes_nothing(make_app):
    client = make_app(RATELIMIT_DEFAULT="2 per minute", TRUSTED_PROXIES=0).test_client()
    answers = [
        get(client, headers={"X-Forwarded-For": f"192.0.2.{n}"}, ip=CLIENT_A) for n in range(4)
    ]
    assert statuses(answers) == [200, 200, 429, 429]


def test_behind_one_proxy_only_the_address_it_adds_counts(make_app):
    """nginx appends the real peer to whatever X-Forwarded-For the client sent."""
    client = make_app(RATELIMIT_DEFAULT="2 per minute", TRUSTED_PROXIES=1).test_client()

    def via_proxy(forged, real):
        return get(client, headers={"X-Forwarded-For": f"{forged}, {real}"}, ip=PROXY)

    answers = [via_proxy(f"192.0.2.{n}", CLIENT_A) for n in range(4)]
    assert statuses(answers) == [200, 200, 429, 429]
    assert via_proxy("192.0.2.1", CLIENT_B).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        b"[1, 2, 3]",
        b'{"email": 12}',
        b'{"email": ["a@example.com"]}',
        b"{not json",
        b"[" * 100_000 + b"]" * 100_000,
        b'{"email": "' + b"a" * 70_000 + b'"}',
    ],
    ids=["array", "number", "list", "malformed", "deep", "oversized"],
)
def test_odd_login_bodies_never_break_the_limiter(make_app, body, caplog):
    client = make_app(RATELIMIT_LOGIN_ACCOUNT="2 per minute").test_client()
    for _ in range(3):
        response = client.post("/auth/login", data=body, content_type="application/json")
        assert 400 <= response.status_code < 500
        assert response.mimetype == "application/problem+json"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_dead_token_spends_its_senders_budget_not_its_former_owners(make_app, make_user):
    """The example from the field (issue 10): an admin revoked a user's sessions; 61
    requests with the old access token from another address left the user, signed in
    again from their own, answered 429 for a minute."""
    client = make_app(RATELIMIT_DEFAULT="5 per minute").test_client()
    user = make_user()
    old = {"Authorization": f"Bearer {login(client, user.email, ip=CLIENT_B).json['access_token']}"}
    client.post("/auth/logout", headers=old, environ_base={"REMOTE_ADDR": CLIENT_B})
    answers = [get(client, "/auth/me", ip=CLIENT_A, headers=old) for _ in range(7)]
    assert statuses(answers) == [401] * 5 + [429] * 2  # CLIENT_A's own budget
    fresh = login(client, user.email, ip=CLIENT_B).json["access_token"]
    again = get(client, "/auth/me", ip=CLIENT_B, headers={"Authorization": f"Bearer {fresh}"})
    assert again.status_code == 200


def test_a_verified_user_is_looked_up_once_per_request(connection, client, make_user):
    """The limiter checks the token as the endpoint does, and the endpoint reuses that check."""
    from sqlalchemy import event

    user = make_user()
    token = login(client, user.email).json["access_token"]
    statements = []

    def remember(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(connection, "before_cursor_execute", remember)
    try:
        me = get(client, "/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200
    finally:
        event.remove(connection, "before_cursor_execute", remember)
    assert len([s for s in statements if "auth_sessions" in s and "SELECT" in s]) == 1


def test_account_key_hashes_the_normalised_email(app):
    with app.test_request_context(json={"email": "  Someone@Example.com "}):
        key = account_key()
    for spelling in ("someone@example.com", "SOMEONE@EXAMPLE.COM"):
        with app.test_request_context(json={"email": spelling}):
            assert account_key() == key
    assert key.startswith("account:")
    assert "example" not in key  # no address in Redis


# --- storage: Redis shared by instances; Redis down ---------------------------------


def test_instances_sharing_redis_share_the_limits(make_app, redis_url, redis_prefix):
    settings = {
        "REDIS_URL": redis_url,
        "RATELIMIT_KEY_PREFIX": redis_prefix,
        "RATELIMIT_DEFAULT": "5 per minute",
    }
    first, second = make_app(**settings).test_client(), make_app(**settings).test_client()
    answers = [get(client) for _ in range(3) for client in (first, second)]
    assert statuses(answers) == [200] * 5 + [429]
    keys = redis.Redis.from_url(redis_url).keys(f"*{redis_prefix}*")
    assert keys
    assert all(CLIENT_A.encode() in key for key in keys)


def storage_errors(caplog):
    return [
        r
        for r in caplog.records
        if r.levelno == logging.ERROR and getattr(r, "event", "") == "ratelimit_storage_unavailable"
    ]


def test_redis_unreachable_falls_back_to_memory_limits_and_logs_an_error(make_app, caplog):
    client = make_app(
        REDIS_URL=f"redis://127.0.0.1:{free_port()}/0",
        RATELIMIT_DEFAULT="3 per minute",
        RATELIMIT_LOGIN="100 per minute",
    ).test_client()
    assert statuses([get(client) for _ in range(4)]) == [200, 200, 200, 429]
    assert storage_errors(caplog)


def test_redis_going_down_mid_run_keeps_limits_without_errors_to_clients(make_app, caplog):
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("redis-server is needed (apt-get install redis-server; .ci/run does it)")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _ in range(50):
            try:
                redis.Redis(port=port).ping()
                break
            except redis.exceptions.ConnectionError:
                time.sleep(0.1)
        client = make_app(REDIS_URL=f"redis://127.0.0.1:{port}/0", RATELIMIT_DEFAULT="3 per minute")
        client = client.test_client()
        assert statuses([get(client), get(client)]) == [200, 200]
        assert not storage_errors(caplog)
    finally:
        process.terminate()
        process.wait(timeout=10)
    # Redis is gone: the limits go on counting in memory (afresh), and nobody sees a 500.
    assert statuses([get(client) for _ in range(4)]) == [200, 200, 200, 429]
    assert storage_errors(caplog)


def test_production_refuses_several_workers_on_memory_storage():
    """Each worker would count alone: N workers, N times every limit (issue 10: only a warning)."""
    settings = Settings(
        _env_file=None,
        FLASK_ENV="production",
        JWT_SECRET_KEY="9f1c2e3d4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
        SECRET_KEY="0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
        DATABASE_URL="postgresql+psycopg://village@127.0.0.1/village",
        CORS_ORIGINS="https://admin.example.com",
        TRUSTED_PROXIES=1,
        PUBLIC_HOSTS="api.example.com",
        DASHBOARD_URL="https://admin.example.com",
        UPLOAD_DIR="/var/lib/village-management/uploads",
        WEB_CONCURRENCY=4,
    )
    with pytest.raises(UnsafeSettingsError, match="REDIS_URL: is not set while WEB_CONCURRENCY=4"):
        create_app(settings)
    create_app(settings.model_copy(update={"REDIS_URL": "redis://127.0.0.1:6379/0"}))


def test_a_bad_limit_setting_is_refused_at_start():
    with pytest.raises(ValueError, match="is not a rate limit"):
        Settings(_env_file=None, RATELIMIT_LOGIN="ten a minute")


def test_a_503_keeps_its_own_retry_after(database_url):
    """The limiter's headers must not stretch the database-outage Retry-After (5 s)."""
    app = create_app(
        make_settings(
            "postgresql+psycopg://nobody@127.0.0.1:9/none",
            DATABASE_CONNECT_TIMEOUT=1,
            RATELIMIT_LOGIN="5 per minute",
        )
    )
    response = app.test_client().post(
        "/auth/login", json={"email": "a@example.com", "password": "Whatever-1"}
    )
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    assert response.headers["X-RateLimit-Limit"] == "5"
    app.extensions["village.db"].engine.dispose()
