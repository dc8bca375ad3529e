"""Wireframes: start a job from the map page, download finished drawings."""

from flask import Blueprint, Response, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from werkzeug.exceptions import HTTPException
from werkzeug.utils import secure_filename

from webapp.maps.services import map_page_context, user_project_or_404
from webapp.rate_limits import (
    breach_of,
    generation_limit,
    keeps_form,
    rate_limited,
    render_rate_limited,
)
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
@generation_limit()  # at most MAX_STORIES stories: one credit
def create(project_id: int):
    """Record a wireframe job for the ticked stories and answer with its page."""
    project = user_project_or_404(project_id, current_user)
    story_ids = _ticked_story_ids(project)
    form = WireframeForm()
    problem = story_count_problem(len(story_ids))
    if problem or not form.validate_on_submit():
        return _map_page(project, form, story_ids, problem or "Choose a style and a platform."), 400
    job = enqueue_wireframe_job(
        current_user, project, story_ids, style=form.style.data, platform=form.platform.data
    )
    return redirect(url_for("jobs.show", job_id=job.id), code=303)


@blueprint.errorhandler(429)
def handle_rate_limit(error):
    """Over the generation limit: the map page again, the same stories ticked, and when to retry."""
    if not keeps_form("wireframes.create"):
        return render_rate_limited(error)
    # The limit is checked before the view looked at the map: it may not be theirs.
    try:
        project = user_project_or_404(request.view_args["project_id"], current_user)
        story_ids = _ticked_story_ids(project)
    except HTTPException:
        return render_rate_limited(error)
    breach = breach_of(error)
    return rate_limited(_map_page(project, WireframeForm(), story_ids, breach.message), breach)


def _ticked_story_ids(project) -> list[int]:
    """The ticked stories, in order; 400 for a value that is not an id, 404 for another map's."""
    try:
        story_ids = list(dict.fromkeys(int(value) for value in request.form.getlist("story_ids")))
    except ValueError:
        abort(400)
    if not set(story_ids) <= project_story_ids(project):
        abort(404)
    return story_ids


def _map_page(project, form: WireframeForm, story_ids: list[int], error: str) -> str:
    """The map page again, the same stories ticked, saying what was wrong with the request."""
    return render_template(
        "maps/show.html",
        **map_page_context(
            project, wireframe_form=form, wireframe_error=error, ticked=set(story_ids)
        ),
    )


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
