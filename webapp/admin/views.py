"""The operators' page: queue counts, dead letters, failures, and waiting jobs."""

from functools import wraps

from flask import Blueprint, abort, render_template, request
from flask_login import current_user

from webapp.admin.queues import QueueUnavailable, queues_for
from webapp.admin.services import (
    jobs_by_status,
    jobs_for,
    move_to_front,
    recent_failures,
    waiting_jobs,
)

blueprint = Blueprint("admin", __name__, url_prefix="/admin")


def admin_required(view):
    """Let admins in; everyone else, signed in or not, gets a 404 as if the page did not exist."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_authenticated or not current_user.is_admin:
            abort(404)
        return view(*args, **kwargs)

    return wrapped


def _operations_context(notice: str | None = None, problem: str | None = None) -> dict:
    queues = queues_for()
    try:
        counts, dead_letters = queues.counts(), queues.dead_letters()
    except QueueUnavailable as error:
        counts, dead_letters, problem = None, None, str(error)
    return {
        "broker": queues.description,
        "counts": counts,
        "dead_letters": dead_letters,
        "jobs": jobs_for(dead_letters or []),
        "notice": notice,
        "problem": problem,
    }


@blueprint.get("/")
@admin_required
def index():
    """Show the queues, the dead letters, the recent failures and the waiting jobs."""
    return render_template(
        "admin/index.html",
        failures=recent_failures(),
        status_counts=jobs_by_status(),
        waiting=waiting_jobs(),
        **_operations_context(),
    )


@blueprint.get("/operations")
@admin_required
def operations():
    """Render the queue table and dead letters again (polled by the admin page)."""
    return render_template("admin/_operations.html", **_operations_context())


@blueprint.post("/dead-letters/requeue")
@admin_required
def requeue():
    """Requeue one dead letter (``message_id``) or all of them."""
    message_id = request.form.get("message_id")
    try:
        requeued = queues_for().requeue([message_id] if message_id else None)
    except QueueUnavailable as error:
        return render_template("admin/_operations.html", **_operations_context(problem=str(error)))
    if message_id and not requeued:
        notice = "That dead letter is gone already (requeued or purged by someone else)."
    else:
        notice = f"Requeued {len(requeued)} dead letter{'s' if len(requeued) != 1 else ''}."
    return render_template("admin/_operations.html", **_operations_context(notice=notice))


@blueprint.post("/dead-letters/purge")
@admin_required
def purge():
    """Delete every dead letter for good."""
    try:
        purged = sum(queues_for().purge().values())
    except QueueUnavailable as error:
        return render_template("admin/_operations.html", **_operations_context(problem=str(error)))
    notice = f"Purged {purged} dead letter{'s' if purged != 1 else ''}."
    return render_template("admin/_operations.html", **_operations_context(notice=notice))


@blueprint.post("/jobs/<int:job_id>/priority")
@admin_required
def prioritise(job_id: int):
    """Move a queued job to the front of its queue."""
    job = move_to_front(job_id)
    notice = (
        f"Job #{job_id} moves to the front of its queue."
        if job is not None
        else f"Job #{job_id} is no longer waiting."
    )
    return render_template("admin/_waiting.html", waiting=waiting_jobs(), notice=notice)
