"""The quality report: what a story map says, judged against the document it came from.

It runs on every map, whichever generator made it. The form of a story (a "so that", two to
five Given/When/Then criteria) is checked, but form alone is easy to fake, so the report
reads what the stories say:

- a benefit or criteria repeated across stories once each story's own words are removed;
- a goal that quotes the requirement instead of restating it, or a story in another language
  than the document;
- stories made of lines that are no requirement (headings, metadata, code, routes, schemas),
  titles of one word or cut mid-phrase, roles that are no person;
- stated priorities not honoured, non-goals on the map, an MVP that is not a slice, one
  activity holding most of the map;
- requirement sentences (by the reader in ``reading``) that no story restates.

The summary says "Meets the story-map bar" only when nothing is found; otherwise it names
the worst problems first, each with the stories it concerns.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from generation.matching import StatementIndex
from generation.quality_content import (
    ACTIVITY_SHARE,
    MVP_SHARE,
    content_findings,
    cross_story,
    problems_from,
)
from generation.reading import Document, read_document
from generation.schemas import StoryDraft, StoryMapDraft
from generation.screening import why_no_requirements

__all__ = [
    "Finding",
    "Problem",
    "QualityReport",
    "has_benefit",
    "is_given_when_then",
    "is_unhappy_path",
    "lint_story_map",
    "story_findings",
    "title_key",
]

MIN_ACTIVITIES, MAX_ACTIVITIES = 3, 8
MIN_CRITERIA, MAX_CRITERIA = 2, 5
#: The rules of a story's form, which the story improver knows how to mend.
FORM_RULES = frozenset(
    {"so-that", "criteria-count", "criteria-form", "unhappy-path", "duplicate-title"}
)

# Gherkin's keywords in the languages users write in most; the map keeps the user's language.
_GIVEN = (
    r"given|angenommen|gegeben|dado|dada|étant donné|etant donne|soit|допустим|дано|假如|假设|前提"
)
_WHEN = r"when|wenn|sobald|cuando|quand|lorsque|quando|когда|если|当"
_THEN = r"then|dann|entonces|alors|então|entao|тогда|то|那么"
_GHERKIN = re.compile(rf"^\W*(?:{_GIVEN})\b.*?\b(?:{_WHEN})\b.*?\b(?:{_THEN})\b", re.I | re.S)
_SO_THAT = re.compile(
    r"\bso that\b|\bdamit\b|\bpara que\b|\bafin (?:que|de|d')|\bpour que\b|\bчтобы\b|以便|为了",
    re.I,
)
_UNHAPPY = re.compile(
    r"\b(?:not|no|nothing|none|nobody|never|cannot|can't|won't|isn't|doesn't|invalid\w*|errors?|fail\w*|wrong|"
    r"missing|empty|declin\w*|denied|denies|deny|reject\w*|refus\w*|expired?|unavailable|"
    r"offline|lost|timeouts?|times out|too many|too long|too large|exceed\w*|already|without|"
    r"block\w*|stopped|warning|incorrect|unknown|unchanged|disabled|locked|taken|over\s+the|"
    r"drops?|dropped|interrupted|unreachable|unclear|inaudible|запрет\w*|прерв\w*|пропал\w*|"
    r"nicht|kein\w*|fehl\w*|ungültig\w*|abgelehnt|gesperrt|"
    r"inválid\w*|rechaz\w*|no se|sin|ningún|ninguna|bloquead\w*|"
    r"erreur\w*|invalide\w*|pas|refus\w*|rejet\w*|impossible|"
    r"não|nenhum\w*|recusad\w*|rejeitad\w*|aucun\w*|rien|ningun\w*|nada|"
    r"не|нет|нельзя|ошибк\w*|отклон\w*|отказ\w*|недоступ\w*|невозможн\w*|запрещ\w*|"
    r"занят\w*|неверн\w*|истёк\w*|истек\w*)\b|失败|错误|无效|不能|できない|エラー|실패|오류",
    re.I,
)
_WORD = re.compile(r"\w+", re.U)

#: How bad each kind of problem is, so the summary names the worst first.
_WEIGHT = {
    "wrong-language": 6,
    "quoted-goal": 6,
    "no-requirements": 6,
    "repeated-benefit": 5,
    "templated-criteria": 5,
    "not-a-requirement": 5,
    "non-goal-in-map": 4,
    "priority-not-honoured": 4,
    "role-not-person": 4,
    "mvp-too-large": 4,
    "activity-too-large": 3,
    "uncovered-sentence": 3,
    "weak-title": 3,
    "activity-count": 2,
    "mvp-per-activity": 2,
}


@dataclass(frozen=True)
class Finding:
    """One way the map misses the bar; ``story`` is the (activity, task, story) index path."""

    rule: str
    message: str
    story: tuple[int, int, int] | None = None
    story_title: str | None = None


@dataclass(frozen=True)
class Problem:
    """One kind of finding over the whole map: "58 of 60 stories share one benefit"."""

    rule: str
    headline: str
    #: The stories it concerns, as (activity, task, story) index paths.
    stories: tuple[tuple[int, int, int], ...] = ()
    #: An example that shows it ("so that I can get this done without extra effort").
    example: str | None = None
    weight: float = 1.0


@dataclass
class QualityReport:
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    story_count: int = 0
    stories_passing: int = 0
    requirement_count: int = 0
    uncovered: list[str] = field(default_factory=list)
    #: The document's language (ISO 639-1), as the report read it.
    language: str | None = None
    #: Stories suggested from common journeys, not stated in the document: counted in
    #: ``story_count`` but not in the coverage of the document's sentences.
    suggested_count: int = 0
    #: Stories a person wrote on the map: no sentence of the document is their source.
    by_hand_count: int = 0

    @property
    def coverage(self) -> float:
        if not self.requirement_count:
            return 1.0
        return 1 - len(self.uncovered) / self.requirement_count

    @property
    def meets_the_bar(self) -> bool:
        return not self.findings and not self.problems

    @property
    def improvable(self) -> bool:
        """Whether some story misses the bar in a form the story improver can add."""
        return any(finding.rule in FORM_RULES for finding in self.findings)

    @property
    def summary(self) -> str:
        """One line a product manager reads first: the verdict, then the worst problems."""
        counts = (
            f"{self.stories_passing} of {self.story_count} stories pass every check; "
            f"{self.requirement_count - len(self.uncovered)} of {self.requirement_count} "
            "requirement sentences are covered."
        )
        if self.suggested_count:
            counts += (
                f" {self.suggested_count} of the stories "
                f"{'is' if self.suggested_count == 1 else 'are'} suggested, not in the text, "
                "and cover none of it."
            )
        if self.by_hand_count:
            counts += (
                f" {self.by_hand_count} "
                + (
                    "story was written by hand and has"
                    if self.by_hand_count == 1
                    else "stories were written by hand and have"
                )
                + " no source in the text."
            )
        if self.meets_the_bar:
            return f"Meets the story-map bar: {counts}"
        worst = "; ".join(problem.headline for problem in self.problems[:3])
        return f"Below the story-map bar: {worst}. {counts}"

    def as_dict(self) -> dict:
        return {
            "summary": self.summary,
            "meetsTheBar": self.meets_the_bar,
            "language": self.language,
            "storyCount": self.story_count,
            "storiesPassing": self.stories_passing,
            "suggestedCount": self.suggested_count,
            "writtenByHandCount": self.by_hand_count,
            "requirementCount": self.requirement_count,
            "coverage": round(self.coverage, 3),
            "uncoveredSentences": list(self.uncovered),
            "problems": [
                {
                    "rule": problem.rule,
                    "headline": problem.headline,
                    **({"example": problem.example} if problem.example else {}),
                    "stories": [list(path) for path in problem.stories],
                }
                for problem in self.problems
            ],
            "findings": [
                {key: value for key, value in finding.__dict__.items() if value is not None}
                for finding in self.findings
            ],
        }


def lint_story_map(draft: StoryMapDraft, requirements: str | Document) -> QualityReport:
    """Judge ``draft`` against the bar of docs/map-format.md and the document it was made from."""
    document = requirements if isinstance(requirements, Document) else read_document(requirements)
    index = StatementIndex(document)
    stories = [index.facts(path, story) for path, story in _stories_with_paths(draft)]
    for facts in stories:
        if facts.story.suggested:
            facts.source = None  # a suggestion restates no statement of the document
    shared = cross_story(stories, document)
    titles = Counter(title_key(facts.story.title) for facts in stories)
    report = QualityReport(
        language=document.language,
        story_count=len(stories),
        suggested_count=sum(facts.story.suggested for facts in stories),
        by_hand_count=sum(facts.story.written_by_hand for facts in stories),
    )
    findings = []
    for facts in stories:
        pairs = story_findings(
            facts.story, duplicate_title=titles[title_key(facts.story.title)] > 1
        )
        pairs += content_findings(facts, document, index)
        pairs += shared.findings.get(facts.path, [])
        findings += [
            Finding(rule, message, facts.path, facts.story.title) for rule, message in pairs
        ]
        report.stories_passing += not pairs

    report.requirement_count = len({s.text for s in document.requirements})
    report.uncovered = index.uncovered([facts for facts in stories if not facts.story.suggested])
    problems = [*shared.problems, *problems_from(findings, stories, document)]
    problems += _map_problems(draft, stories, document, report)
    map_findings = _structure_findings(draft, stories)
    findings += map_findings
    problems += [(f.rule, f.message.rstrip("."), (), None) for f in map_findings]
    findings += [
        Finding("uncovered-sentence", f'No story restates: "{sentence}"')
        for sentence in report.uncovered
    ]
    report.findings = findings
    report.problems = sorted(
        (_problem(*problem, story_count=len(stories)) for problem in problems),
        key=lambda problem: -problem.weight,
    )
    return report


def _map_problems(draft, stories, document, report) -> list[tuple]:
    """Problems of the map as a whole: its slices, its backbone, what it leaves out."""
    problems = []
    total = len(stories)
    if why_no_requirements(document):
        problems.append(
            (
                "no-requirements",
                "The requirements text states no requirement, so no story comes from it",
                (),
                None,
            )
        )
    mvp = [facts.path for facts in stories if facts.story.priority == "MVP"]
    # A document that states MVP for most of its requirements has made its own slice.
    stated_mvp = sum(
        1
        for facts in stories
        if facts.story.priority == "MVP" and facts.source and facts.source.priority == "MVP"
    )
    if (
        total
        and len(mvp) > MVP_SHARE * total
        and len(mvp) > len(draft.activities)
        and stated_mvp < MVP_SHARE * total
    ):
        problems.append(
            (
                "mvp-too-large",
                f"{len(mvp)} of {total} stories are in the MVP; a first release is a thin "
                "slice across the journey",
                tuple(mvp),
                None,
            )
        )
    for number, activity in enumerate(draft.activities):
        inside = [facts.path for facts in stories if facts.path[0] == number]
        if total >= 4 and len(inside) > ACTIVITY_SHARE * total and len(draft.activities) > 1:
            problems.append(
                (
                    "activity-too-large",
                    f'"{activity.title}" holds {len(inside)} of {total} stories',
                    tuple(inside),
                    None,
                )
            )
    if report.uncovered:
        problems.append(
            (
                "uncovered-sentence",
                f"{len(report.uncovered)} of {report.requirement_count} requirement sentences "
                f"{'is' if len(report.uncovered) == 1 else 'are'} restated by no story",
                (),
                None,
            )
        )
    return problems


def _problem(rule, headline, stories, example, *, story_count: int) -> Problem:
    share = len(stories) / story_count if story_count else 0
    weight = _WEIGHT.get(rule, 1) * (0.5 + share)
    return Problem(rule, headline, tuple(stories), example, weight)


def _structure_findings(draft: StoryMapDraft, stories) -> list[Finding]:
    findings = []
    count = len(draft.activities)
    if not MIN_ACTIVITIES <= count <= MAX_ACTIVITIES:
        findings.append(
            Finding(
                "activity-count",
                f"The map has {count} activit{'y' if count == 1 else 'ies'}; "
                f"a readable backbone has {MIN_ACTIVITIES} to {MAX_ACTIVITIES}.",
            )
        )
    for number, activity in enumerate(draft.activities):
        inside = [facts for facts in stories if facts.path[0] == number]
        # An activity the document itself puts in later releases is its decision, not a gap.
        stated_later = inside and all(
            facts.source and facts.source.priority not in (None, "MVP") for facts in inside
        )
        if not stated_later and not any(facts.story.priority == "MVP" for facts in inside):
            findings.append(
                Finding(
                    "mvp-per-activity",
                    f'Activity "{activity.title}" has no MVP story, so the first release '
                    "cannot walk the whole journey.",
                )
            )
    return findings


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
    return " ".join(_WORD.findall(title.lower()))


def story_findings(story: StoryDraft, *, duplicate_title: bool = False) -> list[tuple[str, str]]:
    """The (rule, message) pairs for each way one story misses the bar in form.

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
