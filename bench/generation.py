"""Offline generator: time and peak memory for 1, 5, 40 and 50 KB of requirements.

Run with `make bench` (or `.venv/bin/python -m bench.generation`). Figures are for
this machine and this run only; compare them as ratios, not against other machines.
"""

import statistics
import time
import tracemalloc
from pathlib import Path

from generation.language import warm_up
from generation.stories import draft_map

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SIZES_KB = (1, 5, 40, 50)
RUNS = 5


def requirements_of_size(kilobytes: int) -> str:
    """Realistic text of about ``kilobytes`` KB, cut at a line end, from the test documents."""
    paths = [p for p in sorted(DATA.glob("*.md")) if p.name != "README.md"]
    paths += [p for p in sorted((DATA / "real").glob("en-*.md"))]
    documents = [path.read_text() for path in paths] or [
        "Customers must be able to order food from nearby restaurants.\n"
    ]
    pool = "\n\n".join(documents)
    target = kilobytes * 1024
    text = (pool * (target // len(pool.encode()) + 1))[:target]
    return text[: text.rfind("\n")].strip() if "\n" in text else text


def measure(text: str) -> tuple[float, float, int]:
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        draft = draft_map(text).draft
        timings.append(time.perf_counter() - started)
    tracemalloc.start()
    draft_map(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(timings), peak / 1024 / 1024, len(draft.stories)


def main() -> None:
    warm_up()  # the language model loads once per process, not per document
    draft_map(requirements_of_size(1))
    print(f"{'input':>8} {'median ms':>10} {'peak MiB':>9} {'stories':>8}")
    for kilobytes in SIZES_KB:
        text = requirements_of_size(kilobytes)
        seconds, peak_mib, stories = measure(text)
        print(f"{kilobytes:>6}KB {seconds * 1000:>10.1f} {peak_mib:>9.1f} {stories:>8}")


if __name__ == "__main__":
    main()
