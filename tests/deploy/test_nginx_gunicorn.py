"""The production shape here: Debian's nginx in front of gunicorn, from the repo's files.

gunicorn runs with ``gunicorn.conf.py`` exactly as the Procfile says; nginx runs the server
block of ``deploy/nginx.conf`` with only its upstream address, listen port and static path
changed for this machine. The app uses its embedded default (SQLite, in-process worker).
"""

import gzip
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from tests.processes import start_and_wait, stop

ROOT = Path(__file__).resolve().parents[2]
#: Production refuses a SECRET_KEY shorter than 32 bytes.
DEPLOY_SECRET = "deploy-test-secret-of-32-bytes-at-least"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers(url: str) -> bool:
    try:
        return urllib.request.urlopen(url, timeout=1).status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory):
    """gunicorn from gunicorn.conf.py (two workers here), on the embedded default."""
    if not os.path.exists(NGINX):
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail("nginx is not installed; REQUIRE_SERVICES=1 forbids skipping")
        pytest.skip("nginx is not installed (apt-get install nginx)")
    tmp = tmp_path_factory.mktemp("gunicorn")
    port = free_port()
    env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "DATABASE_URL": f"sqlite:///{tmp / 'app.sqlite3'}",
        "SECRET_KEY": DEPLOY_SECRET,
        "APP_ENV": "production",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
        # Two processes would each count the limits without Redis (the app refuses that:
        # test_several_workers_without_redis_refuse_to_start); this machine may have none.
        "RATE_LIMIT_ENABLED": "0",
        "PROMETHEUS_MULTIPROC_DIR": str(tmp / "metrics"),
    }
    (tmp / "metrics").mkdir()
    subprocess.run(
        [sys.executable, "-m", "flask", "--app", "webapp", "db", "upgrade"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    process = start_and_wait(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"],
        tmp / "gunicorn.log",
        lambda: answers(f"http://127.0.0.1:{port}/health/live"),
        "gunicorn",
        cwd=ROOT,
        env=env,
    )
    yield port, tmp / "gunicorn.log"
    stop(process, "gunicorn")


@pytest.fixture(scope="module")
def nginx(gunicorn, tmp_path_factory):
    """nginx with deploy/nginx.conf's server block, proxying to that gunicorn."""
    upstream_port, _ = gunicorn
    tmp = tmp_path_factory.mktemp("nginx")
    port = free_port()
    server = (ROOT / "deploy" / "nginx.conf").read_text()
    server = server.replace("server web:8000;", f"server 127.0.0.1:{upstream_port};")
    server = server.replace("listen 80;", f"listen 127.0.0.1:{port};")
    server = server.replace("/srv/storymapper/static/", f"{ROOT / 'static'}/")
    (tmp / "server.conf").write_text(server)
    (tmp / "nginx.conf").write_text(
        f"""
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{}}
http {{
    include /etc/nginx/mime.types;
    access_log {tmp}/access.log;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {tmp}/server.conf;
}}
"""
    )
    process = start_and_wait(
        [NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-g", "daemon off;"],
        tmp / "stdout.log",
        lambda: answers(f"http://127.0.0.1:{port}/health/live"),
        "nginx",
    )
    yield f"http://127.0.0.1:{port}"
    stop(process, "nginx")


def get(url: str, **headers) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


def test_a_page_flows_through_nginx_to_gunicorn_and_is_logged_with_its_duration(nginx, gunicorn):
    status, headers, body = get(f"{nginx}/login", **{"X-Forwarded-For": "203.0.113.7"})

    assert status == 200
    assert b"Log in" in body
    assert headers["Cache-Control"] == "no-store"  # it carries a CSRF token
    time.sleep(0.5)
    log = gunicorn[1].read_text()
    # nginx appended the client's address; gunicorn logs it with the request and its time
    assert re.search(r'203\.0\.113\.7, 127\.0\.0\.1 "GET /login HTTP/1\.[01]" 200 \d+ \d+ms', log)


def test_several_workers_without_redis_refuse_to_start(tmp_path):
    # Given production, two gunicorn workers, the rate limits on and no REDIS_URL
    env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'app.sqlite3'}",
        "SECRET_KEY": DEPLOY_SECRET,
        "HOST": "127.0.0.1",
        "PORT": str(free_port()),
        "WEB_CONCURRENCY": "2",
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics"),
    }

    # When gunicorn starts as the Procfile says
    started = subprocess.run(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    # Then it stops, saying why: each process would count the limits alone
    assert started.returncode != 0
    assert "Rate limits would be counted per process (2 web processes)" in started.stderr
    assert "set REDIS_URL" in started.stderr


def test_static_files_come_from_nginx_with_caching_headers_and_gzip(nginx, gunicorn):
    status, headers, body = get(f"{nginx}/static/css/app.css", **{"Accept-Encoding": "gzip"})

    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body) == (ROOT / "static" / "css" / "app.css").read_bytes()
    assert headers["Cache-Control"] == "public, max-age=86400"
    assert "ETag" in headers
    assert "/static/css/app.css" not in gunicorn[1].read_text(), "gunicorn served it"


def test_nginx_refuses_a_body_over_the_requirements_cap(nginx):
    request = urllib.request.Request(
        f"{nginx}/maps", data=b"requirements=" + b"x" * (700 * 1024), method="POST"
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)

    refused.value.close()
    assert refused.value.code == 413


def test_metrics_pass_for_a_local_scraper(nginx):
    status, _, body = get(f"{nginx}/metrics")

    assert status == 200
    assert b"storymapper_http_requests_total" in body


def test_docker_compose_is_valid_and_runs_what_the_procfile_runs():
    compose_cli = shutil.which("docker-compose")
    if compose_cli is None:
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail("docker-compose is not installed; REQUIRE_SERVICES=1 forbids skipping")
        pytest.skip("docker-compose is not installed (apt-get install docker-compose)")
    checked = subprocess.run(
        [compose_cli, "-f", str(ROOT / "docker-compose.yml"), "config", "-q"],
        env={**os.environ, "SECRET_KEY": "compose-check", "RABBITMQ_PASSWORD": "composecheck"},
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr

    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    procfile = dict(
        line.split(": ", 1) for line in (ROOT / "Procfile").read_text().splitlines() if line
    )
    assert " ".join(services["web"]["command"]) == procfile["web"]
    assert " ".join(services["worker"]["command"]) == procfile["worker"]
    assert " ".join(services["migrate"]["command"]) == procfile["release"]
    assert {"postgres", "rabbitmq", "redis", "migrate", "web", "worker", "nginx"} <= set(services)
    assert "management" in services["rabbitmq"]["image"]
    # Its management port is this host's alone, and no service uses the guest account.
    assert services["rabbitmq"]["ports"] == ["127.0.0.1:15672:15672"]
    assert "guest" not in (ROOT / "docker-compose.yml").read_text()
    for name in ("postgres", "rabbitmq", "redis", "web"):
        assert "healthcheck" in services[name], name
    for name in ("postgres", "rabbitmq", "redis", "web", "worker", "nginx"):
        assert services[name]["restart"] == "unless-stopped", name
