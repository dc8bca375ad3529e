"""Failed logins lock out the address that made them, not the account's owner elsewhere;
registrations are limited per address."""

import pytest

from tests.conftest import csrf_token_from, make_app
from tests.web.test_rate_limits import login_from
from webapp.extensions import db


@pytest.fixture
def app(tmp_path):
    app = make_app(
        tmp_path,
        RATELIMIT_ENABLED=True,
        RATE_LIMIT_LOGIN="5/minute",
        RATE_LIMIT_LOGIN_ACCOUNT="12/hour",
        RATE_LIMIT_REGISTER="5/hour",
        RATE_LIMIT_DEFAULT="1000/minute",
    )
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


def register_from(client, address: str, email: str, password="correct horse"):
    environ = {"REMOTE_ADDR": address}
    page = client.get("/register", environ_base=environ).get_data(as_text=True)
    return client.post(
        "/register",
        data={
            "email": email,
            "password": password,
            "confirm": password,
            "csrf_token": csrf_token_from(page),
        },
        environ_base=environ,
    )


def test_failures_from_one_address_do_not_lock_the_owner_out_elsewhere(app, client, auth):
    # Given ada's account, and someone at 10.0.0.1 guessing at it
    auth.register()
    auth.logout()
    for _ in range(6):
        login_from(client, "10.0.0.1", password="wrong password")
    assert login_from(client, "10.0.0.1").status_code == 429, "the guesser is stopped"

    # When ada logs in from her own address
    response = login_from(client, "10.0.0.2")

    # Then she is in
    assert response.status_code == 303
    assert client.get("/maps").status_code == 200


def test_failures_from_many_addresses_meet_the_account_ceiling(app, client, auth):
    auth.register()
    auth.logout()
    # Twelve failures, never five from one address
    for number in range(12):
        failed = login_from(client, f"10.0.1.{number // 3}", password="wrong password")
        assert failed.status_code == 400

    refused = login_from(client, "10.0.2.1")

    assert refused.status_code == 429
    assert "Too many failed logins for this account (12 in the last hour)" in (
        refused.get_data(as_text=True)
    )


def test_the_sixth_registration_from_one_address_in_an_hour_is_refused(app, client):
    # Given five tries from one address: four new accounts and one taken email
    for number in range(4):
        assert register_from(client, "10.0.0.5", f"user{number}@example.com").status_code == 303
        client.post("/logout", data={"csrf_token": csrf_token_from(client.get("/maps").text)})
    assert register_from(client, "10.0.0.5", "user0@example.com").status_code == 400

    # When a sixth comes from the same address
    refused = register_from(client, "10.0.0.5", "sixth@example.com")

    # Then it is refused with the form, the email kept, and no account is made
    assert refused.status_code == 429
    page = refused.get_data(as_text=True)
    assert "Too many registrations from your network (5 in the last hour)" in page
    assert 'value="sixth@example.com"' in page
    assert "Retry-After" in refused.headers
    assert client.get("/maps").status_code == 302
    # And another address may still register
    assert register_from(client, "10.0.0.6", "sixth@example.com").status_code == 303


def test_forms_sent_back_with_a_problem_do_not_count_as_registrations(app, client):
    for _ in range(8):
        assert register_from(client, "10.0.0.7", "bob@example.com", "short").status_code == 400

    assert register_from(client, "10.0.0.7", "bob@example.com").status_code == 303
