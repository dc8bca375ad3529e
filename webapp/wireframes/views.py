"""Wireframes: start a job from the map page, download finished drawings."""

from flask import Blueprint, Response, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from webapp.improve.services import latest_improve_job
from webapp.maps.services import story_map_view, user_project_or_404
from webapp.wireframes.forms import WireframeForm, story_count_problem
from webapp.wireframes.services import (
    enqueue_wireframe_job,
    project_story_ids,
    user_wireframe_or_404,
    wireframe_download,
)

blueprint = Blueprint("wireframes", __name__)


@blueprint.post("/maps/<int:project_id>/wireframes")
@login_required
def create(project_id: int):
    """Record a wireframe job for the ticked stories and answer with its page."""
    project = user_project_or_404(project_id, current_user)
    try:
        story_ids = list(dict.fromkeys(int(value) for value in request.form.getlist("story_ids")))
    except ValueError:
        abort(400)
    if not set(story_ids) <= project_story_ids(project):
        abort(404)
    form = WireframeForm()
    problem = story_count_problem(len(story_ids))
    if problem or not form.validate_on_submit():
        return render_template(
            "maps/show.html",
            view=story_map_view(project),
            wireframe_form=form,
            wireframe_error=problem or "Choose a style and a platform.",
            ticked=set(story_ids),
            improvement=latest_improve_job(project),
        ), 400
    job = enqueue_wireframe_job(
        current_user, project, story_ids, style=form.style.data, platform=form.platform.data
    )
    return redirect(url_for("jobs.show", job_id=job.id), code=303)


@blueprint.get("/wireframes/<int:wireframe_id>.<any(txt, md):extension>")
@login_required
def download(wireframe_id: int, extension: str):
    """Download one wireframe as plain text (the drawing) or Markdown (drawing and sections)."""
    wireframe = user_wireframe_or_404(wireframe_id, current_user)
    stem = secure_filename(f"{wireframe.story.title}-{wireframe.platform}-{wireframe.style}")
    response = Response(
        wireframe_download(wireframe, extension),
        mimetype="text/plain" if extension == "txt" else "text/markdown",
    )
    response.headers["Content-Disposition"] = (
        f'attachment; filename="{stem.lower() or "wireframe"}.{extension}"'
    )
    return response
