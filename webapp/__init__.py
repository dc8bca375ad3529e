"""Story Mapper: requirements in, a user story map and wireframes out."""

import os

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError

from generation.cache import make_cache
from webapp import config as app_config
from webapp.converters import DatabaseId
from webapp.extensions import csrf, db, htmx, login_manager, migrate
from webapp.formatting import format_duration
from webapp.jobs.versions import register_job_versions
from webapp.metrics import register_metrics
from webapp.security import register_security


def create_app(config: dict | None = None) -> Flask:
    """Create the app; ``config`` overrides the environment (tests pass theirs in)."""
    app = Flask(
        __name__,
        instance_relative_config=True,
        template_folder="../templates",
        static_folder="../static",
    )
    app.config.update(app_config.from_environment(app.instance_path))
    app.config.update(config or {})
    app_config.check_production_settings(app.config)
    # Ids in addresses are database keys: a number too big for one is simply not found.
    app.url_map.converters["int"] = DatabaseId

    register_security(app)
    register_extensions(app)
    register_template_filters(app)
    register_blueprints(app)
    register_metrics(app)
    register_errorhandlers(app)
    register_commands(app)
    register_broker(app)
    return app


def register_extensions(app: Flask) -> None:
    from webapp.rate_limits import register_rate_limits

    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:"):
        # The embedded worker writes from its own threads: wait for locks instead of failing.
        app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {"connect_args": {"timeout": 30}})
        os.makedirs(app.instance_path, exist_ok=True)
    elif app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql"):
        # A database host that drops packets must fail a request (and /health) in seconds;
        # pre-ping replaces connections a database restart broke.
        app.config.setdefault(
            "SQLALCHEMY_ENGINE_OPTIONS",
            {"connect_args": {"connect_timeout": 5}, "pool_pre_ping": True},
        )
    db.init_app(app)
    migrate.init_app(app, db, render_as_batch=True)
    csrf.init_app(app)
    register_rate_limits(app)
    htmx.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please log in to see that page."
    login_manager.login_message_category = "info"
    app.extensions["generation_cache"] = make_cache(app.config["REDIS_URL"])
    register_job_versions(app)


def register_template_filters(app: Flask) -> None:
    from markdown_it import MarkdownIt
    from markupsafe import Markup

    # Generated text is untrusted: raw HTML stays text, and markdown-it refuses
    # javascript:, vbscript: and data: links.
    renderer = MarkdownIt("commonmark", {"html": False})
    app.jinja_env.filters["markdown"] = lambda text: Markup(renderer.render(text or ""))
    app.jinja_env.filters["duration"] = format_duration


def register_blueprints(app: Flask) -> None:
    from webapp.admin.views import blueprint as admin
    from webapp.api.token_views import blueprint as tokens
    from webapp.api.views import blueprint as api
    from webapp.auth.views import blueprint as auth
    from webapp.health.views import blueprint as health
    from webapp.improve.views import blueprint as improve
    from webapp.jobs.views import blueprint as jobs
    from webapp.maps.history_views import blueprint as history
    from webapp.maps.regenerate_views import blueprint as regenerate
    from webapp.maps.share_views import blueprint as share
    from webapp.maps.story_views import blueprint as stories
    from webapp.maps.structure_views import blueprint as structure
    from webapp.maps.views import blueprint as maps
    from webapp.wireframes.views import blueprint as wireframes

    for blueprint in (auth, maps, structure, jobs, wireframes, improve, admin, health):
        app.register_blueprint(blueprint)
    for blueprint in (history, share, regenerate, stories, tokens, api):
        app.register_blueprint(blueprint)


def register_errorhandlers(app: Flask) -> None:
    from webapp.api.views import handle_http_error
    from webapp.maps.views import handle_csrf_error
    from webapp.rate_limits import render_rate_limited

    def render_error(error):
        if request.path.startswith("/api/"):
            # A path under /api/ no route matched, or a method it does not take: the API's
            # callers read problem details, not pages.
            return handle_http_error(error)
        code = getattr(error, "code", 500)
        return render_template("errors/error.html", code=code, error=error), code

    for code in (400, 403, 404, 405, 413, 500):
        app.register_error_handler(code, render_error)
    app.register_error_handler(CSRFError, handle_csrf_error)
    # Views that take a form answer their own 429 with the form kept (blueprint handlers).
    app.register_error_handler(429, render_rate_limited)


def register_commands(app: Flask) -> None:
    from webapp.cli import dead_letters_cli, users_cli

    app.cli.add_command(users_cli)
    app.cli.add_command(dead_letters_cli)


def register_broker(app: Flask) -> None:
    from tasks.broker import setup_broker

    setup_broker(app)
