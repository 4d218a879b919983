"""Checks of the way in: health, the dashboard, HTTPS, headers and CORS."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import httpx

from village.operations.verify.base import (
    HSTS_MIN_SECONDS,
    PROTECTED_BUDGET,
    UNKNOWN_ORIGIN,
    VerifierBase,
    hsts_max_age,
    json_body,
)


class TransportChecks(VerifierBase):
    def health(self) -> None:
        response = self.call("GET", "/health")
        body = json_body(response)
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
                hsts_max_age(hsts) >= HSTS_MIN_SECONDS,
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
