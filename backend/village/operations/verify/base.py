"""The verifier's plumbing: options, results, the HTTP client, reporting and clean-up."""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from typing import Any

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


class VerifierBase:
    """Reporting, HTTP and clean-up; the check groups (transport, accounts) build on it."""

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


def json_body(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def hsts_max_age(hsts: str) -> int:
    for part in hsts.split(";"):
        name, _, value = part.strip().partition("=")
        if name.lower() == "max-age" and value.strip().isdigit():
            return int(value)
    return 0
