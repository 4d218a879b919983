"""`flask --app village verify BASE_URL`: the checklist's post-deployment checks, over HTTP.

Everything goes through real HTTP against the live deployment: health, HTTPS
redirect, security headers, CORS preflights, the sign-up/sign-in flow with a
throwaway account, token refusals, the RBAC matrix (with throwaway accounts
of every role when an admin's credentials are given) and the checklist's
response-time budgets. Throwaway accounts are deleted again when an admin is
at hand; their passwords are random and never printed.
"""

from __future__ import annotations

import httpx

from village.operations.verify.accounts import AccountChecks
from village.operations.verify.base import Options, Result
from village.operations.verify.transport import TransportChecks

__all__ = ["Options", "Result", "Verifier"]


class Verifier(TransportChecks, AccountChecks):
    """Every check group, run in the checklist's order."""

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
