"""Tokens: claims, key ids, and every refusal answering 401 problem+json."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
import warnings

import jwt
import pytest
import time_machine

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
    with warnings.catch_warnings():
        # An attacker relabelling to HS512 signs with the app's key, however short for HS512.
        warnings.simplefilter("ignore", jwt.warnings.InsecureKeyLengthWarning)
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


# Each override is made when the test runs, not when it is collected: a long suite would
# otherwise reach a "not before, 10 minutes from now" before the test that uses it.
@pytest.mark.parametrize(
    "override",
    [
        lambda: {"role": "super_admin"},
        lambda: {"sub": "999999"},
        lambda: {"sid": str(uuid.uuid4())},
        lambda: {"iss": "someone-else"},
        lambda: {"aud": "another-api"},
        lambda: {"exp": int(time.time()) - 10},
        lambda: {"nbf": int(time.time()) + 600},
        lambda: {"sub": "not-a-number"},
        lambda: {"sid": "not-a-uuid"},
        lambda: {"type": "weird"},
    ],
    ids=["role", "sub", "sid", "iss", "aud", "exp", "nbf", "sub-text", "sid-text", "type"],
)
def test_tampered_or_invalid_claims_are_refused(app, client, login_as, override):
    token = forge(app, valid_claims(login_as("resident"), **override()))
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


# --- The attack table: every way of forging, bending or smuggling a token is a 401 ----------


def b64(data: bytes | dict) -> str:
    raw = json.dumps(data).encode() if isinstance(data, dict) else data
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def hand_made(header: dict, claims: dict, signature: bytes = b"") -> str:
    return f"{b64(header)}.{b64(claims)}.{b64(signature) if signature else ''}"


def resigned(app, claims: dict, header: dict, hash_name: str = "sha256") -> str:
    """A token whose header says one thing, signed with the right key by `hash_name`."""
    key = app.extensions["village.keyring"].signing_key.encode()
    signing_input = f"{b64(header)}.{b64(claims)}"
    digest = hmac.new(key, signing_input.encode(), getattr(hashlib, hash_name)).digest()
    return f"{signing_input}.{b64(digest)}"


def kid_header(app) -> dict:
    return {"alg": "HS256", "typ": "JWT", "kid": app.extensions["village.keyring"].current_kid}


def now() -> int:
    return int(time.time())


ATTACKS = {
    # alg none, in any letter case, with or without a signature part
    **{
        f"alg-{alg}": lambda app, c, alg=alg: hand_made({"alg": alg, "typ": "JWT"}, c)
        for alg in ("none", "None", "NONE", "nOnE")
    },
    "alg-none-with-kid": lambda app, c: hand_made({**kid_header(app), "alg": "none"}, c),
    "alg-none-garbage-signature": lambda app, c: hand_made({"alg": "none"}, c, b"not-a-signature"),
    # algorithm relabelling and confusion
    "hs512-signed-and-labelled": lambda app, c: forge(app, c, algorithm="HS512"),
    "hs512-signed-labelled-hs256": lambda app, c: resigned(app, c, kid_header(app), "sha512"),
    "hs384-labelled": lambda app, c: resigned(app, c, {**kid_header(app), "alg": "HS384"}),
    "rs256-labelled": lambda app, c: resigned(app, c, {**kid_header(app), "alg": "RS256"}),
    "es256-labelled": lambda app, c: resigned(app, c, {**kid_header(app), "alg": "ES256"}),
    "lowercase-hs256": lambda app, c: resigned(app, c, {**kid_header(app), "alg": "hs256"}),
    # keys
    "wrong-key-right-kid": lambda app, c: forge(
        app, c, key="x" * 64, headers={"kid": kid_header(app)["kid"]}
    ),
    "empty-key": lambda app, c: resigned_with(c, kid_header(app), b""),
    "unknown-kid": lambda app, c: forge(app, c, headers={"kid": "0123456789abcdef"}),
    "path-kid": lambda app, c: forge(app, c, headers={"kid": "../../../../dev/null"}),
    "sql-kid": lambda app, c: forge(app, c, headers={"kid": "x' OR '1'='1"}),
    "url-kid": lambda app, c: forge(app, c, headers={"kid": "https://evil.example/key"}),
    "number-kid": lambda app, c: resigned(app, c, {**kid_header(app), "kid": 1}),
    "list-kid": lambda app, c: resigned(app, c, {**kid_header(app), "kid": [c["sid"]]}),
    "huge-kid": lambda app, c: forge(app, c, headers={"kid": "k" * 10_000}),
    **{
        f"{name}-header": lambda app, c, name=name: forge(
            app, c, headers={name: "https://evil.example/jwks.json"}
        )
        for name in ("jku", "x5u")
    },
    "jwk-header": lambda app, c: forge(
        app, c, headers={"jwk": {"kty": "oct", "k": b64(b"attacker-key")}}
    ),
    "x5c-header": lambda app, c: forge(app, c, headers={"x5c": ["MIIB..."]}),
    "crit-header": lambda app, c: forge(app, c, headers={"crit": ["exp"]}),
    # signature and structure
    "stripped-signature": lambda app, c: forge(app, c).rsplit(".", 1)[0] + ".",
    "no-signature-part": lambda app, c: forge(app, c).rsplit(".", 1)[0],
    "signature-of-another-token": lambda app, c: (
        forge(app, {**c, "role": "super_admin"}).rsplit(".", 1)[0]
        + "."
        + forge(app, c).rsplit(".", 1)[1]
    ),
    "four-parts": lambda app, c: forge(app, c) + ".extra",
    "not-base64": lambda app, c: "!!!.@@@.###",
    "header-not-json": lambda app, c: f"{b64(b'not json')}.{b64(c)}.",
    "claims-not-json": lambda app, c: f"{b64(kid_header(app))}.{b64(b'[1,2')}.",
    "claims-a-list": lambda app, c: resigned_with(
        [c], kid_header(app), app.extensions["village.keyring"].signing_key.encode()
    ),
    # claims
    "tampered-role": lambda app, c: forge(app, {**c, "role": "super_admin"}),
    # another real user's id, correctly signed: the session belongs to someone else
    "tampered-sub": lambda app, c: forge(app, {**c, "sub": str(int(c["sub"]) - 1)}),
    "expired": lambda app, c: forge(app, {**c, "exp": now() - 6}),  # past the 5 s leeway
    "expired-long-ago": lambda app, c: forge(app, {**c, "iat": 1, "nbf": 1, "exp": 2}),
    "not-yet-valid": lambda app, c: forge(app, {**c, "nbf": now() + 3600}),
    "issued-in-the-future": lambda app, c: forge(app, {**c, "iat": now() + 3600}),
    "exp-a-string": lambda app, c: forge(app, {**c, "exp": "tomorrow"}),
    "wrong-issuer": lambda app, c: forge(app, {**c, "iss": "evil"}),
    "audience-list-without-ours": lambda app, c: forge(app, {**c, "aud": ["other-api"]}),
    "type-refresh-relabelled": lambda app, c: forge(app, {**c, "type": "Access"}),
    "no-claims": lambda app, c: forge(app, {}),
    **{
        f"missing-{claim}": lambda app, c, claim=claim: forge(
            app, {k: v for k, v in c.items() if k != claim}
        )
        for claim in sorted(REQUIRED_CLAIMS)
    },
    # size
    "100kB-token": lambda app, c: forge(app, {**c, "pad": "A" * 100_000}),
    "100kB-garbage": lambda app, c: "e" * 100_000,
}


def resigned_with(claims, header: dict, key: bytes) -> str:
    signing_input = f"{b64(header)}.{b64(json.dumps(claims).encode())}"
    digest = hmac.new(key, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(digest)}"


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_the_attack_table_all_answer_401(app, client, login_as, make_user, attack):
    make_user()  # someone else to impersonate
    signed_in = login_as("resident")
    token = ATTACKS[attack](app, valid_claims(signed_in))
    assert token != signed_in.access_token
    for response in (
        client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}),
        client.get("/api/v1/users", headers={"Authorization": f"Bearer {token}"}),
        client.post("/auth/refresh", headers={"Authorization": f"Bearer {token}"}),
    ):
        assert_refused(response)
    # The genuine token still works: the refusals were about the forgery alone.
    assert client.get("/auth/me", headers=signed_in.headers).status_code == 200


def test_the_table_controls_are_accepted(app, client, login_as):
    """The builders are sound: an unmodified claim set signed the same ways passes."""
    signed_in = login_as("resident")
    claims = valid_claims(signed_in)
    for token in (forge(app, claims), resigned(app, claims, kid_header(app))):
        response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200


def test_a_real_token_expires_after_its_hour_and_the_clock_leeway(client, login_as):
    signed_in = login_as("resident")
    with time_machine.travel(time.time() + 3603, tick=False):  # within the 5 s leeway
        assert client.get("/auth/me", headers=signed_in.headers).status_code == 200
    with time_machine.travel(time.time() + 3606, tick=False):
        response = client.get("/auth/me", headers=signed_in.headers)
    assert_refused(response)
    assert response.json["detail"] == "The token has expired."


def test_a_token_from_a_server_a_few_seconds_ahead_is_accepted(app, client, login_as):
    """Several instances' clocks differ a little: a token another instance issued
    three seconds 'in the future' works (JWT_LEEWAY_SECONDS, default 5)."""
    claims = valid_claims(login_as("resident"), iat=now() + 3, nbf=now() + 3)
    response = client.get("/auth/me", headers={"Authorization": f"Bearer {forge(app, claims)}"})
    assert response.status_code == 200


@pytest.mark.parametrize("claim", ["iat", "nbf"])
def test_a_token_from_the_future_is_reported_as_not_yet_valid(app, client, login_as, claim):
    claims = valid_claims(login_as("resident"), **{claim: now() + 60})
    response = client.get("/auth/me", headers={"Authorization": f"Bearer {forge(app, claims)}"})
    assert_refused(response)
    assert response.json["detail"].startswith("The token is not valid yet")
    assert "tampered" not in response.json["detail"]


@pytest.mark.parametrize(
    "where",
    [
        "query-jwt",
        "query-access_token",
        "query-token",
        "query-refresh",
        "form-body",
        "json-body",
        "default-cookie",
    ],
)
def test_tokens_outside_the_authorization_header_are_ignored(client, login_as, where):
    signed_in = login_as("resident")
    token = signed_in.access_token
    if where.startswith("query-refresh"):
        response = client.post(f"/auth/refresh?refresh_token={signed_in.refresh_token}")
    elif where.startswith("query-"):
        response = client.get(f"/auth/me?{where.removeprefix('query-')}={token}")
    elif where == "form-body":
        response = client.post("/auth/logout", data={"access_token": token})
    elif where == "json-body":
        response = client.post("/auth/logout", json={"access_token": token})
    else:
        client.set_cookie("access_token_cookie", token)
        response = client.get("/auth/me")
    # 415: logout reads only a JSON body (where only a refresh token is looked for).
    assert response.status_code == (415 if where == "form-body" else 401)
    assert client.get("/auth/me", headers=signed_in.headers).status_code == 200


def test_a_request_decodes_its_token_once(client, login_as, monkeypatch):
    """The rate limiter keys the request by the token's user before the view verifies
    the same token; the work is shared, not done twice on every API call."""
    from flask_jwt_extended import JWTManager

    signed_in = login_as("village_admin")
    decoded: list[str] = []
    real = JWTManager._decode_jwt_from_config

    def counting(self, encoded_token, *args, **kwargs):
        decoded.append(encoded_token)
        return real(self, encoded_token, *args, **kwargs)

    monkeypatch.setattr(JWTManager, "_decode_jwt_from_config", counting)
    assert client.application.extensions["village.limiter"].enabled
    assert client.get("/api/v1/users", headers=signed_in.headers).status_code == 200
    assert decoded == [signed_in.access_token]
    # Each request decodes afresh: nothing outlives the request that decoded it.
    assert client.get("/auth/me", headers=signed_in.headers).status_code == 200
    assert decoded == [signed_in.access_token] * 2
