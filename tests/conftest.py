"""Fixtures shared by every test: the app, its client, auth actions and a worker."""

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import dramatiq
import flask_migrate
import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from tests.resources import create_database, database_url, drop_database
from webapp import create_app
from webapp.extensions import db

FOOD_DELIVERY = (
    "A food delivery app where customers order from nearby restaurants. "
    "Customers must be able to browse menus and place an order. "
    "Customers should be able to track the courier on a map. "
    "Couriers can accept delivery requests. "
    "Restaurant staff must be able to update the menu."
)


def pytest_configure():
    """Run the apps the tests build, and the processes they start, as development.

    An unset APP_ENV means production (short test secrets refused); the tests that check
    production set APP_ENV themselves.
    """
    os.environ["APP_ENV"] = "development"


#: Set (``make test-postgres``) to run the same tests on PostgreSQL instead of SQLite: the
#: server (and user) to make this session's own database on; the URL's database is not used.
SUITE_SERVER_URL = os.environ.get("TEST_SUITE_DATABASE_URL")
SUITE_DATABASE_URL = database_url(SUITE_SERVER_URL, "_suite") if SUITE_SERVER_URL else None
_suite_database_made = False
NO_POOL = {"poolclass": NullPool}
#: The SQLite file the migrations built, copied for each test (``migrated_sqlite``).
_migrated: Path | None = None


def _test_config(database_uri: str) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": database_uri,
        "BROKER_URL": None,
        # Retries of transient failures wait milliseconds, not seconds.
        "JOB_MIN_BACKOFF_MS": 10,
        "JOB_MAX_BACKOFF_MS": 20,
        # Tests that want the outbox sweep or the reaper call them directly.
        "JOB_SWEEP_SECONDS": 0,
        # Tests make jobs faster than people do; tests/web/test_rate_limits.py turns them on.
        "RATELIMIT_ENABLED": False,
        # On PostgreSQL, no pool: an app a test forgets to dispose leaves no open connection.
        **({"SQLALCHEMY_ENGINE_OPTIONS": NO_POOL} if SUITE_DATABASE_URL else {}),
    }


def make_app(tmp_path, **config):
    """An app on a fresh database built by the migrations, with the in-process broker.

    SQLite in a temporary file by default: a copy of the file the migrations built once for
    the session, unless ``tmp_path`` has one already (a test's second app on the same data).
    With ``TEST_SUITE_DATABASE_URL``, PostgreSQL: the session's own database, its schema built
    from the migrations once and emptied before each test.
    """
    sqlite_file = tmp_path / "test.sqlite3"
    copied = not (SUITE_DATABASE_URL or "SQLALCHEMY_DATABASE_URI" in config or sqlite_file.exists())
    if copied:
        shutil.copyfile(migrated_sqlite(), sqlite_file)
    database_uri = SUITE_DATABASE_URL or f"sqlite:///{sqlite_file}"
    app = create_app({**_test_config(database_uri), **config})
    with app.app_context():
        if SUITE_DATABASE_URL and app.config["SQLALCHEMY_DATABASE_URI"] == SUITE_DATABASE_URL:
            _empty_postgres()
        elif not copied:
            flask_migrate.upgrade()  # a test may have downgraded; otherwise nothing to do
    return app


def migrated_sqlite() -> Path:
    """A SQLite file with the schema the migrations build, made once per session."""
    global _migrated
    if _migrated is None:
        path = Path(tempfile.mkdtemp(prefix="storymapper-schema-")) / "migrated.sqlite3"
        app = create_app(_test_config(f"sqlite:///{path}"))
        with app.app_context():
            flask_migrate.upgrade()
            db.engine.dispose()
        _migrated = path
    return _migrated


def _empty_postgres() -> None:
    global _suite_database_made
    if not _suite_database_made:
        create_database(SUITE_DATABASE_URL)
        _suite_database_made = True
    flask_migrate.upgrade()  # a test may have downgraded; otherwise nothing to do
    tables = ", ".join(table.name for table in db.metadata.sorted_tables)
    db.session.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    db.session.commit()


def pytest_sessionfinish():
    """Remove the migrated SQLite file and drop this session's PostgreSQL database."""
    if _migrated is not None:
        shutil.rmtree(_migrated.parent, ignore_errors=True)
    if _suite_database_made:
        drop_database(SUITE_DATABASE_URL)


@pytest.fixture
def app(tmp_path):
    app = make_app(tmp_path)
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def runner(app):
    """Runs ``flask`` commands against the test app."""
    return app.test_cli_runner()


@pytest.fixture
def broker(app):
    return app.extensions["dramatiq"]


@pytest.fixture
def stub_worker(broker):
    """A Dramatiq worker on the in-process broker; ``broker.join(queue)`` waits for it."""
    worker = dramatiq.Worker(broker, worker_timeout=50)
    worker.start()
    yield worker
    worker.stop()


def redeliver(app, job_id: int) -> None:
    """Deliver the job's message again, as RabbitMQ does when a worker dies before its ack."""
    from webapp.jobs.kinds import JOB_KINDS
    from webapp.models import Job

    with app.app_context():
        job = db.session.get(Job, job_id)
        kind = JOB_KINDS[job.kind]
        message = dramatiq.Message(
            queue_name=kind.queue, actor_name=kind.actor, args=(job_id,), kwargs={}, options={}
        )
        message = message.copy(message_id=job.message_id)
    app.extensions["dramatiq"].enqueue(message)


def csrf_token_from(html: str) -> str:
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html
    )
    assert match, "page has no CSRF token"
    return match.group(1)


class AuthActions:
    """Register, log in and log out through the real forms, CSRF token included."""

    def __init__(self, client):
        self.client = client

    def token(self, path="/login") -> str:
        return csrf_token_from(self.client.get(path).get_data(as_text=True))

    def register(self, email="ada@example.com", password="correct horse"):
        return self.client.post(
            "/register",
            data={
                "email": email,
                "password": password,
                "confirm": password,
                "csrf_token": self.token("/register"),
            },
        )

    def login(self, email="ada@example.com", password="correct horse"):
        return self.client.post(
            "/login", data={"email": email, "password": password, "csrf_token": self.token()}
        )

    def logout(self):
        return self.client.post("/logout", data={"csrf_token": self.token("/maps")})

    def submit(self, requirements=FOOD_DELIVERY, enhance=False):
        data = {"requirements": requirements, "csrf_token": self.token("/maps/new")}
        if enhance:
            data["enhance"] = "y"
        return self.client.post("/maps", data=data)


@pytest.fixture
def auth(client):
    return AuthActions(client)


def job_id_from(response) -> int:
    match = re.search(r"/jobs/(\d+)$", response.headers["Location"])
    assert match, response.headers["Location"]
    return int(match.group(1))


@pytest.fixture(autouse=True)
def _push_request_context():
    """Override pytest-flask's: no request context around the test.

    With one pushed, every test-client request shares its app context and so ``g``, where
    Flask-Login keeps the logged-in user: a second client would be taken for the first.
    """


@contextlib.contextmanager
def counted_statements(app) -> Iterator[list[str]]:
    """Collect, in the list it yields, the SQL statements sent inside the ``with`` block."""
    statements = []
    with app.app_context():
        engine = db.engine
    listen = lambda *args: statements.append(args[2])  # noqa: E731
    sa.event.listen(engine, "before_cursor_execute", listen)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", listen)


def statements_for(app, client, path: str, **headers) -> list[str]:
    """The SQL statements one GET of ``path`` sends (it must answer 200 or 304)."""
    with counted_statements(app) as statements:
        response = client.get(path, headers=headers)
    assert response.status_code in (200, 304)
    return statements
