"""Start the Village Management System API.

    python main.py                         # development: Flask's server, port 8000
    FLASK_ENV=production python main.py    # production: gunicorn (gunicorn.conf.py)

Production settings are checked before anything starts; every unsafe one is
printed with its fix, and the exit code is 2. A database that cannot be reached
or is not migrated is one line with its fix, and the exit code is 1.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from flask import Flask
from werkzeug.serving import WSGIRequestHandler

from village.config import Settings, UnsafeSettingsError

HERE = Path(__file__).resolve().parent


class QuietRequestHandler(WSGIRequestHandler):
    """The development server without its own access lines (the app writes one per
    request) and without a "Server: Werkzeug/x Python/y" banner."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return

    def version_string(self) -> str:
        from village.security.headers import SERVER_NAME

        return SERVER_NAME


FIRST_ADMIN_HINT = """
  No super admin yet. Create one in another terminal:
      make admin                             (from the repository's root)
      python scripts/create_admin_user.py    (from backend/)
"""


def start_mail_worker(app: Flask, settings: Settings) -> None:
    """Development: send the outbox from a daemon thread of this process (the
    production worker is village-mail.service), and say where the mail goes."""
    import threading

    from village.mail import delivery

    def work() -> None:
        with app.app_context():
            delivery.run_forever(delivery.Stop())

    threading.Thread(target=work, name="mail-worker", daemon=True).start()
    where = (
        f"SMTP {settings.SMTP_HOST}:{settings.SMTP_PORT}"
        if settings.SMTP_HOST
        else f"{settings.mail_dir}/*.eml (SMTP_HOST is not set)"
    )
    print(f"Mail worker: email goes to {where}", flush=True)


def main() -> int:
    settings = Settings()
    problems = settings.production_problems()
    if problems:
        print(UnsafeSettingsError(problems), file=sys.stderr)
        return 2
    from village.operations.startup import database_state

    database = database_state(settings)
    if database.problem:
        print(f"✘ {database.problem}", file=sys.stderr)
        return 1
    if settings.is_production:
        os.chdir(HERE)
        gunicorn = [sys.executable, "-m", "gunicorn", "-c", str(HERE / "gunicorn.conf.py")]
        os.execv(sys.executable, [*gunicorn, "village.wsgi:app"])
    from village import create_app

    app = create_app(settings)
    if not database.super_admins:
        print(FIRST_ADMIN_HINT, flush=True)
    base = f"http://{settings.HOST}:{settings.PORT}"
    print(f"Village Management System on {base}   (API docs: {base}/api/docs)", flush=True)
    # With the debugger's reloader main() runs twice: the mail goes from the serving child.
    if settings.MAIL_WORKER_IN_PROCESS and (
        not settings.FLASK_DEBUG or os.environ.get("WERKZEUG_RUN_MAIN") == "true"
    ):
        start_mail_worker(app, settings)
    app.run(
        host=settings.HOST,
        port=settings.PORT,
        debug=settings.FLASK_DEBUG,
        threaded=True,
        request_handler=QuietRequestHandler,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
