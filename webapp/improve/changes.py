"""What an improvement does to the map, each story's change one undoable MapChange.

Every function claims the story's version first (``claim``: a stale one is a
:class:`~webapp.maps.editing.Conflict`), records the rows it touches through a
:class:`~webapp.maps.editing.Recorder` and returns the change; the caller commits.
"""

from __future__ import annotations

from webapp.extensions import db
from webapp.maps.editing import Recorder, claim, renumber
from webapp.maps.edits import project_of
from webapp.models import MapChange, Story, User, release_tier

#: MapChange.kind of the changes improvements make.
CHANGE_KIND = "improve"


def by_hand(story: Story) -> bool:
    """Whether a person wrote or changed the story: an improvement only proposes, then."""
    return story.written_by_hand or story.edited_by_hand


def story_words(story: Story) -> dict:
    """The story's title, story line and criteria, as the job keeps them."""
    return {
        "title": story.title,
        "description": story.description,
        "acceptance_criteria": list(story.acceptance_criteria or []),
    }


def rewrite_story(story: Story, user: User | None, summary: str, words: dict, *, version):
    """Give the story new words (any of title, description, acceptance_criteria)."""
    claim(story, version)
    recorder = Recorder(project_of(story), user, summary, kind=CHANGE_KIND)
    recorder.touch(story)
    if "title" in words:
        story.title = words["title"][:300]
    if "description" in words:
        story.description = words["description"]
    if "acceptance_criteria" in words:
        story.acceptance_criteria = list(words["acceptance_criteria"])
    return recorder.save()


def split_story(
    story: Story, user: User | None, summary: str, drafts: list[dict], *, version
) -> tuple[list[Story], MapChange | None]:
    """Put new stories in the story's place: same task, release and sources."""
    claim(story, version)
    recorder = Recorder(project_of(story), user, summary, kind=CHANGE_KIND)
    task = story.task
    sources, suggested = list(story.sources or []), story.suggested
    release = story.release
    with db.session.no_autoflush:
        place = task.stories.index(story)
        recorder.deleted(story)
        task.stories.remove(story)
        kept = list(task.stories)
        new = [_new_story(task, release, draft, sources, suggested, recorder) for draft in drafts]
        renumber(kept[:place] + new + kept[place:], recorder)
        task.stories.sort(key=lambda each: each.position)
    return new, recorder.save()


def add_stories_after(
    story: Story, user: User | None, summary: str, drafts: list[dict]
) -> tuple[list[Story], MapChange | None]:
    """Add new stories right after ``story``, in its task and release; it stays as it is.

    They have no source sentence: the requirements did not state them, so regenerating
    the task keeps them (as it keeps suggestions).
    """
    recorder = Recorder(project_of(story), user, summary, kind=CHANGE_KIND)
    task = story.task
    release = story.release
    with db.session.no_autoflush:
        others = list(task.stories)
        place = others.index(story) + 1
        new = [_new_story(task, release, draft, [], False, recorder) for draft in drafts]
        renumber(others[:place] + new + others[place:], recorder)
        task.stories.sort(key=lambda each: each.position)
    return new, recorder.save()


def _new_story(task, release, draft: dict, sources: list[str], suggested: bool, recorder):
    story = Story(
        title=draft["title"][:300],
        description=draft["description"],
        acceptance_criteria=list(draft["acceptance_criteria"]),
        priority=release_tier(release.position),
        sources=list(sources),
        suggested=suggested,
        written_by_hand=False,
        edited_by_hand=False,
        release=release,
        position=len(task.stories),
    )
    # Into the task (and so the session) at once: a flush must not find it only in its
    # release's list.
    task.stories.append(story)
    recorder.created(story)
    return story
