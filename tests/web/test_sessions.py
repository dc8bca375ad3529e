"""Sessions end: at logout, at a password change, after 12 hours, and after 2 hours unused."""

import pytest

from tests.conftest import AuthActions, csrf_token_from
from webapp.auth import sessions

ENDED = "Your session has ended; please log in again."


def copy_session(client, other) -> None:
    """Give ``other`` the session cookie ``client`` has now, as someone who copied it would."""
    other.set_cookie("session", client.get_cookie("session").value)


def change_password(client, current="correct horse", new="a new battery staple"):
    token = csrf_token_from(client.get("/account").get_data(as_text=True))
    return client.post(
        "/account/password",
        data={"current": current, "password": new, "confirm": new, "csrf_token": token},
    )


@pytest.fixture
def client(app):
    """A plain test client: pytest-flask's keeps its last request's context (and ``g``, where
    Flask-Login caches the user) pushed, which a second client would then share."""
    return app.test_client()


def goes_to_login(response) -> bool:
    return response.status_code == 302 and response.headers["Location"].startswith("/login")


def test_a_cookie_copied_before_logout_gets_the_login_page_afterwards(app, client, auth):
    # Given a session cookie copied while logged in
    auth.register()
    replay = app.test_client()
    copy_session(client, replay)
    assert replay.get("/maps").status_code == 200

    # When its owner logs out
    auth.logout()

    # Then the copy opens nothing either
    assert goes_to_login(replay.get("/maps"))
    assert goes_to_login(replay.get("/account"))


def test_logging_in_again_after_a_logout_works(client, auth):
    auth.register()
    auth.logout()

    assert auth.login().status_code == 303
    assert client.get("/maps").status_code == 200


def test_a_password_change_ends_other_sessions_and_keeps_this_one(app, client, auth):
    auth.register()
    elsewhere = app.test_client()
    copy_session(client, elsewhere)

    changed = change_password(client)

    assert changed.status_code == 303
    assert client.get("/maps").status_code == 200, "this session stays logged in"
    assert goes_to_login(elsewhere.get("/maps"))


def test_login_renews_the_csrf_token(client, auth):
    client.get("/login")
    with client.session_transaction() as session:
        before = session["csrf_token"]

    auth.register()
    auth.logout()
    auth.login()
    client.get("/maps/new")

    with client.session_transaction() as session:
        assert session["csrf_token"] != before


@pytest.fixture
def clock(monkeypatch):
    """The sessions' clock, moved on by hand: ``clock.now += seconds``."""

    class Clock:
        now = 1_800_000_000.0

    monkeypatch.setattr(sessions, "clock", lambda: Clock.now)
    return Clock


def test_a_session_unused_for_two_hours_ends_with_a_notice(client, auth, clock):
    auth.register()
    clock.now += 7200 - 5
    assert client.get("/maps").status_code == 200, "used within the two hours"

    # When the next request comes more than two hours after the last one
    clock.now += 7200 + 1
    response = client.get("/maps", follow_redirects=True)

    # Then the session has ended, with a notice on the login page
    assert response.request.path == "/login"
    assert ENDED in response.get_data(as_text=True)
    assert goes_to_login(client.get("/maps"))


def test_a_session_in_use_ends_twelve_hours_after_login(client, auth, clock):
    auth.register()
    for _ in range(11):
        clock.now += 3600
        assert client.get("/maps").status_code == 200

    clock.now += 3600 + 1
    response = client.get("/maps", follow_redirects=True)

    assert response.request.path == "/login"
    assert ENDED in response.get_data(as_text=True)


def test_the_limits_come_from_the_settings(tmp_path, clock):
    from tests.conftest import make_app

    app = make_app(tmp_path, SESSION_IDLE_SECONDS=60, SESSION_ABSOLUTE_SECONDS=600)
    client = app.test_client()
    AuthActions(client).register()

    clock.now += 61

    assert goes_to_login(client.get("/maps"))
