"""How hard each fuzz test tries, and a count of the inputs the tests were given.

Every test takes its settings from ``fuzz(max_examples)``: no deadline (a 50,000-character
document may take a second), no example database, and derandomized, so that CI runs the same
inputs every time and a failure found there reproduces on any machine. ``FUZZ_RANDOM=1``
explores new inputs instead; ``FUZZ_SCALE=10`` tries ten times as many.
"""

from __future__ import annotations

import functools
import os
from collections import Counter

from hypothesis import HealthCheck, settings

#: Inputs each test was run with, by test name; conftest.py prints the total.
INPUTS: Counter[str] = Counter()

BASE = settings(
    deadline=None,
    database=None,
    derandomize=os.environ.get("FUZZ_RANDOM", "") != "1",
    print_blob=True,
    # Big documents are the point here, not a mistake in the strategy.
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,
    ],
)


def fuzz(max_examples: int):
    """Run the test body on ``max_examples`` generated inputs, counting each one."""
    scaled = max(1, round(max_examples * float(os.environ.get("FUZZ_SCALE", "1"))))

    def decorate(test):
        @functools.wraps(test)
        def counted(*args, **kwargs):
            INPUTS[test.__name__] += 1
            return test(*args, **kwargs)

        counted.fuzz_budget = scaled
        return settings(BASE, max_examples=scaled)(counted)

    return decorate
