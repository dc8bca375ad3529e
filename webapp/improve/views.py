"""Story improvement: the map page's "Improve stories" button starts a bulk job."""

from flask import Blueprint, redirect, url_for
from flask_login import current_user, login_required

from webapp.improve.services import enqueue_improve_job
from webapp.maps.services import user_project_or_404

blueprint = Blueprint("improve", __name__)


@blueprint.post("/maps/<int:project_id>/improve")
@login_required
def create(project_id: int):
    """Record a job that brings the map's stories up to the bar and answer with its page."""
    project = user_project_or_404(project_id, current_user)
    job = enqueue_improve_job(current_user, project)
    return redirect(url_for("jobs.show", job_id=job.id), code=303)
