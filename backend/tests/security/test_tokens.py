"""Tokens: claims, key ids, and every refusal answering 401 problem+json."""

from __future__ import annotations

import base64
import json
import time
import uuid

import jwt
import pytest

from tests.conftest import make_settings
from village.security.tokens import REQUIRED_CLAIMS, key_id


def decode_unverified(token: str) -> tuple[dict, dict]:
    return jwt.get_unverified_header(token), jwt.decode(token, options={"verify_signature": False})


def forge(
    app, claims: dict, *, key: str | None = None, headers: dict | None = None, algorithm="HS256"
) -> str:
    signing_key = key or app.extensions["village.keyring"].signing_key
    header = {"kid": key_id(signing_key), **(headers or {})}
    if header["kid"] is None:
        del header["kid"]
    token: str = jwt.encode(claims, signing_key, algorithm=algorithm, headers=header)
    if "kid" not in header:  # PyJWT would not drop a default; check it really is absent
        assert "kid" not in jwt.get_unverified_header(token)
    return token


def valid_claims(signed_in, **overrides) -> dict:
    _, claims = decode_unverified(signed_in.access_token)
    return {**claims, **overrides}


def assert_refused(response):
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.json["status"] == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_access_token_carries_every_required_claim(login_as):
    signed_in = login_as("resident")
    header, claims = decode_unverified(signed_in.access_token)
    assert claims.keys() >= REQUIRED_CLAIMS
    assert header["alg"] == "HS256"
    assert header["kid"] == key_id(make_settings("sqlite://").JWT_SECRET_KEY.get_secret_value())
    assert claims["type"] == "access"
    assert claims["role"] == "resident"
    assert claims["iss"] == "village-management"
    assert claims["aud"] == "village-management-api"
    assert claims["exp"] - claims["iat"] == 3600


def test_refresh_token_lives_30_days_and_names_the_same_session(login_as):
    signed_in = login_as("resident")
    _, access = decode_unverified(signed_in.access_token)
    _, refresh = decode_unverified(signed_in.refresh_token)
    assert refresh["type"] == "refresh"
    assert refresh["sid"] == access["sid"]
    assert refresh["jti"] != access["jti"]
    assert refresh["exp"] - refresh["iat"] == 2_592_000


@pytest.mark.parametrize("claim", sorted(REQUIRED_CLAIMS))
def test_a_token_missing_any_required_claim_is_refused(app, client, login_as, claim):
    signed_in = login_as("resident")
    claims = valid_claims(signed_in)
    del claims[claim]
    response = client.get("/auth/me", headers={"Authorization": f"Bearer {forge(app, claims)}"})
    assert_refused(response)


def test_a_refresh_token_is_not_an_access_token(client, login_as):
    signed_in = login_as("resident")
    response = client.get(
        "/auth/me", headers={"Authorization": f"Bearer {signed_in.refresh_token}"}
    )
    assert_refused(response)


def test_an_access_token_is_not_a_refresh_token(client, login_as):
    signed_in = login_as("resident")
    response = client.post("/auth/refresh", headers=signed_in.headers)
    assert_refused(response)


def test_signed_with_another_key(app, client, login_as):
    claims = valid_claims(login_as("resident"))
    other = "another-secret-key-that-is-long-enough-" + "9" * 20
    token = forge(
        app,
        claims,
        key=other,
        headers={"kid": key_id(app.extensions["village.keyring"].signing_key)},
    )
    assert_refused(client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}))


def test_alg_none_is_refused(app, client, login_as):
    claims = valid_claims(login_as("resident"))
    header = base64.urlsafe_b64encode(json.dumps({"alg": "none", "typ": "JWT"}).encode()).rstrip(
        b"="
    )
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=")
    token = f"{header.decode()}.{body.decode()}."
    assert_refused(client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}))


def test_other_algorithms_are_refused(app, client, login_as):
    token = forge(app, valid_claims(login_as("resident")), algorithm="HS512")
    assert_refused(client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}))


@pytest.mark.parametrize("kid", ["unknown", "../../etc/passwd", "", None])
def test_unknown_kid_is_refused(app, client, login_as, kid):
    token = forge(app, valid_claims(login_as("resident")), headers={"kid": kid})
    assert_refused(client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}))


@pytest.mark.parametrize("header", ["jku", "jwk", "x5u"])
def test_external_key_headers_are_refused(app, client, login_as, header):
    token = forge(
        app, valid_claims(login_as("resident")), headers={header: "https://evil.example/key"}
    )
    assert_refused(client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}))


@pytest.mark.parametrize(
    "override",
    [
        {"role": "super_admin"},
        {"sub": "999999"},
        {"sid": str(uuid.uuid4())},
        {"iss": "someone-else"},
        {"aud": "another-api"},
        {"exp": int(time.time()) - 10},
        {"nbf": int(time.time()) + 600},
        {"sub": "not-a-number"},
        {"sid": "not-a-uuid"},
        {"type": "weird"},
    ],
)
def test_tampered_or_invalid_claims_are_refused(app, client, login_as, override):
    token = forge(app, valid_claims(login_as("resident"), **override))
    assert_refused(client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}))


def test_a_tampered_payload_breaks_the_signature(client, login_as):
    signed_in = login_as("resident")
    header, _, signature = signed_in.access_token.split(".")
    claims = valid_claims(signed_in, role="super_admin")
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    assert_refused(
        client.get("/auth/me", headers={"Authorization": f"Bearer {header}.{body}.{signature}"})
    )


@pytest.mark.parametrize(
    "value",
    [
        "Bearer",
        "Bearer ",
        "Bearer a.b",
        "Bearer x.y.z",
        "Basic dXNlcjpwYXNz",
        "Bearer a b",
        "token",
    ],
)
def test_malformed_authorization_headers_answer_401(client, value):
    response = client.get("/auth/me", headers={"Authorization": value})
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"


def test_a_token_in_the_query_string_is_ignored(client, login_as):
    signed_in = login_as("resident")
    response = client.get(
        f"/auth/me?jwt={signed_in.access_token}&access_token={signed_in.access_token}"
    )
    assert response.status_code == 401


def test_missing_token_challenges_without_an_error_code(client):
    response = client.get("/auth/me")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == 'Bearer realm="village"'


def test_refused_token_says_invalid_token(client):
    response = client.get("/auth/me", headers={"Authorization": "Bearer x.y.z"})
    assert response.headers["WWW-Authenticate"] == 'Bearer error="invalid_token"'


def test_tokens_signed_with_a_previous_key_keep_working(make_app, login_as, client):
    old = login_as("resident")
    rotated = make_app(
        JWT_SECRET_KEY="a-brand-new-signing-key-" + "0f1e2d3c" * 5,
        JWT_PREVIOUS_SECRET_KEYS=make_settings("sqlite://").JWT_SECRET_KEY.get_secret_value(),
    )
    response = rotated.test_client().get("/auth/me", headers=old.headers)
    assert response.status_code == 200
    # ... and new tokens are signed with the new key.
    new_pair = rotated.test_client().post(
        "/auth/refresh", headers={"Authorization": f"Bearer {old.refresh_token}"}
    )
    assert (
        jwt.get_unverified_header(new_pair.json["access_token"])["kid"]
        == rotated.extensions["village.keyring"].current_kid
    )


def test_removing_the_old_key_signs_its_tokens_out(make_app, login_as):
    old = login_as("resident")
    rotated = make_app(JWT_SECRET_KEY="a-brand-new-signing-key-" + "0f1e2d3c" * 5)
    assert rotated.test_client().get("/auth/me", headers=old.headers).status_code == 401
