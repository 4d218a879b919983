"""Several workers at once: every mail goes exactly once (PostgreSQL's SKIP LOCKED)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from tests.conftest import make_settings, only_seeds_left
from tests.mail.smtp import SmtpServer
from village import create_app, database
from village.mail import delivery, outbox
from village.mail.models import MailStatus, OutboxMessage

MAILS = 60


@pytest.fixture
def committed_mail_app(database_url: str, engine: sa.Engine, smtp: SmtpServer) -> Iterator[Any]:
    with only_seeds_left(engine):
        app = create_app(make_settings(database_url, **smtp.settings(), MAIL_BATCH_SIZE=5))
        yield app
        app.extensions["village.db"].engine.dispose()


def _queue(app: Any) -> None:
    with app.app_context(), database.transaction():
        for n in range(MAILS):
            outbox.enqueue(
                f"person{n}@example.com",
                "password_reset",
                {"name": f"P{n}", "link": f"http://x.example/r#{n}", "minutes": 30},
            )


@pytest.mark.postgres_only
def test_two_workers_never_send_the_same_mail_twice(committed_mail_app, smtp):
    app = committed_mail_app
    _queue(app)
    barrier = threading.Barrier(2)
    passes: list[list[int]] = [[], []]

    def worker(index: int) -> None:
        with app.app_context():
            barrier.wait()
            while (handled := delivery.deliver_once().handled) > 0:
                passes[index].append(handled)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    sent_to = Counter(r for got in smtp.received for r in got.recipients)
    assert len(sent_to) == MAILS
    assert set(sent_to.values()) == {1}
    # Both really worked (SKIP LOCKED let them share the queue, not wait on each other).
    assert sum(passes[0]) + sum(passes[1]) == MAILS
    assert passes[0] and passes[1]
    with app.app_context():
        statuses = database.session().scalars(sa.select(OutboxMessage.status)).all()
        assert set(statuses) == {MailStatus.SENT}
        attempts = database.session().scalars(sa.select(OutboxMessage.attempts)).all()
        assert set(attempts) == {1}


@pytest.mark.postgres_only
def test_the_claim_skips_rows_another_worker_holds(committed_mail_app):
    app = committed_mail_app
    _queue(app)
    settings = app.extensions["village.settings"]
    with app.app_context():
        holder = database.get_db().engine.connect()
        try:
            tx = holder.begin()
            held = (
                holder.execute(
                    sa.select(OutboxMessage.id)
                    .order_by(OutboxMessage.id)
                    .limit(3)
                    .with_for_update()
                )
                .scalars()
                .all()
            )
            claimed = delivery._claim(5, settings)  # does not wait for the held rows
            assert not {row.id for row in claimed} & set(held)
            assert len(claimed) == 5
            tx.rollback()
        finally:
            holder.close()


def test_the_loop_sends_what_arrives_and_stops_when_told(database_url, engine, smtp):
    # Its own app with real commits: the worker thread and the test each have a connection.
    app = create_app(make_settings(database_url, **smtp.settings(), MAIL_POLL_SECONDS=0.1))
    stop = delivery.Stop()

    def work() -> None:
        with app.app_context():
            delivery.run_forever(stop)

    worker = threading.Thread(target=work)
    with only_seeds_left(engine):
        worker.start()
        try:
            with app.app_context(), database.transaction():
                outbox.enqueue(
                    "somchai@example.com",
                    "password_reset",
                    {"name": "S", "link": "x", "minutes": 30},
                )
            deadline = time.monotonic() + 10
            while not smtp.received and time.monotonic() < deadline:
                time.sleep(0.02)
        finally:
            stop.event.set()
            worker.join(timeout=10)
            app.extensions["village.db"].engine.dispose()
    assert not worker.is_alive()
    assert len(smtp.received) == 1
