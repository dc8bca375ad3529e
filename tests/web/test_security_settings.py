"""Security headers on every answer, cookies and error pages in production, secrets."""

import pytest

from tests.conftest import AuthActions, make_app
from webapp import create_app
from webapp.extensions import db

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
    app = make_app(tmp_path, TESTING=False, SECRET_KEY="a-production-secret")
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

    app = make_app(tmp_path, SECRET_KEY="a-production-secret")

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
