"""The form endpoints through the test client: any input gets a clear answer, never a 500.

The app (conftest.py) runs on SQLite with the in-process broker: submitted jobs just queue.
Examples are fewer here than in the other fuzz tests, since each one is a whole request.
"""

import html
import re
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from hypothesis import event, given
from hypothesis import strategies as st

from generation.wireframes import PLATFORMS, STYLES
from tests.conftest import FOOD_DELIVERY, AuthActions, csrf_token_from, job_id_from
from tests.fuzz.budget import fuzz
from tests.fuzz.strategies import (
    CONTROL,
    big_line,
    requirements_text,
    short_unicode,
    unicode_text,
)
from webapp.extensions import db
from webapp.maps.forms import check_requirements
from webapp.models import Job, Project, Story

TEXTAREA = re.compile(r'<textarea[^>]*name="requirements"[^>]*>(.*?)</textarea>', re.S)

submitted_text = st.one_of(
    requirements_text,
    requirements_text.map(lambda text: re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)),
    unicode_text,
    st.text(alphabet=st.sampled_from(CONTROL + [" ", "\n", "a", "\x00"]), max_size=20),
    st.builds(lambda text, nul: text[:5] + nul + text[5:], requirements_text, st.just("\x00")),
    # Now and then big: from under the 50,000-character limit to past it.
    big_line(40_000, 60_000),
)


@contextmanager
def visitor(app):
    """Someone else at the site: a client in an app context of its own. pytest-flask pushes one
    request context for the whole test, and clients sharing it would share ``g``, where
    Flask-WTF keeps the CSRF token of the first session it saw."""
    with app.app_context():
        yield AuthActions(app.test_client())


@pytest.fixture
def logged_in(auth):
    auth.register()
    return auth


@given(text=submitted_text, enhance=st.sampled_from([None, "y", "\x00", "x" * 300]))
@fuzz(300)
def test_any_requirements_are_queued_or_sent_back_with_a_clear_message(
    app, client, logged_in, text, enhance
):
    # Given a user posting any text in the requirements form
    data = {"requirements": text, "csrf_token": logged_in.token("/maps/new")}
    if enhance is not None:
        data["enhance"] = enhance

    # When it is submitted
    response = client.post("/maps", data=data)
    event(f"HTTP {response.status_code}")

    # Then it is queued (303), or comes back (400) with the reason and the text as typed
    page = response.get_data(as_text=True)
    # The form goes percent-encoded, as browsers send it: a CJK character takes nine bytes.
    if int(response.request.headers["Content-Length"]) > app.config["MAX_CONTENT_LENGTH"]:
        assert response.status_code == 413
        assert "What you sent is too large" in page
        return
    with app.app_context():
        problem = check_requirements(text)
    if problem is None:
        assert response.status_code == 303
        with app.app_context():
            assert db.session.get(Job, job_id_from(response)).requirements == text.strip()
        return
    assert response.status_code == 400
    assert html.escape(problem, quote=False) in page.replace("&#39;", "'")
    kept = TEXTAREA.search(page)
    assert kept and html.unescape(kept.group(1)) == "\r\n" + text


plausible_email = st.from_regex(r"[a-z]{1,12}(\.[a-z0-9]{1,8})?@example\.(com|org)", fullmatch=True)
emails = st.one_of(
    st.emails(),
    plausible_email,
    short_unicode,
    st.builds(lambda name, domain: f"{name}@{domain}", short_unicode, short_unicode),
    st.sampled_from(["", " ", "ada@example.com", "ADA@EXAMPLE.COM", "a@b", "@", "x" * 300]),
)
passwords = st.one_of(
    short_unicode,
    st.text(min_size=8, max_size=40),
    st.text(min_size=8, max_size=40),
    st.sampled_from(["", "correct horse", "\x00" * 10, "p" * 201]),
)
tokens = st.one_of(st.none(), st.none(), st.none(), short_unicode)  # None: the page's own token

anything = st.tuples(emails, passwords, st.one_of(st.none(), passwords))
registrations = st.one_of(
    anything,
    anything,
    # Mostly right: a new account, or a second one for the same email.
    st.tuples(plausible_email, st.text(min_size=8, max_size=60), st.none()),
)


@given(registration=registrations, token=tokens)
@fuzz(150)
def test_registering_with_anything_never_fails_with_a_server_error(app, registration, token):
    email, password, confirm = registration
    # Given a new visitor each time, posting anything to the registration form
    data = {"email": email, "password": password}
    data["confirm"] = password if confirm is None else confirm
    with visitor(app) as someone:
        data["csrf_token"] = token if token is not None else someone.token("/register")

        response = someone.client.post("/register", data=data)
    event(f"HTTP {response.status_code}")

    # Then they are registered (303) or told what to change (400), never shown a server error
    assert response.status_code in (303, 400)
    if response.status_code == 400:
        assert_told_why(response, token)


def assert_told_why(response, token) -> None:
    """A 400 names the field to fix or, for a forged or stale token, says the form expired."""
    page = html.unescape(response.get_data(as_text=True))
    if token is None:
        assert 'class="field-error" role="alert"' in page
    else:
        assert "This form expired or was not sent from Story Mapper's own page" in page or (
            'class="field-error" role="alert"' in page  # the token happened to be right
        )


credentials = st.one_of(
    st.tuples(emails, passwords),
    st.tuples(st.sampled_from(["ada@example.com", " Ada@Example.COM "]), passwords),
    st.tuples(st.sampled_from(["ada@example.com", "ADA@example.com"]), st.just("correct horse")),
)


@given(credentials=credentials, token=tokens)
@fuzz(200)
def test_logging_in_with_anything_never_fails_with_a_server_error(
    app, logged_in, credentials, token
):
    email, password = credentials
    # Given an account (ada@example.com, "correct horse") and a new visitor each time, posting
    # anything to the login form
    data = {"email": email, "password": password}
    with visitor(app) as someone:
        data["csrf_token"] = token if token is not None else someone.token("/login")

        response = someone.client.post("/login", data=data)
    event(f"HTTP {response.status_code}")

    # Then the answer is a redirect or the form with what to fix, never a 500
    assert response.status_code in (303, 400)
    if response.status_code == 400:
        assert_told_why(response, token)


def saved_map(app, broker, user: AuthActions) -> tuple[int, list[int]]:
    """The id of a map of the food delivery requirements made for ``user``, and its story ids."""
    job_id = job_id_from(user.submit(FOOD_DELIVERY))
    broker.join("maps", fail_fast=True)
    with app.app_context():
        project = db.session.scalar(sa.select(Project).where(Project.job_id == job_id))
        return project.id, [s.id for a in project.activities for t in a.tasks for s in t.stories]


@pytest.fixture
def maps(app, logged_in, broker, stub_worker):
    """The user's map, and another user's."""
    with visitor(app) as other:
        other.register("other@example.com")
        theirs = saved_map(app, broker, other)
    return {"own": saved_map(app, broker, logged_in), "other": theirs}


def story_id_values(own: list[int], other: list[int]) -> st.SearchStrategy[list[str]]:
    """The story_ids a form might post: the map's own, another map's, made-up and junk values."""
    ticked = st.lists(st.sampled_from(own), min_size=1, max_size=10, unique=True)
    value = st.one_of(
        st.sampled_from(own).map(str),
        st.sampled_from(other).map(str),
        st.integers().map(str),
        st.integers(min_value=2**63).map(str),
        st.sampled_from(["", " 1 ", "1.0", "0x1", "١", "1_0", "-0", "9" * 5000, "\x00"]),
        short_unicode,
    )
    as_text = ticked.map(lambda ids: [str(i) for i in ids])
    return st.one_of(as_text, as_text, st.lists(value, max_size=14))


choice = st.one_of(st.none(), short_unicode, st.sampled_from(["WEB", "low fidelity", " web"]))


@given(data=st.data())
@fuzz(250)
def test_the_wireframe_form_answers_any_values_with_303_400_or_404(app, client, maps, data):
    own_map, own = maps["own"]
    _, other = maps["other"]
    # Given any ticked story ids, style and platform (or none at all)
    values = {
        "story_ids": data.draw(story_id_values(own, other), label="story_ids"),
        "style": data.draw(st.sampled_from(STYLES) | st.sampled_from(STYLES) | choice),
        "platform": data.draw(st.sampled_from(PLATFORMS) | st.sampled_from(PLATFORMS) | choice),
    }
    form = {key: value for key, value in values.items() if value is not None}
    form["csrf_token"] = csrf_token_from(client.get(f"/maps/{own_map}").get_data(as_text=True))

    # When the form is posted
    response = client.post(f"/maps/{own_map}/wireframes", data=form)
    event(f"HTTP {response.status_code}")

    # Then the answer is the one the values call for
    try:
        ids = {int(value) for value in values["story_ids"]}
    except ValueError:
        assert response.status_code == 400  # not a number: no page of ours sends that
        return
    if not ids <= set(own):
        assert response.status_code == 404  # another user's story is as good as missing
        return
    page = response.get_data(as_text=True)
    if not ids:
        assert response.status_code == 400 and "Tick at least one story" in page
    elif len(ids) > 10:
        assert response.status_code == 400 and "Tick at most 10 stories" in page
    elif values["style"] not in STYLES or values["platform"] not in PLATFORMS:
        assert response.status_code == 400 and "Choose a style and a platform." in page
    else:
        assert response.status_code == 303
        with app.app_context():
            job = db.session.get(Job, job_id_from(response))
            assert set(job.options["story_ids"]) == ids
            assert db.session.scalar(sa.select(sa.func.count()).select_from(Story).where(
                Story.id.in_(ids))) == len(ids)  # fmt: skip


# A browser posts the form percent-encoded: 9 bytes for each CJK character, 12 for a 4-byte one.
# MAX_CONTENT_LENGTH must let 50,000 such characters through, not only 50,000 bytes.
def test_requirements_under_the_character_limit_are_never_refused_as_too_large(client, logged_in):
    text = "用户必须能够下订单并跟踪配送。" * 2_000  # 30,000 characters

    response = logged_in.submit(text)

    assert response.status_code == 303


# An id past 2**63 - 1 fits no database column: every address with one is a 404, not a 500.
@pytest.mark.parametrize(
    "method, path",
    [
        ("GET", "/maps/{id}"),
        ("GET", "/maps/{id}/export.json"),
        ("GET", "/jobs/{id}"),
        ("GET", "/jobs/{id}/status"),
        ("GET", "/wireframes/{id}.txt"),
        ("GET", "/maps/new?from_job={id}"),
        ("POST", "/maps/{id}/wireframes"),
        ("POST", "/maps/{id}/improve"),
    ],
)
def test_an_id_too_big_for_the_database_is_not_found(app, client, logged_in, method, path):
    app.config["PROPAGATE_EXCEPTIONS"] = False  # answer as production does: a 500 page
    url = path.format(id=2**63)
    data = {"csrf_token": logged_in.token("/maps/new")} if method == "POST" else None

    response = client.open(url, method=method, data=data)

    assert response.status_code == 404
