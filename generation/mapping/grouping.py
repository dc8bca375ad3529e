"""Grouping: the stories arranged into activities and tasks, the map's columns and rows.

The titled stories go in; out come ``Activity`` columns in journey order: the document's
headings when there are two to eight of them (``activities_by_heading``), each heading a task
under its journey step when there are more (``activities_by_grouped_headings``), else the
journey steps themselves (``activities_by_cluster``). The map then gets three to eight
activities (``split_to_minimum``, ``cap_activities``), an MVP story in each
(``ensure_mvp_everywhere``) and unique titles; ``task_drafts`` groups an activity's stories
into tasks and writes them out as the schema's drafts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generation.mapping.categories import CLUSTER_RANK
from generation.mapping.criteria import acceptance_criteria
from generation.mapping.naming import cluster_title, heading_to_activity, task_title
from generation.mapping.priorities import PRIORITY_RANK
from generation.mapping.stories import Story, dominant_cluster
from generation.mapping.writing import story_line
from generation.schemas import StoryDraft, TaskDraft

_MAX_ACTIVITIES = 8
_MIN_ACTIVITIES = 3


@dataclass
class Activity:
    """An activity being assembled: its name, cluster and stories."""

    title: str
    cluster: str
    stories: list[Story]
    from_heading: bool = False


def _task_key(story: Story) -> str:
    """Stories with the same key share a task: the same sub-heading, or verb and object."""
    heading = story.task_heading or story.subsection
    return f"§{heading}" if heading else task_title(story).lower()


def label(text: str, limit: int) -> str:
    """A title that fits the schema: trimmed, at most ``limit`` characters, never empty."""
    return text.strip()[:limit].strip() or "Untitled"


def task_drafts(activity: Activity) -> list[TaskDraft]:
    """Group an activity's stories into tasks, in the order the tasks first appear."""
    groups: dict[str, list[Story]] = {}
    titles: dict[str, str] = {}
    for story in activity.stories:
        groups.setdefault(_task_key(story), []).append(story)
    for key, group in groups.items():
        heading = group[0].task_heading or group[0].subsection
        titles[key] = heading_to_activity(heading, group) if heading else task_title(group[0])
    return [
        TaskDraft(title=label(titles[key], 200), stories=[_story_draft(s) for s in group])
        for key, group in groups.items()
    ]


def _story_draft(story: Story) -> StoryDraft:
    """Convert a finished story into the schema model."""
    role = story.role or "user"
    return StoryDraft(
        title=label(story.title, 300),
        description=story_line(story, role),
        priority=story.priority,
        acceptance_criteria=acceptance_criteria(story, role),
        sources=story.sources,
    )


def activities_by_cluster(stories: list[Story], system: str) -> list[Activity]:
    """Group stories into journey steps, ordered as a user meets them."""
    groups: dict[str, list[Story]] = {}
    for story in stories:
        groups.setdefault(story.cluster, []).append(story)
    ordered = sorted(groups, key=lambda c: CLUSTER_RANK[c])
    return [Activity(cluster_title(c, groups[c], system), c, groups[c]) for c in ordered]


def activities_by_heading(stories: list[Story], system: str) -> list[Activity] | None:
    """Use the document's headings as activities when there are 2 to 8 of them."""
    sections: dict[str, list[Story]] = {}
    loose: list[Story] = []
    for story in stories:
        if story.section:
            sections.setdefault(story.section, []).append(story)
        else:
            loose.append(story)
    if not 2 <= len(sections) <= _MAX_ACTIVITIES:
        return None
    activities = [
        Activity(heading_to_activity(h, group), dominant_cluster(group), group, True)
        for h, group in sections.items()
    ]
    extra: dict[str, list[Story]] = {}
    steps = [Counter(s.cluster for s in a.stories) for a in activities]
    for story in loose:  # stories outside any heading join the heading about the same step
        target = _heading_for(story, activities, steps)
        if target:
            target.stories.append(story)
        else:
            extra.setdefault(story.cluster, []).append(story)
    for cluster in sorted(extra, key=lambda c: CLUSTER_RANK[c]):
        group = extra[cluster]
        title = cluster_title(cluster, group, system)
        same = next((a for a in activities if a.title.lower() == title.lower()), None)
        if same:
            same.stories.extend(group)
        else:
            activities.append(Activity(title, cluster, group))
    if len(activities) > _MAX_ACTIVITIES:
        return None
    for activity in activities:
        activity.stories.sort(key=lambda s: s.order)
    return activities


def activities_by_grouped_headings(stories: list[Story], system: str) -> list[Activity] | None:
    """With more than eight headings, each heading becomes a task under its journey step."""
    sections: dict[str, list[Story]] = {}
    for story in stories:
        if story.section:
            sections.setdefault(story.section, []).append(story)
    if len(sections) <= _MAX_ACTIVITIES:
        return None
    steps: dict[str, list[Story]] = {}
    for heading, group in sections.items():
        for story in group:
            story.task_heading = heading
        steps.setdefault(dominant_cluster(group), []).extend(group)
    for story in stories:
        if not story.section:
            steps.setdefault(story.cluster, []).append(story)
    ordered = sorted(steps, key=lambda c: CLUSTER_RANK[c])
    return [
        Activity(cluster_title(c, steps[c], system), c, sorted(steps[c], key=lambda s: s.order))
        for c in ordered
    ]


def _heading_for(
    story: Story, activities: list[Activity], steps: list[Counter[str]]
) -> Activity | None:
    """The heading activity with most stories in the same journey step as this one, if any."""
    counts = [step[story.cluster] for step in steps]
    best = max(range(len(activities)), key=lambda i: (counts[i], -i), default=None)
    return activities[best] if best is not None and counts[best] else None


def split_to_minimum(activities: list[Activity], system: str) -> list[Activity]:
    """Split a large activity by journey step when there are fewer than three activities."""
    total_stories = sum(len(a.stories) for a in activities)
    if len(activities) >= _MIN_ACTIVITIES or total_stories < _MIN_ACTIVITIES:
        return activities
    result = list(activities)
    for activity in sorted(activities, key=lambda a: -len(a.stories)):
        clusters = {s.cluster for s in activity.stories}
        if len(result) >= _MIN_ACTIVITIES or len(clusters) < 2 or not activity.from_heading:
            continue
        main = dominant_cluster(activity.stories)
        moved = [s for s in activity.stories if s.cluster != main]
        activity.stories = [s for s in activity.stories if s.cluster == main]
        at = result.index(activity) + 1
        for cluster in sorted({s.cluster for s in moved}, key=lambda c: CLUSTER_RANK[c]):
            group = [s for s in moved if s.cluster == cluster]
            result.insert(at, Activity(cluster_title(cluster, group, system), cluster, group))
            at += 1
    while len(result) < _MIN_ACTIVITIES:
        # Still too few: the activity with most tasks gives its last task its own column.
        best = max(result, key=lambda a: len({_task_key(s) for s in a.stories}))
        keys = list(dict.fromkeys(_task_key(s) for s in best.stories))
        if len(keys) < 2:
            break
        moved = [s for s in best.stories if _task_key(s) == keys[-1]]
        best.stories = [s for s in best.stories if _task_key(s) != keys[-1]]
        title = task_title(moved[0])
        result.insert(result.index(best) + 1, Activity(title, best.cluster, moved))
    return result


def cap_activities(activities: list[Activity]) -> list[Activity]:
    """Fold the smallest activities into their closest neighbours until at most eight remain."""
    result = list(activities)
    while len(result) > _MAX_ACTIVITIES:
        smallest = min(range(len(result)), key=lambda i: (len(result[i].stories), -i))
        removed = result.pop(smallest)
        _fold_into_neighbours(removed.stories, result, smallest)
    return result


def ensure_mvp_everywhere(activities: list[Activity]) -> list[Activity]:
    """Give every activity an MVP story when the map has any, keeping stated priorities."""
    if not any(s.priority == "MVP" for a in activities for s in a.stories):
        return activities
    result = list(activities)
    for activity in list(result):
        if any(s.priority == "MVP" for s in activity.stories):
            continue
        only_later = all(s.priority == "Later" for s in activity.stories)
        if only_later or len(result) > _MIN_ACTIVITIES:
            # Nothing here is for the first release: the stories join the activities they are
            # closest to, so "could" and "should" stay as the text said.
            home = result.index(activity)
            result.remove(activity)
            _fold_into_neighbours(activity.stories, result, home)
            continue
        # Folding would leave too few steps: the first "should" story carries this one.
        best = min(activity.stories, key=lambda s: (PRIORITY_RANK[s.priority], s.order))
        best.priority = "MVP"
    return result


def _fold_into_neighbours(stories: list[Story], activities: list[Activity], home: int) -> None:
    """Move each story to the activity sharing most words with it; the nearest wins a tie."""
    vocabulary = [set().union(*(s.words for s in a.stories)) for a in activities]
    for story in stories:

        def closeness(index: int, story: Story = story) -> tuple[int, int, int]:
            """Sort key: most shared words first, then the nearest activity."""
            # ``home`` is where the removed activity stood: home - 1 and home were neighbours.
            steps = home - 1 - index if index < home else index - home
            return (-len(story.words & vocabulary[index]), steps, index)

        activities[min(range(len(activities)), key=closeness)].stories.append(story)


def unique_activity_titles(activities: list[Activity]) -> None:
    """Number repeated activity titles so every column has its own name."""
    seen: Counter[str] = Counter()
    for activity in activities:
        key = activity.title.lower()
        seen[key] += 1
        if seen[key] > 1:
            activity.title = f"{activity.title} ({seen[key]})"
