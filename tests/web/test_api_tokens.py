"""Personal access tokens: made on /settings/tokens, shown once, kept hashed, revoked for good.

A request to /api/v1 acts as the token's user and nothing else; without a working token,
a logged-in browser included, it gets 401.
"""

import hashlib
import logging
import re
from datetime import UTC, timedelta

import pytest
import sqlalchemy as sa

from tests.conftest import AuthActions, counted_statements, csrf_token_from, job_id_from
from webapp.api.tokens import MAX_TOKENS_PER_USER, create_token
from webapp.auth import sessions
from webapp.extensions import db
from webapp.models import PersonalToken, User, utcnow

SECRET = re.compile(r"smp_[A-Za-z0-9_-]{43}")


@pytest.fixture
def client(app):
    return app.test_client()


REQUEST_ID = re.compile(r'name="request_id" type="hidden" value="([^"]+)"')


def form_fields(page: str) -> dict:
    """The hidden fields of the tokens page's form."""
    return {"csrf_token": csrf_token_from(page), "request_id": REQUEST_ID.search(page).group(1)}


def post_tokens_page(client, path="/settings/tokens", **data):
    fields = form_fields(client.get("/settings/tokens").get_data(as_text=True))
    return client.post(path, data={**data, **fields})


def make_token(client, name="CI pipeline") -> str:
    """Make a token on the page; its secret, read from the answer."""
    answer = post_tokens_page(client, name=name)
    assert answer.status_code == 201
    return SECRET.search(answer.get_data(as_text=True)).group(0)


def bearer(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}


def token_row(app, name="CI pipeline") -> PersonalToken:
    with app.app_context():
        return db.session.scalar(sa.select(PersonalToken).where(PersonalToken.name == name))


def count_tokens(app) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(PersonalToken))


@pytest.fixture
def ada(app, client, auth):
    """Ada, logged in, with a queued job and a token; her browser is ``client``."""
    auth.register("ada@example.com")
    job = job_id_from(auth.submit())
    return {"job": job, "secret": make_token(client)}


def aware(moment):
    """A time from the database in UTC (SQLite gives it back without its zone)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def assert_unauthorized(response):
    assert response.status_code == 401
    assert response.headers["Content-Type"] == "application/problem+json"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert response.get_json()["status"] == 401


def test_a_new_token_is_shown_once_and_then_listed_by_its_prefix_only(client, auth):
    auth.register()
    assert "API tokens" in client.get("/account").get_data(as_text=True)

    made = post_tokens_page(client, name="  CI pipeline  ")
    page = made.get_data(as_text=True)
    secret = SECRET.search(page).group(0)
    listed = client.get("/settings/tokens").get_data(as_text=True)

    assert made.status_code == 201
    assert "Copy it now: it is not shown again" in page
    assert made.headers["Cache-Control"] == "no-store"
    assert "CI pipeline" in listed and secret[:12] in listed
    assert secret not in listed and not SECRET.search(listed)
    assert "never</td>" in listed


def test_sending_the_form_again_makes_no_second_token_and_says_so(app, client, auth):
    # Reloading the page that shows a new token sends its form again.
    auth.register()
    fields = form_fields(client.get("/settings/tokens").get_data(as_text=True))
    first = client.post("/settings/tokens", data={**fields, "name": "CI pipeline"})
    assert first.status_code == 201

    again = client.post("/settings/tokens", data={**fields, "name": "CI pipeline"})

    page = again.get_data(as_text=True)
    assert again.status_code == 409
    assert "This form was already sent" in page
    assert "“CI pipeline”" in page
    assert not SECRET.search(page)
    assert count_tokens(app) == 1
    # The page's new form makes a new token.
    laptop = client.post("/settings/tokens", data={**form_fields(page), "name": "laptop"})
    assert laptop.status_code == 201
    assert count_tokens(app) == 2


def test_sending_the_form_again_after_revoking_its_token_makes_none(app, client, auth):
    auth.register()
    fields = form_fields(client.get("/settings/tokens").get_data(as_text=True))
    client.post("/settings/tokens", data={**fields, "name": "CI pipeline"})
    post_tokens_page(client, path=f"/settings/tokens/{token_row(app).id}/revoke")

    again = client.post("/settings/tokens", data={**fields, "name": "CI pipeline"})

    assert again.status_code == 409
    assert "which has since been revoked" in again.get_data(as_text=True)
    assert count_tokens(app) == 1


def test_the_database_keeps_only_the_tokens_hash(app, client, ada):
    secret = ada["secret"]

    with app.app_context():
        rows = db.session.execute(sa.text("SELECT * FROM personal_tokens")).mappings().all()

    assert len(rows) == 1
    assert rows[0]["token_hash"] == hashlib.sha256(secret.encode()).hexdigest()
    assert rows[0]["prefix"] == secret[:12]
    assert all(secret not in str(value) for value in rows[0].values())


def test_a_token_calls_the_api_as_its_user_without_a_cookie(app, ada):
    script = app.test_client()

    answer = script.get(f"/api/v1/jobs/{ada['job']}", headers=bearer(ada["secret"]))

    assert answer.status_code == 200
    assert answer.get_json()["id"] == ada["job"]
    assert "Set-Cookie" not in answer.headers
    assert script.get_cookie("session") is None


def test_a_revoked_token_gets_401_at_once(app, client, ada):
    script = app.test_client()
    token_id = token_row(app).id

    revoked = post_tokens_page(client, f"/settings/tokens/{token_id}/revoke")

    assert revoked.status_code == 303 and revoked.headers["Location"] == "/settings/tokens"
    listed = client.get("/settings/tokens").get_data(as_text=True)
    assert "The token “CI pipeline” is revoked" in listed
    assert "No tokens yet." in listed
    assert_unauthorized(script.get(f"/api/v1/jobs/{ada['job']}", headers=bearer(ada["secret"])))


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer smp_" + "A" * 43,
        "Bearer not-a-token",
        "Bearer ",
        "Bearer smp_" + "A" * 300,
        "Basic YWRhQGV4YW1wbGUuY29tOmNvcnJlY3QgaG9yc2U=",
    ],
    ids=["none", "unknown", "malformed", "empty", "too long", "basic"],
)
def test_an_unknown_or_malformed_token_gets_401(app, ada, authorization):
    headers = {"Authorization": authorization} if authorization else {}

    answer = app.test_client().get(f"/api/v1/jobs/{ada['job']}", headers=headers)

    assert_unauthorized(answer)
    assert "Set-Cookie" not in answer.headers


def test_the_token_with_another_scheme_spelling_still_works(app, ada):
    answer = app.test_client().get(
        f"/api/v1/jobs/{ada['job']}", headers={"Authorization": f"bearer {ada['secret']}"}
    )

    assert answer.status_code == 200


def test_a_token_acts_only_as_its_user(app, ada):
    bob = AuthActions(app.test_client())
    bob.register("bob@example.com")
    bobs_job = job_id_from(bob.submit())

    answer = app.test_client().get(f"/api/v1/jobs/{bobs_job}", headers=bearer(ada["secret"]))

    assert answer.status_code == 404
    assert answer.headers["Content-Type"] == "application/problem+json"


def test_a_logged_in_browser_without_a_token_cannot_call_the_api(client, ada):
    # Given Ada's browser, logged in, that can see the job's page
    assert client.get(f"/jobs/{ada['job']}").status_code == 200

    # When it calls the API with its cookie alone, it is refused
    assert_unauthorized(client.get(f"/api/v1/jobs/{ada['job']}"))


def test_a_bearer_answer_leaves_a_browsers_session_cookie_alone(client, ada, monkeypatch):
    # Given a browser logged in two minutes ago that also sends a token
    later = sessions.clock() + 120
    monkeypatch.setattr(sessions, "clock", lambda: later)

    answer = client.get(f"/api/v1/jobs/{ada['job']}", headers=bearer(ada["secret"]))

    assert answer.status_code == 200
    assert "Set-Cookie" not in answer.headers


def test_tokens_never_reach_the_logs(app, client, ada, caplog):
    # Everything at DEBUG, the SQL statements and their parameters included
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy.engine")
    script = app.test_client()
    path = f"/api/v1/jobs/{ada['job']}"

    # When a token is made, used, revoked and used again
    new_secret = make_token(client, name="laptop")
    assert script.get(path, headers=bearer(new_secret)).status_code == 200
    post_tokens_page(client, f"/settings/tokens/{token_row(app, 'laptop').id}/revoke")
    assert script.get(path, headers=bearer(new_secret)).status_code == 401

    # Then no log record holds it, in its message or its arguments
    assert any("personal_tokens" in r.getMessage() for r in caplog.records), "nothing logged"
    for record in caplog.records:
        text = record.getMessage() + repr(record.args) + repr(record.__dict__)
        assert new_secret not in text and new_secret[4:] not in text, record


def test_the_last_use_is_noted_at_most_once_a_minute(app, client, ada):
    script = app.test_client()
    path = f"/api/v1/jobs/{ada['job']}"

    # The first call notes the time
    assert script.get(path, headers=bearer(ada["secret"])).status_code == 200
    first = token_row(app).last_used_at
    assert first is not None
    assert "never</td>" not in client.get("/settings/tokens").get_data(as_text=True)

    # A second call within the minute writes nothing
    with counted_statements(app) as statements:
        assert script.get(path, headers=bearer(ada["secret"])).status_code == 200
    assert not [s for s in statements if s.lstrip().upper().startswith("UPDATE")]
    assert token_row(app).last_used_at == first

    # A call more than a minute after the last noted one notes it again
    two_minutes_ago = utcnow() - timedelta(minutes=2)
    with app.app_context():
        token = db.session.get(PersonalToken, token_row(app).id)
        token.last_used_at = two_minutes_ago
        db.session.commit()
    assert script.get(path, headers=bearer(ada["secret"])).status_code == 200
    assert aware(token_row(app).last_used_at) > two_minutes_ago + timedelta(minutes=1)


def test_revoking_another_users_token_is_not_found_and_changes_nothing(app, ada):
    bob = app.test_client()
    AuthActions(bob).register("bob@example.com")
    token_id = token_row(app).id

    answer = post_tokens_page(bob, f"/settings/tokens/{token_id}/revoke")

    assert answer.status_code == 404
    assert token_row(app).revoked_at is None
    path = f"/api/v1/jobs/{ada['job']}"
    assert app.test_client().get(path, headers=bearer(ada["secret"])).status_code == 200


def test_a_token_is_revoked_once(app, client, ada):
    path = f"/settings/tokens/{token_row(app).id}/revoke"

    assert post_tokens_page(client, path).status_code == 303
    assert post_tokens_page(client, path).status_code == 404


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("", "Give the token a name"),
        ("    ", "Give the token a name"),
        ("x" * 101, "Names have at most 100 characters."),
    ],
    ids=["empty", "blank", "too long"],
)
def test_a_token_needs_a_name_of_at_most_100_characters(app, client, auth, name, problem):
    auth.register()

    answer = post_tokens_page(client, name=name)

    assert answer.status_code == 400
    page = answer.get_data(as_text=True)
    assert problem in page and not SECRET.search(page)
    assert count_tokens(app) == 0


def test_a_name_of_100_characters_is_kept_whole(app, client, auth):
    auth.register()

    make_token(client, name="n" * 100)

    assert token_row(app, "n" * 100) is not None


def test_a_user_holds_at_most_the_limit_of_working_tokens(app, client, ada):
    with app.app_context():
        user = db.session.scalar(sa.select(User))
        for number in range(MAX_TOKENS_PER_USER - 1):
            create_token(user, f"token {number}")

    refused = post_tokens_page(client, name="one too many")

    assert refused.status_code == 400
    assert f"You have {MAX_TOKENS_PER_USER} tokens" in refused.get_data(as_text=True)
    assert count_tokens(app) == MAX_TOKENS_PER_USER
    # A revoked token makes room for a new one
    post_tokens_page(client, f"/settings/tokens/{token_row(app).id}/revoke")
    assert make_token(client, name="one more")


def test_deleting_the_account_deletes_its_tokens(app, client, ada):
    answer = post_tokens_page(client, "/account/delete", confirm_password="correct horse")

    assert answer.status_code == 303
    assert count_tokens(app) == 0
    path = f"/api/v1/jobs/{ada['job']}"
    assert_unauthorized(app.test_client().get(path, headers=bearer(ada["secret"])))


def test_a_password_change_leaves_tokens_working_as_the_account_page_says(app, client, ada):
    # A pipeline's token is not a browser session; the page says how to end one that was seen
    answer = post_tokens_page(
        client,
        "/account/password",
        current="correct horse",
        password="a new battery staple",
        confirm="a new battery staple",
    )

    assert answer.status_code == 303
    account = " ".join(client.get("/account").get_data(as_text=True).split())
    assert "Your API tokens keep working" in account
    path = f"/api/v1/jobs/{ada['job']}"
    assert app.test_client().get(path, headers=bearer(ada["secret"])).status_code == 200


def test_the_tokens_page_needs_a_login(client):
    answer = client.get("/settings/tokens")

    assert answer.status_code == 302
    assert answer.headers["Location"].startswith("/login")
