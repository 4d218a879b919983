"""Village Management System: the app factory."""

from __future__ import annotations

from apiflask import APIFlask

from village.config import Settings, UnsafeSettingsError, app_version


def create_app(settings: Settings | None = None) -> APIFlask:
    """Build the WSGI app from `settings` (read from the environment when omitted)."""
    from village import cli, database, errors, openapi, uploads
    from village.apidocs.routes import bp as apidocs_bp
    from village.auth import identity
    from village.domains import with_module
    from village.health import metrics as health_metrics
    from village.mail import metrics as mail_metrics
    from village.observability import events, metrics
    from village.observability import logging as app_logging
    from village.operations import cli as operations_cli
    from village.reports import metrics as report_metrics
    from village.security import cors, headers, ratelimit, tokens, transport
    from village.security.no_session import NoCookieSession
    from village.web import routes as web

    settings = settings or Settings()
    problems = settings.production_problems()
    if problems:
        raise UnsafeSettingsError(problems)

    app = APIFlask(
        __name__,
        title="Village Management System API",
        version=app_version(),
        spec_path="/api/openapi.json",
        docs_path=None,
    )
    app.config.update(
        SECRET_KEY=settings.flask_secret_key(),
        MAX_CONTENT_LENGTH=settings.MAX_CONTENT_LENGTH,
        DEBUG=settings.FLASK_DEBUG,
        TESTING=settings.environment == "test",
    )
    app.json.sort_keys = False  # type: ignore[attr-defined]
    app.session_interface = NoCookieSession()
    app.extensions["village.settings"] = settings
    app_logging.configure_logging(settings)
    app_logging.init_app(app)
    transport.init_app(app, settings)
    headers.init_app(app)
    cors.init_app(app, settings)
    errors.init_app(app)
    uploads.init_app(app)
    events.init_app(app)
    metrics.init_app(app, settings)
    metrics.on_scrape(app, health_metrics.record_database)
    metrics.on_scrape(app, mail_metrics.record_outbox)
    metrics.on_scrape(app, report_metrics.record_finance)
    database.Database(database.make_engine(settings)).init_app(app)
    tokens.init_app(app, settings)
    identity.init_app(app)
    openapi.init_app(app)
    cli.init_app(app)
    operations_cli.init_app(app)
    for _, commands in with_module("cli"):  # a domain's timed chores (publish-due, ...)
        for command in commands.COMMANDS:
            app.cli.add_command(command)
    for domain, routes in with_module("routes"):
        routes.bp.tag = domain.openapi_tag
        app.register_blueprint(routes.bp)
    app.register_blueprint(apidocs_bp)
    web.init_app(app, settings)  # after the API: its catch-all route must not shadow it
    from village.users.queries import account_id_for

    app.extensions[ratelimit.ACCOUNT_RESOLVER] = account_id_for
    ratelimit.init_app(app, settings)
    return app


__all__ = ["Settings", "UnsafeSettingsError", "create_app"]
