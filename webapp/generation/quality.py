"""The quality report: a lint of any story map against the bar SPEC.md sets.

It runs on every map, whichever generator made it, so a product manager can see at a
glance what needs a human touch and which requirement sentences no story covers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field

from webapp.generation.offline import requirement_sentences
from webapp.generation.schemas import StoryDraft, StoryMapDraft

__all__ = [
    "Finding",
    "QualityReport",
    "has_benefit",
    "is_given_when_then",
    "is_unhappy_path",
    "lint_story_map",
    "requirement_sentences",
    "story_findings",
    "title_key",
]

MIN_ACTIVITIES, MAX_ACTIVITIES = 3, 8
MIN_CRITERIA, MAX_CRITERIA = 2, 5

# Gherkin's keywords in the languages users write in most; the map keeps the user's language.
_GIVEN = (
    r"given|angenommen|gegeben|dado|dada|étant donné|etant donne|soit|допустим|дано|假如|假设|前提"
)
_WHEN = r"when|wenn|cuando|quand|lorsque|когда|если|当"
_THEN = r"then|dann|entonces|alors|тогда|то|那么"
_GHERKIN = re.compile(rf"^\W*(?:{_GIVEN})\b.*?\b(?:{_WHEN})\b.*?\b(?:{_THEN})\b", re.I | re.S)
_SO_THAT = re.compile(r"\bso that\b|\bdamit\b|\bpara que\b|\bafin que\b|\bчтобы\b|以便|为了", re.I)
_UNHAPPY = re.compile(
    r"\b(?:not|no|never|cannot|can't|invalid|error|errors|fail|fails|failed|failure|wrong|"
    r"missing|empty|declined|denied|rejected|refused|expired|unavailable|offline|lost|"
    r"timeout|times out|too many|too long|too large|exceeds?|already|without|blocked|"
    r"stopped|warning|incorrect|unknown|nicht|kein|keine|fehler|ungültig|error|inválid[oa]|"
    r"no se|erreur|invalide|pas|не|нет|ошибк\w*)\b|失败|错误|无效",
    re.I,
)
_WORD = re.compile(r"\w+", re.U)
_STOPWORDS = frozenset(
    "a an the and or of to in on for with by at from as is are be can could should must will "
    "may shall need needs able that this it its their they them we our you your i my".split()
)
#: A sentence counts as covered by a story sharing this share of its content words.
COVERAGE_OVERLAP = 0.6


@dataclass(frozen=True)
class Finding:
    """One way the map misses the bar; ``story`` is the (activity, task, story) index path."""

    rule: str
    message: str
    story: tuple[int, int, int] | None = None
    story_title: str | None = None


@dataclass
class QualityReport:
    findings: list[Finding] = field(default_factory=list)
    story_count: int = 0
    stories_passing: int = 0
    requirement_count: int = 0
    uncovered: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        if not self.requirement_count:
            return 1.0
        return 1 - len(self.uncovered) / self.requirement_count

    @property
    def summary(self) -> str:
        """One line a product manager reads first."""
        if not self.findings:
            verdict = "Meets the story-map bar"
        else:
            verdict = f"{len(self.findings)} finding{'s' if len(self.findings) != 1 else ''}"
        return (
            f"{verdict}: {self.stories_passing} of {self.story_count} stories pass every check; "
            f"{self.requirement_count - len(self.uncovered)} of {self.requirement_count} "
            "requirement sentences are covered."
        )

    def as_dict(self) -> dict:
        return {
            "summary": self.summary,
            "storyCount": self.story_count,
            "storiesPassing": self.stories_passing,
            "requirementCount": self.requirement_count,
            "coverage": round(self.coverage, 3),
            "uncoveredSentences": list(self.uncovered),
            "findings": [
                {key: value for key, value in asdict(finding).items() if value is not None}
                for finding in self.findings
            ],
        }


def lint_story_map(draft: StoryMapDraft, requirement_sentences: list[str]) -> QualityReport:
    """Check ``draft`` against the SPEC.md bar and report the sentences no story covers."""
    report = QualityReport(requirement_count=len(requirement_sentences))
    count = len(draft.activities)
    if not MIN_ACTIVITIES <= count <= MAX_ACTIVITIES:
        report.findings.append(
            Finding(
                "activity-count",
                f"The map has {count} activit{'y' if count == 1 else 'ies'}; "
                f"a readable backbone has {MIN_ACTIVITIES} to {MAX_ACTIVITIES}.",
            )
        )
    for activity in draft.activities:
        if not any(s.priority == "MVP" for t in activity.tasks for s in t.stories):
            report.findings.append(
                Finding(
                    "mvp-per-activity",
                    f'Activity "{activity.title}" has no MVP story, so the first release '
                    "cannot walk the whole journey.",
                )
            )
    titles = Counter(title_key(s.title) for s in draft.stories)
    for path, story in _stories_with_paths(draft):
        findings = story_findings(story, duplicate_title=titles[title_key(story.title)] > 1)
        report.findings.extend(
            Finding(rule, message, path, story.title) for rule, message in findings
        )
        report.story_count += 1
        report.stories_passing += not findings
    report.uncovered = _uncovered(requirement_sentences, draft)
    report.findings.extend(
        Finding("uncovered-sentence", f'No story covers: "{sentence}"')
        for sentence in report.uncovered
    )
    return report


def _stories_with_paths(draft: StoryMapDraft):
    for a, activity in enumerate(draft.activities):
        for t, task in enumerate(activity.tasks):
            for s, story in enumerate(task.stories):
                yield (a, t, s), story


def has_benefit(description: str) -> bool:
    """Whether the story line says why ("so that", or the same words in the user's language)."""
    return bool(_SO_THAT.search(description))


def is_given_when_then(criterion: str) -> bool:
    """Whether the criterion reads "Given ..., when ..., then ..." (in a language it knows)."""
    return bool(_GHERKIN.search(criterion))


def is_unhappy_path(criterion: str) -> bool:
    """Whether the criterion covers something going wrong (invalid input, a refusal, ...)."""
    return bool(_UNHAPPY.search(criterion))


def title_key(title: str) -> str:
    """The form in which two titles count as the same ("Pay by card!" and "pay by card")."""
    return _normalise(title)


def story_findings(story: StoryDraft, *, duplicate_title: bool = False) -> list[tuple[str, str]]:
    """The (rule, message) pairs for each way one story misses the bar.

    ``duplicate_title``: another story on the map has the same ``title_key``.
    """
    findings = []
    if not has_benefit(story.description):
        findings.append(("so-that", 'The story line has no "so that" benefit.'))
    criteria = story.acceptance_criteria
    if not MIN_CRITERIA <= len(criteria) <= MAX_CRITERIA:
        findings.append(
            (
                "criteria-count",
                f"{len(criteria)} acceptance criteria; stories need "
                f"{MIN_CRITERIA} to {MAX_CRITERIA}.",
            )
        )
    not_gherkin = [c for c in criteria if not is_given_when_then(c)]
    if not_gherkin:
        findings.append(
            (
                "criteria-form",
                f"{len(not_gherkin)} criteria are not in Given / When / Then form.",
            )
        )
    if criteria and not any(is_unhappy_path(c) for c in criteria):
        findings.append(("unhappy-path", "No criterion covers an unhappy path."))
    if duplicate_title:
        findings.append(("duplicate-title", f'Another story is also titled "{story.title}".'))
    return findings


def _uncovered(sentences: list[str], draft: StoryMapDraft) -> list[str]:
    sources = {_normalise(source) for story in draft.stories for source in story.sources}
    story_words = [
        _content_words(" ".join([story.title, story.description, *story.sources]))
        for story in draft.stories
    ]
    uncovered = []
    for sentence in sentences:
        key = _normalise(sentence)
        if any(key in source or source in key for source in sources if source):
            continue
        words = _content_words(sentence)
        if words and any(
            len(words & other) / len(words) >= COVERAGE_OVERLAP for other in story_words
        ):
            continue
        uncovered.append(sentence)
    return uncovered


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _content_words(text: str) -> set[str]:
    return {word for word in _WORD.findall(text.lower()) if word not in _STOPWORDS}
