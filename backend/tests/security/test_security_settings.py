"""Production refuses unsafe CORS and HTTPS settings, each with its fix."""

from __future__ import annotations

import pytest

from village.config import Settings

SAFE = {
    "FLASK_ENV": "production",
    "JWT_SECRET_KEY": "9f1c2e3d4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "SECRET_KEY": "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
    "DATABASE_URL": "postgresql+psycopg://village@127.0.0.1/village",
    "CORS_ORIGINS": "https://admin.example.com",
    "TRUSTED_PROXIES": 1,
    "PUBLIC_HOSTS": "api.example.com,admin.example.com",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DASHBOARD_URL": "https://admin.example.com",
    "UPLOAD_DIR": "/var/lib/village-management/uploads",
}


def problems(**overrides) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for problem in Settings(_env_file=None, **{**SAFE, **overrides}).production_problems():
        assert problem.fix
        found.setdefault(problem.setting, []).append(problem.problem)
    return found


def test_the_safe_baseline_passes():
    assert problems() == {}


@pytest.mark.parametrize(
    "origins",
    [
        "*",
        "null",
        "http://localhost:5173",
        "https://admin.example.com,http://localhost:3000",
        "http://127.0.0.1:8080",
        "http://[::1]:5173",
        "https://admin.example.com/",  # never equals a browser's Origin
        "https://admin.example.com/dashboard",
        "admin.example.com",
        "https://*.example.com",
    ],
)
def test_unsafe_or_useless_cors_origins_are_refused(origins):
    assert "CORS_ORIGINS" in problems(CORS_ORIGINS=origins)


def test_localhost_origins_can_be_allowed_on_purpose():
    assert problems(CORS_ORIGINS="http://localhost:5173", CORS_ALLOW_LOCALHOST=True) == {}
    # ... but never the wildcard or null.
    assert "CORS_ORIGINS" in problems(CORS_ORIGINS="*", CORS_ALLOW_LOCALHOST=True)
    assert "CORS_ORIGINS" in problems(CORS_ORIGINS="null", CORS_ALLOW_LOCALHOST=True)


def test_the_development_defaults_are_refused_in_production():
    defaults = {k: v for k, v in SAFE.items() if k != "CORS_ORIGINS"}
    found = Settings(_env_file=None, **defaults).production_problems()
    assert {p.setting for p in found} == {"CORS_ORIGINS"}


def test_https_is_on_by_default_in_production_and_cannot_be_turned_off():
    assert Settings(_env_file=None, **SAFE).force_https
    assert not Settings(_env_file=None).force_https  # development
    assert "FORCE_HTTPS" in problems(FORCE_HTTPS=False)


def test_force_https_needs_a_proxy_to_report_the_scheme():
    found = problems(TRUSTED_PROXIES=0)
    assert "TRUSTED_PROXIES" in found
    assert "every request would look like plain HTTP" in found["TRUSTED_PROXIES"][0]


def test_several_workers_without_redis_are_refused():
    """Issue 10: this only warned, while every limit was multiplied by the worker count."""
    found = problems(REDIS_URL=None, WEB_CONCURRENCY=4)
    assert "allowing 4 times every limit" in found["REDIS_URL"][0]
    assert problems(REDIS_URL=None, WEB_CONCURRENCY=1) == {}


def test_public_hosts_are_required_behind_https_and_must_be_host_names():
    found = problems(PUBLIC_HOSTS="")
    assert "redirected to any host" in found["PUBLIC_HOSTS"][0]
    assert Settings(
        _env_file=None, PUBLIC_HOSTS=" API.Example.com , x.example:8443"
    ).PUBLIC_HOSTS == [
        "api.example.com",
        "x.example:8443",
    ]
    for bad in ("https://api.example.com", "api.example.com/path", "*.example.com", "a b"):
        with pytest.raises(ValueError, match="PUBLIC_HOSTS"):
            Settings(_env_file=None, PUBLIC_HOSTS=bad)
