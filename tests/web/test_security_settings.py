"""Security headers on every answer, cookies and error pages in production, secrets."""

import os
import runpy
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest
import sqlalchemy as sa

from tests.conftest import FOOD_DELIVERY, AuthActions, job_id_from, make_app
from webapp import create_app
from webapp.extensions import db
from webapp.models import Project

ROOT = Path(__file__).resolve().parents[2]
#: 32 bytes, the shortest SECRET_KEY production accepts.
PRODUCTION_SECRET = "a-production-secret-of-32-bytes!"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
)


@pytest.fixture
def production_app(tmp_path, monkeypatch):
    """The app as APP_ENV=production configures it, errors handled rather than raised."""
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.delenv("SESSION_COOKIE_SECURE", raising=False)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    app = make_app(tmp_path, TESTING=False, SECRET_KEY=PRODUCTION_SECRET)
    yield app
    with app.app_context():
        db.engine.dispose()


def https_client(app):
    """A test client whose requests arrive over HTTPS, as behind the production proxy."""
    client = app.test_client()
    client.environ_base["wsgi.url_scheme"] = "https"
    return client


def assert_security_headers(response):
    assert response.headers["Content-Security-Policy"] == CSP
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_every_kind_of_answer_carries_the_security_headers(app, client, auth):
    anonymous = [
        client.get("/login"),  # a page
        client.get("/maps"),  # a redirect
        client.get("/admin/"),  # a 404 page
        client.get("/health"),  # JSON
        client.get("/metrics"),  # text
        client.get("/static/css/app.css"),  # a static file
        client.post("/login", data={}),  # a CSRF failure
        client.put("/login"),  # 405
    ]
    auth.register()
    signed_in = [
        client.get("/maps/new"),
        client.get("/maps/new", headers={"HX-Request": "true"}),
        client.post("/maps", data={"requirements": "x", "csrf_token": auth.token("/maps/new")}),
    ]
    for response in anonymous + signed_in:
        with response:
            assert_security_headers(response)


def test_no_page_has_inline_script_or_style_for_the_csp_to_block(app, client, auth):
    pages = [client.get("/login").get_data(as_text=True)]
    auth.register()
    pages += [client.get(path).get_data(as_text=True) for path in ("/maps", "/maps/new")]
    for page in pages:
        assert "<style" not in page and " style=" not in page
        assert "<script>" not in page and " on" + "click=" not in page
        assert '"includeIndicatorStyles": false' in page


def test_production_cookies_are_secure_and_http_only(production_app):
    client = https_client(production_app)

    response = AuthActions(client).register()

    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("session=")
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert production_app.config["REMEMBER_COOKIE_SECURE"] is True
    assert production_app.config["REMEMBER_COOKIE_HTTPONLY"] is True


def test_development_cookies_work_over_plain_http(app, client, auth):
    cookie = auth.register().headers["Set-Cookie"]

    assert "HttpOnly" in cookie and "Secure" not in cookie


def test_secure_cookies_can_be_turned_off_for_a_plain_http_production(tmp_path, monkeypatch):
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("SESSION_COOKIE_SECURE", "0")

    app = make_app(tmp_path, SECRET_KEY=PRODUCTION_SECRET)

    assert app.config["SESSION_COOKIE_SECURE"] is False


def test_production_has_no_debugger_and_errors_show_the_plain_500_page(production_app, monkeypatch):
    assert production_app.debug is False
    client = https_client(production_app)
    AuthActions(client).register()

    def broken(user):
        raise RuntimeError("database password is hunter2")

    monkeypatch.setattr("webapp.maps.views.user_projects", broken)
    response = client.get("/maps")

    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "Something went wrong on our side" in page
    assert "Traceback" not in page and "hunter2" not in page and "RuntimeError" not in page
    assert_security_headers(response)


def test_production_refuses_to_start_with_the_debugger_on(tmp_path, monkeypatch):
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("FLASK_DEBUG", "1")

    with pytest.raises(RuntimeError, match="Debug mode"):
        create_app({"SECRET_KEY": "x", "SQLALCHEMY_DATABASE_URI": "sqlite://"})


@pytest.mark.parametrize("secret_key", [None, ""])
def test_production_refuses_to_start_without_a_secret_key(monkeypatch, secret_key):
    monkeypatch.setenv("APP_ENV", "production")
    if secret_key is None:
        monkeypatch.delenv("SECRET_KEY", raising=False)
    else:
        monkeypatch.setenv("SECRET_KEY", secret_key)

    with pytest.raises(RuntimeError, match="SECRET_KEY must be set"):
        create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})


@pytest.mark.parametrize("app_env", [None, "", "production", "prod", "staging"])
def test_production_settings_apply_unless_app_env_is_development(monkeypatch, app_env):
    # Given no APP_ENV, or any value but "development" (a typo included), and no SECRET_KEY
    if app_env is None:
        monkeypatch.delenv("APP_ENV", raising=False)
    else:
        monkeypatch.setenv("APP_ENV", app_env)
    monkeypatch.delenv("SECRET_KEY", raising=False)

    # Then the app refuses to start, and says how to make a key
    with pytest.raises(RuntimeError, match="SECRET_KEY must be set") as refused:
        create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert "secrets.token_hex(32)" in str(refused.value)


@pytest.mark.parametrize("app_env", [None, "production"])
def test_production_refuses_a_secret_key_shorter_than_32_bytes(monkeypatch, app_env):
    if app_env is None:
        monkeypatch.delenv("APP_ENV", raising=False)
    else:
        monkeypatch.setenv("APP_ENV", app_env)
    monkeypatch.setenv("SECRET_KEY", PRODUCTION_SECRET[:31])

    with pytest.raises(RuntimeError, match="SECRET_KEY is 31 bytes; production needs 32") as no:
        create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert 'python -c "import secrets; print(secrets.token_hex(32))"' in str(no.value)


def test_production_starts_with_a_32_byte_secret_key(tmp_path, monkeypatch):
    monkeypatch.delenv("APP_ENV", raising=False)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    monkeypatch.setenv("SECRET_KEY", PRODUCTION_SECRET)

    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})

    assert app.config["ENV_NAME"] == "production"
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_development_makes_up_a_secret_key_only_its_owner_can_read(tmp_path, monkeypatch):
    monkeypatch.setenv("APP_ENV", "development")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    development = {"SQLALCHEMY_DATABASE_URI": "sqlite://", "INSTANCE_PATH": str(tmp_path)}

    first = create_app(development)
    again = create_app(development)

    key_file = tmp_path / "secret_key"
    assert first.config["SECRET_KEY"] == key_file.read_text() == again.config["SECRET_KEY"]
    assert len(first.config["SECRET_KEY"]) == 64
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_an_older_world_readable_secret_key_file_is_made_private(tmp_path, monkeypatch):
    monkeypatch.setenv("APP_ENV", "development")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    key_file = tmp_path / "secret_key"
    key_file.write_text("kept-from-an-older-checkout")
    key_file.chmod(0o644)

    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "INSTANCE_PATH": str(tmp_path)})

    assert app.config["SECRET_KEY"] == "kept-from-an-older-checkout"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


@pytest.fixture
def production_environment(monkeypatch):
    """Production with a good key and nothing else: no Redis, the rate limits on."""
    monkeypatch.delenv("APP_ENV", raising=False)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.delenv("RATE_LIMIT_ENABLED", raising=False)
    monkeypatch.setenv("SECRET_KEY", PRODUCTION_SECRET)
    # Set, so that monkeypatch removes what gunicorn.conf.py's hook writes.
    monkeypatch.setenv("GUNICORN_WORKERS", "1")


def test_production_refuses_several_web_processes_counting_rate_limits_alone(
    production_environment, monkeypatch
):
    # Given gunicorn about to run 4 worker processes and no REDIS_URL
    monkeypatch.setenv("GUNICORN_WORKERS", "4")

    # Then the app does not start: each process would allow the whole login limit
    with pytest.raises(RuntimeError, match="Rate limits would be counted per process") as no:
        create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    assert "4 web processes" in str(no.value) and "set REDIS_URL" in str(no.value)


@pytest.mark.parametrize(
    "setting",
    [
        {"GUNICORN_WORKERS": "1"},
        {"GUNICORN_WORKERS": "4", "REDIS_URL": "redis://127.0.0.1:6379/15"},
        {"GUNICORN_WORKERS": "4", "RATE_LIMIT_ENABLED": "0"},
    ],
    ids=["one process", "redis", "limits off"],
)
def test_production_starts_when_the_rate_limits_are_counted_in_one_place(
    production_environment, monkeypatch, setting
):
    for name, value in setting.items():
        monkeypatch.setenv(name, value)

    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})

    assert app.config["WEB_PROCESSES"] == int(setting["GUNICORN_WORKERS"])


def test_gunicorn_tells_the_app_how_many_worker_processes_it_starts(
    production_environment, tmp_path, monkeypatch
):
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path / "metrics"))
    settings = runpy.run_path(str(ROOT / "gunicorn.conf.py"))

    # When gunicorn starts with "--workers 3", whatever WEB_CONCURRENCY said
    settings["on_starting"](SimpleNamespace(cfg=SimpleNamespace(workers=3)))

    # Then the workers it forks see 3, and the app refuses to start without Redis
    assert os.environ["GUNICORN_WORKERS"] == "3"
    with pytest.raises(RuntimeError, match="3 web processes"):
        create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})


def test_proxies_are_believed_only_when_configured(tmp_path):
    forwarded = {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"}
    seen = []

    for count in (0, 1):
        (tmp_path / str(count)).mkdir()
        app = make_app(tmp_path / str(count), TRUSTED_PROXY_COUNT=count)

        @app.get("/_address")
        def address():
            from flask import request

            return f"{request.remote_addr} {request.scheme}"

        seen.append(app.test_client().get("/_address", headers=forwarded).get_data(as_text=True))
        with app.app_context():
            db.engine.dispose()

    assert seen == ["127.0.0.1 http", "203.0.113.7 https"]


def make_map(app, auth, broker) -> int:
    job_id = job_id_from(auth.submit(FOOD_DELIVERY))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        return db.session.scalar(sa.select(Project.id).where(Project.job_id == job_id))


def test_pages_fragments_and_downloads_with_user_data_are_never_stored(
    app, client, auth, broker, stub_worker
):
    login_page = client.get("/login")  # carries a CSRF token
    auth.register()
    project_id = make_map(app, auth, broker)
    with app.app_context():
        job_id = db.session.get(Project, project_id).job_id
    htmx = {"HX-Request": "true"}

    answers = {
        "login page": login_page,
        "map page": client.get(f"/maps/{project_id}"),
        "my maps": client.get("/maps"),
        "a fragment": client.get("/maps/new", headers=htmx),
        "JSON download": client.get(f"/maps/{project_id}/export.json"),
        "CSV download": client.get(f"/maps/{project_id}/export.csv"),
        "Markdown download": client.get(f"/maps/{project_id}/export.md"),
        "job page": client.get(f"/jobs/{job_id}"),
    }

    for name, response in answers.items():
        assert response.status_code == 200, name
        assert response.headers["Cache-Control"] == "no-store", name


def test_a_shared_map_is_never_stored(app, broker, stub_worker):
    # Clients of their own: the fixture's keeps its last request's context, user included.
    owner = AuthActions(app.test_client())
    owner.register()
    project_id = make_map(app, owner, broker)
    token = owner.token(f"/maps/{project_id}")
    owner.client.post(f"/maps/{project_id}/share", data={"csrf_token": token})
    with app.app_context():
        share_token = db.session.get(Project, project_id).share_token

    shared = app.test_client().get(f"/s/{share_token}")

    assert shared.status_code == 200
    assert "no-store" in shared.headers["Cache-Control"]


def test_the_job_status_fragment_is_revalidated_rather_than_not_stored(app, client, auth):
    # Its ETag answers unchanged polls with an empty 304: no-store would rule that out.
    auth.register()
    job_id = job_id_from(auth.submit(FOOD_DELIVERY))

    first = client.get(f"/jobs/{job_id}/status", headers={"HX-Request": "true"})
    again = client.get(
        f"/jobs/{job_id}/status",
        headers={"HX-Request": "true", "If-None-Match": first.headers["ETag"]},
    )

    assert first.headers["Cache-Control"] == "private, no-cache"
    assert again.status_code == 304
    assert again.headers["Cache-Control"] == "private, no-cache"


def test_static_files_keep_their_caching(client):
    response = client.get("/static/css/app.css")

    assert response.status_code == 200
    assert "no-store" not in response.headers.get("Cache-Control", "")
    assert "ETag" in response.headers
    response.close()
