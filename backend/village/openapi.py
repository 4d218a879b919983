"""The OpenAPI document: security scheme, problem+json error schemas, servers.

APIFlask documents error responses as application/json; ours are
application/problem+json, so the spec processor moves every 4xx/5xx response
to that media type, keeping clients and schema checkers honest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from apiflask import APIFlask
from werkzeug.routing import BaseConverter

from village.errors import PROBLEM_JSON
from village.observability.logging import openapi_path
from village.security import ratelimit
from village.uploads import Upload, upload_of

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


MAX_ID = 2_147_483_647  # PostgreSQL `integer`
F = TypeVar("F", bound=Callable[..., Any])


def _up_to(limit: str) -> str:
    """A regex for the decimal numbers 1..limit, without leading zeros."""
    shorter = f"[1-9][0-9]{{0,{len(limit) - 2}}}"
    same_length = [
        f"{limit[:i]}[{'1' if i == 0 else '0'}-{int(digit) - 1}][0-9]{{{len(limit) - i - 1}}}"
        for i, digit in enumerate(limit)
        if int(digit) > (1 if i == 0 else 0)
    ]
    return "|".join([shorter, *same_length, limit])


class IdConverter(BaseConverter):
    """`<id:user_id>`: a database id, 1..2147483647, matched by the regex alone.

    Werkzeug's `int(min=1, max=...)` rejects out-of-range values after matching,
    and its router then answers 405 for every other method of the same path
    (PATCH /api/v1/users/0 → 405 with Allow: GET). A regex that only matches
    valid ids makes any other value a plain 404, and keeps too-large numbers
    away from the database.
    """

    regex = f"(?:{_up_to(str(MAX_ID))})"
    part_isolating = True

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: Any) -> str:
        return str(int(value))


ID_SCHEMA = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
# Every operation with a JSON body can answer these before its schema is applied.
BODY_ERRORS = {
    "400": "The body is not valid JSON",
    "413": "The body is larger than MAX_CONTENT_LENGTH",
    "415": "The body is not application/json",
}
# Every operation but the never-limited ones can answer 429.
NOT_RATE_LIMITED = ratelimit.EXEMPT_PATHS
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


def _problem(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/HTTPError"}}},
    }


FILE_RESPONSE = "village_file_response"


def file_response(*media_types: str) -> Callable[[F], F]:
    """Document that a view answers a file (a download) in one of `media_types`."""

    def mark(view: F) -> F:
        setattr(view, FILE_RESPONSE, media_types)
        return view

    return mark


def _file_content(media_types: tuple[str, ...]) -> dict[str, Any]:
    binary = {"schema": {"type": "string", "format": "binary"}}
    return dict.fromkeys(media_types, binary)


def _upload_body(upload: Upload) -> dict[str, Any]:
    form = upload.form or {}
    return {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": [upload.field, *form.get("required", [])],
                    "properties": {
                        upload.field: {
                            "type": "string",
                            "format": "binary",
                            "description": upload.description,
                        },
                        **form.get("properties", {}),
                    },
                }
            }
        },
    }


def _complete(url: str, operation: dict[str, Any], id_parameters: set[str]) -> None:
    """problem+json for every error; the errors any operation can give, documented."""
    responses = operation.get("responses", {})
    for status, response in responses.items():
        content = response.get("content", {})
        if str(status)[0] in "45" and "application/json" in content:
            response["content"] = {PROBLEM_JSON: content["application/json"]}
    if "requestBody" in operation:
        for status, description in BODY_ERRORS.items():
            responses.setdefault(status, _problem(description))
    if url not in NOT_RATE_LIMITED:
        responses.setdefault("429", RATE_LIMITED_RESPONSE)
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "path" and parameter["name"] in id_parameters:
            parameter["schema"] = dict(ID_SCHEMA)


def _file_operations(app: APIFlask) -> dict[tuple[str, str], tuple[str, ...]]:
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for rule in app.url_map.iter_rules():
        media_types = getattr(app.view_functions.get(rule.endpoint), FILE_RESPONSE, None)
        if media_types:
            for method in rule.methods or ():
                found[(openapi_path(rule.rule), method)] = media_types
    return found


def _upload_operations(app: APIFlask) -> dict[tuple[str, str], Upload]:
    """The operations that take a file (village.uploads), by OpenAPI path and method."""
    found: dict[tuple[str, str], Upload] = {}
    for rule in app.url_map.iter_rules():
        upload = upload_of(app.view_functions.get(rule.endpoint))
        if upload is not None:
            for method in rule.methods or ():
                found[(openapi_path(rule.rule), method)] = upload
    return found


def _id_parameters(app: APIFlask) -> dict[str, set[str]]:
    """Which path parameters use the `id` converter, by OpenAPI path template."""
    found: dict[str, set[str]] = {}
    for rule in app.url_map.iter_rules():
        names = set(re.findall(r"<id:(\w+)>", rule.rule))
        if names:
            found.setdefault(openapi_path(rule.rule), set()).update(names)
    return found


def _ref_rewriter(renames: dict[str, str]) -> Any:
    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(COMPONENTS):
                name = ref.removeprefix(COMPONENTS)
                if name in renames:
                    return {**node, "$ref": COMPONENTS + renames[name]}
            return {key: rewrite(value) for key, value in node.items()}
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        return node

    return rewrite


COMPONENTS = "#/components/schemas/"


def merge_nested_components(spec: dict[str, Any]) -> dict[str, Any]:
    """One component per shared type: `MeRead.Role`, `UserPage.Role`, ... become `Role`.

    APIFlask names a model's nested types after the model, so one enum appears
    under as many names as there are models using it, and generated clients get
    as many unrelated types. Identical copies are merged under the short name
    (and a model defined once under its own name absorbs its nested copies).
    """
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    by_short: dict[str, list[str]] = {}
    for name in schemas:
        by_short.setdefault(name.rsplit(".", 1)[-1], []).append(name)
    renames: dict[str, str] = {}
    for short, names in by_short.items():
        nested = [name for name in names if name != short]
        if not nested:
            continue
        bodies = [schemas[name] for name in names]
        if all(body == bodies[0] for body in bodies):
            renames.update(dict.fromkeys(nested, short))
    if not renames:
        return spec
    for old, new in renames.items():
        schemas[new] = schemas.pop(old)
    rewritten: dict[str, Any] = _ref_rewriter(renames)(spec)
    # Merged enums make their parents' copies identical in turn: repeat until none are left.
    return merge_nested_components(rewritten)


def _refs(node: Any) -> set[str]:
    """The component names a part of the document refers to, directly."""
    if isinstance(node, dict):
        found = (
            {node["$ref"].removeprefix(COMPONENTS)} if isinstance(node.get("$ref"), str) else set()
        )
        return found.union(*(_refs(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(item) for item in node))
    return set()


def _closure(names: set[str], schemas: dict[str, Any]) -> set[str]:
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return seen


def require_response_fields(spec: dict[str, Any]) -> dict[str, Any]:
    """Mark every property of a response-only component required, and every request
    body that has required fields required itself.

    A response always carries every field of its model (a default like
    `balance_satang = 0` included), but pydantic documents input defaults as optional,
    so generated clients would treat them as maybe missing. Components also used in a
    request body keep their input view.
    """
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    operations = [op for path in spec.get("paths", {}).values() for op in path.values()]
    in_responses = _closure(
        set().union(*(_refs(op.get("responses", {})) for op in operations)), schemas
    )
    in_requests = _closure(
        set().union(*(_refs(op.get("requestBody", {})) for op in operations)), schemas
    )
    for operation in operations:
        body = operation.get("requestBody", {})
        schema = body.get("content", {}).get("application/json", {}).get("schema", {})
        component = schemas.get(schema.get("$ref", "").removeprefix(COMPONENTS), schema)
        if component.get("required"):
            body["required"] = True  # a body with required fields cannot be left out
    for name in in_responses - in_requests:
        properties = schemas[name].get("properties")
        if properties and not name.startswith(("HTTPError", "ValidationError")):
            schemas[name]["required"] = list(properties)
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
        # No TAGS here: set, APIFlask would stop tagging operations by their blueprint
        # and list every one under "default". Each blueprint names its tag instead.
    )
    app.url_map.converters["id"] = IdConverter

    def process(spec: dict[str, Any] | str) -> dict[str, Any] | str:
        if isinstance(spec, str):  # only the JSON form is ever generated here
            return spec
        ids = _id_parameters(app)
        uploads = _upload_operations(app)
        downloads = _file_operations(app)
        for url, path in spec.get("paths", {}).items():
            for method, operation in path.items():
                media_types = downloads.get((url, method.upper()))
                if media_types:
                    ok = operation.setdefault("responses", {}).setdefault("200", {})
                    ok["content"] = _file_content(media_types)
                upload = uploads.get((url, method.upper()))
                if upload is not None:
                    operation["requestBody"] = _upload_body(upload)
                    responses = operation.setdefault("responses", {})
                    responses.setdefault(
                        "413", _problem("The file is larger than UPLOAD_MAX_BYTES")
                    )
                    responses.setdefault("415", _problem("The body is not multipart/form-data"))
                    # uploaded_file(): no file in the field; village.files: a damaged one.
                    responses.setdefault(
                        "422", _problem("No file in the field, or one that cannot be read")
                    )
                _complete(url, operation, ids.get(url, set()))
        return require_response_fields(merge_nested_components(spec))

    app.spec_processor(process)
