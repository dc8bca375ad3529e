"""Stop and start this machine's services with the commands .ci/run uses."""

import glob
import os
import subprocess
import time


def _run(command: str) -> None:
    subprocess.run(command, shell=True, check=True, capture_output=True, timeout=120)


def _wait(check: str, what: str, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while subprocess.run(check, shell=True, capture_output=True).returncode != 0:
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not come up within {timeout} s")
        time.sleep(0.5)


def stop_rabbitmq() -> None:
    _run("rabbitmqctl stop")
    deadline = time.monotonic() + 60
    while subprocess.run("rabbitmqctl status", shell=True, capture_output=True).returncode == 0:
        if time.monotonic() > deadline:
            raise RuntimeError("RabbitMQ did not stop")
        time.sleep(0.5)


def start_rabbitmq() -> None:
    subprocess.run("rabbitmq-server -detached", shell=True, capture_output=True)
    _wait("rabbitmqctl await_startup --timeout 5", "RabbitMQ")


def stop_redis() -> None:
    subprocess.run("redis-cli -h 127.0.0.1 shutdown nosave", shell=True, capture_output=True)
    deadline = time.monotonic() + 30
    while (
        subprocess.run("redis-cli -h 127.0.0.1 ping", shell=True, capture_output=True).returncode
        == 0
    ):
        if time.monotonic() > deadline:
            raise RuntimeError("Redis did not stop")
        time.sleep(0.2)


def start_redis() -> None:
    _run(
        'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" '
        "--appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log"
    )
    _wait("redis-cli -h 127.0.0.1 ping", "Redis")


def _cluster() -> str:
    return os.path.basename(sorted(glob.glob("/etc/postgresql/*"))[-1])


def stop_postgres() -> None:
    _run(f"pg_ctlcluster --skip-systemctl-redirect {_cluster()} main stop -m fast")


def start_postgres() -> None:
    if (
        subprocess.run(
            "pg_isready -h 127.0.0.1 -p 5432", shell=True, capture_output=True
        ).returncode
        == 0
    ):
        return
    _run(f"pg_ctlcluster --skip-systemctl-redirect {_cluster()} main start")
    _wait("pg_isready -h 127.0.0.1 -p 5432", "PostgreSQL")
