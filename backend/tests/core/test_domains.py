"""The domain registry: one entry adds a domain to the app, the API docs, the models
and the import contracts; a new package is checked the day it exists."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from village.database import Base
from village.domain_contract import domain_layers
from village.domains import DOMAINS, with_module
from village.metadata import load_models

BACKEND = Path(__file__).resolve().parents[2]


def test_every_domain_with_routes_is_served_under_its_tag(app):
    spec = app.test_client().get("/api/openapi.json").json
    tags = {tag["name"]: tag["description"] for tag in spec["tags"]}
    for domain, routes in with_module("routes"):
        assert app.blueprints[routes.bp.name] is routes.bp
        assert tags[domain.tag] == domain.description


def test_every_domains_models_are_in_the_metadata():
    load_models()
    tables = {table.name for table in Base.metadata.sorted_tables}
    for _, models in with_module("models"):
        for value in vars(models).values():
            if isinstance(value, type) and issubclass(value, Base) and value is not Base:
                assert value.__tablename__ in tables


def test_the_layers_contract_is_read_from_the_registry():
    layers = domain_layers()
    assert layers[0].startswith("village.health")
    assert "village.houses | village.profile | village.notifications" in layers
    # Each layer of the contract holds exactly the registry's domains of one layer number,
    # top (0) first.
    numbers = sorted({domain.layer for domain in DOMAINS})
    assert layers == [
        " | ".join(d.module_name for d in DOMAINS if d.layer == number) for number in numbers
    ]


@pytest.fixture
def lint_copy(tmp_path):
    pytest.importorskip("importlinter", reason="import-linter is a dev tool (make install)")
    shutil.copytree(BACKEND / "village", tmp_path / "village",
                    ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
    shutil.copy(BACKEND / "pyproject.toml", tmp_path)

    def lint() -> str:
        result = subprocess.run(
            [Path(sys.executable).parent / "lint-imports"],
            cwd=tmp_path,
            env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout + result.stderr

    return tmp_path / "village", lint


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def test_a_new_package_is_checked_without_editing_the_contracts(lint_copy):
    village, lint = lint_copy
    write(village / "gadgets" / "__init__.py", "")
    write(village / "gadgets" / "models.py", "from village.gadgets import service\n")
    write(village / "gadgets" / "service.py", "import flask\n")
    write(village / "gadgets" / "routes.py", "import sqlalchemy\n")
    report = lint()
    assert "village.gadgets.service is not allowed to import flask" in report
    assert "village.gadgets.routes is not allowed to import sqlalchemy" in report
    assert "village.gadgets.models is not allowed to import village.gadgets.service" in report


def test_a_domain_importing_upwards_breaks_the_registry_contract(lint_copy):
    village, lint = lint_copy
    assert "BROKEN" not in lint()
    users_service = village / "users" / "service.py"
    users_service.write_text(users_service.read_text() + "\nfrom village.auth import routes\n")
    report = lint()
    assert "Domains depend downward only" in report
    assert "village.users.service -> village.auth.routes" in report
