"""Rate limits: failed logins, generations per user, requests per client, and friendly 429s."""

import re

import pytest
import sqlalchemy as sa

from tests.conftest import FOOD_DELIVERY, csrf_token_from, job_id_from, make_app
from tests.web.test_health import closed_port
from webapp.config import from_environment
from webapp.extensions import db
from webapp.models import Job, Project, Story

HTMX = {"HX-Request": "true"}
WAIT = re.compile(r"try again in about (\d+) s\.")


@pytest.fixture
def limits():
    """The limits the app below starts with (tests/conftest.py's app has none)."""
    return {
        "RATE_LIMIT_LOGIN": "5/minute",
        "RATE_LIMIT_GENERATION": "3/minute;20/day",
        "RATE_LIMIT_DEFAULT": "1000/minute",
    }


@pytest.fixture
def app(tmp_path, limits):
    app = make_app(tmp_path, RATELIMIT_ENABLED=True, **limits)
    yield app
    with app.app_context():
        db.engine.dispose()


def job_count(app) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(Job))


def login_from(client, address: str, email="ada@example.com", password="correct horse"):
    """Log in through the form as a client at ``address`` would."""
    environ = {"REMOTE_ADDR": address}
    token = csrf_token_from(client.get("/login", environ_base=environ).get_data(as_text=True))
    return client.post(
        "/login",
        data={"email": email, "password": password, "csrf_token": token},
        environ_base=environ,
    )


def waited_seconds(page: str) -> int:
    match = WAIT.search(page)
    assert match, page
    return int(match.group(1))


# Failed logins


def test_the_sixth_failed_login_from_an_address_is_refused_with_the_email_kept(app, client, auth):
    auth.register()
    auth.logout()
    for _ in range(5):
        assert login_from(client, "10.0.0.9", password="wrong password").status_code == 400

    # When the right password comes sixth, from the same address
    # (from another, see tests/web/test_login_lockout.py)
    refused = login_from(client, "10.0.0.9")

    # Then it is refused with the form, the email kept, and when to try again
    assert refused.status_code == 429
    page = refused.get_data(as_text=True)
    assert "Too many failed logins" in page and "from your network" in page
    assert 'value="ada@example.com"' in page
    assert 'name="password"' in page and "correct horse" not in page
    assert 1 <= waited_seconds(page) <= 60
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert client.get("/maps").status_code == 302, "not logged in"


def test_failed_logins_from_one_address_are_limited_whatever_the_account(app, client, auth):
    auth.register()
    auth.logout()
    for number in range(5):
        failed = login_from(client, "10.0.0.1", email=f"nobody{number}@example.com")
        assert failed.status_code == 400

    assert login_from(client, "10.0.0.1").status_code == 429
    assert login_from(client, "10.0.0.2").status_code == 303


def test_successful_logins_and_the_login_page_do_not_count(app, client, auth):
    auth.register()
    auth.logout()
    for _ in range(8):
        assert client.get("/login").status_code == 200
        assert auth.login().status_code == 303
        auth.logout()


# Generations per user


def test_a_generation_over_the_limit_gives_the_form_back_with_the_text(app, client, auth):
    auth.register()
    for _ in range(3):
        assert auth.submit().status_code == 303

    # When a fourth map is asked for within the minute
    text = "Librarians must be able to lend books & <renew> them for members."
    refused = auth.submit(text, enhance=True)

    # Then nothing is queued and the form comes back with the text and when to retry
    assert refused.status_code == 429
    page = refused.get_data(as_text=True)
    assert (
        "You have used 3 of your 3 generation credits in the last minute; try again in about"
        in page
    )
    assert 1 <= waited_seconds(page) <= 60
    assert "Librarians must be able to lend books &amp; &lt;renew&gt; them" in page
    assert '<input checked id="enhance" name="enhance" type="checkbox"' in page
    assert job_count(app) == 3


def test_a_form_sent_back_with_a_problem_costs_nothing(app, client, auth):
    auth.register()
    for _ in range(5):
        assert auth.submit("too short").status_code == 400

    for _ in range(3):
        assert auth.submit().status_code == 303


def test_maps_wireframes_and_improvements_share_one_budget_per_user(
    app, client, auth, broker, stub_worker
):
    # Given a map (1 generation), a wireframe job and an improvement (2 and 3)
    auth.register()
    job_id = job_id_from(auth.submit(FOOD_DELIVERY))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        project_id = db.session.scalar(sa.select(Project.id).where(Project.job_id == job_id))
        story_ids = db.session.scalars(sa.select(Story.id).order_by(Story.id).limit(2)).all()
    token = auth.token(f"/maps/{project_id}")
    wireframes = {"story_ids": story_ids, "style": "component", "platform": "mobile"}
    wireframes["csrf_token"] = token
    assert client.post(f"/maps/{project_id}/wireframes", data=wireframes).status_code == 303
    improve = client.post(f"/maps/{project_id}/improve", data={"csrf_token": token})
    assert improve.status_code == 303

    # When the same user asks for more wireframes and another improvement
    refused_wireframes = client.post(f"/maps/{project_id}/wireframes", data=wireframes)
    refused_improve = client.post(f"/maps/{project_id}/improve", data={"csrf_token": token})

    # Then both give the map page back, the ticked stories and choices kept
    assert refused_wireframes.status_code == 429
    page = refused_wireframes.get_data(as_text=True)
    assert "You have used 3 of your 3 generation credits in the last minute" in page
    for story_id in story_ids:
        assert f'value="{story_id}" form="wireframes-form" checked' in page
    assert '<option selected value="component">' in page
    assert '<option selected value="mobile">' in page
    assert refused_improve.status_code == 429
    assert "You have used 3 of your 3 generation credits" in refused_improve.get_data(as_text=True)
    assert job_count(app) == 3
    # And over the limit, another user's map is still not found rather than rate limited
    auth.logout()
    auth.register("bob@example.com")
    assert client.get(f"/maps/{project_id}").status_code == 404


def test_the_budget_is_per_user(app, client, auth):
    auth.register()
    for _ in range(3):
        auth.submit()
    assert auth.submit().status_code == 429
    auth.logout()

    auth.register("bob@example.com")

    assert auth.submit().status_code == 303


def test_over_the_daily_limit_the_wait_is_counted_in_hours(app, client, auth):
    app.config["RATE_LIMIT_GENERATION"] = "10/minute;2/day"
    auth.register()
    auth.submit()
    auth.submit()

    page = auth.submit().get_data(as_text=True)

    assert (
        "You have used 2 of your 2 generation credits in the last day; try again in about 24 h."
        in page
    )


# Requests per client


@pytest.mark.parametrize("limits", [{"RATE_LIMIT_DEFAULT": "3/minute"}])
def test_over_the_default_limit_pages_answer_429_and_htmx_gets_a_fragment(app, client, auth):
    for _ in range(3):
        assert client.get("/login").status_code == 200

    page = client.get("/register")
    fragment = client.get("/register", headers=HTMX)

    assert page.status_code == 429
    assert "Too many requests from your address (3 in the last minute)" in page.get_data(
        as_text=True
    )
    assert "<html" in page.get_data(as_text=True)
    assert fragment.status_code == 429
    body = fragment.get_data(as_text=True)
    assert "<html" not in body and 'role="alert"' in body
    assert "Too many requests from your address" in body
    assert fragment.headers["HX-Retarget"] == "#alerts"
    # Another client is not affected
    assert client.get("/login", environ_base={"REMOTE_ADDR": "10.0.0.7"}).status_code == 200


def test_health_metrics_static_and_job_polling_are_not_limited(app, client, auth, broker):
    auth.register()
    job_id = job_id_from(auth.submit())
    app.config["RATE_LIMIT_DEFAULT"] = "2/minute"

    paths = ["/health", "/health/live", "/health/ready", "/metrics", "/static/css/app.css"]
    for path in [*paths, f"/jobs/{job_id}/status"]:
        for _ in range(5):
            with client.get(path) as response:
                assert response.status_code == 200, path
    assert [client.get("/maps").status_code for _ in range(3)] == [200, 200, 429]


@pytest.mark.parametrize("limits", [{"RATE_LIMIT_DEFAULT": "2/minute"}])
def test_with_redis_down_limits_are_counted_in_memory_and_pages_still_served(tmp_path, limits):
    # Given an app whose Redis refuses connections
    app = make_app(
        tmp_path,
        RATELIMIT_ENABLED=True,
        REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0",
        **limits,
    )
    client = app.test_client()
    try:
        # Then pages are served and the limit still holds, counted in memory
        statuses = [client.get("/login").status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
        assert app.config["RATELIMIT_STORAGE_URI"].startswith("redis://")
    finally:
        with app.app_context():
            db.engine.dispose()


def test_the_limits_come_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("RATE_LIMIT_GENERATION", "2/minute;40/day")
    monkeypatch.setenv("RATE_LIMIT_DEFAULT", "100/minute")
    monkeypatch.setenv("RATE_LIMIT_LOGIN", "3/minute")
    monkeypatch.setenv("RATE_LIMIT_ENABLED", "0")

    config = from_environment(str(tmp_path))

    assert config["RATE_LIMIT_GENERATION"] == "2/minute;40/day"
    assert config["RATE_LIMIT_DEFAULT"] == "100/minute"
    assert config["RATE_LIMIT_LOGIN"] == "3/minute"
    assert config["RATELIMIT_ENABLED"] is False

    for name in ("RATE_LIMIT_GENERATION", "RATE_LIMIT_DEFAULT", "RATE_LIMIT_LOGIN"):
        monkeypatch.delenv(name)
    monkeypatch.delenv("RATE_LIMIT_ENABLED")
    defaults = from_environment(str(tmp_path))
    assert defaults["RATE_LIMIT_GENERATION"] == "10/minute;100/day"
    assert defaults["RATE_LIMIT_DEFAULT"] == "300/minute"
    assert defaults["RATE_LIMIT_LOGIN"] == "5/minute"
    assert defaults["RATELIMIT_ENABLED"] is True
