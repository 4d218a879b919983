"""GET /api/docs: the Swagger UI, with its assets served from a Python package.

APIFlask's own docs page loads Swagger UI from a CDN and is blank on a closed
network; flask-swagger-ui ships the same assets, so we serve them ourselves.
"""

from __future__ import annotations

from pathlib import Path

import flask_swagger_ui
from flask import Blueprint, Response, send_from_directory

VENDOR_DIR = Path(flask_swagger_ui.__file__).resolve().parent / "dist"
STATIC_DIR = Path(__file__).resolve().parent / "static"
ONE_DAY = 86_400

bp = Blueprint(
    "apidocs", __name__, url_prefix="/api/docs", static_folder="static", static_url_path="/static"
)


@bp.get("")
def docs_page() -> Response:
    """The browsable API documentation."""
    return send_from_directory(STATIC_DIR, "index.html", max_age=0)


@bp.get("/vendor/<path:filename>")
def vendor_asset(filename: str) -> Response:
    return send_from_directory(VENDOR_DIR, filename, max_age=ONE_DAY)
