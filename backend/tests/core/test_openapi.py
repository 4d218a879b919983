"""The OpenAPI document and the offline docs UI."""

from __future__ import annotations

import re


def spec(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.json


def test_every_route_is_documented(app, client):
    paths = spec(client)["paths"]
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith(
            ("openapi.", "apidocs.", "static", "web.")
        ):  # web: the dashboard
            continue
        path = re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule)
        assert path in paths, path


def test_protected_operations_declare_bearer_security_and_their_errors(client):
    document = spec(client)
    assert document["components"]["securitySchemes"]["BearerAuth"]["scheme"] == "bearer"
    users = document["paths"]["/api/v1/users"]["get"]
    assert users["security"] == [{"BearerAuth": []}]
    assert {"401", "403", "422"} <= users["responses"].keys()
    assert "application/problem+json" in users["responses"]["401"]["content"]
    assert "application/json" not in users["responses"]["403"]["content"]


def test_operations_have_summaries_from_docstrings(client):
    for path, operations in spec(client)["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), f"{method.upper()} {path}"


def test_the_public_schemas_never_mention_password_hashes(client):
    text = client.get("/api/openapi.json").get_data(as_text=True)
    assert "password_hash" not in text


def test_docs_ui_works_offline(client):
    page = client.get("/api/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "http://" not in html and "https://" not in html
    for asset in re.findall(r'(?:src|href)="([^"]+)"', html):
        response = client.get(asset)
        assert response.status_code == 200, asset
        assert len(response.data) > 100


def test_every_operation_is_filed_under_a_described_tag(client):
    """Issue 10: the docs listed every operation under "default" beside empty sections."""
    spec = client.get("/api/openapi.json").json
    described = {tag["name"]: tag.get("description") for tag in spec["tags"]}
    used = set()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert operation.get("tags"), f"{method.upper()} {path} has no tag"
            used.update(operation["tags"])
    assert used <= set(described) | {"Operations"}
    assert set(described) <= used, "a tag section with no operation in it"
    assert all(described.values())


def test_shared_types_are_single_named_components(client):
    """Clients get one Role, one Permission ... not one copy per model that uses it."""
    from village.audit.actions import AuditAction
    from village.enums import Permission, Role, UserStatus

    schemas = client.get("/api/openapi.json").json["components"]["schemas"]
    for enum in (Role, Permission, UserStatus, AuditAction):
        assert schemas[enum.__name__]["enum"] == [member.value for member in enum]
    assert not [name for name in schemas if "." in name]


def test_responses_promise_every_field_and_bodies_with_required_fields_are_required(client):
    # Generated clients read "optional" literally: a response always carries every field
    # (balance_satang's default included), and a login body cannot be left out.
    spec = client.get("/api/openapi.json").json
    house = spec["components"]["schemas"]["HouseRead"]
    assert set(house["required"]) == set(house["properties"]) >= {"balance_satang"}
    login = spec["paths"]["/auth/login"]["post"]["requestBody"]
    assert login["required"] is True
    logout = spec["paths"]["/auth/logout"]["post"].get("requestBody", {})
    assert not logout.get("required")  # the refresh token may come in a header instead


def test_every_upload_documents_the_problems_a_file_can_have(client):
    """A missing or damaged file is 422, a big one 413, a body that is not a form 415
    (the fuzzer found an upload answering an undocumented 422)."""
    uploads = [
        (url, method, operation)
        for url, path in spec(client)["paths"].items()
        for method, operation in path.items()
        if "multipart/form-data" in operation.get("requestBody", {}).get("content", {})
    ]
    assert len(uploads) >= 3  # the register import, announcement attachments, request photos
    for url, method, operation in uploads:
        assert {"413", "415", "422"} <= set(operation["responses"]), (method, url)


def test_an_empty_form_at_every_upload_is_the_documented_422(app, client, login_as):
    office = login_as("super_admin")
    empty = {"data": {}, "content_type": "multipart/form-data"}
    for url, path in spec(client)["paths"].items():
        for method, operation in path.items():
            if "multipart/form-data" not in operation.get("requestBody", {}).get("content", {}):
                continue
            concrete = re.sub(r"\{\w+\}", "1", url)
            answer = client.open(concrete, method=method.upper(), headers=office.headers, **empty)
            assert answer.status_code in (404, 422), (method, url, answer.json)
            assert answer.mimetype == "application/problem+json"
