"""The map's backbone: stories into tasks, tasks into 3-8 activities in the user's order.

Stories join the activity of their kind of action, in journey order (get access, find,
act, follow up, feedback, back office); within an activity, stories on the same object with
the same kind of action share a task. A map with too few activities is split by kind of
action, one with too many has its smallest merged into their neighbours, and on a map of 15
stories or more no activity keeps more than half of them. Every activity gets an MVP story
where the document states no priority for its stories.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from generation.languages.categories import CATEGORIES, CLUSTERS, cluster_of
from generation.schemas import ActivityDraft, StoryDraft, TaskDraft
from generation.stories.requirements import DraftStory

__all__ = ["build_backbone"]

MIN_ACTIVITIES, MAX_ACTIVITIES = 3, 8
#: On a map this big, no activity holds more than half of the stories.
BALANCE_FROM = 6
#: A kind of action with more stories than this in one activity splits into tasks by object.
MAX_TASK_STORIES = 5


def build_backbone(stories: list[DraftStory], writer) -> list[ActivityDraft]:
    """Tasks and activities for ``stories``, whose releases are already decided."""
    clusters = _clusters(stories)
    groups = _seeded(_by_cluster(stories, clusters))
    if len(groups) < MIN_ACTIVITIES:
        by_category = _seeded(_by_category(stories))
        groups = by_category if len(by_category) > len(groups) else groups
    groups = _balanced(groups, len(stories))
    while len(groups) > MAX_ACTIVITIES:
        groups = _merge_smallest(groups)
    activities = []
    titles: set[str] = set()
    for group in groups:
        _ensure_mvp(group)
    for group in groups:
        tasks = _tasks(group, writer)
        title = _section_title(group) if writer.code == "und" else ""
        title = title or _activity_title(group, writer)
        if re.search(r"[:;()→+≥]", title):  # a label or a list, not a name
            names = [t.title for t in tasks if _reads_as_name(t.title)]
            title = next((n for n in names if n.lower() not in titles), title)
        if title.lower() in titles or not title.strip():
            title = tasks[0].title
        titles.add(title.lower())
        activities.append(ActivityDraft(title=title[:200], tasks=tasks))
    return activities


def _section_title(group: list[DraftStory]) -> str:
    """For a language no writer speaks, the document's own heading over most of the group."""
    sections = [story.statement.section for story in group if story.statement.section]
    return max(sections, key=sections.count) if sections else ""


def _first_object(obj: str) -> str:
    """The first of a list of objects: "врача, услугу и свободное время" -> "врача"."""
    return re.split(r",|\s(?:and|or|и|или|y|o|e|ou|et|und|oder)\s", obj, maxsplit=1)[0].strip()


def _named_by_first_object(clause):
    obj = _first_object(clause.obj)
    return clause if obj == clause.obj else dataclasses.replace(clause, obj=obj, rest=obj)


def _reads_as_name(title: str) -> bool:
    """Two to five words without a label's colon, a list or brackets."""
    return 2 <= len(title.split()) <= 5 and not re.search(r"[:;()→+≥]", title)


def _activity_title(group: list[DraftStory], writer) -> str:
    """The activity as a verb phrase of two to five words, from the stories that say best
    what it is: a person's action on a plain object, of the activity's commonest kind, the
    first release's first ("Search records" rather than "Note to different records")."""
    plain = [
        story
        for story in group
        if story.clause.verb
        and story.clause.system is None
        and 0 < len(_first_object(story.clause.obj).split()) <= 3
        and not re.search(r"[\d:;()/→]", story.clause.obj)
    ]
    categories = [story.category for story in group if story.category != "other"]
    common = max(categories, key=categories.count) if categories else None
    typical = [story for story in plain if story.category == common]
    candidates = (
        [story for story in typical if story.release == "MVP"],
        typical,
        [story for story in plain if story.release == "MVP"],
        plain,
    )
    for stories in candidates:
        if not stories:
            continue
        title = writer.activity_title([_named_by_first_object(story.clause) for story in stories])
        if _reads_as_name(title):
            return title
    return writer.activity_title([story.clause for story in group])


def _seeded(groups: list[list[DraftStory]]) -> list[list[DraftStory]]:
    """Groups with an MVP story become activities; the others join the nearest of them.

    The first release is a walking skeleton: it crosses every activity. A group whose
    stories the document puts all in later releases ("Phase 2", "could") is not an
    activity of its own but part of the nearest one the first release reaches.
    """
    # A group can start the MVP when it has an MVP story or the document states no priority
    # for it; its first story is marked only once the group is an activity (``_ensure_mvp``).
    seeds = [i for i, group in enumerate(groups) if _can_start_mvp(group)]
    if not seeds:
        return [sorted((s for g in groups for s in g), key=lambda s: s.order)] if groups else []
    merged: dict[int, list[DraftStory]] = {i: list(groups[i]) for i in seeds}
    for index, group in enumerate(groups):
        if index in merged:
            continue
        nearest = min(seeds, key=lambda seed: (abs(seed - index), seed > index))
        merged[nearest].extend(group)
    return [sorted(merged[i], key=lambda story: story.order) for i in seeds]


def _has_mvp(group: list[DraftStory]) -> bool:
    return any(story.release == "MVP" for story in group)


def _can_start_mvp(group: list[DraftStory]) -> bool:
    return _has_mvp(group) or not any(story.statement.priority for story in group)


def _clusters(stories: list[DraftStory]) -> dict[int, str]:
    """Each story's activity cluster: its kind of action's, or, for a story of no known kind,
    the commonest cluster of its section's other stories (a "Schedule" section's odd item
    stays with the schedule rather than in the back office)."""
    by_section: dict[str, list[str]] = defaultdict(list)
    for story in stories:
        if story.category != "other":
            by_section[story.statement.section].append(cluster_of(story.category))
    clusters = {}
    for story in stories:
        known = by_section.get(story.statement.section)
        if story.category == "other" and known:
            clusters[story.order] = max(
                known, key=lambda name: (known.count(name), -known.index(name))
            )
        else:
            clusters[story.order] = cluster_of(story.category)
    return clusters


def _by_cluster(stories: list[DraftStory], clusters: dict[int, str]) -> list[list[DraftStory]]:
    grouped: dict[str, list[DraftStory]] = defaultdict(list)
    for story in stories:
        grouped[clusters[story.order]].append(story)
    return [grouped[name] for name, _ in CLUSTERS if grouped.get(name)]


def _balanced(groups: list[list[DraftStory]], total: int) -> list[list[DraftStory]]:
    """Split an activity holding more than half of a big map, folding the smallest into
    their neighbours when the split would pass eight activities."""
    for _ in range(MAX_ACTIVITIES):
        if not _too_big(groups, total):
            break
        split = _split_largest(groups)
        if split is None:
            break
        while len(split) > MAX_ACTIVITIES:
            split = _merge_smallest(split)
        if max(map(len, split)) >= max(map(len, groups)):
            break
        groups = split
    return groups


def _by_category(stories: list[DraftStory]) -> list[list[DraftStory]]:
    grouped: dict[str, list[DraftStory]] = defaultdict(list)
    for story in stories:
        grouped[story.category].append(story)
    order = [category for _, categories in CLUSTERS for category in categories]
    order += [c for c in CATEGORIES if c not in order]
    return [grouped[category] for category in order if grouped.get(category)]


def _too_big(groups: list[list[DraftStory]], total: int) -> bool:
    return total >= BALANCE_FROM and any(len(group) > total / 2 for group in groups)


def _split_largest(groups: list[list[DraftStory]]) -> list[list[DraftStory]] | None:
    """Split the largest activity by kind of action, else along the document's sections,
    into parts that each keep an MVP story; None when no such split exists."""
    index = max(range(len(groups)), key=lambda i: len(groups[i]))
    group = groups[index]
    room = 2  # in two: the loop splits again while an activity still holds too much
    stated = any(story.statement.priority for story in group)
    candidates = [
        _seeded(_by_category(group)),
        _seeded(_by_section(group)),
        _seeded(_by_paragraph(group)),
    ]
    if stated:
        # Where the document states priorities, an activity may hold no MVP story.
        candidates += [_by_category(group), _by_section(group)]
    for parts in candidates:
        while len(parts) > room:
            parts = _merge_smallest(parts)
        if len(parts) >= 2 and max(map(len, parts)) < len(group):
            return groups[:index] + parts + groups[index + 1 :]
    return None


def _by_section(stories: list[DraftStory]) -> list[list[DraftStory]]:
    grouped: dict[str, list[DraftStory]] = {}
    for story in stories:
        grouped.setdefault(story.statement.section, []).append(story)
    return list(grouped.values())


def _by_paragraph(stories: list[DraftStory]) -> list[list[DraftStory]]:
    """Stories by the paragraph or item they come from: a brief without headings still
    goes in the order its writer thought of it."""
    grouped: dict[int, list[DraftStory]] = {}
    for story in stories:
        grouped.setdefault(story.statement.line, []).append(story)
    return list(grouped.values())


def _merge_smallest(groups: list[list[DraftStory]]) -> list[list[DraftStory]]:
    """Fold the smallest activity into the smaller of its neighbours."""
    index = min(range(len(groups)), key=lambda i: len(groups[i]))
    neighbours = [i for i in (index - 1, index + 1) if 0 <= i < len(groups)]
    target = min(neighbours, key=lambda i: len(groups[i]))
    merged = [list(group) for group in groups]
    merged[target] = sorted(merged[target] + merged[index], key=lambda story: story.order)
    del merged[index]
    return merged


def _ensure_mvp(group: list[DraftStory]) -> None:
    """Where the document states no priority for a group, its first story starts the MVP."""
    if _has_mvp(group) or any(story.statement.priority for story in group):
        return
    group[0].release = "MVP"


def _tasks(group: list[DraftStory], writer) -> list[TaskDraft]:
    tasks: dict[tuple[str, str], list[DraftStory]] = {}
    by_category: dict[str, int] = defaultdict(int)
    for story in group:
        by_category[story.category] += 1
    for story in group:
        # A big kind of action splits along the document's sections ("Schedule", "Map").
        thing = story.statement.section if by_category[story.category] > MAX_TASK_STORIES else ""
        tasks.setdefault((story.category, thing), []).append(story)
    drafts = []
    used: set[str] = set()
    for (category, _), stories in tasks.items():
        title = (writer.task_title([s.clause for s in stories], category) or "").strip()
        title = title or stories[0].title
        if title.lower() in used:
            title = stories[0].title
        used.add(title.lower())
        drafts.append(TaskDraft(title=title[:200], stories=[_story_draft(s) for s in stories]))
    return drafts


def _story_draft(story: DraftStory) -> StoryDraft:
    return StoryDraft(
        title=story.title,
        description=story.description or story.title,
        priority=story.release,
        acceptance_criteria=story.criteria,
        sources=story.sources,
    )
