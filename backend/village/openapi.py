"""The OpenAPI document: security scheme, problem+json error schemas, servers.

APIFlask documents error responses as application/json; ours are
application/problem+json, so the spec processor moves every 4xx/5xx response
to that media type, keeping clients and schema checkers honest.
"""

from __future__ import annotations

from typing import Any

from apiflask import APIFlask

from village.errors import PROBLEM_JSON

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "description": "A URI naming the problem type"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "request_id": {"type": "string", "description": "Quote it when reporting a 5xx"},
    },
}
VALIDATION_PROBLEM_SCHEMA: dict[str, Any] = {
    **PROBLEM_SCHEMA,
    "required": [*PROBLEM_SCHEMA["required"], "errors"],
    "properties": {
        **PROBLEM_SCHEMA["properties"],
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field", "message", "code"],
                "properties": {
                    "field": {"type": "string"},
                    "message": {"type": "string"},
                    "code": {"type": "string"},
                },
            },
        },
    },
}
DESCRIPTION = """The API of the Village Management System.

Sign in with `POST /auth/login`, then send `Authorization: Bearer <access_token>`.
Every error is `application/problem+json` (RFC 9457)."""


# Every operation but the never-limited ones can answer 429 (village.security.ratelimit).
NOT_RATE_LIMITED = frozenset({"/health", "/metrics"})
RATE_LIMITED_RESPONSE: dict[str, Any] = {
    "description": "Too many requests: wait Retry-After seconds",
    "headers": {
        "Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}},
        "X-RateLimit-Limit": {"schema": {"type": "integer"}},
        "X-RateLimit-Remaining": {"schema": {"type": "integer"}},
        "X-RateLimit-Reset": {"description": "Unix time", "schema": {"type": "integer"}},
    },
    "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/HTTPError"}}},
}


def _problem_content(spec: dict[str, Any] | str) -> dict[str, Any] | str:
    if isinstance(spec, str):  # only the JSON form is ever generated here
        return spec
    for url, path in spec.get("paths", {}).items():
        for operation in path.values():
            responses = operation.get("responses", {})
            for status, response in responses.items():
                content = response.get("content", {})
                if str(status)[0] in "45" and "application/json" in content:
                    response["content"] = {PROBLEM_JSON: content["application/json"]}
            if url not in NOT_RATE_LIMITED:
                responses.setdefault("429", RATE_LIMITED_RESPONSE)
    return spec


def init_app(app: APIFlask) -> None:
    app.config.update(
        DESCRIPTION=DESCRIPTION,
        SECURITY_SCHEMES={
            "BearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
        },
        HTTP_ERROR_SCHEMA=PROBLEM_SCHEMA,
        VALIDATION_ERROR_SCHEMA=VALIDATION_PROBLEM_SCHEMA,
        AUTO_SERVERS=False,
        TAGS=[
            {"name": "Health", "description": "Liveness and database reachability"},
            {"name": "Authentication", "description": "Accounts, tokens and sessions"},
            {"name": "Users", "description": "User management for estate staff"},
            {"name": "Audit", "description": "Who did what, when and from where"},
            {"name": "Administration", "description": "Incident response: forced logout"},
        ],
    )
    app.spec_processor(_problem_content)
