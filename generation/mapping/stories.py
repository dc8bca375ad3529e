"""Stories: the requirement statements turned into stories, in document order.

The statements go in; out come ``Story``s (``collect_stories``): each with its goal, its role,
its release (the heading's, else its clause's wording, else its sentence's, else MVP), the
sentence it came from, its category and the text's own reason. A sentence may state several
stories ("Couriers can accept or decline requests") or none (an aside, an introduction); a
story the author already wrote ("As a ..., I want ...") is kept as written, and a sentence this
reading cannot parse (another language) becomes a story quoting it. With no requirement found
anywhere, ``fallback_stories`` keeps every sentence as a story.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from generation.mapping.categories import (
    CLUSTER_OF,
    CLUSTER_RANK,
    category_of,
    feature_category,
    quality_category,
)
from generation.mapping.clauses import Clause, find_clauses
from generation.mapping.goals import Goal, goals_from_clause, split_benefit
from generation.mapping.phrases import starts_verb_phrase, verb_and_rest
from generation.mapping.priorities import wording_priority
from generation.mapping.roles import BACK_OFFICE, role_from_words
from generation.mapping.statements import Statement, strip_trailing_semicolon
from generation.mapping.text import is_latin, norm, singular_of, squash, strip_end
from generation.mapping.vocabulary import DETERMINERS, FUNCTION_WORDS, KIND_OF

AS_A = re.compile(
    r"^as\s+an?\s+(?P<role>[^,]{1,60}?),?\s+i\s+(?:want|need|would like|wish|can|"
    r"should be able|am able)\s+(?:to\s+)?(?P<goal>.+?)"
    r"(?:,?\s+so\s+(?:that\s+)?(?P<benefit>.+?))?[.!]?$",
    re.IGNORECASE,
)


@dataclass
class Story:
    """A story being built: the goal, its role and context, and where it came from."""

    goal: Goal
    role: str | None
    priority: str
    sources: list[str]
    section: str | None
    subsection: str | None
    constraint: str
    category: str = "generic"
    reason: str = ""  # the text's own "so that ..." / "to ..." / "because ..." words
    reason_kind: str = ""  # so | purpose | because | given (already first person)
    order: int = 0
    title: str = ""
    task_heading: str | None = None  # the heading that names this story's task, if any

    @cached_property
    def words(self) -> frozenset[str]:
        """The meaningful words of the goal and role, singular and lower-case."""
        words = [self.goal.verb, *self.goal.rest, *(self.role or "").split(), *self.title.split()]
        ignored = FUNCTION_WORDS | DETERMINERS
        normalised = (norm(w) for w in words)
        return frozenset(singular_of(w) for w in normalised if len(w) > 3 and w not in ignored)

    @property
    def cluster(self) -> str:
        """The journey step this story belongs to, adjusted for back-office roles."""
        cluster = CLUSTER_OF.get(self.category, "other")
        back_office = bool(set((self.role or "").split()) & BACK_OFFICE)
        return "manage" if back_office and cluster in {"discover", "order"} else cluster


def stories_from_statement(
    statement: Statement, recent_role: str | None, english: bool = True
) -> list[Story]:
    """Turn one sentence into stories, or none when it states no requirement."""
    text = strip_trailing_semicolon(statement.text)
    if not english or not is_latin(text):
        return [verbatim_story(statement)]  # we cannot parse it, but we must not drop it
    written = AS_A.match(text.strip())
    if written:
        return _written_story(statement, written)
    if _is_aside(text):
        return []
    text, leading_purpose = _leading_purpose(text)
    tokens = text.split()
    low = [norm(t) for t in tokens]
    if not any(low):
        return []  # punctuation only
    present_ok = statement.bullet or not statement.modal_text
    clauses, condition = find_clauses(tokens, low, present_ok)
    if not clauses and statement.bullet:
        clauses = _bullet_clauses(tokens, low, statement)
    elif not clauses and _is_imperative(low):
        clauses = [Clause([], "none", tokens)]
    if not clauses:
        return []
    stories = []
    for clause in clauses:
        for goal in goals_from_clause(clause, statement, recent_role):
            goal.condition = condition
            goal.purpose = leading_purpose
            stories.append(_make_story(goal, clause, statement))
        recent_role = next((s.role for s in reversed(stories) if s.role), recent_role)
    return [s for s in stories if s.goal.verb or s.goal.goal_text]


def _priority_of(clause_text: str, statement: Statement) -> str:
    """The release for a requirement: its heading's, else its clause's, else its sentence's."""
    return (
        statement.heading_priority
        or wording_priority(clause_text)
        or statement.stated_priority
        or "MVP"  # a requirement that does not say otherwise is part of the first release
    )


_ASIDE_WORDS = {"docs", "documentation", "mockup", "mockups", "figma", "wiki", "appendix", "link"}


def _is_aside(text: str) -> bool:
    """True for "(see mockups: ...)" or "see the docs for ...": a pointer, not a requirement."""
    words = [norm(w) for w in text.split()]
    if not words or (text.startswith("(") and text.rstrip(".!?").endswith(")")):
        return True
    return words[0] in {"see", "refer", "cf", "note"} and bool(_ASIDE_WORDS & set(words))


def _leading_purpose(text: str) -> tuple[str, str]:
    """Split "To reduce no-shows, the app sends reminders" into the sentence and its purpose."""
    match = re.match(r"(?i)^(?:in order to|to)\s+(\w+)\b([^,]{0,120}),\s+(.+)$", text)
    if match and KIND_OF.get(match.group(1).lower()) == "base":
        return match.group(3), match.group(1) + match.group(2)
    return text, ""


def _is_imperative(low: list[str]) -> bool:
    """True for sentences that start with a base verb ("Browse restaurants by cuisine")."""
    if len(low) < 2:
        return False
    not_a_subject = low[1] not in {"is", "are", "was", "will"}  # "Order matters", "Search is"
    return starts_verb_phrase(low, 0) and low[0] not in {"be", "get"} and not_a_subject


def _bullet_clauses(tokens: list[str], low: list[str], statement: Statement) -> list[Clause]:
    """Read a bullet without a modal: imperative, third-person ("Sends ..."), or a feature."""
    label = re.match(r"^([\w' -]{1,30}):\s+(.+)$", " ".join(tokens))
    if label:
        role = role_from_words(label.group(1).split())
        if role:  # "Couriers: accept jobs, see earnings"
            rest = label.group(2).split()
            return [Clause(label.group(1).split(), "actor", rest)]
    if KIND_OF.get(low[0]) == "3sg":
        return [Clause([], "system", tokens)]
    if starts_verb_phrase(low, 0) or low[0] in {"ability", "option", "possibility"}:
        return [Clause([], "none", tokens)]
    if (
        statement.section
        or statement.heading_priority
        or statement.heading_role
        or re.search(r"\b(support|ability|option|integration|feature)\b", " ".join(low))
        or len(tokens) <= 12
    ):
        return [Clause([], "feature", tokens)]
    return []


def _make_story(goal: Goal, clause: Clause, statement: Statement) -> Story:
    """Finish a story from a goal: split off the benefit, pick category and priority."""
    if goal.kind in {"action", "system"}:
        goal.rest, benefit_raw, how = split_benefit(goal.rest, goal.verb.split(" ")[0])
        # "Payment must be taken by card": the subject is what the verb acts on.
        acted_on = goal.subject.split() if goal.passive else []
        category = category_of(goal.verb, [*acted_on, *goal.rest])
    elif goal.kind == "rule":
        benefit_raw, how = "", ""
        category = "rule"
    else:
        benefit_raw, how = "", ""
        category = feature_category(goal.rest)
    category = quality_category(goal, category)
    if goal.purpose and not benefit_raw:
        benefit_raw, how = goal.purpose, "purpose"
    clause_text = " ".join(clause.subject + clause.predicate)
    return Story(
        goal=goal,
        role=goal.role,
        sources=[statement.source],
        section=statement.section,
        subsection=statement.subsection,
        priority=_priority_of(clause_text, statement),
        constraint=_constraint(clause_text),
        category=category,
        reason=benefit_raw,
        reason_kind=how if benefit_raw else "",
    )


_CONSTRAINT = re.compile(
    r"\b(?:within|in under|under|in less than|less than|at least|at most|up to|no more than|"
    r"no later than|maximum of|minimum of|max\.?|min\.?)\s+\d[\d.,]*\s*(?:%|[A-Za-z]+)?",
    re.IGNORECASE,
)


def _constraint(text: str) -> str:
    """Return a measurable limit stated in the requirement ("within 5 minutes"), if any."""
    match = _CONSTRAINT.search(text)
    return strip_end(match.group(0)) if match else ""


def _written_story(statement: Statement, match: re.Match[str]) -> list[Story]:
    """Keep a story the author already wrote as "As a ..., I want ..., so that ..."."""
    role = role_from_words(match.group("role").split()) or strip_end(match.group("role")).lower()
    tokens = match.group("goal").split()
    low = [norm(t) for t in tokens]
    if starts_verb_phrase(low, 0) or KIND_OF.get(low[0]) == "base":
        verb, rest = verb_and_rest(tokens)
        goal = Goal("action", role, verb, rest)
    else:
        goal = Goal("feature", role, goal_text=strip_end(" ".join(tokens)), rest=tokens)
    clause = Clause(match.group("role").split(), "actor", tokens)
    story = _make_story(goal, clause, statement)
    if match.group("benefit"):
        story.reason, story.reason_kind = strip_end(match.group("benefit")), "given"
    return [story]


def verbatim_story(statement: Statement) -> Story:
    """A sentence we cannot parse becomes a story whose goal is the sentence itself."""
    text = strip_end(strip_trailing_semicolon(statement.text)) or statement.text
    goal = Goal("verbatim", statement.heading_role, goal_text=text)
    return Story(
        goal=goal,
        role=statement.heading_role,
        priority=_priority_of(text, statement),
        sources=[statement.source],
        section=statement.section,
        subsection=statement.subsection,
        constraint=_constraint(text),
    )


MODAL_WORD = re.compile(
    r"\b(must|should|can|could|will|shall|may|cannot|can't|needs? to|able to)\b", re.I
)
_STRICT_REQUIREMENT = re.compile(r"\b(must|shall|is required to|are required to)\b", re.I)


def collect_stories(statements: list[Statement], english: bool) -> list[Story]:
    """Find the stories in every requirement sentence, in document order."""
    modal = sum(bool(MODAL_WORD.search(s.text)) for s in statements)
    for statement in statements:
        statement.modal_text = modal >= 0.4 * len(statements)
    stories: list[Story] = []
    recent_role: str | None = None
    previous_section: str | None = None
    for statement in statements:
        if statement.skipped:
            continue
        if statement.section != previous_section:
            recent_role, previous_section = None, statement.section
        if statement.context and not _STRICT_REQUIREMENT.search(statement.text):
            continue  # explanation, not a requirement
        try:
            found = stories_from_statement(statement, recent_role, english)
        except Exception:  # a heuristic must never fail the user's job: keep the sentence as is
            found = [verbatim_story(statement)]
        stories.extend(found)
        recent_role = next((s.role for s in reversed(found) if s.role), recent_role)
    return stories


def fallback_stories(statements: list[Statement], text: str) -> list[Story]:
    """With no recognisable requirement, every sentence becomes a story so nothing is lost."""
    stories = [verbatim_story(s) for s in statements if not s.skipped]
    if not stories:
        stories = [verbatim_story(s) for s in statements]
    if not stories:
        source = squash(text) or "Requirements"
        statement = Statement(source, source, False, None, None, None, None, False)
        stories = [verbatim_story(statement)]
    return stories


def main_role(stories: list[Story]) -> str:
    """The role named most often (first named wins a tie), else "user"."""
    counts = Counter(s.role for s in stories if s.role)
    if not counts:
        return "user"
    best = max(counts.values())
    return next(role for role in counts if counts[role] == best)


def dominant_cluster(stories: list[Story]) -> str:
    """The journey step most of these stories belong to (earliest step wins a tie)."""
    counts = Counter(s.cluster for s in stories if s.category != "generic")
    if not counts:  # stories we could not place only decide when nothing else does
        return "other"
    best = max(counts.values())
    return min((c for c in counts if counts[c] == best), key=lambda c: CLUSTER_RANK[c])
