"""The RBAC matrix: every role (and anonymous) against every protected endpoint."""

from __future__ import annotations

import pytest

from tests.factories import PASSWORD
from village.enums import Role

SA, VA, AA, R = "super_admin", "village_admin", "accounting_admin", "resident"
ANON = "anonymous"
ROLES = [SA, VA, AA, R]


def only(*roles: str, ok: int = 200) -> dict[str, int]:
    return {role: (ok if role in roles else 403) for role in ROLES} | {ANON: 401}


EVERYONE = only(*ROLES)
ADMINS = only(SA, VA, AA)
MANAGERS = only(SA, VA)

# (method, path, body, expected status per caller); {target} is a resident's id.
MATRIX = [
    ("GET", "/auth/me", None, EVERYONE),
    ("PATCH", "/auth/me", {"full_name": "New Name"}, EVERYONE),
    ("PUT", "/auth/me", {"full_name": "New Name"}, EVERYONE),
    (
        "POST",
        "/auth/change-password",
        {"current_password": PASSWORD, "new_password": "Another-Str0ng-pass"},
        only(*ROLES, ok=204),
    ),
    ("POST", "/auth/logout", None, only(*ROLES, ok=204)),
    ("GET", "/auth/sessions", None, EVERYONE),
    ("POST", "/auth/sessions/revoke-others", None, EVERYONE),
    ("DELETE", "/auth/sessions/{own_session}", None, only(*ROLES, ok=204)),
    ("GET", "/api/v1/audit-events", None, only(SA)),
    ("GET", "/api/v1/users", None, ADMINS),
    ("GET", "/api/v1/users/stats", None, ADMINS),
    ("GET", "/api/v1/users/{target}", None, ADMINS),
    (
        "POST",
        "/api/v1/users",
        {
            "email": "new.resident@example.com",
            "password": "Res1dent-pass",
            "full_name": "New Resident",
        },
        only(SA, VA, ok=201),
    ),
    ("PATCH", "/api/v1/users/{target}", {"full_name": "Renamed"}, MANAGERS),
    (
        "PUT",
        "/api/v1/users/{target}",
        {
            "email": "target@example.com",
            "full_name": "Renamed",
            "role": "resident",
            "status": "active",
        },
        MANAGERS,
    ),
    ("POST", "/api/v1/users/{target}/unlock", None, MANAGERS),
    ("POST", "/api/v1/users/{target}/reveal-national-id", None, MANAGERS),
    ("POST", "/api/v1/users/{target}/revoke-sessions", None, only(SA, ok=204)),
    ("DELETE", "/api/v1/users/{target}", None, only(SA, ok=204)),
    ("POST", "/api/v1/admin/revoke-all-sessions", None, only(SA)),
]
CASES = [
    pytest.param(method, path, body, caller, expected[caller], id=f"{caller}-{method}-{path}")
    for method, path, body, expected in MATRIX
    for caller in [*ROLES, ANON]
]


@pytest.mark.parametrize(("method", "path", "body", "caller", "expected"), CASES)
def test_rbac_matrix(client, login_as, make_user, method, path, body, caller, expected):
    target = make_user(role=Role.RESIDENT, email="target@example.com", national_id="1101700230708")
    signed_in = None if caller == ANON else login_as(caller)
    headers = signed_in.headers if signed_in else {}
    own_session = signed_in.session_id if signed_in else "00000000-0000-4000-8000-000000000000"
    url = path.format(target=target.id, own_session=own_session)
    response = client.open(url, method=method, json=body, headers=headers)
    assert response.status_code == expected, response.json
    if expected >= 400:
        assert response.mimetype == "application/problem+json"


def test_every_protected_endpoint_is_in_the_matrix(app):
    in_matrix = {
        (method, path.replace("{target}", "<id>").replace("{own_session}", "<sid>"))
        for method, path, _, _ in MATRIX
    }
    protected = set()
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        if getattr(view, "required_permission", None) is None:
            continue
        path = rule.rule.replace("<id:user_id>", "<id>")
        path = path.replace("<uuid:session_id>", "<sid>")
        protected |= {(method, path) for method in rule.methods - {"HEAD", "OPTIONS"}}
    assert protected == in_matrix


@pytest.mark.parametrize("caller", ROLES)
def test_denials_are_logged_with_user_and_permission(client, login_as, caller, caplog):
    headers = login_as(caller).headers
    client.delete("/api/v1/users/999999", headers=headers)
    if caller == SA:
        assert not [r for r in caplog.records if getattr(r, "event", None) == "access_denied"]
        return
    denial = next(r for r in caplog.records if getattr(r, "event", None) == "access_denied")
    assert denial.permission == "users:delete"
    assert denial.role == caller
    assert isinstance(denial.user_id, int)
