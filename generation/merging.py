"""The maps of a document's parts made one: a single backbone, each story once.

Activities and tasks with the same name, or names of the same content words in any
inflection ("Оплата заказа" and "Оплатить заказ"), become one. Two stories are one when
their titles are the same, or they cover the same sentences with titles of mostly the same
words; the one kept has the higher priority of the two, the sources of both and the
criteria of both up to five. More than eight activities are folded, the smallest into the
neighbour whose name is closest, until eight are left.
"""

from __future__ import annotations

from generation.language import content_keys
from generation.languages import LanguagePack
from generation.quality import MAX_ACTIVITIES, MAX_CRITERIA, title_key
from generation.schemas import ActivityDraft, StoryDraft, StoryMapDraft, TaskDraft

_RANK = {"MVP": 0, "Release 1": 1, "Later": 2}
#: Names whose content words overlap this much (Jaccard) name the same thing.
SAME_NAME = 0.6
#: Stories covering the same sentences are one when their titles overlap this much.
SAME_STORY = 0.5


def merge_maps(
    drafts: list[StoryMapDraft], pack: LanguagePack, *, max_activities: int = MAX_ACTIVITIES
) -> StoryMapDraft:
    """One map from ``drafts`` in order: the first draft's product name, each story once."""
    activities: list[ActivityDraft] = []
    seen: list[tuple[StoryDraft, set[str]]] = []
    for draft in drafts:
        for activity in draft.activities:
            into = _same_name(activity.title, [a.title for a in activities], pack)
            if into is None:
                activities.append(activity.model_copy(update={"tasks": []}))
                into = len(activities) - 1
            for task in activity.tasks:
                stories = [s.model_copy(deep=True) for s in task.stories]
                stories = [s for s in stories if not _merged_into(s, seen, pack)]
                if stories:
                    _add_task(activities, into, task.model_copy(update={"stories": stories}), pack)
    while len(activities) > max_activities:
        _fold_smallest(activities, pack)
    return StoryMapDraft.model_construct(
        product_name=drafts[0].product_name, activities=activities
    ).without_empty_parts()


def regroup(
    draft: StoryMapDraft, groups: list[tuple[str, list[int]]], pack: LanguagePack
) -> StoryMapDraft:
    """The map with its activities gathered into ``groups``: (name, 1-based activity numbers).

    Every activity must be in exactly one group; tasks of the same name in a group are one.
    """
    numbers = sorted(n for _, members in groups for n in members)
    if numbers != list(range(1, len(draft.activities) + 1)):
        raise ValueError("every activity must be in exactly one group")
    activities: list[ActivityDraft] = []
    for name, members in groups:
        activities.append(ActivityDraft.model_construct(title=name, tasks=[]))
        for number in members:
            for task in draft.activities[number - 1].tasks:
                _add_task(activities, len(activities) - 1, task, pack)
    return draft.model_copy(update={"activities": activities})


def _add_task(activities: list[ActivityDraft], index: int, task: TaskDraft, pack) -> None:
    activity = activities[index]
    tasks = list(activity.tasks)
    same = _same_name(task.title, [t.title for t in tasks], pack)
    if same is None:
        tasks.append(task)
    else:
        stories = [*tasks[same].stories, *task.stories]
        tasks[same] = tasks[same].model_copy(update={"stories": stories})
    activities[index] = activity.model_copy(update={"tasks": tasks})


def _merged_into(story: StoryDraft, seen: list[tuple[StoryDraft, set[str]]], pack) -> bool:
    """Merge ``story`` into a story already kept that says the same; False if there is none."""
    words = content_keys(story.title, pack)
    for kept, kept_words in seen:
        same_title = title_key(kept.title) == title_key(story.title)
        same_sources = bool(story.sources) and set(story.sources) == set(kept.sources)
        if same_title or (same_sources and _overlap(words, kept_words) >= SAME_STORY):
            _absorb(kept, story)
            return True
    seen.append((story, words))
    return False


def _absorb(kept: StoryDraft, other: StoryDraft) -> None:
    """Give ``kept`` the higher priority, and the sources and criteria of ``other`` too."""
    if _RANK.get(other.priority, 0) < _RANK.get(kept.priority, 0):
        kept.priority = other.priority
    kept.sources = list(dict.fromkeys([*kept.sources, *other.sources]))
    criteria = list(dict.fromkeys([*kept.acceptance_criteria, *other.acceptance_criteria]))
    kept.acceptance_criteria = criteria[: max(MAX_CRITERIA, len(kept.acceptance_criteria))]


def _fold_smallest(activities: list[ActivityDraft], pack) -> None:
    """Move the activity with the fewest stories into the neighbour whose name is closest."""
    sizes = [sum(len(t.stories) for t in a.tasks) for a in activities]
    smallest = min(range(len(activities)), key=lambda i: (sizes[i], -i))
    neighbours = [i for i in (smallest - 1, smallest + 1) if 0 <= i < len(activities)]
    words = content_keys(activities[smallest].title, pack)
    into = max(
        neighbours,
        key=lambda i: (_overlap(words, content_keys(activities[i].title, pack)), -sizes[i]),
    )
    for task in activities[smallest].tasks:
        _add_task(activities, into, task, pack)
    del activities[smallest]


def _same_name(title: str, titles: list[str], pack) -> int | None:
    """The index of the name in ``titles`` that names the same thing as ``title``."""
    key, words = title_key(title), content_keys(title, pack)
    for index, other in enumerate(titles):
        if title_key(other) == key or _overlap(words, content_keys(other, pack)) >= SAME_NAME:
            return index
    return None


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
