"""The WSGI entry point for gunicorn: `village.wsgi:app`."""

from village import create_app

app = create_app()
