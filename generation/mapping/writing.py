"""Writing: a story's title, its "As a ..., I want ..., so that ..." line and its benefit.

A finished ``Story`` and its role go in; out come its card title (``title_of``: "Track my
orders"), the story line (``story_line``), what follows "so that" (``story_benefit``) and the
goal as a first-person verb phrase the criteria reuse (``action_phrase``). Before titles are
written, ``merge_duplicates`` joins stories with the same role and goal (every source kept,
the earlier release wins), and ``unique_titles`` then tells repeated titles apart.
"""

from __future__ import annotations

import re

from generation.mapping.goals import DEFAULT_BENEFITS, benefit_text
from generation.mapping.priorities import PRIORITY_RANK
from generation.mapping.stories import Story
from generation.mapping.text import a_or_an, norm, short_title, strip_end, truncate_words
from generation.mapping.vocabulary import POSSESSIVES, past_participle

_MAX_GOAL_WORDS = 40
MAX_ACTION_WORDS = 12


def action_phrase(story: Story, limit: int = MAX_ACTION_WORDS) -> str:
    """The goal as a verb phrase in the first person: "track my orders in real time"."""
    goal = story.goal
    rest = " ".join(goal.rest)
    if goal.kind == "action":
        rest = _first_person_possessives(rest)
    if goal.passive and goal.kind == "action":
        participle = past_participle(goal.verb)
        phrase = f"be {participle} {rest}"
    else:
        phrase = f"{goal.verb} {rest}"
    return truncate_words(strip_end(phrase), limit)


def _first_person_possessives(text: str) -> str:
    """Rewrite "their orders" as "my orders", "near them" as "near me"; a bare "them" stays."""
    text = re.sub(r"\b(their|his)\b", "my", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(themselves|himself|herself)\b", "myself", text, flags=re.IGNORECASE)
    return re.sub(r"\b(near|to|for|with|around) them\b", r"\1 me", text)


def _goal_text(story: Story) -> str:
    """What follows "I want": "to browse restaurants", "the app to send receipts"."""
    goal = story.goal
    if goal.kind == "action":
        return "to " + truncate_words(action_phrase(story, _MAX_GOAL_WORDS), _MAX_GOAL_WORDS)
    if goal.kind == "system":
        rest = strip_end(" ".join(goal.rest))
        if goal.passive:
            phrase = f"{goal.subject} to be {past_participle(goal.verb)} {rest}"
        else:
            phrase = f"{goal.subject} to {goal.verb} {rest}"
        return truncate_words(strip_end(phrase), _MAX_GOAL_WORDS)
    if goal.kind == "verbatim":  # quoted as written: we could not rephrase it
        return f'"{truncate_words(goal.goal_text, _MAX_GOAL_WORDS)}"'
    return truncate_words(goal.goal_text, _MAX_GOAL_WORDS)


def title_of(story: Story) -> str:
    """A short, capitalised goal for the story card."""
    goal = story.goal
    if goal.kind == "action":
        rest = _first_person_possessives(" ".join(goal.rest)).split()
        words = [w for w in rest if norm(w) not in POSSESSIVES]
        verb = "get" if goal.passive else goal.verb
        verb_text = f"{verb} {past_participle(goal.verb)}" if goal.passive else verb
        return short_title(f"{verb_text} {' '.join(words)}")
    if goal.kind == "system":
        words = _without_me([w for w in goal.rest if norm(w) not in POSSESSIVES])
        if goal.verb == "be":
            return short_title(f"{goal.subject.removeprefix('the ')} is {' '.join(words)}")
        if goal.passive:
            subject = goal.subject.removeprefix("the ")
            return short_title(f"{goal.verb} {subject} {' '.join(words)}")
        return short_title(f"{goal.verb} {' '.join(words)}")
    if goal.kind == "rule":
        return short_title(goal.subject)
    return short_title(goal.goal_text)


def _without_me(words: list[str]) -> list[str]:
    """Drop "(to/for) me" from a title: "Send an alert to me when ..." -> "Send an alert when"."""
    kept: list[str] = []
    for word in words:
        if norm(word) == "me":
            if kept and norm(kept[-1]) in {"to", "for", "with"}:
                kept.pop()
            continue
        kept.append(word)
    return kept


def story_line(story: Story, role: str) -> str:
    """The story sentence: "As a <role>, I want <goal>, so that <benefit>."."""
    benefit = story_benefit(story, role)
    return f"As {a_or_an(role)} {role}, I want {_goal_text(story)}, so that {benefit}."


def story_benefit(story: Story, role: str) -> str:
    """What follows "so that": the text's own reason when it gives one, else the category's."""
    if story.reason_kind == "given":
        benefit = story.reason
    else:
        benefit = benefit_text(
            story.reason, story.reason_kind, story.goal.kind, role, story.category
        )
    benefit = re.sub(r"^so that\s+", "", strip_end(benefit), flags=re.IGNORECASE)
    return benefit or DEFAULT_BENEFITS["generic"]


def merge_duplicates(stories: list[Story]) -> list[Story]:
    """Join stories with the same role and goal, keeping every source and the higher priority."""
    kept: dict[tuple[str, str], Story] = {}
    for story in stories:
        key = ((story.role or "").lower(), _goal_text(story).lower())
        first = kept.get(key)
        if first is None:
            kept[key] = story
            continue
        for source in story.sources:
            if source not in first.sources:
                first.sources.append(source)
        if PRIORITY_RANK[story.priority] < PRIORITY_RANK[first.priority]:
            first.priority = story.priority
    return list(kept.values())


def unique_titles(stories: list[Story]) -> None:
    """Make every title unique: add the role, then a number, to repeated titles."""
    seen: set[str] = set()
    for story in stories:
        title = story.title
        if title.lower() in seen:
            role = story.role or ""
            title = f"{title} ({role})" if len(role.split()) <= 2 else title
            number = 2
            while title.lower() in seen:
                title = f"{story.title} ({number})"
                number += 1
        seen.add(title.lower())
        story.title = title
