"""AI on chosen stories: what each action asks of an LLM, how its answer is checked, and
what works without one.

A person ticks stories on the map and picks an action; a worker runs it story by story:

- "add-detail" rewrites the story line and criteria with concrete detail from the sources;
- "rewrite-criteria" replaces the criteria with 2-5 Given/When/Then, one an unhappy path;
- "edge-cases" writes 1-3 new stories for what the story leaves out, to go after it;
- "split" writes 2-4 smaller stories to take the story's place;
- "check-invest" changes nothing and says, per INVEST letter, "pass" or "doubt" and why.

With a provider each is one request per story, answered as JSON that a pydantic model
checks (the chain asks once for a repair). Without one, "rewrite-criteria" is the offline
improver's criteria fixes (``generation.improve``) and "check-invest" a heuristic on the
quality report's findings; the other three need a provider. No Flask here: the worker
passes the story in as a :class:`StoryInput` and gets an :class:`ActionResult` back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from generation.errors import GenerationError
from generation.improve import improve_story
from generation.language import detect_language, language_name, script_of
from generation.llm import ProviderChain
from generation.llm_map import language_check
from generation.quality import (
    MAX_CRITERIA,
    MIN_CRITERIA,
    has_benefit,
    is_given_when_then,
    is_unhappy_path,
    story_findings,
)
from generation.schemas import StoryDraft
from generation.story_text import read_story_line

__all__ = [
    "ACTIONS",
    "ActionResult",
    "InvestCheck",
    "StoryAction",
    "StoryInput",
    "action_prompt",
    "check_invest_offline",
    "rewrite_criteria_offline",
    "run_story_action",
    "story_language",
]

#: How the offline results name their maker, as a provider's label names an LLM.
OFFLINE = "Offline (no AI provider)"


@dataclass(frozen=True)
class StoryAction:
    """One thing the AI can do to each chosen story."""

    key: str
    #: The menu's words: "Rewrite acceptance criteria".
    label: str
    #: The job's title, with ``{count}`` and ``{stories}``: "Rewrite acceptance criteria of
    #: 3 stories".
    title: str
    #: What the job page says while it runs: "Rewriting the acceptance criteria".
    doing: str
    #: What its note says it did, before "2 of 3 stories": "Rewrote the acceptance criteria of".
    done: str
    #: Works without an AI provider.
    offline: bool
    #: One line for the form: what the action does.
    hint: str

    def job_title(self, count: int) -> str:
        return self.title.format(count=count, stories="story" if count == 1 else "stories")


ACTIONS: dict[str, StoryAction] = {
    action.key: action
    for action in (
        StoryAction(
            "add-detail",
            "Add detail",
            "Add detail to {count} {stories}",
            "Adding detail",
            "Added detail to",
            offline=False,
            hint="Rewrites the story line and criteria with concrete detail from the sources.",
        ),
        StoryAction(
            "rewrite-criteria",
            "Rewrite acceptance criteria",
            "Rewrite acceptance criteria of {count} {stories}",
            "Rewriting the acceptance criteria",
            "Rewrote the acceptance criteria of",
            offline=True,
            hint="2 to 5 Given/When/Then criteria, one of them an unhappy path.",
        ),
        StoryAction(
            "edge-cases",
            "Add edge cases as new stories",
            "Add edge cases to {count} {stories}",
            "Finding edge cases",
            "Added edge cases after",
            offline=False,
            hint="1 to 3 new stories after each, in the same task and release.",
        ),
        StoryAction(
            "split",
            "Split into smaller stories",
            "Split {count} {stories} into smaller ones",
            "Splitting",
            "Split",
            offline=False,
            hint="2 to 4 smaller stories take each one's place; its sources stay on each.",
        ),
        StoryAction(
            "check-invest",
            "Check INVEST",
            "Check {count} {stories} against INVEST",
            "Checking",
            "Checked",
            offline=True,
            hint="Independent, Negotiable, Valuable, Estimable, Small, Testable: "
            "pass or doubt, and why. Changes nothing.",
        ),
    )
}


@dataclass(frozen=True)
class StoryInput:
    """A story as an action reads it: its words, where it sits, and what is known about it."""

    product_name: str
    activity: str
    task: str
    title: str
    description: str
    acceptance_criteria: list[str]
    sources: list[str] = field(default_factory=list)
    #: The map's requirements: their language decides when the story is too short to tell.
    requirements: str = ""
    #: The quality report's (rule, message) findings on this story, for the INVEST check.
    findings: list[tuple[str, str]] | None = None


class NewStory(BaseModel):
    """A story an action writes: its title, story line and criteria."""

    model_config = ConfigDict(populate_by_name=True, str_strip_whitespace=True)

    title: str
    description: str
    acceptance_criteria: list[str] = Field(alias="acceptanceCriteria")

    def as_dict(self) -> dict:
        return {
            "title": self.title,
            "description": self.description,
            "acceptance_criteria": list(self.acceptance_criteria),
        }


@dataclass(frozen=True)
class InvestCheck:
    """One INVEST letter for one story: "pass" or "doubt", and why."""

    letter: str
    name: str
    verdict: Literal["pass", "doubt"]
    reason: str

    def as_dict(self) -> dict:
        return {
            "letter": self.letter,
            "name": self.name,
            "verdict": self.verdict,
            "reason": self.reason,
        }


@dataclass
class ActionResult:
    """What an action proposes for one story; the worker applies it (or keeps it for a person)."""

    action: str
    #: Who answered: a provider's label, or :data:`OFFLINE`.
    generator: str
    #: What changes, in the words the job page shows.
    changes: list[str] = field(default_factory=list)
    #: The story's new words ("add-detail", "rewrite-criteria"), or None.
    update: NewStory | None = None
    #: New stories: after the story ("edge-cases") or in its place ("split").
    stories: list[NewStory] = field(default_factory=list)
    #: The INVEST check, letter by letter ("check-invest").
    invest: list[InvestCheck] = field(default_factory=list)
    #: Why nothing changes, when nothing does ("The criteria already meet the bar.").
    unchanged: str | None = None
    #: What the user should know besides (a provider that failed before another answered).
    notes: list[str] = field(default_factory=list)


# -- the story's language ---------------------------------------------------------------------

#: Below this the identifier's guess on the story alone gives way to the requirements'.
_SURE = 0.5


def story_language(story: StoryInput) -> tuple[str | None, str]:
    """The story's language: its ISO 639-1 code (None if unknown) and its English name.

    The story's own words decide; when they are too few for the identifier to be sure,
    the map's requirements do (a two-word title often reads as another language).
    """
    text = " ".join([story.title, story.description, *story.acceptance_criteria])
    code, confidence = detect_language(text)
    if (code is None or confidence < _SURE) and story.requirements.strip():
        fallback, sure = detect_language(story.requirements)
        if fallback is not None and (code is None or sure >= confidence):
            code = fallback
    if code is None:
        return None, "the language the story is written in"
    return code, language_name(code)


# -- the answers, checked ---------------------------------------------------------------------

MAX_CRITERION_LENGTH = 1000
MAX_TITLE_LENGTH = 300
MAX_DESCRIPTION_LENGTH = 4000
#: Scripts whose Given/When/Then and "so that" words the quality checks know.
_CHECKED_SCRIPTS = frozenset({"latin", "cyrillic", "han"})


def _known_script(text: str) -> bool:
    """Whether the form checks can read ``text`` (they know Latin, Cyrillic and Chinese)."""
    return (script_of(text) or "latin") in _CHECKED_SCRIPTS


def _lines(value):
    """Criteria as a list: one string with a criterion per line is split; blanks dropped."""
    if isinstance(value, str):
        value = value.splitlines()
    if isinstance(value, list):
        return [" ".join(str(item).split()) for item in value if str(item).strip()]
    return value


def _checked_criteria(criteria: list[str]) -> list[str]:
    """2 to 5 Given/When/Then criteria, one of them an unhappy path, none overlong."""
    for number, criterion in enumerate(criteria, start=1):
        if len(criterion) > MAX_CRITERION_LENGTH:
            raise ValueError(
                f"criterion {number} is {len(criterion)} characters; at most "
                f"{MAX_CRITERION_LENGTH} fit"
            )
        if _known_script(criterion) and not is_given_when_then(criterion):
            raise ValueError(
                f'criterion {number} is not "Given ..., when ..., then ...": {criterion}'
            )
    readable = [criterion for criterion in criteria if _known_script(criterion)]
    if readable and not any(is_unhappy_path(criterion) for criterion in readable):
        raise ValueError(
            "no criterion covers an unhappy path (invalid input, a refusal, a failure, "
            "nothing found); make one of them one"
        )
    return criteria


def _checked_story_line(description: str) -> str:
    if len(description) > MAX_DESCRIPTION_LENGTH:
        raise ValueError(f"the description is longer than {MAX_DESCRIPTION_LENGTH} characters")
    if _known_script(description) and not has_benefit(description):
        raise ValueError(
            'the story line has no "so that" benefit ("As a ..., I want ..., so that ...")'
        )
    return description


Criteria = Annotated[
    list[str],
    BeforeValidator(_lines),
    Field(min_length=MIN_CRITERIA, max_length=MAX_CRITERIA, alias="acceptanceCriteria"),
    AfterValidator(_checked_criteria),
]
StoryLine = Annotated[str, Field(min_length=1), AfterValidator(_checked_story_line)]


class _Answer(BaseModel):
    model_config = ConfigDict(populate_by_name=True, str_strip_whitespace=True)


class DetailAnswer(_Answer):
    """ "Add detail": the story line and the criteria again, with detail from the sources."""

    description: StoryLine
    acceptance_criteria: Criteria


class CriteriaAnswer(_Answer):
    """ "Rewrite acceptance criteria": the new criteria."""

    acceptance_criteria: Criteria


class WrittenStory(_Answer):
    """A new story in an answer: title, story line with its benefit, checked criteria."""

    title: str = Field(min_length=1, max_length=MAX_TITLE_LENGTH)
    description: StoryLine
    acceptance_criteria: Criteria


def _distinct_titles(stories: list[WrittenStory]) -> list[WrittenStory]:
    keys = [" ".join(story.title.lower().split()) for story in stories]
    if len(set(keys)) != len(keys):
        raise ValueError("two of the stories have the same title; give each its own")
    return stories


class EdgeCasesAnswer(_Answer):
    """ "Add edge cases as new stories": 1 to 3 stories for what the story leaves out."""

    stories: Annotated[
        list[WrittenStory], Field(min_length=1, max_length=3), AfterValidator(_distinct_titles)
    ]


class SplitAnswer(_Answer):
    """ "Split into smaller stories": 2 to 4 stories that together do what the story did."""

    stories: Annotated[
        list[WrittenStory], Field(min_length=2, max_length=4), AfterValidator(_distinct_titles)
    ]


_PASS_WORDS = {"pass", "passes", "passed", "yes", "ok", "true", "good", "met"}
_DOUBT_WORDS = {"doubt", "doubtful", "fail", "fails", "failed", "no", "false", "partial", "unclear"}


def _verdict(value):
    if isinstance(value, bool):
        return "pass" if value else "doubt"
    word = str(value).strip().lower()
    if word in _PASS_WORDS:
        return "pass"
    if word in _DOUBT_WORDS:
        return "doubt"
    return value  # anything else fails the Literal below, and the model is asked again


class LetterVerdict(_Answer):
    verdict: Annotated[Literal["pass", "doubt"], BeforeValidator(_verdict)]
    reason: str = Field(min_length=1, max_length=500)


INVEST = (
    ("I", "Independent"),
    ("N", "Negotiable"),
    ("V", "Valuable"),
    ("E", "Estimable"),
    ("S", "Small"),
    ("T", "Testable"),
)


class InvestAnswer(_Answer):
    """ "Check INVEST": a verdict and a reason for each of the six letters."""

    independent: LetterVerdict
    negotiable: LetterVerdict
    valuable: LetterVerdict
    estimable: LetterVerdict
    small: LetterVerdict
    testable: LetterVerdict

    @model_validator(mode="before")
    @classmethod
    def _lower_case_keys(cls, value):
        if isinstance(value, dict):
            return {str(key).strip().lower(): item for key, item in value.items()}
        return value

    def checks(self) -> list[InvestCheck]:
        return [
            InvestCheck(
                letter,
                name,
                getattr(self, name.lower()).verdict,
                getattr(self, name.lower()).reason,
            )
            for letter, name in INVEST
        ]


ANSWERS: dict[str, type[BaseModel]] = {
    "add-detail": DetailAnswer,
    "rewrite-criteria": CriteriaAnswer,
    "edge-cases": EdgeCasesAnswer,
    "split": SplitAnswer,
    "check-invest": InvestAnswer,
}


# -- the prompts ------------------------------------------------------------------------------

_SYSTEM = """You are a senior product manager improving one user story of a user story map.
{task}
Rules:
- Write every text in {language}, the language of the story; Gherkin keywords too \
("Given", "when", "then" in that language).
- Use the requirement sentences the story came from for concrete detail: their objects, \
numbers, limits and conditions. Invent nothing they contradict; keep the story's role.
- A story line reads "As a <role>, I want <goal>, so that <benefit>." with a benefit this \
story gives, not one that fits any story.
- Acceptance criteria: 2 to 5, each "Given ..., when ..., then ...", testable, at least one \
an unhappy path that can really happen here (invalid input, a refusal, a failure, nothing \
found).
Answer with one JSON object and nothing else, in exactly this shape:
{shape}"""

_STORIES_SHAPE = (
    '{"stories": [{"title": "<short title>", "description": "As a ..., I want ..., so that '
    '...", "acceptanceCriteria": ["Given ..., when ..., then ..."]}]}'
)
_TASKS = {
    "add-detail": (
        "Rewrite its description and acceptance criteria with concrete detail from its sources: "
        "who does what, with which data, within which limits. The description is the story "
        "line, then at most two sentences of detail.",
        '{"description": "As a ..., I want ..., so that .... <detail>", '
        '"acceptanceCriteria": ["Given ..., when ..., then ..."]}',
    ),
    "rewrite-criteria": (
        "Replace its acceptance criteria with 2 to 5 better ones. Keep what the current "
        "criteria get right; make each specific to this story.",
        '{"acceptanceCriteria": ["Given ..., when ..., then ..."]}',
    ),
    "edge-cases": (
        "Find 1 to 3 edge cases the story does not cover (limits, failures, concurrent use, "
        "empty or extreme input, permissions) and write each as a new user story of its own, "
        "for the same role. Do not repeat the story itself.",
        _STORIES_SHAPE,
    ),
    "split": (
        "Split it into 2 to 4 smaller stories that together cover exactly what it covers, each "
        "valuable and testable on its own (split by workflow step, business rule, data variation "
        "or happy and unhappy path). Each new story is smaller than the story.",
        _STORIES_SHAPE,
    ),
    "check-invest": (
        "Check it against INVEST: Independent, Negotiable, Valuable, Estimable, Small, "
        'Testable. For each letter answer "pass" or "doubt" and one sentence on why, about this '
        "story's own words (not INVEST in general).",
        '{"independent": {"verdict": "pass", "reason": "..."}, "negotiable": {...}, '
        '"valuable": {...}, "estimable": {...}, "small": {...}, "testable": {...}}',
    ),
}

_USER = """Product: {product}
Activity: {activity}
Task: {task}
Story: {title}
{description}
Acceptance criteria:
{criteria}
Requirement sentences the story came from:
{sources}
Language: write in {language}."""


def action_prompt(action: str, story: StoryInput) -> tuple[str, str]:
    """The system and user messages that ask for ``action`` on ``story``."""
    task, shape = _TASKS[action]
    _, language = story_language(story)
    system = _SYSTEM.format(task=task, language=language, shape=shape)
    user = _USER.format(
        product=story.product_name,
        activity=story.activity,
        task=story.task,
        title=story.title,
        description=story.description,
        criteria="\n".join(f"- {c}" for c in story.acceptance_criteria) or "(none yet)",
        sources="\n".join(f"- {s}" for s in story.sources)
        or "(none: the story was written on the map by hand)",
        language=language,
    )
    return system, user


# -- running an action ------------------------------------------------------------------------


def run_story_action(
    action: str, story: StoryInput, chain: ProviderChain | None = None
) -> ActionResult:
    """Do ``action`` to ``story``: one request through ``chain``, or offline without one.

    Raises GenerationError when the action needs a provider and there is none, or every
    provider failed (an answer still invalid after one repair); TransientGenerationError
    when they may come back.
    """
    if action not in ACTIONS:
        raise GenerationError(f'"{action}" is not an action on stories.')
    if chain is None or not chain.providers:
        if action == "rewrite-criteria":
            return rewrite_criteria_offline(story)
        if action == "check-invest":
            return check_invest_offline(story)
        raise GenerationError(
            f"{ACTIONS[action].label} needs an AI provider, and none is configured."
        )
    system, user = action_prompt(action, story)
    code, _ = story_language(story)
    answered = chain.ask(
        f"story:{action}", system, user, ANSWERS[action], check=language_check(code)
    )
    notes = []
    if answered.failures:
        label = answered.provider.label
        notes.append(f"{label} answered after: {'; '.join(answered.failures)}.")
    if answered.notes:
        notes.append(
            f"{answered.provider.label} answered partly in another language than the story's "
            f"{language_name(code)}, even after being asked once to write in it."
        )
    result = _result_of(action, story, answered.value, answered.provider.label)
    result.notes += notes
    return result


def _result_of(action: str, story: StoryInput, value: BaseModel, generator: str) -> ActionResult:
    result = ActionResult(action, generator)
    old_criteria = list(story.acceptance_criteria)
    if isinstance(value, DetailAnswer | CriteriaAnswer):
        description = value.description if isinstance(value, DetailAnswer) else story.description
        criteria = list(value.acceptance_criteria)
        if description != story.description:
            result.changes.append("Rewrote the story line with detail from its sources.")
        if criteria != old_criteria:
            result.changes.append(_criteria_change(old_criteria, criteria))
        if result.changes:
            result.update = NewStory(
                title=story.title, description=description, acceptance_criteria=criteria
            )
        else:
            result.unchanged = "The answer was the story as it is: nothing to change."
    elif isinstance(value, EdgeCasesAnswer | SplitAnswer):
        result.stories = [NewStory(**written.model_dump()) for written in value.stories]
        titles = ", ".join(f"“{written.title}”" for written in value.stories)
        count = len(value.stories)
        if isinstance(value, SplitAnswer):
            result.changes.append(f"Split into {count} stories: {titles}.")
        else:
            noun = "story" if count == 1 else "stories"
            result.changes.append(f"Added {count} edge-case {noun} after it: {titles}.")
    elif isinstance(value, InvestAnswer):
        result.invest = value.checks()
    return result


def _criteria_change(before: list[str], after: list[str]) -> str:
    had = f"the {len(before)} acceptance criteria" if before else "no acceptance criteria"
    if len(before) == 1:
        had = "the one acceptance criterion"
    return f"Replaced {had} with {len(after)} in Given/When/Then form, one an unhappy path."


# -- offline ----------------------------------------------------------------------------------

#: The offline improver's changes that are not about the criteria (its benefit and title fixes).
_NOT_CRITERIA = ("Added the benefit", "Wrote ", "Renamed ")
_CRITERIA_RULES = ("criteria-count", "criteria-form", "unhappy-path")


def rewrite_criteria_offline(story: StoryInput) -> ActionResult:
    """Fix the criteria as the offline improver does: Given/When/Then form, enough of them,
    an unhappy path; the story line and title are left alone."""
    draft = _draft(story)
    improved = improve_story(draft)
    criteria = list(improved.story.acceptance_criteria)
    result = ActionResult("rewrite-criteria", OFFLINE)
    if criteria != list(story.acceptance_criteria):
        result.changes = [c for c in improved.changes if not c.startswith(_NOT_CRITERIA)]
        result.update = NewStory(
            title=story.title, description=story.description, acceptance_criteria=criteria
        )
        return result
    left = [message for rule, message in story_findings(draft) if rule in _CRITERIA_RULES]
    if left:
        language_note = [u for u in improved.unresolved if "cannot write in" in u]
        result.unchanged = " ".join(
            [*language_note, *left, "The offline improver leaves these to a person."]
        )
    else:
        result.unchanged = (
            "The criteria already meet the bar (2 to 5, Given/When/Then, one an unhappy "
            "path): the offline improver changes nothing. An AI provider can rewrite them."
        )
    return result


def _draft(story: StoryInput) -> StoryDraft:
    return StoryDraft.model_construct(
        title=story.title,
        description=story.description,
        priority="MVP",
        acceptance_criteria=list(story.acceptance_criteria),
        sources=list(story.sources),
        suggested=False,
        written_by_hand=False,
    )


#: Words of a story that waits on another: "depends on", "after story 3", "blocked by".
_DEPENDS = re.compile(
    r"\b(?:depends? on|dependent on|dependency|blocked by|"
    r"(?:requires?|after|once|needs?) (?:the )?(?:[\w-]+ ){0,2}(?:story|stories|feature)|"
    r"see (?:the )?story|same as (?:the )?story|hängt von|depende de|dépend de|зависит от)\b",
    re.I,
)
#: How a thing is built rather than what a person needs: the story line leaves that open.
_HOW = re.compile(
    r"\b(?:database|sql|table|column|api|endpoint|json|xml|http|rest|graphql|react|angular|"
    r"vue|django|flask|rails|microservices?|server|redis|kafka|css|html|dropdown|drop-down|"
    r"checkbox|modal|pop-?up|stored procedure|cron|webhook|base de datos|datenbank|"
    r"base de données|база данных)\b",
    re.I,
)
#: Words no estimate or test can pin down.
_VAGUE = re.compile(
    r"\b(?:etc|and so on|tbd|tbc|various|as needed|as appropriate|appropriate|fast|quick(?:ly)?|"
    r"easy|easily|user-friendly|intuitive|simple|efficient(?:ly)?|flexible|robust|seamless(?:ly)?|"
    r"modern|nice|usw|и т\.? ?д|быстро|удобн\w*|intuitiv\w*|rápid\w*|fácil\w*|"
    r"rapide\w*|facile\w*|schnell\w*|einfach\w*)\b|\.\.\.|…",
    re.I,
)
#: A goal that joins two things ("browse menus and place an order").
_JOINED = re.compile(r"\s(?:and|or|and/or|und|oder|y|o|et|ou|e|и|или)\s", re.I)
#: A story line longer than this many words says more than one small story does.
_LONG_STORY_WORDS = 60


def check_invest_offline(story: StoryInput) -> ActionResult:
    """Say, per INVEST letter, "pass" or "doubt" and why, from the story's words and the
    quality report's findings on it; a heuristic, so it says "doubt", never "fail"."""
    findings = story.findings if story.findings is not None else story_findings(_draft(story))
    rules: dict[str, str] = {}
    for rule, message in findings:
        rules.setdefault(rule, message)
    line = read_story_line(story.description)
    goal = line.goal or story.title
    criteria = list(story.acceptance_criteria)
    checks = [
        _independent(story, rules),
        _negotiable(story, rules, criteria),
        _valuable(line, rules),
        _estimable(story, rules, criteria),
        _small(story, goal, criteria),
        _testable(rules, criteria),
    ]
    return ActionResult("check-invest", OFFLINE, invest=checks)


def _check(letter: str, doubt: str | None, passing: str) -> InvestCheck:
    name = dict(INVEST)[letter]
    if doubt:
        return InvestCheck(letter, name, "doubt", doubt)
    return InvestCheck(letter, name, "pass", passing)


def _independent(story: StoryInput, rules: dict[str, str]) -> InvestCheck:
    text = " ".join([story.title, story.description, *story.acceptance_criteria])
    doubt = None
    if "duplicate-title" in rules:
        doubt = "Another story has the same title: the two may overlap or depend on each other."
    elif match := _DEPENDS.search(text):
        doubt = f"It refers to other work (“{match.group(0)}”): it may not ship on its own."
    return _check("I", doubt, "Nothing in it waits on another story.")


def _negotiable(story: StoryInput, rules: dict[str, str], criteria: list[str]) -> InvestCheck:
    doubt = None
    if "not-a-requirement" in rules:
        doubt = rules["not-a-requirement"] + " It fixes a solution rather than a need."
    elif match := _HOW.search(f"{story.title} {story.description}"):
        doubt = (
            f"The story line names how it is built (“{match.group(0)}”), not only what is needed."
        )
    elif len(criteria) > MAX_CRITERIA:
        doubt = f"{len(criteria)} criteria pin every detail down; little is left to discuss."
    return _check("N", doubt, "It says what is needed and why, and leaves how open.")


def _valuable(line, rules: dict[str, str]) -> InvestCheck:
    doubt = None
    if "so-that" in rules:
        doubt = 'The story line has no "so that": it does not say what it is worth.'
    elif "repeated-benefit" in rules:
        doubt = (
            f"{rules['repeated-benefit']} A benefit that fits many stories says little about "
            "this one's worth."
        )
    elif "role-not-person" in rules:
        doubt = rules["role-not-person"] + " Whom it is valuable to is unclear."
    elif "non-goal-in-map" in rules:
        doubt = rules["non-goal-in-map"]
    benefit = f" (“{line.benefit.strip()}”)" if line.benefit else ""
    return _check("V", doubt, f"It says what it is worth{benefit}.")


def _estimable(story: StoryInput, rules: dict[str, str], criteria: list[str]) -> InvestCheck:
    doubt = None
    if not criteria:
        doubt = "It has no acceptance criteria, so where it ends is unknown."
    elif "quoted-goal" in rules or "weak-title" in rules:
        doubt = rules.get("quoted-goal") or rules["weak-title"]
        doubt += " What is to be built is unclear."
    elif match := _VAGUE.search(story.description):
        doubt = f"“{match.group(0)}” is vague: say what exactly, or how much."
    return _check("E", doubt, "It names one goal and its criteria say when it is done.")


def _small(story: StoryInput, goal: str, criteria: list[str]) -> InvestCheck:
    words = len(story.description.split())
    doubt = None
    if len(criteria) > MAX_CRITERIA:
        doubt = f"{len(criteria)} acceptance criteria: more than one small story holds."
    elif words > _LONG_STORY_WORDS:
        doubt = f"The story line runs to {words} words: it may hold several stories."
    elif match := _JOINED.search(goal):
        doubt = (
            f"Its goal joins several things (“{match.group(0).strip()}”): splitting it may help."
        )
    count = len(criteria)
    return _check("S", doubt, f"One goal and {count} criteri{'on' if count == 1 else 'a'}.")


def _testable(rules: dict[str, str], criteria: list[str]) -> InvestCheck:
    problems = [rules[rule] for rule in _CRITERIA_RULES if rule in rules]
    vague = next((c for c in criteria if _VAGUE.search(c) and not re.search(r"\d", c)), None)
    doubt = None
    if not criteria:
        doubt = "No acceptance criteria: nothing says how to test it."
    elif problems:
        doubt = " ".join(problems)
    elif vague:
        doubt = f"A criterion is vague (“{_VAGUE.search(vague).group(0)}”): give a number."
    return _check(
        "T", doubt, f"{len(criteria)} Given/When/Then criteria, one of them an unhappy path."
    )
