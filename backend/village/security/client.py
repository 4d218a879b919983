"""Who is on the other end of the request, as far as audit and sessions care."""

from __future__ import annotations

from dataclasses import dataclass

from flask import has_request_context, request

MAX_USER_AGENT = 512


@dataclass(frozen=True)
class Client:
    ip: str | None = None
    user_agent: str | None = None


def current_client() -> Client:
    """The client of the current request (IP as resolved through trusted proxies)."""
    if not has_request_context():
        return Client()
    agent = request.user_agent.string or None
    return Client(ip=request.remote_addr, user_agent=agent[:MAX_USER_AGENT] if agent else None)
