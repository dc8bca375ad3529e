"""The job queue on this machine's RabbitMQ and PostgreSQL: priority overtaking and per-job cost.

1. Priority overtake: a worker (``bin/worker``, one process) is busy with 200 bulk map jobs
   of ``tests/data/long_spec.md``; one interactive job is submitted. Its rank is how many
   jobs started from its submission up to and including itself (1: it was next), once with
   the prefetch ``bin/worker`` sets (= threads) and once with Dramatiq's default (2 x threads).
2. Queue overhead: no-op jobs with a map job's full bookkeeping (row, ``enqueue_map_job``,
   ``job_actor``, ``start_job``, a step, ``finish_job``) against a bare Dramatiq actor, on
   the same broker and worker threads (``bench/queue_actors.py``): milliseconds to submit
   one, and jobs per second through the worker.

Run with `make bench` (or `.venv/bin/python -m bench.queue_operations [--threads 2]
[--jobs 1000]`). It uses the RabbitMQ vhost ``bench`` and the PostgreSQL database ``bench``,
made if missing, and rebuilds that database's schema; BENCH_BROKER_URL and
BENCH_DATABASE_URL point it elsewhere.
Figures are for this machine and this run only; compare them as ratios.
"""

import argparse
import contextlib
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import flask_migrate
import pika
import sqlalchemy as sa
from flask import Flask

from webapp import create_app
from webapp.extensions import db
from webapp.jobs.kinds import BULK_PRIORITY
from webapp.jobs.publishing import enqueue_map_job, publish_job
from webapp.models import Job, JobKind, JobStatus, User, utcnow

DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/bench"
)
BROKER_URL = os.environ.get("BENCH_BROKER_URL", "amqp://guest:guest@127.0.0.1:5672/bench")
#: The test suites' databases: this benchmark drops its database's schema, never theirs.
PROTECTED_DATABASES = {"test", "mine"}
QUEUES = tuple(
    f"{name}{suffix}"
    for name in ("maps", "wireframes", "improvements", "regenerations", "bench-jobs", "bench-raw")
    for suffix in ("", ".DQ", ".XQ")
)
ROOT = Path(__file__).resolve().parents[1]
BACKLOG = 200
#: A long document, so that each bulk job takes a while and the backlog lasts.
BULK_TEXT = (ROOT / "tests" / "data" / "long_spec.md").read_text()
INTERACTIVE_TEXT = "Couriers must be able to accept a delivery."
#: Jobs run before each timed batch, so that connections and imports are not in the figures.
WARM_UP = 20


def prepare_database(url: str) -> None:
    """Create the benchmark's database if missing and give it an empty ``public`` schema."""
    address = sa.engine.make_url(url)
    if address.database in PROTECTED_DATABASES:
        raise SystemExit(f"Refusing to rebuild the {address.database!r} database the tests use.")
    server = sa.create_engine(address.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        exists = connection.scalar(
            sa.text("SELECT 1 FROM pg_database WHERE datname = :name"),
            {"name": address.database},
        )
        if not exists:
            connection.execute(sa.text(f'CREATE DATABASE "{address.database}"'))
    server.dispose()
    engine = sa.create_engine(address)
    with engine.begin() as connection:
        # The schema comes from the migrations alone, as in production.
        connection.execute(sa.text("DROP SCHEMA public CASCADE"))
        connection.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


def rabbitmqctl(*arguments: str) -> str:
    return subprocess.run(
        ["rabbitmqctl", "--quiet", *arguments], capture_output=True, text=True, check=True
    ).stdout


def prepare_vhost(url: str) -> str:
    """Create the broker URL's vhost with full rights for its user if missing; return its name."""
    address = urllib.parse.urlsplit(url)
    vhost = urllib.parse.unquote(address.path[1:]) or "/"
    if vhost not in rabbitmqctl("list_vhosts", "--no-table-headers").splitlines():
        rabbitmqctl("add_vhost", vhost)
        rabbitmqctl("set_permissions", "-p", vhost, address.username or "guest", ".*", ".*", ".*")
    return vhost


def prepared_app(redis_url: str | None = None) -> Flask:
    """The app on the benchmark's database (schema rebuilt by the migrations) and vhost."""
    prepare_database(DATABASE_URL)
    prepare_vhost(BROKER_URL)
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": DATABASE_URL,
            "BROKER_URL": BROKER_URL,
            "SECRET_KEY": "bench-secret-of-32-bytes-or-more-ok",
            "REDIS_URL": redis_url,
        }
    )
    with app.app_context():
        flask_migrate.upgrade()
    return app


def rabbitmq_connection() -> pika.BlockingConnection:
    parameters = pika.URLParameters(BROKER_URL)
    parameters.connection_attempts = 1
    parameters.socket_timeout = 3
    return pika.BlockingConnection(parameters)


def queue_state(channel, queue: str) -> tuple[int, int]:
    """Messages ready on ``queue`` and consumers of it (0, 0 while nothing declared it)."""
    try:
        method = channel.queue_declare(queue, passive=True).method
    except pika.exceptions.ChannelClosedByBroker:
        return 0, 0
    return method.message_count, method.consumer_count


def consumers(queue: str) -> int:
    connection = rabbitmq_connection()
    try:
        return queue_state(connection.channel(), queue)[1]
    finally:
        if connection.is_open:
            connection.close()


def start_afresh() -> None:
    """Empty every table and every queue of the benchmark's vhost."""
    tables = ", ".join(table.name for table in db.metadata.sorted_tables)
    db.session.execute(sa.text(f"TRUNCATE {tables} CASCADE"))
    db.session.commit()
    connection = rabbitmq_connection()
    for queue in QUEUES:
        # Purging a queue nothing declared yet closes the channel, so each gets its own.
        channel = connection.channel()
        try:
            channel.queue_purge(queue)
        except pika.exceptions.ChannelClosedByBroker:
            continue
        channel.close()
    connection.close()


def owner() -> User:
    user = User(email="bench@example.com")
    user.set_password("correct horse")
    db.session.add(user)
    db.session.commit()
    return user


def worker_environment(**settings: str) -> dict[str, str]:
    """The environment of a worker that sees only the benchmark's database and vhost.

    No LLM provider (the offline generator makes every map), no Redis, and no prefetch
    setting but the one a scenario asks for.
    """
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.endswith("_API_KEY")
        and name not in {"LLM_BASE_URL", "LLM_MODEL", "REDIS_URL", "dramatiq_queue_prefetch"}
    }
    environment.update(
        DATABASE_URL=DATABASE_URL,
        BROKER_URL=BROKER_URL,
        SECRET_KEY="bench-secret-of-32-bytes-or-more-ok",
        PYTHON=sys.executable,
        **settings,
    )
    return environment


@contextlib.contextmanager
def running_worker(
    command: list[str], environment: dict[str, str], queues: tuple[str, ...]
) -> Iterator[subprocess.Popen]:
    """Run a worker, once it consumes ``queues`` (at once for none); stop it with SIGTERM."""
    log_path = Path(tempfile.mkdtemp(prefix="bench-worker-")) / "dramatiq.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 120
        while not all(consumers(queue) for queue in queues):
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"The worker did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.2)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_for(
    condition: Callable[[], bool], what: str, timeout: float = 120.0, interval: float = 0.02
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"Timed out after {timeout} s waiting until {what}.")
        time.sleep(interval)


def scalar(statement):
    """One value, read afresh: the workers commit in other sessions."""
    value = db.session.scalar(statement)
    db.session.rollback()
    return value


def count_jobs(*conditions) -> int:
    return scalar(sa.select(sa.func.count()).select_from(Job).where(*conditions))


@dataclass(frozen=True)
class Overtake:
    #: Jobs started from the interactive job's submission up to and including it (1: next).
    rank: int
    wait_seconds: float
    bulk_job_seconds: float
    bulk_still_queued: int


def priority_overtake(threads: int, prefetch: int | None) -> Overtake:
    """Submit an interactive job to a worker busy with a bulk backlog; see when it starts.

    ``prefetch`` None: the one ``bin/worker`` sets.
    """
    start_afresh()
    user = owner()
    for _ in range(BACKLOG):
        job = Job(user_id=user.id, kind=JobKind.MAP, requirements=BULK_TEXT, priority=BULK_PRIORITY)
        db.session.add(job)
        db.session.commit()
        if not publish_job(job):
            raise SystemExit("RabbitMQ refused a message.")
    settings = {"WORKER_PROCESSES": "1", "WORKER_THREADS": str(threads)}
    if prefetch is not None:
        settings["dramatiq_queue_prefetch"] = str(prefetch)
    with running_worker([str(ROOT / "bin" / "worker")], worker_environment(**settings), ("maps",)):
        wait_for(
            lambda: count_jobs(Job.started_at.is_not(None)) >= 2 * threads,
            "the worker is busy with the backlog",
        )
        # Taken before the row exists, as a person's click would be: a bulk job that starts
        # in between counts against the interactive one.
        submitted_at = utcnow()
        urgent_id = enqueue_map_job(user, INTERACTIVE_TEXT, enhance=False).id
        started_at = sa.select(Job.started_at).where(Job.id == urgent_id)
        wait_for(lambda: scalar(started_at) is not None, "the interactive job starts")
        urgent_started_at = scalar(started_at)
        still_queued = count_jobs(Job.status == JobStatus.QUEUED, Job.id != urgent_id)
    rank = count_jobs(Job.started_at > submitted_at, Job.started_at <= urgent_started_at)
    durations = db.session.scalars(
        sa.select(Job.duration_ms).where(
            Job.priority == BULK_PRIORITY, Job.status == JobStatus.COMPLETED
        )
    ).all()
    db.session.rollback()
    return Overtake(
        rank=rank,
        wait_seconds=(urgent_started_at - submitted_at).total_seconds(),
        bulk_job_seconds=statistics.median(durations) / 1000,
        bulk_still_queued=still_queued,
    )


@contextlib.contextmanager
def map_jobs_run_by(actor) -> Iterator[None]:
    """Publish map jobs to ``actor`` for a while.

    The bookkept path is then the real ``enqueue_map_job`` and ``publish_job``, unchanged
    (row, message id and enqueue time each committed), rather than a copy of them.
    """
    from webapp.jobs.kinds import JOB_KINDS, KindOfWork

    original = JOB_KINDS[JobKind.MAP]
    JOB_KINDS[JobKind.MAP] = KindOfWork(actor.queue_name, actor.actor_name, original.priority)
    try:
        yield
    finally:
        JOB_KINDS[JobKind.MAP] = original


@dataclass(frozen=True)
class Throughput:
    jobs: int
    #: Submitting them one after another from one thread, with no worker running.
    submit_seconds: float
    #: The worker taking them off the queue, warm and with the whole batch waiting.
    worker_seconds: float

    @property
    def submit_milliseconds_per_job(self) -> float:
        return self.submit_seconds / self.jobs * 1000

    @property
    def worker_jobs_per_second(self) -> float:
        return self.jobs / self.worker_seconds

    @property
    def worker_milliseconds_per_job(self) -> float:
        return self.worker_seconds / self.jobs * 1000


def run_batch(
    submit: Callable[[], None],
    queue: str,
    count: int,
    worker: Callable[[], contextlib.AbstractContextManager],
    all_done: Callable[[], bool],
) -> Throughput:
    """Queue ``WARM_UP`` then ``count`` messages, then start the worker and time it on them.

    Submitting and running are timed apart: one submitting thread is slower than the
    worker, so a clock around both would time the submitting alone.

    The worker's clock runs from the moment ``count`` messages are left ready on the queue
    (the warm-up is taken) to the moment none is. Both ends leave the worker's prefetch in
    flight, so this is the time of ``count`` messages in the steady state.
    """
    for _ in range(WARM_UP):
        submit()
    started = time.perf_counter()
    for _ in range(count):
        submit()
    submit_seconds = time.perf_counter() - started

    connection = rabbitmq_connection()
    channel = connection.channel()
    with worker() as process:

        def ready_at_most(limit: int) -> bool:
            if process.poll() is not None:
                raise SystemExit(f"The worker stopped with exit code {process.returncode}.")
            return queue_state(channel, queue)[0] <= limit

        wait_for(lambda: ready_at_most(count), "the warm-up is taken", interval=0.001)
        started = time.perf_counter()
        wait_for(lambda: ready_at_most(0), f"{queue} is drained", interval=0.001)
        worker_seconds = time.perf_counter() - started
        wait_for(all_done, f"the messages of {queue} are done")
    connection.close()
    return Throughput(count, submit_seconds, worker_seconds)


def unacknowledged(vhost: str, queue: str) -> int:
    listing = rabbitmqctl(
        "list_queues", "-p", vhost, "--no-table-headers", "name", "messages_unacknowledged"
    )
    counts = dict(line.split() for line in listing.splitlines() if line.strip())
    return int(counts.get(queue, 0))


def queue_overhead(threads: int, count: int, vhost: str) -> tuple[Throughput, Throughput]:
    """Time no-op jobs with and without the job bookkeeping, on the same worker."""
    start_afresh()
    user = owner()
    # Imported now that the app has made its broker the global one, to which they bind.
    from bench import queue_actors

    command = [sys.executable, "-m", "dramatiq", "worker", "bench.queue_actors"]
    command += ["--processes", "1", "--threads", str(threads)]
    environment = worker_environment(dramatiq_queue_prefetch=str(threads))

    def worker():
        return running_worker(command, environment, queues=())

    # Both actors also pass through the app's middleware (app context, job outcome), which is
    # broker-wide; the difference between them is the job bookkeeping alone.
    with map_jobs_run_by(queue_actors.noop_job):
        bookkept = run_batch(
            lambda: enqueue_map_job(user, "bench", enhance=False),
            "bench-jobs",
            count,
            worker,
            lambda: count_jobs(Job.status == JobStatus.COMPLETED) == WARM_UP + count,
        )
    raw = run_batch(
        lambda: queue_actors.noop.send(0),
        "bench-raw",
        count,
        worker,
        lambda: unacknowledged(vhost, "bench-raw") == 0,
    )
    return bookkept, raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2, help="worker threads (default 2)")
    parser.add_argument("--jobs", type=int, default=1000, help="no-op jobs per path (default 1000)")
    arguments = parser.parse_args()
    threads = arguments.threads
    # Only the table: not the migrations' progress, nor pika on each purge of a queue that
    # nothing declared yet.
    logging.disable(logging.INFO)
    logging.getLogger("pika").setLevel(logging.ERROR)

    app = prepared_app()
    vhost = prepare_vhost(BROKER_URL)
    with app.app_context():
        print(
            f"{os.cpu_count()} cores, one worker process of {threads} threads;"
            " figures from one run."
        )
        print(f"\nPriority overtake: 1 interactive job against {BACKLOG} bulk map jobs")
        print(f"{'prefetch':<24} {'rank':>5} {'wait s':>7} {'bulk job s':>11} {'bulk queued':>12}")
        for label, prefetch in (
            (f"{threads} (bin/worker)", None),
            (f"{2 * threads} (Dramatiq default)", 2 * threads),
        ):
            result = priority_overtake(threads, prefetch)
            print(
                f"{label:<24} {result.rank:>5} {result.wait_seconds:>7.2f}"
                f" {result.bulk_job_seconds:>11.2f} {result.bulk_still_queued:>12}"
            )

        bookkept, raw = queue_overhead(threads, arguments.jobs, vhost)
        print(f"\nQueue overhead: {arguments.jobs} no-op jobs, prefetch {threads}")
        print(f"{'path':<16} {'submit ms/job':>14} {'worker jobs/s':>14} {'worker ms/job':>14}")
        for label, result in (("job bookkeeping", bookkept), ("raw Dramatiq", raw)):
            print(
                f"{label:<16} {result.submit_milliseconds_per_job:>14.2f}"
                f" {result.worker_jobs_per_second:>14.0f}"
                f" {result.worker_milliseconds_per_job:>14.2f}"
            )
        print(
            "A bookkept job takes"
            f" {bookkept.submit_milliseconds_per_job / raw.submit_milliseconds_per_job:.1f}x"
            f" as long to submit"
            f" (+{bookkept.submit_milliseconds_per_job - raw.submit_milliseconds_per_job:.1f} ms)"
            f" and {raw.worker_jobs_per_second / bookkept.worker_jobs_per_second:.1f}x"
            " as long to run"
            f" (+{bookkept.worker_milliseconds_per_job - raw.worker_milliseconds_per_job:.1f} ms)."
        )
    app.extensions["dramatiq"].close()


if __name__ == "__main__":
    main()
