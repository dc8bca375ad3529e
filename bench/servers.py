"""The app as production runs it, for the HTTP benchmarks: gunicorn from gunicorn.conf.py.

It serves the benchmark's PostgreSQL database and RabbitMQ vhost (``bench.queue_operations``
prepares both). Two settings differ from production, and both only remove noise:
the rate limits are off (a load generator is one client sending thousands of requests)
and gunicorn does not recycle its workers every 2,000 requests (a restart in the middle
of a timed run would be measured as the app's latency).
"""

import contextlib
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from bench.queue_operations import ROOT, worker_environment

PASSWORD = "correct horse battery"


def web_environment(**settings: str) -> dict[str, str]:
    """The environment of a production web process on the benchmark's database and vhost."""
    environment = worker_environment(
        APP_ENV="production",
        SESSION_COOKIE_SECURE="0",  # plain HTTP on 127.0.0.1
        RATE_LIMIT_ENABLED="0",
        JOB_SWEEP_SECONDS="0",
        GUNICORN_CMD_ARGS="--max-requests 0",
        HOST="127.0.0.1",
    )
    environment.update(settings)
    return environment


@contextlib.contextmanager
def gunicorn(port: int = 8765, **settings: str) -> Iterator[str]:
    """Run ``gunicorn -c gunicorn.conf.py wsgi:app`` on ``port``; yield its base URL.

    ``settings`` override the environment (``WEB_CONCURRENCY="1"`` for one worker process).
    The access log goes to a file, as it would to the journal in production.
    """
    directory = Path(tempfile.mkdtemp(prefix="bench-gunicorn-"))
    environment = web_environment(
        PORT=str(port), PROMETHEUS_MULTIPROC_DIR=str(directory / "metrics"), **settings
    )
    log_path = directory / "gunicorn.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"],
            cwd=ROOT,
            env=environment,
            stdout=log,
            stderr=log,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not _answers(f"{base_url}/health/live"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"gunicorn did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def logged_in_client(base_url: str, email: str) -> httpx.Client:
    """An HTTP client with the session of ``email`` (registered with ``PASSWORD`` first)."""
    client = httpx.Client(base_url=base_url, timeout=30)
    for path, fields in (
        ("/register", {"email": email, "password": PASSWORD, "confirm": PASSWORD}),
        ("/login", {"email": email, "password": PASSWORD}),
    ):
        form = client.get(path).text
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)
        client.post(path, data={**fields, "csrf_token": token})
        if "session" in client.cookies:
            break
    if "session" not in client.cookies:
        raise SystemExit(f"Could not log in as {email}.")
    return client


def csrf_token(client: httpx.Client, path: str) -> str:
    """The CSRF token of the form on ``path``, for a POST in the same session."""
    page = client.get(path).text
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


def cookie_header(client: httpx.Client) -> str:
    """The client's session as a Cookie header, for a load generator."""
    return "; ".join(f"{name}={value}" for name, value in client.cookies.items())


@contextlib.contextmanager
def gunicorn_with_access_log(port: int, **settings: str) -> Iterator[tuple[str, Path]]:
    """``gunicorn()`` with its access log in a file of its own; yield URL and log path."""
    access_log = Path(tempfile.mkdtemp(prefix="bench-access-log-")) / "access.log"
    # The command line's settings win over gunicorn.conf.py's; --max-requests 0 as above.
    arguments = f"--max-requests 0 --access-logfile {access_log}"
    with gunicorn(port, GUNICORN_CMD_ARGS=arguments, **settings) as base_url:
        yield base_url, access_log


def gunicorn_milliseconds(log_path: Path, offset: int, request: str, status: int) -> list[float]:
    """The times gunicorn's access log gives ``request`` ("GET /maps") answered with
    ``status``, from byte ``offset`` of the log on.

    gunicorn times a request from the moment one of its threads starts reading it: the
    time a request waited for a free thread is in the client's figure only.
    """
    with open(log_path, "rb") as log:
        log.seek(offset)
        lines = log.read().decode().splitlines()
    pattern = re.compile(rf'"{re.escape(request)} HTTP/[\d.]+" {status} \S+ (\d+)ms')
    return [float(match[1]) for line in lines if (match := pattern.search(line))]
