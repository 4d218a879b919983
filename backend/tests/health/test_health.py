"""GET /health."""

from __future__ import annotations


def test_healthy(client):
    response = client.get("/health")
    assert response.status_code == 200
    body = response.json
    assert body["status"] == "healthy"
    assert body["authentication"] == "JWT-enabled"
    assert body["database"] == "connected"
    assert body["version"]
    assert body["started_at"].endswith("+00:00")


def test_the_body_keeps_one_length(client):
    # Load tools such as ab count a body of another length as a failed request.
    assert len({len(client.get("/health").data) for _ in range(20)}) == 1


def test_no_secrets_in_health(client, app):
    text = client.get("/health").get_data(as_text=True)
    assert app.extensions["village.keyring"].signing_key not in text
    assert "postgresql" not in text and "sqlite" not in text


def test_unhealthy_when_the_database_is_unreachable(make_app):
    app = make_app(
        DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:9/none", DATABASE_CONNECT_TIMEOUT=1
    )
    response = app.test_client().get("/health")
    assert response.status_code == 503
    assert response.json["status"] == "unhealthy"
    assert response.json["database"] == "disconnected"


def test_the_database_check_is_remembered_for_a_second(make_app, monkeypatch):
    from village.health import service

    app = make_app()
    calls = []
    real = service._check_database
    monkeypatch.setattr(service, "_check_database", lambda: calls.append(1) or real())
    client = app.test_client()
    for _ in range(5):
        assert client.get("/health").status_code == 200
    assert len(calls) == 1
    monkeypatch.setattr(service, "CHECK_TTL_SECONDS", 0.0)
    client.get("/health")
    assert len(calls) == 2
