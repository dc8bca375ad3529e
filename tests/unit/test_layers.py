"""The layers of the code hold: generation knows nothing of the web app, workers or Flask."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_contracts_in_pyproject_are_kept():
    # Given the contracts in pyproject.toml; When import-linter checks every import
    done = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    # Then every contract is kept
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "broken" in done.stdout and "0 broken" in done.stdout
