"""Register, log in, log out: the account pages a new user meets first."""

import statistics
import time

import pytest
import sqlalchemy as sa

from tests.conftest import csrf_token_from
from webapp.extensions import db
from webapp.models import User


def test_register_logs_in_and_stores_only_a_hash(app, client, auth):
    # When a visitor registers
    response = auth.register("Ada@Example.com", "correct horse")

    # Then they land on the new-map form, logged in
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/maps/new")
    assert client.get("/maps").status_code == 200
    # And the password is stored as a scrypt hash, the email lower-cased
    with app.app_context():
        user = db.session.scalar(sa.select(User))
        assert user.email == "ada@example.com"
        assert user.password_hash.startswith("scrypt:")
        assert "correct horse" not in user.password_hash


def test_register_refuses_a_taken_email_and_a_short_password(client, auth):
    auth.register()
    auth.logout()

    taken = auth.register("ada@example.com", "another password")
    assert taken.status_code == 400
    assert "already exists" in taken.get_data(as_text=True)

    short = auth.register("bob@example.com", "short")
    assert short.status_code == 400
    assert "8 to 200 characters" in short.get_data(as_text=True)


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("password", "one of the most used"),
        ("Password123", "one of the most used"),
        ("11111111", "one character repeated"),
        ("12345678", "one of the most used"),
        ("          ", "spaces alone"),
    ],
)
def test_register_refuses_the_passwords_tried_first(app, client, auth, password, reason):
    response = auth.register("bob@example.com", password)

    assert response.status_code == 400
    assert reason in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(User)) == 0


def test_login_with_a_wrong_password_says_so(client, auth):
    auth.register()
    auth.logout()

    response = auth.login(password="wrong password")

    assert response.status_code == 400
    assert "The email or the password is not right." in response.get_data(as_text=True)
    assert client.get("/maps").status_code == 302


def test_logout_needs_a_post_and_ends_the_session(client, auth):
    auth.register()

    assert client.get("/logout").status_code == 405
    response = auth.logout()

    assert response.status_code == 303
    assert client.get("/maps").headers["Location"].startswith("/login")


def test_login_sends_back_to_the_page_asked_for_but_never_off_site(client, auth):
    auth.register()
    auth.logout()
    token = auth.token()
    form = {"email": "ada@example.com", "password": "correct horse", "csrf_token": token}

    inside = client.post("/login?next=/maps/new", data=form)
    assert inside.headers["Location"] == "/maps/new"

    auth.logout()
    form["csrf_token"] = auth.token()
    outside = client.post("/login?next=//evil.example/phish", data=form)
    assert outside.headers["Location"] == "/maps"


def test_every_form_carries_a_csrf_token(client, auth):
    for path in ("/register", "/login"):
        assert 'name="csrf_token"' in client.get(path).get_data(as_text=True)
    auth.register()
    for path in ("/maps/new", "/maps"):
        assert 'name="csrf_token"' in client.get(path).get_data(as_text=True)


def test_an_unknown_email_takes_as_long_to_refuse_as_a_wrong_password(client, auth):
    """The time of a refused login must not tell whether the email has an account.

    The bound is loose on purpose (at least half as long): a password check costs tens of
    milliseconds of scrypt, skipping it leaves only the request, several times less.
    """
    auth.register()
    auth.logout()
    token = csrf_token_from(client.get("/login").get_data(as_text=True))

    def seconds_to_refuse(email: str) -> float:
        form = {"email": email, "password": "wrong password", "csrf_token": token}
        started = time.perf_counter()
        response = client.post("/login", data=form)
        elapsed = time.perf_counter() - started
        assert response.status_code == 400
        return elapsed

    seconds_to_refuse("warm@example.com")  # the first call makes the stand-in hash
    known = statistics.median(seconds_to_refuse("ada@example.com") for _ in range(5))
    unknown = statistics.median(seconds_to_refuse("nobody@example.com") for _ in range(5))

    assert unknown >= 0.5 * known, (unknown, known)
