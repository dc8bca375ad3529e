"""The production shape under load: gunicorn and bin/worker on this machine's services.

Each block is one measurement the product's issue asks for, with its target where it has one.

1. Submit latency. 1,000 map jobs of ``tests/data/long_spec.md`` are queued and one
   ``bin/worker`` process (``--threads``, 2) is busy on them; meanwhile ``POST /maps``
   goes through gunicorn as production runs it (``gunicorn.conf.py``: 2 processes per core
   of 4 threads), first from 1 submitter one request after another, then from 10
   concurrent submitters, each its own user and connection, each posting again as soon as
   it has its answer. Milliseconds at the client, from sending the form to the 303 (and,
   beside them, the time gunicorn's access log gives), after 5 untimed submissions per
   submitter (every web thread then has its database and broker connections). Target:
   p99 <= 50 ms. Every answer must be the 303 to its job page, and every job's row must
   exist with its message published; the backlog must still be queued at the end, so the
   worker was busy throughout. The submitters run in this process, on the same cores.
2. Map page. ``GET /maps/<id>`` of a 300-story map (6 activities x 5 tasks x 10 stories,
   seeded straight into the database), requests one after another through the same
   gunicorn: the time at the client and the time gunicorn logs for each request (its
   access log's whole milliseconds), the page's size, and the SQL statements one render
   issues, counted in this process with the Flask test client for a 3-story and the
   300-story map (``before_cursor_execute``, which does not see the pool's pre-ping).
   Target: at most 5 statements, the same for both.
3. Worker throughput. 200 map jobs of ``tests/data/bulleted_prd.md`` with the offline
   generator, run by ``bin/worker`` with 1, 2 and 4 processes of 2 threads. The clock runs
   from the moment every process consumes (the jobs finished before that are left out, so
   that slower start-ups of more processes do not count) to the last job's completion,
   both from the job rows. Every job must end completed with exactly one map.
4. Memory. RSS, PSS and USS (private pages) from ``/proc/<pid>/smaps_rollup``: gunicorn's
   web processes after the above and 1,000 more requests of mixed pages (map pages, the
   list, the form, a job page and its status, exports), and ``bin/worker``'s worker
   processes after their jobs (the 1,000-job backlog of 1., and 3.'s runs).

Run with `.venv/bin/python -m bench.production` (options: ``--help``); it takes about two
minutes. Gunicorn listens on 127.0.0.1:8766 (``--port``). It uses the RabbitMQ vhost and
the PostgreSQL database of ``bench.queue_operations`` (both ``bench``, made if missing; its
schema is rebuilt), or the ones BENCH_BROKER_URL and BENCH_DATABASE_URL name: give them
their own names when another benchmark may be running on the same machine, e.g.

    BENCH_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/bench2 \\
    BENCH_BROKER_URL=amqp://guest:guest@127.0.0.1:5672/bench2 \\
    .venv/bin/python -m bench.production

The rate limits are off and gunicorn does not recycle its processes (``bench/servers.py``).
Percentiles are nearest-rank: p99 of 200 requests is the third slowest. Figures are for this
machine and this run only (the load average is printed with them).
"""

import argparse
import logging
import math
import os
import re
import statistics
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import sqlalchemy as sa
from flask import Flask

from bench.queue_operations import (
    BROKER_URL,
    BULK_TEXT,
    DATABASE_URL,
    ROOT,
    consumers,
    count_jobs,
    owner,
    prepared_app,
    running_worker,
    scalar,
    start_afresh,
    wait_for,
    worker_environment,
)
from bench.servers import (
    csrf_token,
    gunicorn_milliseconds,
    gunicorn_with_access_log,
    logged_in_client,
)
from webapp.extensions import db
from webapp.jobs.publishing import enqueue_map_job
from webapp.models import (
    RELEASE_NAMES,
    Activity,
    Job,
    JobStatus,
    Project,
    Release,
    Story,
    Task,
    User,
    utcnow,
)

PORT = 8766
WORKER = [str(ROOT / "bin" / "worker")]
#: What a person pastes in the form: a few sentences of requirements.
REQUIREMENT = (
    "A food delivery app where customers order from nearby restaurants and couriers deliver"
    " the food. Customers must be able to browse menus, place an order and pay by card."
    " Customers should be able to track the courier on a map until the food arrives."
)
#: A short document, so that the workers' throughput is not only the generator's.
THROUGHPUT_TEXT = (ROOT / "tests" / "data" / "bulleted_prd.md").read_text()
SUBMIT_TARGET_MS = 50
STATEMENT_TARGET = 5
#: Untimed submissions per submitter before the timed ones.
WARM_UP_SUBMISSIONS = 5
#: Untimed page requests before the timed ones.
WARM_UP_PAGES = 10
MIB = 1024 * 1024


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile: the smallest value at least ``fraction`` of all reach."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


@dataclass(frozen=True)
class Latencies:
    milliseconds: list[float]

    def at(self, fraction: float) -> float:
        return percentile(self.milliseconds, fraction)

    @property
    def maximum(self) -> float:
        return max(self.milliseconds)


# 1. Submit latency -------------------------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    milliseconds: float
    status: int
    #: From the 303's Location; None for any other answer.
    job_id: int | None


def submit(client: httpx.Client, token: str) -> Submission:
    """Post the requirements form once, as the browser does, and time it to the answer."""
    started = time.perf_counter()
    response = client.post("/maps", data={"requirements": REQUIREMENT, "csrf_token": token})
    milliseconds = (time.perf_counter() - started) * 1000
    match = re.search(r"/jobs/(\d+)$", response.headers.get("location", ""))
    redirected = response.status_code == 303 and match is not None
    return Submission(milliseconds, response.status_code, int(match[1]) if redirected else None)


def submit_concurrently(clients: list[httpx.Client], count: int) -> tuple[list[Submission], float]:
    """Make ``count`` submissions split over ``clients``, one thread each; return them and the
    wall-clock seconds they took together."""
    tokens = [csrf_token(client, "/maps/new") for client in clients]
    shares = [count // len(clients) + (i < count % len(clients)) for i in range(len(clients))]
    results: list[list[Submission]] = [[] for _ in clients]
    start = threading.Barrier(len(clients) + 1)

    def run(index: int) -> None:
        start.wait()
        for _ in range(shares[index]):
            results[index].append(submit(clients[index], tokens[index]))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(clients))]
    for thread in threads:
        thread.start()
    start.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    return [s for result in results for s in result], time.perf_counter() - started


@dataclass(frozen=True)
class SubmitRun:
    submitters: int
    latencies: Latencies
    #: As gunicorn's access log times them.
    server: Latencies
    seconds: float
    redirected: int
    #: Of the redirected submissions: job rows found, and of those, published to RabbitMQ.
    rows: int
    published: int

    @property
    def count(self) -> int:
        return len(self.latencies.milliseconds)


def timed_run(clients: list[httpx.Client], count: int, access_log: Path) -> SubmitRun:
    """Make ``count`` submissions from ``clients``; check each made its job and published it."""
    offset = access_log.stat().st_size
    submissions, seconds = submit_concurrently(clients, count)
    ids = [s.job_id for s in submissions if s.job_id is not None]
    return SubmitRun(
        submitters=len(clients),
        latencies=Latencies([s.milliseconds for s in submissions]),
        server=Latencies(gunicorn_milliseconds(access_log, offset, "POST /maps", 303)),
        seconds=seconds,
        redirected=len(ids),
        rows=count_jobs(Job.id.in_(ids)),
        published=count_jobs(Job.id.in_(ids), Job.enqueued_at.is_not(None)),
    )


@dataclass(frozen=True)
class SubmitLatency:
    runs: list[SubmitRun]
    backlog: int
    #: Backlog jobs still queued after the last timed submission.
    backlog_left: int
    worker_memory: list["Memory"]


def submit_latency(
    base_url: str, access_log: Path, backlog: int, count: int, submitters: int, threads: int
) -> SubmitLatency:
    """Time ``POST /maps`` while one worker process is busy with a backlog of map jobs."""
    start_afresh()
    user = owner()
    for _ in range(backlog):
        enqueue_map_job(user, BULK_TEXT, enhance=False)
    last_backlog_id = scalar(sa.select(sa.func.max(Job.id)))
    clients = [logged_in_client(base_url, f"submitter{i}@example.com") for i in range(submitters)]
    environment = worker_environment(WORKER_PROCESSES="1", WORKER_THREADS=str(threads))
    try:
        with running_worker(WORKER, environment, ("maps",)) as worker:
            wait_for(
                lambda: count_jobs(Job.started_at.is_not(None)) >= 2 * threads,
                "the worker is busy with the backlog",
            )
            warm_up, _ = submit_concurrently(clients, WARM_UP_SUBMISSIONS * submitters)
            if any(s.job_id is None for s in warm_up):
                raise SystemExit(f"A submission failed: {[s.status for s in warm_up]}")
            runs = [timed_run(group, count, access_log) for group in (clients[:1], clients)]
            backlog_left = count_jobs(Job.status == JobStatus.QUEUED, Job.id <= last_backlog_id)
            worker_memory = [memory(pid) for pid in child_pids(worker.pid)]
    finally:
        for client in clients:
            client.close()
    return SubmitLatency(runs, backlog, backlog_left, worker_memory)


def print_submit_latency(result: SubmitLatency, threads: int) -> None:
    print(
        f"\n1. Submit latency: POST /maps through gunicorn, {result.backlog} map jobs queued"
        f" and 1 worker process of {threads} threads busy on them"
    )
    print(
        f"{'submitters':<11} {'requests':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"
        f" {'max ms':>7} {'req/s':>6} {'303s':>5} {'rows':>5} {'sent':>5}"
        f"  p99 <= {SUBMIT_TARGET_MS} ms  in gunicorn: p50, p99"
    )
    for run in result.runs:
        latencies = run.latencies
        verdict = "met" if latencies.at(0.99) <= SUBMIT_TARGET_MS else "MISSED"
        print(
            f"{run.submitters:<11} {run.count:>8} {latencies.at(0.50):>7.1f}"
            f" {latencies.at(0.95):>7.1f} {latencies.at(0.99):>7.1f} {latencies.maximum:>7.1f}"
            f" {run.count / run.seconds:>6.0f} {run.redirected:>5} {run.rows:>5}"
            f" {run.published:>5}  {verdict:<14}"
            f" {run.server.at(0.50):>4.0f}, {run.server.at(0.99):.0f} ms"
        )
    lost = sum(run.count - run.published for run in result.runs)
    print(
        f"Submissions without a 303, a job row or a published message: {lost}."
        f" Backlog jobs still queued at the end: {result.backlog_left} of {result.backlog}."
    )


# 2. Map page -------------------------------------------------------------------------------


def seed_map(user_id: int, *, activities: int, tasks: int, stories: int) -> int:
    """A map of activities x tasks x stories, straight into the database; return its id."""
    project = Project(
        user_id=user_id,
        product_name=f"Map of {activities * tasks * stories} stories",
        requirements=REQUIREMENT,
        generator="offline",
    )
    project.releases = [Release(name=name, position=i) for i, name in enumerate(RELEASE_NAMES)]
    db.session.add(project)
    db.session.flush()
    for a in range(activities):
        activity = Activity(position=a, title=f"Do thing {a}")
        project.activities.append(activity)
        for t in range(tasks):
            task = Task(position=t, title=f"Task {a}.{t}")
            activity.tasks.append(task)
            for s in range(stories):
                task.stories.append(
                    Story(
                        position=s,
                        title=f"Story {a}.{t}.{s}",
                        description=f"As a customer, I want thing {a}.{t}.{s}, so that it works.",
                        acceptance_criteria=[
                            "Given a customer, when they act, then it works.",
                            "Given a failure, when they act, then they see an error.",
                        ],
                        priority=RELEASE_NAMES[s % 3],
                        release=project.releases[s % 3],
                        sources=[REQUIREMENT.split(". ")[1]],
                    )
                )
    db.session.commit()
    return project.id


def statements_for(app: Flask, user_id: int, path: str) -> list[str]:
    """The SQL statements one GET of ``path`` issues, as ``user_id``, in this process.

    The request runs in a thread of its own, so that it gets its own app context, database
    session and ``g`` (where Flask-Login keeps the user), as a request to gunicorn does:
    in this thread it would share the benchmark's app context and find the user loaded.
    """
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = str(user_id)
        session["_fresh"] = True
    statements: list[str] = []
    responses = []

    def record(connection, cursor, statement, *rest) -> None:
        statements.append(statement)

    engine = db.engine
    request = threading.Thread(target=lambda: responses.append(client.get(path)))
    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        request.start()
        request.join()
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
    if not responses or responses[0].status_code != 200:
        raise SystemExit(f"GET {path} in-process failed: {responses}")
    return statements


@dataclass(frozen=True)
class MapPage:
    stories: int
    client: Latencies
    server: Latencies
    page_bytes: int
    statements: dict[int, list[str]]


def map_page(
    app: Flask, client: httpx.Client, access_log: Path, requests: int
) -> tuple[MapPage, int, int]:
    """Time the page of a 300-story map; return it with the big and the small map's ids."""
    user_id = db.session.scalar(sa.select(User.id).where(User.email == "reader@example.com"))
    small = seed_map(user_id, activities=1, tasks=1, stories=3)
    big = seed_map(user_id, activities=6, tasks=5, stories=10)
    statements = {
        count: statements_for(app, user_id, f"/maps/{project_id}")
        for count, project_id in ((3, small), (300, big))
    }
    path = f"/maps/{big}"
    for _ in range(WARM_UP_PAGES):
        client.get(path).raise_for_status()
    offset = access_log.stat().st_size
    milliseconds = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(path)
        milliseconds.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"GET {path} answered {response.status_code}.")
    server = gunicorn_milliseconds(access_log, offset, f"GET {path}", 200)
    if len(server) != requests:
        raise SystemExit(f"gunicorn logged {len(server)} of {requests} requests of {path}.")
    result = MapPage(
        stories=300,
        client=Latencies(milliseconds),
        server=Latencies(server),
        page_bytes=len(response.content),
        statements=statements,
    )
    return result, big, small


def print_map_page(result: MapPage, requests: int) -> None:
    print(
        f"\n2. Map page: GET /maps/<id> of a {result.stories}-story map,"
        f" {requests} requests one after another"
    )
    print(f"{'measured at':<24} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}")
    for label, latencies in (
        ("client", result.client),
        ("gunicorn (access log)", result.server),
    ):
        print(
            f"{label:<24} {latencies.at(0.50):>7.1f} {latencies.at(0.99):>7.1f}"
            f" {latencies.maximum:>7.1f}"
        )
    print(f"Page size: {result.page_bytes:,} bytes (uncompressed).")
    counts = {stories: len(statements) for stories, statements in result.statements.items()}
    constant = len(set(counts.values())) == 1
    within = max(counts.values()) <= STATEMENT_TARGET
    print(
        "SQL statements per render: "
        + ", ".join(f"{n} for {stories} stories" for stories, n in counts.items())
        + f"; target <= {STATEMENT_TARGET} and constant:"
        f" {'met' if constant and within else 'MISSED'}."
    )
    for number, statement in enumerate(result.statements[result.stories], 1):
        print(f"  {number}. {' '.join(statement.split())[:110]}")


# 3. Worker throughput ----------------------------------------------------------------------


@dataclass(frozen=True)
class WorkerRun:
    processes: int
    #: Jobs finished after every process consumed, and the seconds they took.
    timed_jobs: int
    seconds: float
    #: Seconds from starting bin/worker to every process consuming.
    start_up_seconds: float
    median_job_ms: float
    completed: int
    #: Jobs with no map or more than one.
    wrong_maps: int
    memory: list["Memory"]

    @property
    def jobs_per_second(self) -> float:
        return self.timed_jobs / self.seconds


def worker_throughput(processes: int, threads: int, jobs: int) -> WorkerRun:
    """Queue ``jobs`` map jobs, then time ``bin/worker`` with ``processes`` processes on them."""
    start_afresh()
    user = owner()
    for _ in range(jobs):
        enqueue_map_job(user, THROUGHPUT_TEXT, enhance=False)
    environment = worker_environment(WORKER_PROCESSES=str(processes), WORKER_THREADS=str(threads))
    launched = time.perf_counter()
    with running_worker(WORKER, environment, ("maps",)) as worker:
        wait_for(lambda: consumers("maps") >= processes, "every worker process consumes")
        all_consuming = utcnow()
        start_up_seconds = time.perf_counter() - launched
        wait_for(
            lambda: count_jobs(Job.status.in_([JobStatus.COMPLETED, JobStatus.FAILED])) == jobs,
            "every job has finished",
            timeout=600,
            interval=0.1,
        )
        worker_memory = [memory(pid) for pid in child_pids(worker.pid)]
    last_finished = scalar(sa.select(sa.func.max(Job.finished_at)))
    durations = db.session.scalars(sa.select(Job.duration_ms)).all()
    maps_per_job = sa.select(Job.id, sa.func.count(Project.id)).outerjoin(
        Project, Project.job_id == Job.id
    )
    wrong_maps = sum(
        1 for _, count in db.session.execute(maps_per_job.group_by(Job.id)) if count != 1
    )
    db.session.rollback()
    return WorkerRun(
        processes=processes,
        timed_jobs=count_jobs(Job.finished_at > all_consuming),
        seconds=(last_finished - all_consuming).total_seconds(),
        start_up_seconds=start_up_seconds,
        median_job_ms=statistics.median(d for d in durations if d is not None),
        completed=count_jobs(Job.status == JobStatus.COMPLETED),
        wrong_maps=wrong_maps,
        memory=worker_memory,
    )


def print_worker_throughput(runs: list[WorkerRun], jobs: int, threads: int) -> None:
    print(
        f"\n3. Worker throughput: {jobs} map jobs of bulleted_prd.md, offline generator,"
        f" bin/worker processes of {threads} threads, {os.cpu_count()} cores"
    )
    print(
        f"{'processes':<10} {'start-up s':>10} {'timed jobs':>10} {'seconds':>8} {'jobs/s':>7}"
        f" {f'x {runs[0].processes} proc':>8} {'job ms p50':>10} {'completed':>9} {'not 1 map':>9}"
    )
    base = runs[0].jobs_per_second
    for run in runs:
        print(
            f"{run.processes:<10} {run.start_up_seconds:>10.1f} {run.timed_jobs:>10}"
            f" {run.seconds:>8.2f} {run.jobs_per_second:>7.1f} {run.jobs_per_second / base:>8.2f}"
            f" {run.median_job_ms:>10.0f} {run.completed:>9} {run.wrong_maps:>9}"
        )


# 4. Memory ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Memory:
    """One process's memory in bytes: resident, proportional share, and private (unique)."""

    pid: int
    rss: int
    pss: int
    uss: int


def memory(pid: int) -> Memory:
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        name, _, value = line.partition(":")
        if value.strip().endswith("kB"):
            fields[name] = int(value.split()[0]) * 1024
    return Memory(
        pid,
        rss=fields["Rss"],
        pss=fields["Pss"],
        uss=fields["Private_Clean"] + fields["Private_Dirty"],
    )


def child_pids(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone meanwhile
            continue
        # The command name in parentheses may hold spaces; the parent's pid follows it.
        if int(stat.rpartition(")")[2].split()[1]) == pid:
            children.append(int(entry.name))
    return sorted(children)


def gunicorn_processes() -> tuple[Memory, list[Memory]]:
    """gunicorn's master process (a child of this one) and its web worker processes."""
    for pid in child_pids(os.getpid()):
        if b"gunicorn" in Path(f"/proc/{pid}/cmdline").read_bytes():
            return memory(pid), [memory(child) for child in child_pids(pid)]
    raise SystemExit("No gunicorn process under this one.")


def mixed_requests(clients: list[httpx.Client], paths: list[str], count: int) -> None:
    """GET ``count`` pages, taking ``paths`` in turn, spread over ``clients`` (one thread each)."""
    failures = []

    def run(index: int) -> None:
        client = clients[index]
        for number in range(index, count, len(clients)):
            path = paths[number % len(paths)]
            status = client.get(path).status_code
            if status != 200:
                failures.append(f"{path}: {status}")

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise SystemExit(f"Mixed requests failed: {failures[:5]}")


def print_memory(rows: list[tuple[str, list[Memory]]]) -> None:
    print("\n4. Memory (MiB; PSS shares pages with the other processes, USS is private)")
    print(f"{'process':<52} {'n':>2} {'RSS max':>8} {'PSS max':>8} {'USS max':>8}")
    for label, processes in rows:
        print(
            f"{label:<52} {len(processes):>2}"
            f" {max(p.rss for p in processes) / MIB:>8.1f}"
            f" {max(p.pss for p in processes) / MIB:>8.1f}"
            f" {max(p.uss for p in processes) / MIB:>8.1f}"
        )


# The run ---------------------------------------------------------------------------------


def load() -> str:
    return "load average " + " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=PORT, help=f"gunicorn's port ({PORT})")
    parser.add_argument("--threads", type=int, default=2, help="threads per worker process (2)")
    parser.add_argument("--backlog", type=int, default=1000, help="queued jobs in 1. (1000)")
    parser.add_argument(
        "--submissions", type=int, default=200, help="timed submissions per run in 1. (200)"
    )
    parser.add_argument("--submitters", type=int, default=10, help="concurrent submitters (10)")
    parser.add_argument("--page-requests", type=int, default=200, help="map page GETs (200)")
    parser.add_argument("--mixed-requests", type=int, default=1000, help="mixed GETs in 4. (1000)")
    parser.add_argument("--jobs", type=int, default=200, help="map jobs per run in 3. (200)")
    parser.add_argument(
        "--processes", default="1,2,4", help="worker processes to compare in 3. (1,2,4)"
    )
    arguments = parser.parse_args()
    threads = arguments.threads
    # Only the figures: not the migrations' progress, nor pika on each purge of a queue that
    # nothing declared yet.
    logging.disable(logging.INFO)
    logging.getLogger("pika").setLevel(logging.ERROR)

    app = prepared_app()
    memory_rows = []
    with app.app_context():
        print(
            f"{os.cpu_count()} cores, {load()}; database"
            f" {sa.engine.make_url(DATABASE_URL).database}, vhost {BROKER_URL.rsplit('/', 1)[1]};"
            " figures from one run."
        )
        with gunicorn_with_access_log(arguments.port) as (base_url, access_log):
            submitted = submit_latency(
                base_url,
                access_log,
                arguments.backlog,
                arguments.submissions,
                arguments.submitters,
                threads,
            )
            print_submit_latency(submitted, threads)

            reader = logged_in_client(base_url, "reader@example.com")
            page, big, small = map_page(app, reader, access_log, arguments.page_requests)
            print_map_page(page, arguments.page_requests)

            job_id = submit(reader, csrf_token(reader, "/maps/new")).job_id
            paths = [
                f"/maps/{big}",
                "/maps",
                f"/maps/{small}",
                "/maps/new",
                f"/jobs/{job_id}",
                f"/jobs/{job_id}/status",
                f"/maps/{big}/export.json",
                f"/maps/{big}/export.csv",
            ]
            clients = [httpx.Client(base_url=base_url, cookies=reader.cookies) for _ in range(8)]
            mixed_requests(clients, paths, arguments.mixed_requests)
            for client in (*clients, reader):
                client.close()
            master, web_workers = gunicorn_processes()
        served = arguments.submissions * 2 + arguments.page_requests + arguments.mixed_requests
        memory_rows += [
            (f"gunicorn web worker, ~{served:,} requests among them", web_workers),
            ("gunicorn master", [master]),
            (
                f"bin/worker process, after part of 1.'s {arguments.backlog:,} jobs",
                submitted.worker_memory,
            ),
        ]

        runs = []
        for processes in (int(p) for p in arguments.processes.split(",")):
            runs.append(worker_throughput(processes, threads, arguments.jobs))
            memory_rows.append(
                (f"bin/worker process, {processes} processes, after 3.'s jobs", runs[-1].memory)
            )
        print_worker_throughput(runs, arguments.jobs, threads)
        print_memory(memory_rows)
        print(f"\nAt the end: {load()}.")
    app.extensions["dramatiq"].close()


if __name__ == "__main__":
    main()
