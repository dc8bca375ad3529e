"""Starting and stopping the helper processes tests run (a dramatiq worker, an LLM server)."""

import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest


def start_and_wait(
    command: list[str], log_path: Path, ready: Callable[[], bool], what: str, **popen
) -> subprocess.Popen:
    """Start ``command`` logging to ``log_path``; fail the test if it is not ready within 120 s."""
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, **popen)
    deadline = time.monotonic() + 120
    while not ready():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            process.wait()
            pytest.fail(f"{what} did not start:\n{log_path.read_text()[-3000:]}")
        time.sleep(0.2)
    return process


def stop(process: subprocess.Popen, what: str) -> None:
    """SIGTERM, then fail the test if the process does not stop within 20 s."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        pytest.fail(f"{what} did not stop within 20 s of SIGTERM")
