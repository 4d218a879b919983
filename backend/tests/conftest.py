"""Fixtures: a migrated database per worker, a rolled-back transaction per test.

The suite runs on SQLite by default and on PostgreSQL with `--db=postgres`
(server from TEST_DATABASE_URL, default the local `test` database). Each
xdist worker gets its own database, built by running the Alembic migrations,
so every run also tests the migrations.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from flask.testing import FlaskClient
from sqlalchemy.engine import Connection, Engine, make_url

from tests.factories import PASSWORD, HouseFactory, MemberFactory, UserFactory
from village import create_app
from village.config import Settings
from village.database import make_engine
from village.enums import Role, UserStatus
from village.metadata import load_models
from village.users.models import User

pytest_plugins = ["tests.log_capture"]
BACKEND = Path(__file__).resolve().parent.parent
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
# Every table, children before parents (emptied after tests that really commit).
RATE_LIMIT_SETTINGS = (
    "RATELIMIT_DEFAULT",
    "RATELIMIT_LOGIN",
    "RATELIMIT_LOGIN_ACCOUNT",
    "RATELIMIT_AUTH",
    "RATELIMIT_REFRESH",
    "RATELIMIT_PASSWORD_RESET",
)


def pytest_configure(config: pytest.Config) -> None:
    """Isolate the suite from the machine's settings.

    Whatever the environment or backend/.env says (a production .env on the
    server where the checklist runs these tests), the suite and the processes
    it starts see only the settings the tests give them.
    """
    os.environ["VILLAGE_ENV_FILE"] = os.devnull
    os.environ["FLASK_SKIP_DOTENV"] = "1"  # the flask CLI would load .env by itself
    for name in Settings.model_fields:
        os.environ.pop(name, None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db",
        choices=("sqlite", "postgres"),
        default=os.environ.get("TEST_DB", "sqlite"),
        help="database to run the suite on (default sqlite; env TEST_DB)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--db") == "postgres":
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: run with --db=postgres (make test does)")
    for item in items:
        if "postgres_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def db_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.config.getoption("--db")
    return kind


@pytest.fixture(scope="session")
def database_url(
    db_kind: str, tmp_path_factory: pytest.TempPathFactory, worker_id: str
) -> Iterator[str]:
    if db_kind == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'village.db'}"
        return
    base = make_url(os.environ.get("TEST_DATABASE_URL", DEFAULT_PG))
    # Unique per checkout and worker, so several clones can test on one server at once.
    checkout = hashlib.sha256(str(BACKEND).encode()).hexdigest()[:8]
    name = f"village_test_{checkout}_{worker_id}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        pytest.exit(
            f"PostgreSQL at {base.render_as_string()} is not reachable: {exc}", returncode=3
        )
    yield base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def make_settings(database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "APP_ENV": "test",
        "DATABASE_URL": database_url,
        "JWT_SECRET_KEY": "test-jwt-key-" + "a1b2c3d4" * 6,
        "SECRET_KEY": "test-flask-key-" + "e5f6a7b8" * 6,
        "BCRYPT_ROUNDS": 4,
        "DATABASE_POOL_SIZE": 20,
        "DATABASE_MAX_OVERFLOW": 40,
        # Production's level, so the log capture (tests/log_capture.py) sees what it would write.
        "LOG_LEVEL": "INFO",
        # Rate limiting stays on (its code runs in every test) with limits no
        # other test reaches; tests/security/test_rate_limits.py sets real ones.
        **dict.fromkeys(RATE_LIMIT_SETTINGS, "10000 per minute"),
        # Never the checkout's var/uploads; tests that store files pass their own.
        "UPLOAD_DIR": Path(tempfile.gettempdir()) / f"village-test-uploads-{os.getpid()}",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config(str(BACKEND / "alembic.ini"))
    config.attributes["configure_logger"] = False
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@pytest.fixture(scope="session")
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(make_settings(database_url))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    yield engine
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    """A connection inside a transaction that is rolled back after the test."""
    with engine.connect() as connection:
        transaction = connection.begin()
        yield connection
        transaction.rollback()


AppFactory = Callable[..., Any]


@pytest.fixture
def make_app(database_url: str, connection: Connection) -> Iterator[AppFactory]:
    """Build apps with setting overrides, all sharing the test's rolled-back transaction."""
    apps = []

    def factory(**overrides: Any) -> Any:
        app = create_app(make_settings(database_url, **overrides))
        app.extensions["village.db"].bind_to(connection)
        apps.append(app)
        return app

    yield factory
    for app in apps:
        app.extensions["village.db"].engine.dispose()


@pytest.fixture
def app(make_app: AppFactory) -> Any:
    return make_app()


@pytest.fixture
def client(app: Any) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def committed_app(database_url: str, engine: Engine) -> Iterator[Any]:
    """An app whose requests really commit (for concurrency); what it wrote is deleted after."""
    with only_seeds_left(engine):
        app = create_app(make_settings(database_url))
        yield app
        app.extensions["village.db"].engine.dispose()


@contextmanager
def only_seeds_left(engine: Engine) -> Iterator[None]:
    """Around work that really commits: afterwards every row it added is deleted, and the
    rows there before (what the migrations seed: fee items, the privacy notice) are kept
    for the tests that follow."""
    tables = load_models().sorted_tables
    with engine.connect() as conn:
        before = {
            table.name: {tuple(row) for row in conn.execute(sa.select(*table.primary_key.columns))}
            for table in tables
        }
    try:
        yield
    finally:
        with engine.begin() as conn:
            for table in reversed(tables):
                keep, key = before[table.name], list(table.primary_key.columns)
                if not keep:
                    conn.execute(table.delete())
                    continue
                for row in conn.execute(sa.select(*key)).all():
                    if tuple(row) not in keep:
                        conn.execute(
                            table.delete().where(*(c == v for c, v in zip(key, row, strict=True)))
                        )


@pytest.fixture
def scratch_database_url(database_url: str, db_kind: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of the kind under test (for subprocesses and migrations)."""
    if db_kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'scratch.db'}"
        return
    base = make_url(database_url)
    name = f"{base.database}_scratch"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def make_user(app: Any) -> Callable[..., User]:
    """Create a user row (committed to the test transaction) with PASSWORD."""

    def factory(**fields: Any) -> User:
        with app.app_context():
            user: User = UserFactory(**fields)
            return user

    return factory


@pytest.fixture
def make_house(app: Any) -> Callable[..., Any]:
    """Create a house row (committed to the test transaction)."""

    def factory(**fields: Any) -> Any:
        with app.app_context():
            return HouseFactory(**fields)

    return factory


@pytest.fixture
def make_member(app: Any) -> Callable[..., Any]:
    """Make a user a current member of a house (both created unless given)."""

    def factory(**fields: Any) -> Any:
        with app.app_context():
            return MemberFactory(**fields)

    return factory


@dataclass
class SignedIn:
    user: User
    access_token: str
    refresh_token: str
    session_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.access_token}"}


def sign_in(client: FlaskClient, email: str, password: str = PASSWORD) -> dict[str, Any]:
    response = client.post("/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.json
    body: dict[str, Any] = response.json
    return body


@pytest.fixture
def login_as(client: FlaskClient, make_user: Callable[..., User]) -> Callable[..., SignedIn]:
    """Create a user of `role` and sign in through the API."""

    def login(role: Role | str = Role.RESIDENT, **fields: Any) -> SignedIn:
        user = make_user(role=Role(role), status=UserStatus.ACTIVE, **fields)
        body = sign_in(client, user.email)
        from flask_jwt_extended import decode_token

        with client.application.app_context():
            sid = decode_token(body["access_token"])["sid"]
        return SignedIn(user, body["access_token"], body["refresh_token"], sid)

    return login
