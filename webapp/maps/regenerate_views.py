""" "Regenerate" on a story card, a task or an activity: a job that rewrites that part."""

from flask import Blueprint, redirect, request, url_for
from flask_login import current_user, login_required

from webapp.maps.edits import (
    owned_activity_or_404,
    owned_story_or_404,
    owned_task_or_404,
    project_of,
)
from webapp.maps.regenerate import enqueue_regenerate_job, owned_story_count
from webapp.rate_limits import generation_limit, job_credits

blueprint = Blueprint("regenerate", __name__)


def _task_credits() -> int:
    """Credits for regenerating the task in the request: by its stories."""
    task_id = request.view_args["task_id"]
    return job_credits(stories=owned_story_count("task", task_id, current_user))


def _activity_credits() -> int:
    """Credits for regenerating the activity in the request: by its stories."""
    activity_id = request.view_args["activity_id"]
    return job_credits(stories=owned_story_count("activity", activity_id, current_user))


@blueprint.post("/stories/<int:story_id>/regenerate")
@login_required
@generation_limit()
def story(story_id: int):
    """Record a job rewriting one story from its requirement sentences; show its page."""
    return _regenerate(owned_story_or_404(story_id, current_user))


@blueprint.post("/tasks/<int:task_id>/regenerate")
@login_required
@generation_limit(_task_credits)
def task(task_id: int):
    """Record a job rewriting a task's stories, keeping those made or changed by hand."""
    return _regenerate(owned_task_or_404(task_id, current_user))


@blueprint.post("/activities/<int:activity_id>/regenerate")
@login_required
@generation_limit(_activity_credits)
def activity(activity_id: int):
    """Record a job rewriting an activity's stories task by task, keeping hand-made ones."""
    return _regenerate(owned_activity_or_404(activity_id, current_user))


def _regenerate(part):
    # The buttons are plain forms: the answer is the job's page, like every other job.
    job = enqueue_regenerate_job(current_user, project_of(part), part)
    return redirect(url_for("jobs.show", job_id=job.id), code=303)
