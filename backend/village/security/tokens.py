"""JWT issuing and checking, on top of Flask-JWT-Extended.

- HS256 only; the key is chosen by the header's `kid` from our own key ring
  (the current `JWT_SECRET_KEY` plus `JWT_PREVIOUS_SECRET_KEYS`), never taken
  from the token itself; `jku`/`jwk`/`x5u`/`x5c` headers are refused.
- Every token must carry all of REQUIRED_CLAIMS. Flask-JWT-Extended fills in a
  missing `type` or `jti` with defaults, so the check runs on the raw claims,
  before the signature is verified (it only ever refuses).
- Every refusal is a 401 problem response with
  `WWW-Authenticate: Bearer error="invalid_token"`, never the library's 422.
- `iat`, `nbf` and `exp` are checked with JWT_LEEWAY_SECONDS of slack (several
  instances' clocks differ a little); a token from the future beyond that is
  refused as not yet valid, not as tampered with.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flask import Flask, Response, current_app, g, has_request_context, request
from flask_jwt_extended import (
    JWTManager,
    create_access_token,
    create_refresh_token,
    set_refresh_cookies,
    unset_refresh_cookies,
)

from village.config import Settings
from village.database import utcnow
from village.errors import InvalidToken, NotAuthenticated, app_error_response
from village.observability import metrics

ALGORITHM = "HS256"
REQUIRED_CLAIMS = frozenset(
    {"sub", "role", "type", "jti", "sid", "iat", "nbf", "exp", "iss", "aud"}
)
FORBIDDEN_HEADERS = frozenset({"jku", "jwk", "x5u", "x5c", "crit"})

# Our tokens are under 1 KiB; anything far larger is refused before it is decoded.
MAX_TOKEN_LENGTH = 4096

REFRESH_COOKIE = "village_refresh"
CSRF_COOKIE = "village_csrf"
CSRF_HEADER = "X-CSRF-Token"


class _OnceARequestJWTManager(JWTManager):
    """Flask-JWT-Extended, decoding each token once per request however often it is asked.

    The rate limiter keys a request by its token's verified user before the view
    runs, and the view then verifies the same token; decoding costs ~0.3 ms
    (PyJWT checks the base64 in Python), so every API call would pay it twice.
    Only successful decodes are kept, and only for the request.
    """

    def _decode_jwt_from_config(
        self, encoded_token: str, csrf_value: str | None = None, allow_expired: bool = False
    ) -> dict[str, Any]:
        if not has_request_context():
            return super()._decode_jwt_from_config(encoded_token, csrf_value, allow_expired)
        decoded: dict[tuple[str, str | None, bool], dict[str, Any]] = g.setdefault(
            "_village_decoded_jwts", {}
        )
        key = (encoded_token, csrf_value, allow_expired)
        if key not in decoded:
            decoded[key] = super()._decode_jwt_from_config(encoded_token, csrf_value, allow_expired)
        return decoded[key]


jwt = _OnceARequestJWTManager()


def key_id(key: str) -> str:
    """A public id for a key: a SHA-256 prefix, which reveals nothing usable."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


class KeyRing:
    """The signing key and the previous keys that still verify."""

    def __init__(self, current: str, previous: list[str]) -> None:
        self.current_kid = key_id(current)
        self._current = current
        self._keys = {key_id(k): k for k in previous} | {self.current_kid: current}

    @property
    def signing_key(self) -> str:
        return self._current

    def verification_key(self, kid: object) -> str | None:
        return self._keys.get(kid) if isinstance(kid, str) else None


@dataclass(frozen=True)
class IssuedToken:
    token: str
    jti: str
    expires_at: datetime
    expires_in: int


def _ring() -> KeyRing:
    ring: KeyRing = current_app.extensions["village.keyring"]
    return ring


def issue_access_token(
    *, user_id: int, role: str, session_id: uuid.UUID, cap: datetime
) -> IssuedToken:
    """An access token for one session, never outliving the session itself."""
    lifetime = current_app.config["JWT_ACCESS_TOKEN_EXPIRES"]
    return _issue(create_access_token, user_id, role, session_id, min(utcnow() + lifetime, cap))


def issue_refresh_token(
    *, user_id: int, role: str, session_id: uuid.UUID, cap: datetime
) -> IssuedToken:
    """A refresh token; rotation never extends it past the session's absolute expiry."""
    lifetime = current_app.config["JWT_REFRESH_TOKEN_EXPIRES"]
    return _issue(create_refresh_token, user_id, role, session_id, min(utcnow() + lifetime, cap))


def _issue(
    create: Any, user_id: int, role: str, session_id: uuid.UUID, expires_at: datetime
) -> IssuedToken:
    jti = uuid.uuid4().hex
    lifetime = expires_at - utcnow()
    metrics.TOKENS_ISSUED.labels("access" if create is create_access_token else "refresh").inc()
    token = create(
        identity=str(user_id),
        additional_claims={"role": role, "sid": str(session_id), "jti": jti},
        additional_headers={"kid": _ring().current_kid},
        expires_delta=lifetime,
    )
    return IssuedToken(
        token=token, jti=jti, expires_at=expires_at, expires_in=round(lifetime.total_seconds())
    )


def _decode_key(header: dict[str, Any], claims: dict[str, Any]) -> str:
    if FORBIDDEN_HEADERS & header.keys():
        raise InvalidToken("The token header names an external key.", reason="bad_header")
    missing = REQUIRED_CLAIMS - claims.keys()
    if missing:
        raise InvalidToken(
            f"The token lacks required claims: {', '.join(sorted(missing))}.",
            reason="missing_claims",
        )
    if claims.get("type") not in ("access", "refresh"):
        raise InvalidToken("Unknown token type.", reason="bad_type")
    key = _ring().verification_key(header.get("kid"))
    if key is None:
        raise InvalidToken("The token was signed with an unknown key.", reason="unknown_key")
    return key


def set_refresh_cookie(response: Response, refresh: IssuedToken) -> None:
    """Put the refresh token in the HttpOnly cookie (and its CSRF twin) of `response`."""
    set_refresh_cookies(response, refresh.token, max_age=max(refresh.expires_in, 1))


def clear_refresh_cookie(response: Response) -> None:
    unset_refresh_cookies(response)


def _refused(detail: str, reason: str) -> Response:
    return app_error_response(InvalidToken(detail, reason=reason))


def _missing(message: str) -> Response:
    if "CSRF" in message:  # the refresh cookie came without its double-submit header
        return _refused(f"Send the {CSRF_COOKIE} cookie's value in {CSRF_HEADER}.", "csrf")
    return app_error_response(
        NotAuthenticated("Sign in and send the access token as 'Authorization: Bearer <token>'.")
    )


def _invalid(message: str) -> Response:
    if "not yet valid" in message:  # PyJWT's ImmatureSignatureError: iat or nbf ahead of us
        return _refused(
            "The token is not valid yet: it was issued in the future by this server's clock. "
            "Check the clocks of the servers (NTP); sign in again if it persists.",
            "not_yet_valid",
        )
    return _refused("The token is malformed, tampered with or of the wrong type.", "invalid")


def _expired(_header: dict[str, Any], _claims: dict[str, Any]) -> Response:
    return _refused("The token has expired.", "expired")


def _revoked(_header: dict[str, Any], _claims: dict[str, Any]) -> Response:
    return _refused("The token has been revoked.", "revoked")


def _refuse_oversized_token() -> None:
    if len(request.headers.get("Authorization", "")) > MAX_TOKEN_LENGTH + len("Bearer "):
        raise InvalidToken("The token is too large.", reason="oversized")


def init_app(app: Flask, settings: Settings) -> None:
    """Configure Flask-JWT-Extended from our settings and install our loaders."""
    ring = KeyRing(settings.jwt_signing_key(), settings.JWT_PREVIOUS_SECRET_KEYS)
    app.extensions["village.keyring"] = ring
    app.config.update(
        JWT_SECRET_KEY=ring.signing_key,
        JWT_ALGORITHM=ALGORITHM,
        JWT_DECODE_ALGORITHMS=[ALGORITHM],
        JWT_ACCESS_TOKEN_EXPIRES=timedelta(seconds=settings.JWT_ACCESS_TOKEN_EXPIRES),
        JWT_REFRESH_TOKEN_EXPIRES=timedelta(seconds=settings.JWT_REFRESH_TOKEN_EXPIRES),
        JWT_ENCODE_ISSUER=settings.JWT_ISSUER,
        JWT_DECODE_ISSUER=settings.JWT_ISSUER,
        JWT_ENCODE_AUDIENCE=settings.JWT_AUDIENCE,
        JWT_DECODE_AUDIENCE=settings.JWT_AUDIENCE,
        # Instances whose clocks differ by a few seconds accept each other's tokens.
        JWT_DECODE_LEEWAY=settings.JWT_LEEWAY_SECONDS,
        JWT_TOKEN_LOCATION=["headers"],
        JWT_IDENTITY_CLAIM="sub",
        # Browser sessions: the refresh token also travels in an HttpOnly cookie
        # scoped to /auth, guarded by a double-submit CSRF token that scripts
        # can read (cookie) and must echo (header).
        JWT_REFRESH_COOKIE_NAME=REFRESH_COOKIE,
        JWT_REFRESH_COOKIE_PATH="/auth",
        JWT_REFRESH_CSRF_COOKIE_NAME=CSRF_COOKIE,
        JWT_REFRESH_CSRF_COOKIE_PATH="/",
        JWT_REFRESH_CSRF_HEADER_NAME=CSRF_HEADER,
        JWT_COOKIE_CSRF_PROTECT=True,
        JWT_CSRF_IN_COOKIES=True,
        JWT_COOKIE_SECURE=settings.cookie_secure,
        JWT_COOKIE_SAMESITE=settings.SESSION_COOKIE_SAMESITE,
        JWT_COOKIE_DOMAIN=settings.SESSION_COOKIE_DOMAIN,
        JWT_SESSION_COOKIE=False,
    )
    app.before_request(_refuse_oversized_token)
    jwt.init_app(app)
    jwt.encode_key_loader(lambda _identity: _ring().signing_key)
    jwt.decode_key_loader(_decode_key)
    jwt.unauthorized_loader(_missing)
    jwt.invalid_token_loader(_invalid)
    jwt.expired_token_loader(_expired)
    jwt.revoked_token_loader(_revoked)
    jwt.user_lookup_error_loader(_revoked)
    jwt.token_verification_failed_loader(_revoked)
    jwt.needs_fresh_token_loader(_revoked)
