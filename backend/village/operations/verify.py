"""`flask --app village verify BASE_URL`: the checklist's post-deployment checks, over HTTP.

Everything goes through real HTTP against the live deployment: health, HTTPS
redirect, security headers, CORS preflights, the sign-up/sign-in flow with a
throwaway account, token refusals, the RBAC matrix (with throwaway accounts
of every role when an admin's credentials are given) and the checklist's
response-time budgets. Throwaway accounts are deleted again when an admin is
at hand; their passwords are random and never printed.
"""

from __future__ import annotations

import secrets
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

LOGIN_BUDGET = 2.0
PROTECTED_BUDGET = 1.0
USER_LIST_BUDGET = 3.0
HSTS_MIN_SECONDS = 15_552_000  # 180 days
UNKNOWN_ORIGIN = "https://verify-unknown-origin.example.com"
ROLES = ("super_admin", "village_admin", "accounting_admin", "resident")


@dataclass(frozen=True)
class Result:
    ok: bool | None  # None: a note, neither pass nor failure
    name: str
    detail: str = ""

    def __str__(self) -> str:
        mark = {True: "✔", False: "✘", None: "•"}[self.ok]
        return f"{mark} {self.name}" + (f": {self.detail}" if self.detail else "")


@dataclass
class Options:
    base_url: str
    http_url: str | None = None
    frontend_url: str | None = None
    origins: list[str] = field(default_factory=list)
    admin_email: str | None = None
    admin_password: str | None = None
    cacert: str | None = None
    insecure: bool = False
    timeout: float = 10.0


@dataclass
class Account:
    id: int
    email: str
    role: str
    token: str = ""
    refresh: str = ""


class Verifier:
    def __init__(self, options: Options) -> None:
        self.options = options
        self.base = options.base_url.rstrip("/")
        verify: Any = True
        if options.insecure:
            verify = False
        elif options.cacert:
            verify = ssl.create_default_context(cafile=options.cacert)
        self.http = httpx.Client(timeout=options.timeout, verify=verify, follow_redirects=False)
        self.results: list[Result] = []
        self.throwaways: list[Account] = []
        self.admin: Account | None = None

    # --- reporting -------------------------------------------------------------
    def check(self, ok: bool, name: str, detail: str = "") -> bool:
        self.results.append(Result(bool(ok), name, detail))
        return bool(ok)

    def note(self, name: str, detail: str = "") -> None:
        self.results.append(Result(None, name, detail))

    def within(self, response: httpx.Response, budget: float, name: str) -> None:
        seconds = response.elapsed.total_seconds()
        self.check(seconds < budget, f"{name} within {budget:g} s", f"{seconds * 1000:.0f} ms")

    @property
    def failed(self) -> bool:
        return any(r.ok is False for r in self.results)

    # --- HTTP --------------------------------------------------------------------
    def call(
        self, method: str, path: str, *, token: str | None = None, **kwargs: Any
    ) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}))
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return self.http.request(method, self.base + path, headers=headers, **kwargs)

    def run(self) -> list[Result]:
        steps = (
            self.health,
            self.frontend,
            self.https_redirect,
            self.foreign_host_not_redirected,
            self.security_headers,
            self.cors,
            self.auth_flow,
        )
        try:
            for step in steps:
                try:
                    step()
                except httpx.HTTPError as exc:
                    self.check(
                        False, step.__name__.replace("_", " "), f"{type(exc).__name__}: {exc}"
                    )
        finally:
            self.cleanup()
            self.http.close()
        return self.results

    # --- checks ---------------------------------------------------------------
    def health(self) -> None:
        response = self.call("GET", "/health")
        body = _json(response)
        self.check(
            response.status_code == 200, "GET /health answers 200", str(response.status_code)
        )
        expected = {"status": "healthy", "authentication": "JWT-enabled", "database": "connected"}
        for key, value in expected.items():
            self.check(body.get(key) == value, f"health {key} is {value}", str(body.get(key)))
        self.within(response, PROTECTED_BUDGET, "GET /health")

    def frontend(self) -> None:
        if not self.options.frontend_url:
            self.note("frontend not checked", "pass --frontend-url https://admin.your-domain.com")
            return
        url = self.options.frontend_url.rstrip("/")
        health = self.http.get(f"{url}/health")
        self.check(
            health.status_code == 200, "frontend /health answers 200", str(health.status_code)
        )
        page = self.http.get(f"{url}/")
        self.check(
            page.status_code == 200 and "text/html" in page.headers.get("content-type", ""),
            "frontend serves the dashboard's index.html",
            f"{page.status_code} {page.headers.get('content-type', '')}",
        )

    def https_redirect(self) -> None:
        parts = urlsplit(self.base)
        if parts.scheme != "https":
            self.check(False, "BASE_URL uses HTTPS", self.base)
            return
        http_url = self.options.http_url or urlunsplit(("http", parts.hostname or "", "", "", ""))
        response = self.http.get(f"{http_url.rstrip('/')}/health?probe=1")
        location = response.headers.get("location", "")
        self.check(
            response.status_code == 301
            and location.startswith("https://")
            and location.endswith("/health?probe=1"),
            "HTTP redirects to HTTPS with 301",
            f"{response.status_code} → {location or 'no Location'}",
        )

    def foreign_host_not_redirected(self) -> None:
        """A plain-HTTP request naming a host that is not ours gets no redirect to it."""
        parts = urlsplit(self.base)
        http_url = self.options.http_url or urlunsplit(("http", parts.hostname or "", "", "", ""))
        try:
            response = self.http.get(f"{http_url.rstrip('/')}/", headers={"Host": "evil.example"})
        except httpx.HTTPError:  # nginx closes such a connection unanswered (444)
            self.check(True, "HTTP for a foreign Host is not redirected", "connection closed")
            return
        location = response.headers.get("location", "")
        self.check(
            "evil.example" not in location,
            "HTTP for a foreign Host is not redirected",
            f"{response.status_code} → {location or 'no Location'}",
        )

    def security_headers(self) -> None:
        for path in ("/health", "/auth/me"):  # a success and an error response
            headers = self.call("GET", path).headers
            self.check(
                headers.get("x-content-type-options", "").lower() == "nosniff",
                f"X-Content-Type-Options on {path}",
                headers.get("x-content-type-options", "missing"),
            )
            self.check(
                headers.get("x-frame-options", "").upper() in ("DENY", "SAMEORIGIN"),
                f"X-Frame-Options on {path}",
                headers.get("x-frame-options", "missing"),
            )
            hsts = headers.get("strict-transport-security", "")
            self.check(
                _max_age(hsts) >= HSTS_MIN_SECONDS,
                f"Strict-Transport-Security on {path}",
                hsts or "missing",
            )
            for name in ("referrer-policy", "content-security-policy"):
                self.check(
                    bool(headers.get(name)),
                    f"{name.title()} on {path}",
                    headers.get(name, "missing"),
                )

    def cors(self) -> None:
        if not self.options.origins:
            self.check(False, "CORS origins to test", "none configured (CORS_ORIGINS or --origin)")
        for origin in self.options.origins:
            response = self._preflight(origin)
            allowed = response.headers.get("access-control-allow-origin")
            methods = response.headers.get("access-control-allow-methods", "").upper()
            self.check(
                response.status_code in (200, 204) and allowed == origin and "POST" in methods,
                f"CORS preflight from {origin}",
                f"{response.status_code}, allow-origin={allowed}, methods={methods or 'none'}",
            )
        stranger = self._preflight(UNKNOWN_ORIGIN).headers.get("access-control-allow-origin")
        self.check(stranger is None, "CORS refuses an unknown origin", f"allow-origin={stranger}")

    def _preflight(self, origin: str) -> httpx.Response:
        return self.call(
            "OPTIONS",
            "/auth/login",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type,authorization",
            },
        )

    def auth_flow(self) -> None:
        if self.options.admin_email and self.options.admin_password:
            self.admin = self.sign_in_admin()
        resident = self.register_throwaway()
        if resident is None:
            return
        self.token_refusals()
        self.rbac(resident)
        self.refresh_and_logout(resident)

    def sign_in_admin(self) -> Account | None:
        response = self.call(
            "POST",
            "/auth/login",
            json={"email": self.options.admin_email, "password": self.options.admin_password},
        )
        body = _json(response)
        if not self.check(response.status_code == 200, "admin signs in", str(response.status_code)):
            return None
        user = body.get("user", {})
        self.check(
            user.get("role") == "super_admin", "the admin is a super admin", str(user.get("role"))
        )
        return Account(
            user.get("id", 0), user.get("email", ""), user.get("role", ""), body["access_token"]
        )

    def register_throwaway(self) -> Account | None:
        email, password = _throwaway_email("resident"), _throwaway_password()
        response = self.call(
            "POST",
            "/auth/register",
            json={"email": email, "password": password, "full_name": "Verify Probe"},
        )
        body = _json(response)
        if response.status_code == 201:
            account = Account(body["id"], email, "resident")
            self.throwaways.append(account)
            self.check(body.get("role") == "resident", "registration creates a resident", "201")
            if body.get("status") == "pending" and self.admin:
                self.call(
                    "PATCH",
                    f"/api/v1/users/{account.id}",
                    token=self.admin.token,
                    json={"status": "active"},
                )
        elif response.status_code == 403 and self.admin:
            self.note("registration is closed", "the probe account is created by the admin")
            created = self.create_user("resident", password)
            if created is None:
                return None
            account = created
        else:
            self.check(False, "registration", f"{response.status_code} {body.get('detail', '')}")
            return None
        return self.sign_in(account, password, timed=True)

    def sign_in(self, account: Account, password: str, *, timed: bool = False) -> Account | None:
        response = self.call(
            "POST", "/auth/login", json={"email": account.email, "password": password}
        )
        body = _json(response)
        if not self.check(
            response.status_code == 200, f"{account.role} signs in", str(response.status_code)
        ):
            return None
        account.token = body["access_token"]
        if timed:
            self.within(response, LOGIN_BUDGET, "login")
            self.check(
                (body.get("token_type"), body.get("expires_in"), body.get("refresh_expires_in"))
                == ("bearer", 3600, 2_592_000),
                "tokens: bearer, 3600 s access, 2592000 s refresh",
                ", ".join(
                    str(body.get(k)) for k in ("token_type", "expires_in", "refresh_expires_in")
                ),
            )
            account.refresh = body.get("refresh_token") or ""
            me = self.call("GET", "/auth/me", token=account.token)
            self.check(
                me.status_code == 200 and _json(me).get("email") == account.email,
                "GET /auth/me returns the signed-in profile",
                str(me.status_code),
            )
            self.within(me, PROTECTED_BUDGET, "protected endpoint (GET /auth/me)")
            wrong = self.call(
                "POST", "/auth/login", json={"email": account.email, "password": password + "x"}
            )
            self.check(
                wrong.status_code == 401,
                "a wrong password is refused with 401",
                str(wrong.status_code),
            )
        return account

    def create_user(self, role: str, password: str | None = None) -> Account | None:
        if self.admin is None:
            return None
        email = _throwaway_email(role)
        response = self.call(
            "POST",
            "/api/v1/users",
            token=self.admin.token,
            json={
                "email": email,
                "password": password or _throwaway_password(),
                "full_name": "Verify Probe",
                "role": role,
            },
        )
        if not self.check(
            response.status_code == 201,
            f"admin creates a throwaway {role}",
            str(response.status_code),
        ):
            return None
        account = Account(_json(response)["id"], email, role)
        self.throwaways.append(account)
        return account

    def token_refusals(self) -> None:
        none = self.call("GET", "/auth/me")
        self.check(none.status_code == 401, "no token → 401", str(none.status_code))
        bad = self.call("GET", "/auth/me", token="invalid.token.value")  # noqa: S106
        self.check(
            bad.status_code == 401 and "invalid_token" in bad.headers.get("www-authenticate", ""),
            "an invalid token → 401 invalid_token",
            f"{bad.status_code} {bad.headers.get('www-authenticate', '')}",
        )

    def rbac(self, resident: Account) -> None:
        accounts: dict[str, Account] = {"resident": resident}
        if self.admin is None:
            self.note(
                "RBAC checked for residents only",
                "pass --admin-email and --admin-password-stdin for every role",
            )
        else:
            for role in ("village_admin", "accounting_admin"):
                password = _throwaway_password()
                made = self.create_user(role, password)
                if made and self.sign_in(made, password):
                    accounts[role] = made
            accounts["super_admin"] = self.admin  # last: it deletes the target
        target = self.create_user("resident") if self.admin else None
        for role, account in accounts.items():
            for method, path, expected, body in _matrix(role, target):
                response = self.call(method, path, token=account.token, json=body)
                if response.status_code == 201:
                    self.throwaways.append(
                        Account(_json(response)["id"], body["email"], "resident")
                    )
                self.check(
                    response.status_code == expected,
                    f"RBAC {role}: {method} {path} → {expected}",
                    str(response.status_code),
                )
                if role == "super_admin" and (method, path) == (
                    "GET",
                    "/api/v1/users?per_page=100",
                ):
                    self.within(response, USER_LIST_BUDGET, "user list")
        anonymous = self.call("GET", "/api/v1/users")
        self.check(
            anonymous.status_code == 401,
            "RBAC anonymous: GET /api/v1/users → 401",
            str(anonymous.status_code),
        )

    def refresh_and_logout(self, resident: Account) -> None:
        refreshed = self.call("POST", "/auth/refresh", json={"refresh_token": resident.refresh})
        self.check(
            refreshed.status_code == 200,
            "POST /auth/refresh rotates the tokens",
            str(refreshed.status_code),
        )
        token = _json(refreshed).get("access_token") or resident.token
        out = self.call("POST", "/auth/logout", token=token)
        self.check(out.status_code in (200, 204), "POST /auth/logout", str(out.status_code))
        after = self.call("GET", "/auth/me", token=token)
        self.check(
            after.status_code == 401, "a logged-out token is refused", str(after.status_code)
        )

    def cleanup(self) -> None:
        if not self.throwaways:
            return
        if self.admin is None:
            for account in self.throwaways:
                self.note(
                    "throwaway account left",
                    f"{account.email} (id {account.id}); delete it as an admin",
                )
            return
        gone = 0
        for account in self.throwaways:
            response = self.call("DELETE", f"/api/v1/users/{account.id}", token=self.admin.token)
            gone += response.status_code in (200, 204, 404)
        self.check(
            gone == len(self.throwaways),
            "throwaway accounts deleted",
            f"{gone} of {len(self.throwaways)}",
        )
        self.throwaways.clear()


def _matrix(role: str, target: Account | None) -> Iterator[tuple[str, str, int, Any]]:
    """(method, path, expected status, body) for one role, per the product's role table."""
    admin = role != "resident"
    writer = role in ("super_admin", "village_admin")
    yield "GET", "/auth/me", 200, None
    yield "GET", "/api/v1/users?per_page=100", 200 if admin else 403, None
    yield "GET", "/api/v1/users/stats", 200 if admin else 403, None
    yield "GET", "/api/v1/audit-events", 200 if role == "super_admin" else 403, None
    new = {
        "email": _throwaway_email("created"),
        "password": _throwaway_password(),
        "full_name": "Verify Probe",
    }
    yield "POST", "/api/v1/users", 201 if writer else 403, new
    if target is not None:
        yield (
            "PATCH",
            f"/api/v1/users/{target.id}",
            200 if writer else 403,
            {"full_name": "Verify Probe 2"},
        )
        yield "DELETE", f"/api/v1/users/{target.id}", 204 if role == "super_admin" else 403, None


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _max_age(hsts: str) -> int:
    for part in hsts.split(";"):
        name, _, value = part.strip().partition("=")
        if name.lower() == "max-age" and value.strip().isdigit():
            return int(value)
    return 0


def _throwaway_email(role: str) -> str:
    return f"verify-{role.replace('_', '-')}-{secrets.token_hex(4)}@example.com"


def _throwaway_password() -> str:
    return f"Vp-{secrets.token_urlsafe(18)}-7a"
