"""The status fragment every open job page polls once a second, under load, through gunicorn.

gunicorn runs from ``gunicorn.conf.py`` as in production (``bench/servers.py``) on the
benchmark's PostgreSQL database. One user has a running map job and a running wireframe job
with three drawings saved.

1. Throughput at 50 concurrent connections (wrk, each connection sending its next request
   as soon as the last is answered): ``/health/live`` (a bare Flask endpoint of the same app)
   against the status poll as a browser sends it once the job page is open (with the ETag
   it was given: a 304 while the job is unchanged), and the poll without the ETag (the
   fragment rendered each time), and the unchanged poll on a gunicorn without Redis (each
   304 decided from the job row). Every request carries the same headers, the user's
   session cookie among them. The target: the poll's throughput >= 0.6 x the bare
   endpoint's.
2. Latency of 50 pages polling as htmx does, once a second each: p50 and p99 (target:
   p99 <= 20 ms).
3. Bytes of a wireframe job's poll with and without the drawings the page already shows.

Run with `make bench` (or `.venv/bin/python -m bench.status_polling [--seconds 10]`); needs
``wrk`` (Debian package ``wrk``). BENCH_DATABASE_URL and BENCH_BROKER_URL choose the database
and vhost as for ``bench/queue_operations.py``. Figures are for this machine and this run
only; compare them as ratios.
"""

import argparse
import http.client
import logging
import os
import re
import shutil
import statistics
import subprocess
import threading
import time
import urllib.parse
from dataclasses import dataclass

import httpx
import sqlalchemy as sa

from bench.queue_operations import prepared_app
from bench.servers import (
    cookie_header,
    csrf_token,
    gunicorn,
    gunicorn_milliseconds,
    gunicorn_with_access_log,
    logged_in_client,
)
from webapp.extensions import db
from webapp.models import Job, JobStatus, Project, Story

#: Production keeps job versions (and the generation cache) in Redis; the benchmark uses
#: its own Redis database.
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/3")
CONNECTIONS = 50
PAGES = 50
REQUIREMENTS = (
    "Couriers accept deliveries and see the route. Restaurants mark orders ready. "
    "Customers order food, pay by card and follow their courier on a map."
)


@dataclass(frozen=True)
class Load:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int


def wrk(url: str, seconds: int, headers: dict[str, str]) -> Load:
    """Run wrk with 2 threads and ``CONNECTIONS`` connections; read its summary.

    A 2-second run before it warms every web thread up (its database and Redis
    connections) and is not counted.
    """
    options = [f"-c{CONNECTIONS}", "--latency"]
    for name, value in headers.items():
        options += ["-H", f"{name}: {value}"]
    subprocess.run(["wrk", "-t2", "-d2s", *options, url], capture_output=True, check=True)
    output = subprocess.run(
        ["wrk", "-t2", f"-d{seconds}s", *options, url], capture_output=True, text=True, check=True
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return Load(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        p50_ms=_milliseconds(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1)),
        p99_ms=_milliseconds(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1)),
        errors=int(errors.group(1)) if errors else 0,
    )


def _milliseconds(value: str) -> float:
    for unit, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
        if value.endswith(unit):
            return float(value[: -len(unit)]) * factor
    raise ValueError(value)


def paced_pollers(url: str, headers: dict[str, str], pages: int, seconds: int) -> list[float]:
    """``pages`` clients each polling ``url`` once a second; every answer's latency in ms.

    Each page keeps its connection open, as a browser does; the first poll of each, which
    opens it, is not counted. The clients are plain ``http.client`` connections, the
    lightest Python has, since they share this process and its cores with the server.
    """
    address = urllib.parse.urlsplit(url)
    latencies: list[float] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds + 1

    def poll(offset: float) -> None:
        connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
        next_at = time.monotonic() + offset
        first = True
        while next_at < stop_at:
            time.sleep(max(0.0, next_at - time.monotonic()))
            started = time.perf_counter()
            connection.request("GET", address.path, headers=headers)
            response = connection.getresponse()
            response.read()
            elapsed = (time.perf_counter() - started) * 1000
            if response.status not in (200, 304):
                raise SystemExit(f"A poll answered {response.status}.")
            if not first:
                with lock:
                    latencies.append(elapsed)
            first = False
            next_at += 1.0
        connection.close()

    threads = [
        threading.Thread(target=poll, args=(index / pages,), daemon=True) for index in range(pages)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def percentile(values: list[float], fraction: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[round(fraction * 100) - 1]


def seed_jobs(app, base_url: str) -> tuple[httpx.Client, int, int]:
    """Log a user in, make a map (offline generator, run here) and two running jobs of theirs.

    Returns the user's client, a running map job's id and a running wireframe job's id.
    """
    client = logged_in_client(base_url, "poller@example.com")
    token = csrf_token(client, "/maps/new")
    submitted = client.post("/maps", data={"requirements": REQUIREMENTS, "csrf_token": token})
    map_job_id = int(submitted.headers["Location"].rsplit("/", 1)[1])
    with app.app_context():
        from tasks.maps import generate_map
        from tasks.wireframes import generate_wireframes

        generate_map.fn(map_job_id)
        project_id = db.session.scalar(sa.select(Project.id).where(Project.job_id == map_job_id))
        story_ids = db.session.scalars(sa.select(Story.id).order_by(Story.id).limit(3)).all()
    token = csrf_token(client, f"/maps/{project_id}")
    started = client.post(
        f"/maps/{project_id}/wireframes",
        data={
            "story_ids": story_ids,
            "style": "high-fidelity",
            "platform": "web",
            "csrf_token": token,
        },
    )
    wireframe_job_id = int(started.headers["Location"].rsplit("/", 1)[1])
    running_map_job_id = int(
        client.post("/maps", data={"requirements": REQUIREMENTS, "csrf_token": token})
        .headers["Location"]
        .rsplit("/", 1)[1]
    )
    with app.app_context():
        generate_wireframes.fn(wireframe_job_id)
        for job_id, step in ((running_map_job_id, "generating"), (wireframe_job_id, "story 3")):
            job = db.session.get(Job, job_id)
            job.status, job.step = JobStatus.RUNNING, step
            job.progress_current, job.progress_total = 1, 2
        db.session.commit()
    return client, running_map_job_id, wireframe_job_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="seconds per wrk run (default 10)")
    parser.add_argument("--port", type=int, default=8765)
    arguments = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk")
    logging.disable(logging.INFO)

    app = prepared_app(REDIS_URL)
    with gunicorn_with_access_log(arguments.port, REDIS_URL=REDIS_URL) as (base_url, access_log):
        client, map_job_id, wireframe_job_id = seed_jobs(app, base_url)
        status_url = f"{base_url}/jobs/{map_job_id}/status"
        htmx = {"Cookie": cookie_header(client), "HX-Request": "true"}
        first = client.get(status_url, headers={"HX-Request": "true"})
        revalidating = {**htmx, "If-None-Match": first.headers["ETag"]}
        if client.get(status_url, headers=revalidating).status_code != 304:
            raise SystemExit("The status poll did not answer 304 to its own ETag.")

        print(
            f"{os.cpu_count()} cores; gunicorn.conf.py's workers and threads; wrk with"
            f" {CONNECTIONS} connections for {arguments.seconds} s each; one run."
        )
        print(f"\n{'endpoint':<36} {'req/s':>8} {'ratio':>6} {'p50 ms':>7} {'p99 ms':>7}")
        # The same request headers (the session cookie among them) for every endpoint:
        # only what the endpoint does differs.
        bare = wrk(f"{base_url}/health/live", arguments.seconds, revalidating)
        rows = [
            ("/health/live (bare)", bare),
            ("status poll, unchanged (304)", wrk(status_url, arguments.seconds, revalidating)),
            ("status poll, rendered (200)", wrk(status_url, arguments.seconds, htmx)),
        ]
        with gunicorn(arguments.port + 1) as without_redis:  # the job row decides each 304
            rows.insert(
                2,
                (
                    "status poll, unchanged, no Redis",
                    wrk(
                        status_url.replace(base_url, without_redis), arguments.seconds, revalidating
                    ),
                ),
            )
        for label, load in rows:
            if load.errors:
                raise SystemExit(f"{label}: {load.errors} error responses")
            print(
                f"{label:<36} {load.requests_per_second:>8.0f}"
                f" {load.requests_per_second / bare.requests_per_second:>6.2f}"
                f" {load.p50_ms:>7.1f} {load.p99_ms:>7.1f}"
            )

        offset = access_log.stat().st_size
        latencies = paced_pollers(status_url, revalidating, PAGES, arguments.seconds)
        server = gunicorn_milliseconds(access_log, offset, f"GET /jobs/{map_job_id}/status", 304)
        print(
            f"\n{PAGES} pages polling once a second for {arguments.seconds} s,"
            f" {len(latencies)} polls: p50 {percentile(latencies, 0.5):.1f} ms,"
            f" p99 {percentile(latencies, 0.99):.1f} ms at the client;"
            f" p50 {percentile(server, 0.5):.0f} ms, p99 {percentile(server, 0.99):.0f} ms"
            " in gunicorn's access log"
        )

        wireframes_url = f"{base_url}/jobs/{wireframe_job_id}"
        page = client.get(wireframes_url).text
        next_poll = re.search(r'hx-get="([^"]+)"', page).group(1).replace("&amp;", "&")
        everything = client.get(f"{wireframes_url}/status", headers={"HX-Request": "true"})
        only_new = client.get(f"{base_url}{next_poll}", headers={"HX-Request": "true"})
        print(
            f"\nWireframe job poll (3 drawings on the page): {len(everything.content):,} bytes"
            f" with every drawing, {len(only_new.content):,} bytes with only the new ones"
        )
    app.extensions["dramatiq"].close()


if __name__ == "__main__":
    main()
