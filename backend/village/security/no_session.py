"""Flask's signed-cookie session, switched off.

Authentication is tokens (and the refresh cookie Flask-JWT-Extended sets
itself); nothing uses `flask.session`, so no request pays for opening, signing
or saving one.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, Request, Response
from flask.sessions import NullSession, SessionInterface


class NoCookieSession(SessionInterface):
    def open_session(self, app: Flask, request: Request) -> NullSession:
        return self.make_null_session(app)

    def save_session(self, app: Flask, session: Any, response: Response) -> None:
        return None
