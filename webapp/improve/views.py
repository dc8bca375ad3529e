"""Story improvement: the map page's "Improve stories" button starts a bulk job."""

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.exceptions import NotFound

from webapp.improve.services import enqueue_improve_job
from webapp.maps.services import map_page_context, user_project_or_404
from webapp.rate_limits import (
    breach_of,
    generation_limit,
    keeps_form,
    rate_limited,
    render_rate_limited,
)

blueprint = Blueprint("improve", __name__)


@blueprint.post("/maps/<int:project_id>/improve")
@login_required
@generation_limit
def create(project_id: int):
    """Record a job that brings the map's stories up to the bar and answer with its page."""
    project = user_project_or_404(project_id, current_user)
    job = enqueue_improve_job(current_user, project)
    return redirect(url_for("jobs.show", job_id=job.id), code=303)


@blueprint.errorhandler(429)
def handle_rate_limit(error):
    """Over the generation limit: the map page again, saying when to retry."""
    if not keeps_form("improve.create"):
        return render_rate_limited(error)
    # The limit is checked before the view looked at the map: it may not be theirs.
    try:
        project = user_project_or_404(request.view_args["project_id"], current_user)
    except NotFound:
        return render_rate_limited(error)
    breach = breach_of(error)
    page = render_template(
        "maps/show.html", **map_page_context(project, improve_error=breach.message)
    )
    return rate_limited(page, breach)
