"""Nothing serves UPLOAD_DIR: every URL a person might guess for a stored file is a 404.

The one way to a file's bytes is its owner's route after the owner's access check
(test_serving.py). Here a file is stored, and then every plausible path to it is
tried on the app, with the dashboard served (its SPA fallback answers unknown
browser paths with the dashboard's own page, never a file).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from tests.files import samples
from tests.files.conftest import install_owner_routes

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def stored(make_app, upload_dir, tmp_path, household):
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text("<!doctype html><title>Village</title>")
    app = make_app(UPLOAD_DIR=upload_dir, DASHBOARD_DIST_DIR=dist)
    install_owner_routes(app)
    client = app.test_client()
    photo = samples.jpeg_with_gps()
    answer = client.post(
        household.photos,
        data={"photo": (io.BytesIO(photo), "door.jpg")},
        content_type="multipart/form-data",
        headers=household.headers,
    )
    assert answer.status_code == 201
    (path,) = [p for p in upload_dir.rglob("*") if p.is_file()]
    return client, path, answer.json["id"], (dist / "index.html").read_bytes()


def guesses(path: Path, file_id: str, upload_dir: Path) -> list[str]:
    key = path.relative_to(upload_dir).as_posix()
    sha = path.name
    return [
        f"/uploads/{key}",
        f"/uploads/{sha}",
        f"/uploads/{sha}.jpg",
        f"/var/uploads/{key}",
        f"/var/uploads/{sha}",
        f"/static/{key}",
        f"/static/uploads/{key}",
        f"/assets/{key}",
        f"/media/{key}",
        f"/files/{file_id}",
        f"/{key}",
        f"/{sha}",
        f"/api/v1/files/{file_id}",
        f"/api/v1/files/{sha}",
        f"/api/v1/uploads/{key}",
        f"/api/files/{file_id}",
        f"/api/docs/static/{key}",
        f"/api/docs/static/../../../../var/uploads/{key}",
        f"/assets/../../var/uploads/{key}",
        f"/%2e%2e/var/uploads/{key}",
    ]


@pytest.mark.parametrize(
    "accept", ["application/json", "image/avif,image/webp,image/*;q=0.8", "*/*", "text/html"]
)
def test_every_guessed_url_is_a_404_or_the_dashboard_never_the_file(stored, upload_dir, accept):
    client, path, file_id, index = stored
    photo = path.read_bytes()
    for url in guesses(path, file_id, upload_dir):
        answer = client.get(url, headers={"Accept": accept})
        assert photo not in answer.data, url
        if accept == "application/json" or url.startswith("/api/") or "." in url.rsplit("/")[-1]:
            assert answer.status_code == 404, (url, answer.status_code)
        else:  # a browser path: the dashboard's own page (client-side routes), or a 404
            assert answer.status_code == 404 or answer.data == index, (url, answer.status_code)


def test_a_client_asking_for_an_image_gets_404_everywhere(stored, upload_dir):
    client, path, file_id, _ = stored
    for url in guesses(path, file_id, upload_dir):
        answer = client.get(url, headers={"Accept": "image/jpeg"})
        assert answer.status_code == 404, url


def test_nginx_serves_nothing_from_the_upload_directory():
    """No location, root or alias of the shipped site can reach UPLOAD_DIR."""
    site = (REPO / "deploy" / "nginx" / "village-management.conf").read_text()
    upload_dir = re.search(
        r"^UPLOAD_DIR=(.+)$",
        (REPO / "backend" / ".env.production.example").read_text(),
        re.MULTILINE,
    )[1]
    assert "alias" not in site
    roots = re.findall(r"^\s*root\s+([^;]+);", site, re.MULTILINE)
    assert roots == ["/var/www/letsencrypt", "/var/www/village-management/admin"]
    assert not any(Path(upload_dir).is_relative_to(root) for root in roots)
    assert "uploads" not in re.sub(r"#.*", "", site)
    assert "/var/lib/village-management" not in site
