"""Suggested stories for a short idea, from a catalogue of common journeys.

A paragraph ("A food delivery app where customers order from nearby restaurants, couriers
deliver and restaurants manage menus") states a handful of stories; the product it names has
journeys everyone knows (the customer browses, fills a cart, checks out, pays, tracks and
rates; the courier accepts, navigates and delivers). When the document states fewer than
``IDEA_STORIES`` stories and its words name a kind of product the catalogue knows, the map
gets that kind's journeys for the roles the document names (the main role always), minus the
steps a stated story already says. Every suggestion is marked ``suggested``, so that the map
shows it as not in the text, the quality report counts it apart, and one click removes all.

The journeys here are language-neutral: kinds, roles, activities and steps with the release
each step starts in (the walking skeleton gets the core steps). The words are each language
pack's ``catalogue`` module (``generation.languages.journeys``).
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from generation.language import content_keys
from generation.languages.categories import CLUSTERS, cluster_of
from generation.languages.journeys import CatalogueWords, KindWords
from generation.reading import Document
from generation.schemas import ActivityDraft, StoryDraft, TaskDraft
from generation.stories.requirements import DraftStory

__all__ = ["IDEA_STORIES", "JOURNEYS", "Suggestions", "suggest_stories"]

#: A document that states fewer stories than this is an idea, and gets suggestions.
IDEA_STORIES = 8
#: A kind of product is recognised from this many distinct cue words or more.
MIN_CUES = 2
MAX_ACTIVITIES = 8

MVP, R1, LATER = "MVP", "Release 1", "Later"


@dataclass(frozen=True)
class JourneyActivity:
    """One activity of a journey: whose it is, where it stands, its steps and their releases."""

    key: str
    role: str
    #: The activity cluster (``categories.CLUSTERS``) it lines up with on the backbone.
    stage: str
    steps: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Journey:
    #: The role whose journey a product of this kind is for; suggested even if unnamed.
    primary: str
    activities: tuple[JourneyActivity, ...]


JOURNEYS: dict[str, Journey] = {
    "food-delivery": Journey(
        "customer",
        (
            JourneyActivity("find", "customer", "discover", (("browse", MVP), ("search", R1))),
            JourneyActivity(
                "order", "customer", "act", (("cart", MVP), ("checkout", MVP), ("pay", MVP))
            ),
            JourneyActivity(
                "receive", "customer", "follow", (("track", MVP), ("rate", R1), ("reorder", LATER))
            ),
            JourneyActivity(
                "deliver",
                "courier",
                "manage",
                (("accept", MVP), ("navigate", R1), ("handover", MVP)),
            ),
            JourneyActivity(
                "kitchen",
                "restaurant",
                "manage",
                (("menu", MVP), ("orders", MVP), ("sold-out", R1)),
            ),
        ),
    ),
    "booking": Journey(
        "client",
        (
            JourneyActivity("find", "client", "discover", (("find", MVP), ("profile", R1))),
            JourneyActivity("book", "client", "act", (("book", MVP), ("prepay", LATER))),
            JourneyActivity(
                "visit",
                "client",
                "follow",
                (("confirm", MVP), ("remind", R1), ("change", MVP), ("review", LATER)),
            ),
            JourneyActivity("work", "specialist", "manage", (("day", MVP), ("visit-notes", LATER))),
            JourneyActivity("schedule", "admin", "manage", (("hours", MVP), ("no-show", R1))),
        ),
    ),
    "lending": Journey(
        "borrower",
        (
            JourneyActivity("find", "borrower", "discover", (("browse", MVP), ("details", R1))),
            JourneyActivity("borrow", "borrower", "act", (("request", MVP), ("deposit", R1))),
            JourneyActivity(
                "use", "borrower", "follow", (("handover", MVP), ("message", R1), ("review", LATER))
            ),
            JourneyActivity(
                "lend",
                "owner",
                "manage",
                (
                    ("list", MVP),
                    ("approve", MVP),
                    ("availability", R1),
                    ("returned", R1),
                    ("earnings", LATER),
                ),
            ),
        ),
    ),
    "tasks": Journey(
        "user",
        (
            JourneyActivity(
                "capture",
                "user",
                "act",
                (("add", MVP), ("deadline", MVP), ("edit", R1), ("note", R1)),
            ),
            JourneyActivity(
                "organise", "user", "follow", (("category", MVP), ("priority", R1), ("search", R1))
            ),
            JourneyActivity(
                "do",
                "user",
                "follow",
                (("today", MVP), ("done", MVP), ("remind", R1), ("delete", R1), ("repeat", LATER)),
            ),
        ),
    ),
}

_STAGE_ORDER = {name: number for number, (name, _) in enumerate(CLUSTERS)}


@dataclass
class Suggestions:
    """The map with the suggestions in place, and what they are."""

    activities: list[ActivityDraft]
    kind: str | None = None
    count: int = 0


def suggest_stories(
    document: Document, stories: list[DraftStory], activities: list[ActivityDraft]
) -> Suggestions:
    """Add the catalogue's stories a short idea leaves out; the stated map stays as it is.

    ``stories`` are the stated stories (written, with roles and categories) and
    ``activities`` the backbone made of them.
    """
    words = catalogue_words(document.language)
    if words is None or not stories or len(stories) >= IDEA_STORIES:
        return Suggestions(activities)
    kind = recognised_kind(document.text, words)
    if kind is None:
        return Suggestions(activities)
    kind_words = words.kinds[kind]
    journey = JOURNEYS[kind]
    roles = _roles(document.text, journey, kind_words)
    stated = [_StatedStory.of(story, document, kind_words) for story in stories]
    placed = _Placement(activities, stories)
    taken = {_title_key(activity_story.title) for activity_story in _all_stories(activities)}
    count = 0
    for activity in journey.activities:
        if activity.role not in roles:
            continue
        tasks = []
        for key, release in activity.steps:
            step = kind_words.steps[key]
            if _title_key(step.title) in taken or _said(step, activity.role, stated, document):
                continue
            taken.add(_title_key(step.title))
            story = StoryDraft(
                title=step.title,
                description=words.story_line(roles[activity.role], step.goal, step.benefit),
                priority=release,
                acceptance_criteria=list(step.criteria),
                suggested=True,
            )
            tasks.append(TaskDraft(title=step.title, stories=[story]))
        if tasks:
            placed.add(
                activity,
                kind_words.activities[activity.key],
                tasks,
                role=roles[activity.role],
                primary=activity.role == journey.primary,
            )
            count += sum(len(task.stories) for task in tasks)
    return Suggestions(placed.activities(), kind, count)


@cache
def catalogue_words(code: str | None) -> CatalogueWords | None:
    """The catalogue's words in language ``code``; None for a language without them."""
    if not code or not re.fullmatch(r"[a-z]{2,3}", code):
        return None
    try:
        module = importlib.import_module(f"generation.languages.{code}.catalogue")
    except ModuleNotFoundError:
        return None
    return module.WORDS


def recognised_kind(text: str, words: CatalogueWords) -> str | None:
    """The kind of product whose cue words ``text`` says most (at least ``MIN_CUES``)."""
    best, best_count = None, MIN_CUES - 1
    for kind, kind_words in words.kinds.items():
        found = {match.lower() for match in re.findall(kind_words.cues, text, re.I)}
        if len(found) > best_count:
            best, best_count = kind, len(found)
    return best


def _roles(text: str, journey: Journey, words: KindWords) -> dict[str, str]:
    """Role key -> the name its stories use, for the roles the text names and the primary."""
    roles = {}
    for key, role in words.roles.items():
        found = role.found(text)
        if found:
            roles[key] = found[1]
        elif key == journey.primary:
            roles[key] = role.default
    return roles


#: A stated story with more content words than this is a whole idea in one sentence (the
#: writer could not split it), not one step: only its title can say a step.
FOCUSED_KEYS = 8


@dataclass
class _StatedStory:
    #: Content keys of the title, and of the story's action when it is one step.
    keys: set[str]
    #: The catalogue role its role is, if any.
    role: str | None

    @classmethod
    def of(cls, story: DraftStory, document: Document, words: KindWords) -> _StatedStory:
        clause = story.clause
        keys = content_keys(story.title, document.pack)
        action = content_keys(f"{clause.verb} {clause.rest}", document.pack)
        if len(action) <= FOCUSED_KEYS:
            keys |= action
        role = next(
            (key for key, role in words.roles.items() if story.role and role.found(story.role)),
            None,
        )
        return cls(keys, role)


def _said(step, role: str, stated: list[_StatedStory], document: Document) -> bool:
    """Whether a stated story of a compatible role already says ``step``."""
    phrases = [content_keys(phrase, document.pack) for phrase in (step.title, *step.match)]
    for story in stated:
        if story.role is not None and story.role != role:
            continue
        if any(keys and keys <= story.keys for keys in phrases):
            return True
    return False


class _Placement:
    """The stated activities, with suggested tasks joining them or new activities between."""

    def __init__(self, activities: list[ActivityDraft], stories: list[DraftStory]):
        by_title = {story.title: story for story in stories}
        # (stage, roles, activity, is the stated one) in backbone order.
        self.slots: list[list] = []
        for activity in activities:
            drafts = [by_title.get(s.title) for t in activity.tasks for s in t.stories]
            drafts = [draft for draft in drafts if draft is not None]
            stages = Counter(cluster_of(draft.category) for draft in drafts)
            stage = stages.most_common(1)[0][0] if stages else "manage"
            roles = {draft.role.lower() for draft in drafts if draft.role}
            self.slots.append([stage, roles, activity, True])

    def add(
        self,
        journey: JourneyActivity,
        title: str,
        tasks: list[TaskDraft],
        *,
        role: str,
        primary: bool,
    ) -> None:
        """Join a stated activity of the same stage and people, else stand as a new one.

        The main role's steps join any stated activity of their stage; a back-office
        activity (a courier's, a restaurant's) joins one only where the stated stories are
        that role's.
        """
        stage = journey.stage
        for slot in self.slots:
            if not slot[3] or slot[0] != stage:
                continue
            if (primary and stage != "manage") or role.lower() in slot[1]:
                slot[2] = _with_tasks(slot[2], tasks)
                return
        # A new activity starts in the MVP, so that the first release still crosses the map;
        # suggestions that are all for later releases join the nearest activity instead.
        starts_mvp = any(story.priority == MVP for task in tasks for story in task.stories)
        if len(self.slots) >= MAX_ACTIVITIES or (self.slots and not starts_mvp):
            nearest = min(
                self.slots,
                key=lambda slot: abs(_STAGE_ORDER.get(slot[0], 5) - _STAGE_ORDER.get(stage, 5)),
            )
            nearest[2] = _with_tasks(nearest[2], tasks)
            return
        activity = ActivityDraft(title=title, tasks=tasks)
        order = _STAGE_ORDER.get(stage, len(_STAGE_ORDER))
        index = len(self.slots)
        for number, slot in enumerate(self.slots):
            if _STAGE_ORDER.get(slot[0], len(_STAGE_ORDER)) > order:
                index = number
                break
        self.slots.insert(index, [stage, set(), activity, False])

    def activities(self) -> list[ActivityDraft]:
        return [slot[2] for slot in self.slots]


def _with_tasks(activity: ActivityDraft, tasks: list[TaskDraft]) -> ActivityDraft:
    return activity.model_copy(update={"tasks": [*activity.tasks, *tasks]})


def _all_stories(activities: list[ActivityDraft]) -> list[StoryDraft]:
    return [story for activity in activities for task in activity.tasks for story in task.stories]


def _title_key(title: str) -> str:
    return " ".join(re.findall(r"\w+", title.lower()))
