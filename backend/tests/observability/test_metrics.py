"""GET /metrics: who may read it, and that each metric moves when its event happens."""

from __future__ import annotations

import os
import time

import pytest
from apiflask import abort
from prometheus_client.parser import text_string_to_metric_families

from tests.factories import PASSWORD
from village.enums import Role

OUTSIDER = {"REMOTE_ADDR": "203.0.113.9"}
METRICS_TOKEN = "metrics-" + "9c8b7a6d5e4f" * 4


def scrape(client, **kwargs) -> dict[tuple[str, frozenset], float]:
    response = client.get("/metrics", **kwargs)
    assert response.status_code == 200, response.data
    assert response.content_type.startswith("text/plain")
    return parse(response.get_data(as_text=True))


def parse(text: str) -> dict[tuple[str, frozenset], float]:
    samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def value(samples, name, **labels) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def total(samples, name, **labels) -> float:
    """Sum over every series of `name` whose labels include `labels`."""
    wanted = set(labels.items())
    return sum(v for (n, lbl), v in samples.items() if n == name and wanted <= lbl)


def test_metrics_are_for_loopback_by_default_not_for_the_world(client):
    assert client.get("/metrics").status_code == 200
    refused = client.get("/metrics", environ_base=OUTSIDER)
    assert refused.status_code == 403
    assert refused.content_type == "application/problem+json"


def test_a_bearer_token_opens_metrics_to_a_remote_prometheus(make_app):
    client = make_app(METRICS_TOKEN=METRICS_TOKEN, METRICS_ALLOWED_IPS="10.0.0.0/8").test_client()
    good = {"Authorization": f"Bearer {METRICS_TOKEN}"}
    assert client.get("/metrics", headers=good, environ_base=OUTSIDER).status_code == 200
    wrong = {"Authorization": "Bearer " + "0" * len(METRICS_TOKEN)}
    assert client.get("/metrics", headers=wrong, environ_base=OUTSIDER).status_code == 403
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "10.1.2.3"}).status_code == 200
    assert client.get("/metrics").status_code == 403  # loopback is no longer listed


def test_metrics_can_be_switched_off(make_app):
    assert make_app(METRICS_ENABLED=False).test_client().get("/metrics").status_code == 404


def test_requests_are_counted_by_route_rule_and_status_with_latency(client, login_as):
    admin = login_as(Role.SUPER_ADMIN)
    before = scrape(client)
    client.get(f"/api/v1/users/{admin.user.id}", headers=admin.headers)
    client.get("/api/v1/users/999999", headers=admin.headers)
    client.get("/no/such/path")
    after = scrape(client)
    route = "/api/v1/users/{user_id}"
    for status in ("200", "404"):
        labels = {"method": "GET", "route": route, "status": status}
        assert (
            value(after, "village_http_requests_total", **labels)
            - value(before, "village_http_requests_total", **labels)
            == 1
        )
        count = "village_http_request_duration_seconds_count"
        assert value(after, count, **labels) - value(before, count, **labels) == 1
        inf = {**labels, "le": "+Inf"}
        assert value(after, "village_http_request_duration_seconds_bucket", **inf) >= 1
    unmatched = {"method": "GET", "route": "<unmatched>", "status": "404"}
    assert value(after, "village_http_requests_total", **unmatched) >= 1


def test_auth_events_are_counted(make_app, make_user):
    app = make_app(LOGIN_MAX_FAILED_ATTEMPTS=2)
    client = app.test_client()
    user = make_user()
    before = scrape(client)
    client.post("/auth/login", json={"email": user.email, "password": PASSWORD})
    client.post("/auth/login", json={"email": "nobody@village.example", "password": PASSWORD})
    for _ in range(2):
        client.post("/auth/login", json={"email": user.email, "password": "Wrong-Pass-123"})
    client.post("/auth/login", json={"email": user.email, "password": PASSWORD})  # locked now
    client.post(
        "/auth/register",
        json={"email": "new@village.example", "password": "Fresh-Start-2026", "full_name": "N"},
    )
    after = scrape(client)

    def delta(name, **labels):
        return total(after, name, **labels) - total(before, name, **labels)

    assert delta("village_login_attempts_total", result="success") == 1
    assert delta("village_login_attempts_total", result="unknown_email") == 1
    assert delta("village_login_attempts_total", result="bad_password") == 2
    assert delta("village_login_attempts_total", result="locked") == 1
    assert delta("village_account_lockouts_total") == 1
    assert delta("village_tokens_issued_total", type="access") == 1
    assert delta("village_tokens_issued_total", type="refresh") == 1
    assert delta("village_registrations_total", status="active") == 1


def test_refused_tokens_denials_and_refresh_reuse_are_counted(client, login_as):
    resident = login_as(Role.RESIDENT)
    before = scrape(client)
    client.get("/auth/me", headers={"Authorization": "Bearer not-a-jwt"})
    client.get("/auth/me")
    client.get("/api/v1/users", headers=resident.headers)
    refreshed = client.post("/auth/refresh", json={"refresh_token": resident.refresh_token})
    assert refreshed.status_code == 200
    after_rotation = scrape(client)
    assert (
        total(after_rotation, "village_access_denied_total", role="resident")
        - total(before, "village_access_denied_total", role="resident")
        == 1
    )
    assert (
        value(
            after_rotation, "village_access_denied_total", role="resident", permission="users:read"
        )
        >= 1
    )
    missing = {"reason": "missing"}
    assert (
        total(after_rotation, "village_token_refusals_total", **missing)
        - total(before, "village_token_refusals_total", **missing)
        == 1
    )
    assert (
        total(after_rotation, "village_token_refusals_total")
        - total(before, "village_token_refusals_total")
        == 2
    )


def test_a_replayed_refresh_token_is_counted(make_app, make_user):
    client = make_app(JWT_REFRESH_REUSE_GRACE_SECONDS=0).test_client()
    user = make_user()
    tokens = client.post("/auth/login", json={"email": user.email, "password": PASSWORD}).json
    before = scrape(client)
    assert (
        client.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]}).status_code
        == 200
    )
    replay = client.post("/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert replay.status_code == 401
    after = scrape(client)
    assert (
        total(after, "village_refresh_token_reuse_total")
        - total(before, "village_refresh_token_reuse_total")
        == 1
    )


def test_every_429_is_counted_as_a_rate_limit_hit(make_app):
    app = make_app()

    @app.get("/limited-for-test")
    def limited() -> None:
        """Answer 429 as a rate limiter does."""
        abort(429)

    client = app.test_client()
    before = scrape(client)
    assert client.get("/limited-for-test").status_code == 429
    after = scrape(client)
    labels = {"route": "/limited-for-test"}
    assert (
        value(after, "village_rate_limited_total", **labels)
        - value(before, "village_rate_limited_total", **labels)
        == 1
    )


def test_health_pool_process_and_backup_gauges(make_app, tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    done = backups / "village-20261101T000000Z.dump.sha256"
    done.write_text("x")
    two_hours_ago = time.time() - 7200
    os.utime(done, (two_hours_ago, two_hours_ago))
    client = make_app(BACKUP_DIR=str(backups)).test_client()
    samples = scrape(client)
    assert value(samples, "village_database_up") == 1
    assert value(samples, "village_db_health_check_seconds_count") >= 1
    assert value(samples, "village_db_pool_size") >= 0
    assert ("village_db_pool_checked_out", frozenset()) in samples
    assert value(samples, "village_process_resident_memory_bytes") > 10_000_000
    assert value(samples, "village_process_cpu_seconds_total") > 0
    assert value(samples, "village_backup_last_success_timestamp_seconds") == pytest.approx(
        two_hours_ago, abs=1
    )
    assert value(samples, "village_backup_age_seconds") == pytest.approx(7200, abs=30)


def test_no_backup_yet_is_an_infinite_age(make_app, tmp_path):
    samples = scrape(make_app(BACKUP_DIR=str(tmp_path / "none")).test_client())
    assert value(samples, "village_backup_age_seconds") == float("inf")
    assert value(samples, "village_backup_last_success_timestamp_seconds") == 0


def test_every_audited_event_is_also_a_log_line_and_a_metric(client, make_user, caplog):
    """One helper records the audit row, the log line and the metric together."""
    user = make_user()
    before = scrape(client)
    client.post("/auth/login", json={"email": user.email, "password": "Wrong-Pass-123"})
    client.post("/auth/login", json={"email": user.email, "password": PASSWORD})
    after = scrape(client)
    for action in ("login_failed", "login_succeeded"):
        name = "village_audit_events_total"
        assert value(after, name, action=action) - value(before, name, action=action) == 1
    lines = {r.event: r for r in caplog.records if r.name == "village.audit"}
    assert lines["login_failed"].levelname == "WARNING"
    assert lines["login_failed"].reason == "bad_password"
    assert lines["login_succeeded"].user_id == user.id
    assert not hasattr(lines["login_failed"], "identifier_hash")  # details stay in the trail
