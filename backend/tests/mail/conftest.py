from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.mail.smtp import SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def mail_app(make_app: Any, smtp: SmtpServer) -> Any:
    """An app that sends to the in-process SMTP server."""
    return make_app(**smtp.settings(), MAIL_MAX_ATTEMPTS=3)
