"""The LLM path on long documents: requests, prompt tokens and cache hits, with and without parts.

Run with `.venv/bin/python -m bench.llm_parts` (`make bench` runs it too). Each document goes
through ``generation.generate_map`` against a scripted OpenAI-compatible server on a free
loopback port, which answers as a good model would, so the figures count what the app sends
and not how a model writes. Two configurations per document:

- **with parts**: ``context_tokens=4096`` (the default): the document is cut into parts that fit;
- **a large context**: ``context_tokens=1_000_000``: the prompt never needs cutting; the
  parts left are those whose stories one answer of 8,192 tokens (the default cap) cannot hold.

Each run is then repeated on the same ``MemoryCache``: every lookup should hit, and no request
should reach the server. Prompt tokens are estimated with ``generation.tokens`` for the model
name "smollm2", chat-template overhead included; "fits" asks whether each request's prompt plus
the ``max_tokens`` it asks for fits 4,096 tokens, the context of the SmolLM2 server the LLM
tests run. With ``--tokenize-url http://127.0.0.1:8765`` each prompt sent is also counted by a
llama.cpp server's tokenizer (``POST /extras/tokenize``), rendered in SmolLM2's ChatML chat
template, and the estimate/actual ratios are printed: above 1 means the estimate errs on the
safe side.

The documents: the real English documents (``tests/data/real/en-*.md``) and
``tests/data/long_spec.md`` are joined whole, smallest first (so that the small sizes are
several whole documents, not one document's title page and contents), until the size is
reached; the text is then cut just before the heading line ("#" to "######") nearest to the
size, so that it ends with a whole section. The sizes are so about 2, 5, 10, 20 and 40 KB; the
tables give each one's own. The figures are for this machine and this run only.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from generation import generate_map
from generation.cache import MemoryCache
from generation.language import warm_up
from generation.llm_map import plan_map
from generation.providers import Provider
from generation.tokens import estimate_messages, estimate_tokens

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SOURCES = tuple(
    sorted(
        [*(DATA / "real").glob("en-*.md"), DATA / "long_spec.md"], key=lambda p: p.stat().st_size
    )
)
SIZES_KB = (2, 5, 10, 20, 40)
#: The model name the prompts are estimated for, and the one the scripted server "serves".
MODEL = "smollm2"
#: The context every request is checked against: the SmolLM2 server's ``--n_ctx``.
WINDOW = 4096
CONFIGURATIONS = (("4,096 context", 4096), ("1M context", 1_000_000))

_HEADING_LINE = re.compile(r"^#{1,6}\s", re.M)


def document_of_size(kilobytes: float) -> str:
    """About ``kilobytes`` KB of real English requirements, ending where a section starts."""
    target = kilobytes * 1024
    text = ""
    for path in SOURCES:
        text = f"{text}\n\n{path.read_text()}" if text else path.read_text()
        if len(text.encode()) >= target:
            break
    starts = [match.start() for match in _HEADING_LINE.finditer(text) if match.start() > 0]
    if not starts:
        return text.strip() + "\n"
    cut = min(starts, key=lambda start: abs(len(text[:start].encode()) - target))
    return text[:cut].strip() + "\n"


# The scripted model -----------------------------------------------------------------------

#: Activity names in a user's order; an answer uses the first 3, or all 4 from 8 stories.
ACTIVITIES = (
    ("Set up the account", "Get access"),
    ("Find what is needed", "Browse and search"),
    ("Do the main work", "Complete the core task"),
    ("Review the results", "Check and report"),
)
_MARK = re.compile(r"\[S(\d+)\]\s*")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


@dataclass
class Request:
    """One chat completion the scripted server answered."""

    messages: list[dict]
    max_tokens: int | None
    answer: str

    @property
    def kind(self) -> str:
        """What it asked for, told by the prompts: "part", "map", "cover" or "revise"."""
        system, user = self.messages[0]["content"], self.messages[1]["content"]
        if "reviewing a user story map" in system:
            return "revise"
        if "No story covers these requirement sentences yet" in user:
            return "cover"
        if "of a longer requirements document" in user:
            return "part"
        return "map"

    @property
    def prompt_tokens(self) -> int:
        return estimate_messages(self.messages, MODEL)

    @property
    def answer_tokens(self) -> int:
        return estimate_tokens(self.answer, MODEL)

    @property
    def fits(self) -> bool:
        return self.prompt_tokens + (self.max_tokens or 0) <= WINDOW


def answer_to(messages: list[dict]) -> dict:
    """What a good model answers: a story per marked sentence, or the flagged stories rewritten."""
    system, user = messages[0]["content"], messages[1]["content"]
    if "reviewing a user story map" in system:
        return _revision(user)
    return _story_map(user)


def _story_map(user: str) -> dict:
    # The instructions before the first blank line name "[S1]" as an example, not a sentence.
    marked = user.split("\n\n", 1)[-1]
    sentences: dict[int, tuple[str, str]] = {}
    heading = ""
    for line in marked.splitlines():
        if line.lstrip().startswith("#"):
            heading = line
        pieces = _MARK.split(line)
        for number, text in zip(pieces[1::2], pieces[2::2], strict=True):
            sentences.setdefault(int(number), (text.strip(), heading))
    count = len(sentences)
    groups = 4 if count >= 8 else 3
    activities: list[dict] = []
    titles: set[str] = set()
    for index, (number, (text, under)) in enumerate(sentences.items()):
        activity, task = ACTIVITIES[index * groups // count]
        if not activities or activities[-1]["activity"] != activity:
            activities.append({"activity": activity, "tasks": [{"taskTitle": task, "stories": []}]})
        story = _story(number, text, _priority(text) or _priority(under) or "MVP", titles)
        activities[-1]["tasks"][0]["stories"].append(story)
    return {"productName": "The product", "map": activities}


#: Benefits in turn, so that no one benefit is a template shared by a fifth of the stories.
BENEFITS = (
    "I save time on {}",
    "I can trust {}",
    "{} needs no phone call",
    "I do not lose track of {}",
    "my team sees {} too",
    "{} is ready when I need it",
    "I avoid mistakes with {}",
    "I finish {} in one visit",
)
_DANGLING = frozenset(
    "a an and as at be by for from in is are of on or that the this to will with shall must "
    "should can".split()
)
_PRIORITIES = (
    ("MVP", re.compile(r"\b(must|mvp|critical)\b", re.I)),
    ("Release 1", re.compile(r"\bshould\b", re.I)),
    ("Later", re.compile(r"\b(could|won't|later|nice to have|future)\b", re.I)),
)


def _priority(text: str) -> str | None:
    return next((name for name, words in _PRIORITIES if words.search(text)), None)


def _story(number: int, text: str, priority: str, titles: set[str]) -> dict:
    """A story of sentence ``number``: its own words, criteria that share no template."""
    words = _WORD.findall(text) or ["requirement", f"S{number}"]
    head = words[:5]
    while len(head) > 2 and head[-1].lower() in _DANGLING:
        head.pop()
    title = " ".join(head)
    title = title[0].upper() + title[1:]
    if title.lower() in titles:
        title = f"{title} (S{number})"
    titles.add(title.lower())
    goal = [word.lower() for word in words[:12]]
    first, second = " ".join(goal[: len(goal) // 2 or 1]), " ".join(goal[len(goal) // 2 :])
    topic = " ".join(goal[:3])
    # Criteria in the story's own words only: the report finds nothing templated in them.
    return {
        "title": title,
        "description": f"As a user, I want {' '.join(goal)}, so that "
        f"{BENEFITS[number % len(BENEFITS)].format(topic)}.",
        "priority": priority,
        "acceptanceCriteria": [
            f"Given {first}, when {second or first}, then it is so.",
            f"Given {first} is not there, when {second or first}, then it is not so.",
        ],
        "sources": [f"S{number}"],
    }


def _revision(user: str) -> dict:
    stories = []
    for line in user.splitlines()[1:]:
        if not line.strip().startswith("{"):
            continue
        item = json.loads(line)
        words = _WORD.findall(item["title"]) or ["it"]
        subject = " ".join(words).lower()
        stories.append(
            {
                "id": item["id"],
                "title": item["title"],
                "description": f"As a user, I want {subject}, so that story {item['id']} "
                f"saves me the step of {words[-1].lower()} by hand.",
                "priority": item.get("priority", "MVP"),
                "acceptanceCriteria": [
                    f"Given I open {subject}, when I finish it, then the result is saved.",
                    f"Given the server fails during {subject}, when I retry, then I see an "
                    "error and nothing is lost.",
                ],
            }
        )
    return {"stories": stories}


class ScriptedModel:
    """An OpenAI-compatible server on a free loopback port that answers with ``answer_to``.

    Records every request it answers, in order, in ``requests``.
    """

    def __init__(self):
        self.requests: list[Request] = []
        recorded = self.requests
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                answer = json.dumps(answer_to(body["messages"]))
                with lock:
                    recorded.append(Request(body["messages"], body.get("max_tokens"), answer))
                message = {"role": "assistant", "content": answer}
                payload = json.dumps({"choices": [{"index": 0, "message": message}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> ScriptedModel:
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


# Measuring --------------------------------------------------------------------------------


class CountedCache(MemoryCache):
    """A ``MemoryCache`` that also counts its lookups, for the hit rate."""

    def __init__(self):
        super().__init__()
        self.lookups = 0

    def get(self, key: str) -> str | None:
        self.lookups += 1
        return super().get(key)


@dataclass
class Run:
    """One ``generate_map`` of a document: what reached the server, and the cache's view."""

    requests: list[Request]
    seconds: float
    lookups: int
    hits: int

    @property
    def prompt_tokens(self) -> int:
        return sum(request.prompt_tokens for request in self.requests)

    @property
    def largest_prompt(self) -> int:
        return max((request.prompt_tokens for request in self.requests), default=0)

    @property
    def largest_answer(self) -> int:
        return max((request.answer_tokens for request in self.requests), default=0)

    @property
    def too_long(self) -> int:
        """Requests whose prompt and ``max_tokens`` together do not fit ``WINDOW``."""
        return sum(not request.fits for request in self.requests)

    @property
    def kinds(self) -> Counter[str]:
        return Counter(request.kind for request in self.requests)

    @property
    def hit_rate(self) -> float:
        return self.hits / self.lookups if self.lookups else 0.0


@dataclass
class Measurement:
    """A document in one configuration: its plan, a first run and a second on the same cache."""

    size: int
    configuration: str
    parts: int
    first: Run
    second: Run
    #: The actual token count of each prompt of the first run, when a tokenizer was asked.
    actual_tokens: list[int] = field(default_factory=list)
    #: The actual token count of the first run's longest answer, when a tokenizer was asked.
    actual_answer: int | None = None

    @property
    def ratios(self) -> list[float]:
        """Estimate / actual of each prompt of the first run."""
        estimates = [request.prompt_tokens for request in self.first.requests]
        return [e / a for e, a in zip(estimates, self.actual_tokens, strict=True) if a]


def measure(
    text: str, context_tokens: int, model: ScriptedModel, configuration: str = ""
) -> Measurement:
    """Map ``text`` twice on one cache through ``model`` with ``context_tokens`` of context."""
    provider = Provider("custom", model.url, MODEL, context_tokens=context_tokens)
    plan = plan_map(text, [provider])
    cache = CountedCache()
    first = _run(text, provider, cache, model)
    second = _run(text, provider, cache, model)
    return Measurement(len(text.encode()), configuration, len(plan.parts), first, second)


def _run(text: str, provider: Provider, cache: CountedCache, model: ScriptedModel) -> Run:
    sent, lookups, hits = len(model.requests), cache.lookups, cache.hits
    started = time.perf_counter()
    generate_map(text, providers=[provider], cache=cache)
    seconds = time.perf_counter() - started
    return Run(model.requests[sent:], seconds, cache.lookups - lookups, cache.hits - hits)


def chat_template(messages: list[dict]) -> str:
    """The prompt as SmolLM2's ChatML template gives it to the model."""
    turns = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages)
    return turns + "<|im_start|>assistant\n"


def count_tokens(url: str, texts: list[str]) -> list[int]:
    """Each text's tokens, counted by the llama.cpp server at ``url``."""
    with httpx.Client(base_url=url.rstrip("/"), timeout=120) as client:
        counts = []
        for text in texts:
            response = client.post("/extras/tokenize", json={"input": text})
            response.raise_for_status()
            counts.append(len(response.json()["tokens"]))
        return counts


def count_actual_tokens(url: str, row: Measurement) -> None:
    """Count the first run's prompts (in the chat template) and its longest answer at ``url``."""
    requests = row.first.requests
    row.actual_tokens = count_tokens(url, [chat_template(r.messages) for r in requests])
    if requests:
        longest = max(requests, key=lambda request: request.answer_tokens)
        row.actual_answer = count_tokens(url, [longest.answer])[0]


# Reporting --------------------------------------------------------------------------------


def run_table(rows: list[Measurement]) -> Iterator[str]:
    yield (
        "| document | configuration | parts | requests (part/map + cover + revise) "
        f"| prompt tokens | largest prompt | prompt + max_tokens fit {WINDOW:,} "
        "| largest answer (max_tokens) | seconds |"
    )
    yield "|---|---|---:|---|---:|---:|---|---:|---:|"
    for row in rows:
        run = row.first
        kinds = run.kinds
        mapped = kinds["part"] + kinds["map"]
        requests = f"{len(run.requests)} ({mapped} + {kinds['cover']} + {kinds['revise']})"
        fits = "yes" if not run.too_long else f"no: {run.too_long} of {len(run.requests)} over"
        cap = max((request.max_tokens or 0 for request in run.requests), default=0)
        yield (
            f"| {_kb(row.size)} | {row.configuration} | {row.parts} | {requests} "
            f"| {run.prompt_tokens:,} | {run.largest_prompt:,} | {fits} "
            f"| {run.largest_answer:,} ({cap:,}) | {run.seconds:.2f} |"
        )


def cache_table(rows: list[Measurement]) -> Iterator[str]:
    yield "| document | configuration | lookups | hit rate | requests to the server | seconds |"
    yield "|---|---|---:|---:|---:|---:|"
    for row in rows:
        run = row.second
        yield (
            f"| {_kb(row.size)} | {row.configuration} | {run.lookups} | {run.hit_rate:.0%} "
            f"| {len(run.requests)} | {run.seconds:.2f} |"
        )


def ratio_table(rows: list[Measurement]) -> Iterator[str]:
    yield (
        "| document | configuration | prompts | estimate / actual: min | median | max "
        "| largest answer: estimate / actual |"
    )
    yield "|---|---|---:|---:|---:|---:|---:|"
    everything: list[float] = []
    for row in rows:
        ratios = row.ratios
        everything += ratios
        answer = f"{row.first.largest_answer:,} / {row.actual_answer or 0:,}"
        yield (
            f"| {_kb(row.size)} | {row.configuration} | {len(ratios)} | {_spread(ratios)} "
            f"| {answer} |"
        )
    yield f"| all | | {len(everything)} | {_spread(everything)} | |"


def _spread(ratios: list[float]) -> str:
    if not ratios:
        return "– | – | –"
    return f"{min(ratios):.2f} | {statistics.median(ratios):.2f} | {max(ratios):.2f}"


def _kb(size: int) -> str:
    return f"{size / 1024:.1f} KB"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.llm_parts", description=__doc__)
    parser.add_argument(
        "--tokenize-url",
        help="a llama.cpp server (http://127.0.0.1:8765) to count each prompt's tokens with",
    )
    args = parser.parse_args(argv)
    warm_up()  # the language identifier loads once per process, not in the first run
    rows = []
    with ScriptedModel() as model:
        generate_map(document_of_size(2), providers=[Provider("custom", model.url, MODEL)])
        for kilobytes in SIZES_KB:
            text = document_of_size(kilobytes)
            for configuration, context_tokens in CONFIGURATIONS:
                rows.append(measure(text, context_tokens, model, configuration))
    print("Requests of one map (first run, empty cache):\n")
    print("\n".join(run_table(rows)))
    print("\nThe same document again, on the same cache:\n")
    print("\n".join(cache_table(rows)))
    if args.tokenize_url:
        for row in rows:
            count_actual_tokens(args.tokenize_url, row)
        print(f"\nPrompt tokens, estimated for {MODEL!r} against {args.tokenize_url}'s count:\n")
        print("\n".join(ratio_table(rows)))


if __name__ == "__main__":
    main()
