"""Schemathesis fuzzes the live API from its own OpenAPI document, with real tokens.

The ``schemathesis run`` command, as a person would run it, against the app served over HTTP
(tests/api/conftest.py). Each operation gets a bounded number of generated requests (valid and
invalid bodies, query strings, headers and ids; about half the ids are the token user's real
objects, schemathesis_hooks.py) in each of Schemathesis's phases. No answer may be a 5xx, a
status the document does not declare, or a body or header that breaks the declared schema;
every object the token's user reads is read again with another user's token, which must not
get it (the object-level authorization check). Generation is deterministic, so a failure
reproduces; Schemathesis's summary is printed with the test's output (``pytest -s``).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.api.conftest import LiveApi

CONFIG = Path(__file__).with_name("schemathesis.toml")
#: Where schemathesis_hooks.py reads the real objects' ids (not imported here: importing it
#: would register its hooks in this process too).
IDS_VARIABLE = "API_FUZZ_IDS"
ROOT = Path(__file__).parents[2]
# `make test` runs it; `make test-unit`, the quick subset, leaves the fuzzers out.
pytestmark = pytest.mark.fuzz


def run_schemathesis(live_api: LiveApi, directory: Path) -> subprocess.CompletedProcess:
    """``schemathesis run`` against the live app, from ``directory`` (where it keeps files)."""
    # Web Fuzzing Commons' auth document: the two users schemathesis.toml names.
    identities = {"owner": live_api.token, "peer": live_api.peer_token}
    auth = [
        {"name": name, "fixedHeaders": [{"name": "Authorization", "value": f"Bearer {token}"}]}
        for name, token in identities.items()
    ]
    (directory / "auth.json").write_text(json.dumps({"auth": auth}))
    environment = {
        **os.environ,
        # The hooks module is imported from this checkout.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        IDS_VARIABLE: json.dumps({"ids": live_api.ids, "spare_ids": live_api.spare_ids}),
        "NO_COLOR": "1",
    }
    return subprocess.run(
        [
            *(sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG), "run"),
            f"{live_api.url}/api/v1/openapi.json",
        ],
        cwd=directory,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_schemathesis_finds_no_server_error_and_no_answer_outside_the_document(live_api, tmp_path):
    result = run_schemathesis(live_api, tmp_path)

    # Schemathesis's warnings (if any) and its summary: operations, phases, cases, failures.
    tail = result.stdout.find("= WARNINGS =")
    print(result.stdout[tail if tail >= 0 else result.stdout.rfind("= SUMMARY =") :])
    summary = result.stdout[result.stdout.rfind("= SUMMARY =") :]
    assert result.returncode == 0, result.stdout[-20000:] + result.stderr[-5000:]
    selected = re.search(r"Selected: (\d+)/(\d+)\s+Tested: (\d+)", summary)
    assert selected and selected.group(1) == selected.group(2) == selected.group(3) != "0"
    assert re.search(r"(\d+) generated, \1 passed", summary)
