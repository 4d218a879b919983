"""Settings, and the production safety check that refuses unsafe starts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from village import UnsafeSettingsError, create_app
from village.config import Settings

BACKEND = Path(__file__).resolve().parents[2]
GOOD_KEY = "9f1c2e3d4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"
OTHER_KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"
SAFE = {
    "FLASK_ENV": "production",
    "JWT_SECRET_KEY": GOOD_KEY,
    "SECRET_KEY": OTHER_KEY,
    "DATABASE_URL": "postgresql+psycopg://village@127.0.0.1/village",
    "CORS_ORIGINS": "https://admin.example.com",
    "TRUSTED_PROXIES": 1,
    "PUBLIC_HOSTS": "api.example.com,admin.example.com",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DASHBOARD_URL": "https://admin.example.com",
    "UPLOAD_DIR": "/var/lib/village-management/uploads",
}


def problems(**overrides) -> dict[str, str]:
    settings = Settings(_env_file=None, **{**SAFE, **overrides})
    return {p.setting: p.problem for p in settings.production_problems()}


def test_safe_production_settings_pass():
    assert problems() == {}


@pytest.mark.parametrize(
    ("overrides", "setting"),
    [
        ({"JWT_SECRET_KEY": None}, "JWT_SECRET_KEY"),
        ({"JWT_SECRET_KEY": "short"}, "JWT_SECRET_KEY"),
        ({"JWT_SECRET_KEY": "change-me"}, "JWT_SECRET_KEY"),
        ({"JWT_SECRET_KEY": "CHANGE-ME-replace-with-64-hex-characters-too"}, "JWT_SECRET_KEY"),
        ({"JWT_SECRET_KEY": "a" * 64}, "JWT_SECRET_KEY"),
        ({"JWT_SECRET_KEY": OTHER_KEY}, "JWT_SECRET_KEY"),  # same as SECRET_KEY
        ({"SECRET_KEY": None}, "SECRET_KEY"),
        ({"FLASK_DEBUG": True}, "FLASK_DEBUG"),
        ({"DATABASE_URL": "sqlite:///prod.db"}, "DATABASE_URL"),
        ({"CORS_ORIGINS": "*"}, "CORS_ORIGINS"),
        ({"SESSION_COOKIE_SECURE": False}, "SESSION_COOKIE_SECURE"),
        ({"SESSION_COOKIE_HTTPONLY": False}, "SESSION_COOKIE_HTTPONLY"),
        ({"SESSION_COOKIE_SAMESITE": "None"}, "SESSION_COOKIE_SAMESITE"),
        ({"BCRYPT_ROUNDS": 8}, "BCRYPT_ROUNDS"),
    ],
)
def test_each_unsafe_setting_is_named(overrides, setting):
    assert setting in problems(**overrides)


@pytest.mark.parametrize(
    ("upload_dir", "problem"),
    [
        (None, "is not set"),
        ("var/uploads", "is var/uploads, not an absolute path"),
        ("/opt/Village-Management/admin-dashboard/dist/uploads", "is inside DASHBOARD_DIST_DIR"),
    ],
)
def test_production_needs_an_absolute_upload_directory_outside_the_served_build(
    upload_dir, problem
):
    found = problems(
        UPLOAD_DIR=upload_dir, DASHBOARD_DIST_DIR="/opt/Village-Management/admin-dashboard/dist"
    )
    assert problem in found["UPLOAD_DIR"]
    assert Settings(_env_file=None).upload_dir.is_absolute()  # development: var/uploads/


def test_every_problem_is_reported_at_once_with_a_fix():
    settings = Settings(_env_file=None, FLASK_ENV="production", FLASK_DEBUG=True)
    found = settings.production_problems()
    assert {p.setting for p in found} >= {
        "JWT_SECRET_KEY",
        "SECRET_KEY",
        "FLASK_DEBUG",
        "DATABASE_URL",
    }
    assert all(p.fix for p in found)


def test_app_env_is_an_alias_and_must_agree():
    assert Settings(_env_file=None, APP_ENV="production").is_production
    with pytest.raises(ValueError, match="disagree"):
        Settings(_env_file=None, APP_ENV="production", FLASK_ENV="development")


def test_create_app_refuses_unsafe_production_settings():
    with pytest.raises(UnsafeSettingsError) as raised:
        create_app(Settings(_env_file=None, FLASK_ENV="production"))
    assert "JWT_SECRET_KEY" in str(raised.value)


def test_development_needs_no_settings_at_all():
    settings = Settings(_env_file=None)
    assert settings.production_problems() == []
    assert len(settings.jwt_signing_key()) == 64
    assert settings.is_sqlite


def test_comma_lists():
    settings = Settings(
        _env_file=None,
        CORS_ORIGINS="https://a.example, https://b.example,",
        JWT_PREVIOUS_SECRET_KEYS="",
    )
    assert settings.CORS_ORIGINS == ["https://a.example", "https://b.example"]
    assert settings.JWT_PREVIOUS_SECRET_KEYS == []


@pytest.mark.parametrize("example", [".env.example", ".env.production.example"])
def test_example_files_list_every_setting_with_a_comment(example):
    text = (BACKEND / example).read_text()
    listed = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", text, flags=re.MULTILINE))
    assert listed == set(Settings.model_fields)


def test_production_example_is_refused_until_edited(monkeypatch):
    settings = Settings(_env_file=BACKEND / ".env.production.example")
    assert {p.setting for p in settings.production_problems()} == {"JWT_SECRET_KEY", "SECRET_KEY"}
