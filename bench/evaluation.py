"""How well a generator maps real requirement documents: ``make eval``.

Runs a generator over every document in ``tests/data/real/`` (the offline generator by
default; ``PROVIDER=openai`` or any name ``AI_PROVIDER_PRIORITY`` takes, with the usual
provider settings, for an LLM), compares each map with the document's reference
(``<name>.expected.yaml``, written by a person), prints one row per document and the means,
and writes ``eval-report.json`` so runs can be compared. The metrics are defined in the
README ("Evaluation on real documents"); every one is computed from what the stories say,
never from the sources a generator attaches to them.

    .venv/bin/python -m bench.evaluation [--provider NAME] [--only PREFIX] [--output FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from generation import GenerationError, TransientGenerationError, generate_map
from generation.language import content_keys, in_language
from generation.providers import providers_from_environment
from generation.quality import lint_story_map
from generation.schemas import StoryMapDraft
from generation.story_text import read_story_line, template_of

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "tests" / "data" / "real"
#: A reference line counts as restated by a story that has this share of its content words.
RESTATED = 0.5
#: A story comes from a reference line when it restates this share of the line's words.
COMES_FROM = 0.6
#: A story made of a requirement's words that says this share of it is that requirement's.
PART_OF = 0.3


@dataclass
class Reference:
    """What a person reading the document expects of its map (``<name>.expected.yaml``)."""

    document: str
    language: str
    product: str
    roles: list[dict]
    journey: list[str]
    requirements: list[dict]
    non_goals: list[str] = field(default_factory=list)
    not_stories: list[dict] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Reference:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        missing = {"document", "language", "product", "roles", "journey", "requirements"} - set(
            data or {}
        )
        if missing:
            raise ValueError(f"{path.name} lacks {', '.join(sorted(missing))}")
        known = {name: data.get(name) or [] for name in ("non_goals", "not_stories")}
        return cls(
            document=data["document"],
            language=data["language"],
            product=data["product"],
            roles=data["roles"],
            journey=data["journey"],
            requirements=data["requirements"],
            **known,
        )


@dataclass
class Scores:
    """One document's row: what its map restates, leaves out and makes up."""

    document: str
    language: str
    stories: int
    seconds: float
    #: Stories from the built-in catalogue, marked "suggested, not in your text".
    suggested: int = 0
    requirement_recall: float | None = None
    noise: float | None = None
    priority_accuracy: float | None = None
    priorities_stated: int = 0
    non_goals_leaked: int = 0
    non_goals: int = 0
    role_accuracy: float | None = None
    language_match: float | None = None
    distinct_benefits: float | None = None
    distinct_criteria: float | None = None
    mvp_share: float | None = None
    largest_activity_share: float | None = None
    activities: int = 0
    stories_per_task: float | None = None
    meets_the_bar: bool | None = None
    worst_problem: str | None = None
    error: str | None = None


def score(reference: Reference, draft: StoryMapDraft, text: str, seconds: float) -> Scores:
    """Compare ``draft``, the map of ``text``, with the document's reference."""
    language = reference.language
    # Catalogue suggestions ("suggested, not in your text") are scored apart: they restate
    # no requirement and are no noise, but the reader sees their wording like any other.
    suggested = [s for s in draft.stories if getattr(s, "suggested", False)]
    stated = [s for s in draft.stories if not getattr(s, "suggested", False)]
    stories = stated + suggested
    said = [content_keys(f"{s.title} {s.description}", language) for s in stated]
    lines = [read_story_line(s.description, language) for s in stories]
    row = Scores(reference.document, language, len(stories), round(seconds, 2))
    row.suggested = len(suggested)

    requirements = [(r["text"], r.get("priority")) for r in reference.requirements]
    restating = [_best_story(line, said, language) for line, _ in requirements]
    if requirements:
        row.requirement_recall = _share(sum(s is not None for s in restating), len(requirements))
    with_priority = [
        (priority, restating[i])
        for i, (_, priority) in enumerate(requirements)
        if priority and restating[i] is not None
    ]
    row.priorities_stated = sum(1 for _, priority in requirements if priority)
    if with_priority:
        right = sum(stated[story].priority == priority for priority, story in with_priority)
        row.priority_accuracy = _share(right, len(with_priority))
    # What a story asks for is its title and goal: "As a user" and "so that ..." ask nothing.
    about = [
        content_keys(f"{s.title} {line.goal}", language)
        for s, line in zip(stated, lines, strict=False)
    ]
    row.non_goals = len(reference.non_goals)
    row.non_goals_leaked = sum(
        _best_story(goal, about, language, COMES_FROM) is not None for goal in reference.non_goals
    )
    if stories:
        row.noise = _share(sum(_is_noise(keys, reference) for keys in about), len(stated) or 1)
        row.role_accuracy = _share(
            sum(_known_role(line.role, reference) for line in lines), len(stories)
        )
        row.language_match = _language_match(draft, language)
        benefits = [" ".join(line.benefit.lower().split()) for line in lines if line.benefit]
        row.distinct_benefits = _share(len(set(benefits)), len(stories))
        templates = [
            template_of(criterion, content_keys(f"{s.title} {s.description}", language), language)
            for s in stories
            for criterion in s.acceptance_criteria
        ]
        row.distinct_criteria = _share(len(set(templates)), len(templates)) if templates else None
        row.mvp_share = _share(sum(s.priority == "MVP" for s in stories), len(stories))
        sizes = [sum(len(t.stories) for t in a.tasks) for a in draft.activities]
        row.largest_activity_share = _share(max(sizes), len(stories))
        tasks = sum(len(a.tasks) for a in draft.activities)
        row.stories_per_task = round(len(stories) / tasks, 1) if tasks else None
    row.activities = len(draft.activities)
    report = lint_story_map(draft, text)
    row.meets_the_bar = report.meets_the_bar
    row.worst_problem = report.problems[0].headline if report.problems else None
    return row


def _best_story(
    line: str, said: list[set[str]], language: str, threshold: float = RESTATED
) -> int | None:
    """The story that restates the most of ``line``, if it restates ``threshold`` of it."""
    keys = content_keys(line, language)
    if not keys:
        return None
    best, best_share = None, 0.0
    for number, story in enumerate(said):
        share = len(keys & story) / len(keys)
        if share >= threshold and share > best_share:
            best, best_share = number, share
    return best


def _is_noise(story: set[str], reference: Reference) -> bool:
    """Whether the story is made of a must-not line rather than of a requirement.

    A story is made of a must-not line when that line's words are most of the story and
    the story says most of the line ("Registration and Verification" as a title), and no
    requirement (or non-goal) is restated better. A story that restates a requirement and
    shares a few words with a heading above it is not noise, nor is a story whose words come
    from a requirement that it says a third of ("Request inter-library loans" of "As a staff
    member I want to be able to request inter-library loans so that ...", under the heading
    "Inter-Library Loans").
    """
    if not story:
        return False
    best_requirement = 0.0
    for line in [r["text"] for r in reference.requirements] + list(reference.non_goals):
        keys = content_keys(line, reference.language)
        if keys:
            shared = len(keys & story)
            if shared / len(story) >= COMES_FROM and shared / len(keys) >= PART_OF:
                return False  # a short story of a long requirement ("Request loans")
            best_requirement = max(best_requirement, shared / len(keys))
    for line in reference.not_stories:
        keys = content_keys(line["text"], reference.language)
        shared = len(keys & story)
        if not keys or shared < min(2, len(keys)):
            continue
        if (
            shared / len(keys) >= COMES_FROM
            and shared / len(story) >= COMES_FROM
            and shared / len(keys) > best_requirement
        ):
            return True
    return False


def _known_role(role: str | None, reference: Reference) -> bool:
    if not role:
        return False
    keys = content_keys(role, reference.language)
    for known in reference.roles:
        names = [known["name"], *(known.get("aliases") or [])]
        if any(keys & content_keys(str(name), reference.language) for name in names):
            return True
    return False


def _language_match(draft: StoryMapDraft, language: str) -> float | None:
    """The share of the map's text, by characters, that reads as the document's language."""
    texts = [activity.title for activity in draft.activities]
    texts += [task.title for activity in draft.activities for task in activity.tasks]
    for story in draft.stories:
        texts += [story.title, story.description, *story.acceptance_criteria]
    judged = matching = 0
    for text in texts:
        verdict = in_language(text, language)
        if verdict is None:
            continue
        judged += len(text)
        matching += len(text) if verdict else 0
    return _share(matching, judged) if judged else None


def _share(part: float, whole: float) -> float:
    return round(part / whole, 3) if whole else 0.0


def evaluate(paths: list[Path], providers) -> list[Scores]:
    rows = []
    for path in paths:
        reference = Reference.load(path)
        document = path.parent / reference.document
        text = document.read_text(encoding="utf-8")
        started = time.perf_counter()
        try:
            generated = generate_map(text, providers=providers)
        except (GenerationError, TransientGenerationError) as error:
            seconds = round(time.perf_counter() - started, 2)
            rows.append(
                Scores(reference.document, reference.language, 0, seconds, error=str(error))
            )
            print(f"  {reference.document}: failed after {seconds:.1f} s", file=sys.stderr)
            continue
        rows.append(score(reference, generated.draft, text, time.perf_counter() - started))
        # An LLM run takes minutes per document: say where it is.
        print(f"  {reference.document}: {rows[-1].seconds:.1f} s", file=sys.stderr, flush=True)
    return rows


_COLUMNS = (
    ("document", "document", 28),
    ("lang", "language", 4),
    ("stories", "stories", 7),
    ("sugg", "suggested", 4),
    ("recall", "requirement_recall", 6),
    ("noise", "noise", 5),
    ("prio", "priority_accuracy", 5),
    ("n-g", "non_goals_leaked", 3),
    ("role", "role_accuracy", 5),
    ("lang%", "language_match", 5),
    ("benef", "distinct_benefits", 5),
    ("crit", "distinct_criteria", 5),
    ("mvp", "mvp_share", 5),
    ("maxact", "largest_activity_share", 6),
    ("acts", "activities", 4),
    ("st/t", "stories_per_task", 5),
    ("bar", "meets_the_bar", 3),
)
MEANS = (
    "requirement_recall",
    "noise",
    "priority_accuracy",
    "role_accuracy",
    "language_match",
    "distinct_benefits",
    "distinct_criteria",
    "mvp_share",
    "largest_activity_share",
    "stories_per_task",
)


def means(rows: list[Scores]) -> dict[str, float | None]:
    """The mean of each metric over the documents that have it."""
    result = {}
    for name in MEANS:
        values = [getattr(row, name) for row in rows if getattr(row, name) is not None]
        result[name] = round(statistics.fmean(values), 3) if values else None
    result["non_goals_leaked"] = sum(row.non_goals_leaked for row in rows)
    result["maps_meeting_the_bar"] = sum(bool(row.meets_the_bar) for row in rows)
    return result


def table(rows: list[Scores]) -> str:
    lines = [" ".join(f"{title:>{width}}" for title, _, width in _COLUMNS)]
    for row in rows:
        lines.append(" ".join(_cell(getattr(row, name), width) for _, name, width in _COLUMNS))
        if row.error:
            lines.append(f"{'':>28} failed: {row.error[:90]}")
    summary = means(rows)
    mean_row = {**{name: summary.get(name) for _, name, _ in _COLUMNS}, "document": "mean"}
    mean_row["non_goals_leaked"] = summary["non_goals_leaked"]
    mean_row["meets_the_bar"] = f"{summary['maps_meeting_the_bar']}/{len(rows)}"
    mean_row["stories"] = round(statistics.fmean(r.stories for r in rows), 1) if rows else 0
    mean_row["activities"] = round(statistics.fmean(r.activities for r in rows), 1) if rows else 0
    mean_row["language"] = ""
    lines.append(" ".join(_cell(mean_row.get(name), width) for _, name, width in _COLUMNS))
    return "\n".join(lines)


def _cell(value, width: int) -> str:
    if value is None:
        text = "-"
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, float):
        text = f"{value:.2f}"
    else:
        text = str(value)
    if width >= 20:
        return f"{text[:width]:<{width}}"
    return f"{text:>{width}}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--provider", default=os.environ.get("PROVIDER") or "offline")
    parser.add_argument("--only", default="", help="only documents whose name starts so")
    parser.add_argument("--output", default=str(ROOT / "eval-report.json"))
    args = parser.parse_args(argv)
    providers = []
    if args.provider != "offline":
        providers = providers_from_environment(
            {**os.environ, "AI_PROVIDER_PRIORITY": args.provider}
        )
        if not providers:
            print(
                f"eval: provider {args.provider!r} is not configured (key, or LLM_BASE_URL and "
                "LLM_MODEL for custom)",
                file=sys.stderr,
            )
            return 2
    paths = sorted(p for p in DOCUMENTS.glob(f"{args.only}*.expected.yaml"))
    if not paths:
        print(f"eval: no references match {DOCUMENTS}/{args.only}*.expected.yaml", file=sys.stderr)
        return 2
    generator = "offline" if not providers else providers[0].label
    print(f"Evaluating the {generator} generator on {len(paths)} real documents\n")
    rows = evaluate(paths, providers)
    print(table(rows))
    report = {
        "generator": generator,
        "commit": _commit(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "means": means(rows),
        "documents": [asdict(row) for row in rows],
    }
    Path(args.output).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    print(f"\nWrote {args.output}")
    return 0


def _commit() -> str | None:
    try:
        return (
            subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
            ).stdout.strip()
            or None
        )
    except OSError:
        return None


if __name__ == "__main__":
    sys.exit(main())
