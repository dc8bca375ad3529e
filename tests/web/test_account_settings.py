"""The account page: change the password, delete the account with its maps and jobs."""

import pytest
import sqlalchemy as sa

from tests.conftest import AuthActions, csrf_token_from, job_id_from
from webapp.extensions import db
from webapp.models import Activity, Job, MapChange, Project, Story, Task, User


@pytest.fixture
def client(app):
    return app.test_client()


def post_account(client, path: str, **data):
    token = csrf_token_from(client.get("/account").get_data(as_text=True))
    return client.post(path, data={**data, "csrf_token": token})


def change_password(client, current, new, confirm=None):
    return post_account(
        client,
        "/account/password",
        current=current,
        password=new,
        confirm=new if confirm is None else confirm,
    )


def count(app, model, *where) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(model).where(*where))


def test_the_account_page_is_linked_from_the_header_and_offers_both_forms(client, auth):
    auth.register()

    page = client.get("/maps").get_data(as_text=True)
    account = client.get("/account").get_data(as_text=True)

    assert 'href="/account"' in page
    assert "Change password" in account and "Delete my account" in account


def test_a_changed_password_is_the_one_that_logs_in(client, auth):
    auth.register()

    changed = change_password(client, "correct horse", "a new battery staple")

    assert changed.status_code == 303
    assert changed.headers["Location"] == "/account"
    assert "Your password is changed." in client.get("/account").get_data(as_text=True)
    auth.logout()
    assert auth.login(password="correct horse").status_code == 400
    assert auth.login(password="a new battery staple").status_code == 303


@pytest.mark.parametrize(
    ("current", "new", "confirm", "problem"),
    [
        ("wrong password", "a new battery staple", None, "This is not your current password."),
        ("correct horse", "password123", None, "one of the most used"),
        ("correct horse", "short", None, "8 to 200 characters"),
        ("correct horse", "a new battery staple", "another", "The two passwords are not the same"),
    ],
)
def test_a_password_change_with_a_problem_changes_nothing(
    client, auth, current, new, confirm, problem
):
    auth.register()

    refused = change_password(client, current, new, confirm)

    assert refused.status_code == 400
    assert problem in refused.get_data(as_text=True)
    auth.logout()
    assert auth.login(password="correct horse").status_code == 303


def test_deleting_the_account_deletes_its_maps_and_jobs_and_logs_out(
    app, client, auth, broker, stub_worker
):
    # Given ada with a map and its history, a failed job, and bob with a map of his own
    auth.register()
    job_id = job_id_from(auth.submit())
    bob = AuthActions(app.test_client())
    bob.register("bob@example.com")
    bob_job = job_id_from(bob.submit())
    broker.join("maps", fail_fast=True)
    with app.app_context():
        ada = db.session.scalar(sa.select(User).where(User.email == "ada@example.com"))
        ada_id = ada.id
        project = db.session.scalar(sa.select(Project).where(Project.user_id == ada_id))
        db.session.add(MapChange(project_id=project.id, user_id=ada_id, summary="Renamed"))
        db.session.add(Job(user_id=ada.id, kind="map", status="failed", requirements="x" * 20))
        db.session.commit()
    assert count(app, Project, Project.user_id == ada_id) == 1
    stories_before = count(app, Story)

    # When she deletes her account with her password
    deleted = post_account(client, "/account/delete", confirm_password="correct horse")

    # Then she is logged out with a notice, and nothing of hers is left
    assert deleted.status_code == 303
    assert deleted.headers["Location"] == "/login"
    assert "Your account and its maps are deleted." in client.get("/login").text
    assert client.get("/maps").status_code == 302
    assert count(app, User, User.id == ada_id) == 0
    assert count(app, Project, Project.user_id == ada_id) == 0
    assert count(app, Job, Job.user_id == ada_id) == 0
    assert count(app, Job, Job.id == job_id) == 0
    assert 0 < count(app, Story) < stories_before
    # And bob's map is untouched
    assert count(app, Job, Job.id == bob_job) == 1
    assert count(app, Project) == 1
    assert count(app, Activity) > 0 and count(app, Task) > 0
    assert count(app, Activity, Activity.project_id.not_in(sa.select(Project.id))) == 0
    assert count(app, Task, Task.activity_id.not_in(sa.select(Activity.id))) == 0
    assert count(app, MapChange) == 0
    assert auth.login().status_code == 400, "the account is gone"


def test_deleting_the_account_needs_its_password(app, client, auth):
    auth.register()

    refused = post_account(client, "/account/delete", confirm_password="wrong password")

    assert refused.status_code == 400
    assert "This is not your current password." in refused.get_data(as_text=True)
    assert count(app, User) == 1
    assert client.get("/maps").status_code == 200


def test_a_cookie_of_a_deleted_account_opens_no_new_account(app, client, auth):
    # Given a copy of ada's session cookie, kept when she deletes her account
    auth.register()
    replay = app.test_client()
    replay.set_cookie("session", client.get_cookie("session").value)
    post_account(client, "/account/delete", confirm_password="correct horse")

    # When someone else registers (on SQLite the new account may get ada's old id)
    AuthActions(app.test_client()).register("eve@example.com")

    # Then the copy is sent to log in
    response = replay.get("/maps")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
