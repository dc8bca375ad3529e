"""Wireframe jobs: recorded with the chosen stories, then drawn story by story."""

from __future__ import annotations

import sqlalchemy as sa

from generation.wireframes import StoryContext, wireframe_markdown
from generation.wireframes import Wireframe as WireframeDraft
from webapp.extensions import db
from webapp.jobs.kinds import INTERACTIVE_PRIORITY
from webapp.jobs.publishing import publish_job
from webapp.models import Activity, Job, JobKind, Project, Story, Task, User, Wireframe


def story_context(story: Story) -> StoryContext:
    """What the wireframe generators need to know about a story and where it sits."""
    task = story.task
    return StoryContext(
        product_name=task.activity.project.product_name,
        activity=task.activity.title,
        task=task.title,
        title=story.title,
        description=story.description,
        acceptance_criteria=story.acceptance_criteria,
    )


def project_story_ids(project: Project) -> set[int]:
    return set(
        db.session.scalars(
            sa.select(Story.id)
            .join(Task, Story.task_id == Task.id)
            .join(Activity, Task.activity_id == Activity.id)
            .where(Activity.project_id == project.id)
        )
    )


def enqueue_wireframe_job(
    user: User, project: Project, story_ids: list[int], *, style: str, platform: str
) -> Job:
    """Record a wireframe job for stories of ``project``, commit it, then publish its id."""
    job = Job(
        user_id=user.id,
        kind=JobKind.WIREFRAMES,
        source_project_id=project.id,
        options={"story_ids": story_ids, "style": style, "platform": platform},
        priority=INTERACTIVE_PRIORITY,
    )
    db.session.add(job)
    publish_job(job)
    return job


def user_wireframe_or_404(wireframe_id: int, user: User) -> Wireframe:
    """Return the user's finished wireframe; anyone else's is as good as missing."""
    return db.first_or_404(
        sa.select(Wireframe)
        .join(Job, Wireframe.job_id == Job.id)
        .where(Wireframe.id == wireframe_id, Job.user_id == user.id, Wireframe.ascii.is_not(None))
    )


def wireframe_download(wireframe: Wireframe, extension: str) -> str:
    """The .txt (the drawing) or .md (drawing and sections) a user downloads."""
    if extension == "txt":
        return wireframe.ascii + "\n"
    draft = WireframeDraft(
        ascii=wireframe.ascii,
        layout=wireframe.layout or "",
        ui_elements=wireframe.ui_elements or "",
        navigation=wireframe.navigation or "",
        notes=wireframe.notes or "",
    )
    return wireframe_markdown(wireframe.story.title, draft)
