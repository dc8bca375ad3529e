"""Job pages: the page a user waits on and the status fragment it polls."""

from flask import Blueprint, render_template, url_for
from flask_login import current_user, login_required
from htmx_flask import make_response, request

from webapp.extensions import limiter
from webapp.jobs.services import STEP_LABELS, max_attempts, queue_estimate, user_job_or_404
from webapp.models import JobStatus, utcnow

blueprint = Blueprint("jobs", __name__, url_prefix="/jobs")


def _status_context(job):
    queued = job.status == JobStatus.QUEUED
    return {
        "job": job,
        "estimate": queue_estimate(job) if queued and job.step != "retrying" else None,
        "next_try_seconds": _seconds_until(job.next_attempt_at) if queued else None,
        "max_attempts": max_attempts(),
        "step_label": STEP_LABELS.get(job.step or "", job.step),
    }


def _seconds_until(moment) -> int | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # SQLite gives timestamps back without their zone
        moment = moment.replace(tzinfo=utcnow().tzinfo)
    return max(0, round((moment - utcnow()).total_seconds()))


@blueprint.get("/<int:job_id>")
@login_required
def show(job_id: int):
    """Show a job's progress; the status fragment inside it polls until the job ends."""
    job = user_job_or_404(job_id, current_user)
    return render_template("jobs/show.html", **_status_context(job))


@blueprint.get("/<int:job_id>/status")
@limiter.exempt  # polled every second while a job runs
@login_required
def status(job_id: int):
    """Render the status fragment; once the map is ready, send htmx to it."""
    job = user_job_or_404(job_id, current_user)
    fragment = render_template("jobs/_status.html", **_status_context(job))
    if request.htmx and job.status == JobStatus.COMPLETED and job.project is not None:
        return make_response(fragment, redirect=url_for("maps.show", project_id=job.project.id))
    return fragment
