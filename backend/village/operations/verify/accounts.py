"""Checks of accounts: sign-up and sign-in, token refusals, the RBAC matrix, refresh, logout."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

from village.operations.verify.base import (
    LOGIN_BUDGET,
    PROTECTED_BUDGET,
    USER_LIST_BUDGET,
    Account,
    VerifierBase,
    json_body,
)


class AccountChecks(VerifierBase):
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
        body = json_body(response)
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
        body = json_body(response)
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
        body = json_body(response)
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
                me.status_code == 200 and json_body(me).get("email") == account.email,
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
        """A throwaway account made by the admin, without a password; with `password`, set
        through a one-time set-password link, as a new resident sets theirs."""
        if self.admin is None:
            return None
        email = _throwaway_email(role)
        response = self.call(
            "POST",
            "/api/v1/users",
            token=self.admin.token,
            json={"email": email, "full_name": "Verify Probe", "role": role},
        )
        if not self.check(
            response.status_code == 201,
            f"admin creates a throwaway {role}",
            str(response.status_code),
        ):
            return None
        account = Account(json_body(response)["id"], email, role)
        self.throwaways.append(account)
        if password is not None and not self.set_password_by_link(account, password):
            return None
        return account

    def set_password_by_link(self, account: Account, password: str) -> bool:
        assert self.admin is not None  # noqa: S101 - only called with an admin at hand
        link = self.call(
            "POST", f"/api/v1/users/{account.id}/set-password-link", token=self.admin.token
        )
        token = json_body(link).get("token", "")
        used = self.call(
            "POST", "/auth/set-password", json={"token": token, "new_password": password}
        )
        return self.check(
            link.status_code == 201 and used.status_code == 204,
            f"a set-password link gives the {account.role} a password",
            f"{link.status_code}, {used.status_code}",
        )

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
                        Account(json_body(response)["id"], body["email"], "resident")
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
        token = json_body(refreshed).get("access_token") or resident.token
        out = self.call("POST", "/auth/logout", token=token)
        self.check(out.status_code in (200, 204), "POST /auth/logout", str(out.status_code))
        after = self.call("GET", "/auth/me", token=token)
        self.check(
            after.status_code == 401, "a logged-out token is refused", str(after.status_code)
        )


def _matrix(role: str, target: Account | None) -> Iterator[tuple[str, str, int, Any]]:
    """(method, path, expected status, body) for one role, per the product's role table."""
    admin = role != "resident"
    writer = role in ("super_admin", "village_admin")  # of residents (village.md, "Accounts")
    yield "GET", "/auth/me", 200, None
    yield "GET", "/api/v1/users?per_page=100", 200 if admin else 403, None
    yield "GET", "/api/v1/users/stats", 200 if admin else 403, None
    yield "GET", "/api/v1/audit-events", 200 if role == "super_admin" else 403, None
    new = {"email": _throwaway_email("created"), "full_name": "Verify Probe"}
    yield "POST", "/api/v1/users", 201 if writer else 403, new
    if target is not None:
        yield (
            "PATCH",
            f"/api/v1/users/{target.id}",
            200 if writer else 403,
            {"full_name": "Verify Probe 2"},
        )
        yield "DELETE", f"/api/v1/users/{target.id}", 204 if role == "super_admin" else 403, None


def _throwaway_email(role: str) -> str:
    return f"verify-{role.replace('_', '-')}-{secrets.token_hex(4)}@example.com"


def _throwaway_password() -> str:
    return f"Vp-{secrets.token_urlsafe(18)}-7a"
