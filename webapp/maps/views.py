"""Story map pages: the list, the "New story map" form and the map itself."""

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user, login_required

from webapp.converters import MAX_DATABASE_ID
from webapp.extensions import db
from webapp.jobs.publishing import enqueue_map_job
from webapp.jobs.queries import recent_jobs, user_job_or_404
from webapp.maps import edits
from webapp.maps.edits import Conflict, EditError
from webapp.maps.exports import (
    download_disposition,
    export_csv,
    export_json,
    export_markdown,
)
from webapp.maps.forms import RequirementsForm
from webapp.maps.services import (
    count_jobs,
    listed_project_or_404,
    map_page_context,
    page_number,
    quality_report,
    remove_suggested_stories,
    story_map_view,
    user_project_or_404,
    user_projects,
)
from webapp.maps.structure import delete_map
from webapp.rate_limits import (
    breach_of,
    generation_limit,
    is_htmx,
    job_credits,
    keeps_form,
    rate_limited,
    render_rate_limited,
)

blueprint = Blueprint("maps", __name__)

#: How many of a user's latest jobs "My maps" lists.
RECENT_JOBS = 20


@blueprint.get("/")
def index():
    """Send people to their maps; show visitors what Story Mapper does."""
    if current_user.is_authenticated:
        return redirect(url_for("maps.index_maps"))
    return render_template("landing.html")


@blueprint.get("/maps")
@login_required
def index_maps():
    """List the user's maps a page at a time, searched and sorted, and their recent jobs."""
    return _maps_page(request.args)


def _maps_page(arguments, status: int = 200, **row_state):
    """``maps/index.html`` for the list that ``arguments`` (``q``, ``sort``, ``page``) ask for.

    ``row_state`` shows one row as a refused rename left it: ``project_id`` with ``error`` and
    ``typed``, or with ``conflict`` and ``typed``.
    """
    listing = user_projects(
        current_user,
        query=arguments.get("q", ""),
        sort=arguments.get("sort", "date"),
        page=page_number(arguments.get("page")),
    )
    jobs = recent_jobs(current_user, limit=RECENT_JOBS)
    job_total = count_jobs(current_user) if len(jobs) == RECENT_JOBS else len(jobs)
    page = render_template(
        "maps/index.html", listing=listing, jobs=jobs, job_total=job_total, row_state=row_state
    )
    return page, status


@blueprint.post("/maps/<int:project_id>/list/rename")
@login_required
def rename_from_list(project_id: int):
    """Rename a map from its row in "My maps"; answer the row (htmx) or the list."""
    project, story_count = listed_project_or_404(project_id, current_user)
    typed = request.form.get("title")
    try:
        edits.rename(project, current_user, version=request.form.get("version"), title=typed)
    except EditError as error:
        db.session.rollback()
        return _refused_rename(project_id, 422, error=str(error), typed=typed)
    except Conflict:
        db.session.rollback()
        return _refused_rename(
            project_id, 409, conflict=True, typed=" ".join((typed or "").split())
        )
    db.session.commit()
    if is_htmx():
        return _map_row(project, story_count)
    flash(f'Renamed the map to "{project.product_name}".')
    return redirect(url_for("maps.index_maps", **_list_arguments()), code=303)


def _refused_rename(project_id: int, status: int, **row_state):
    """The row with the reason a rename was not made: alone for htmx, in the list otherwise."""
    if is_htmx():
        project, story_count = listed_project_or_404(project_id, current_user)
        return _map_row(project, story_count, **row_state), status
    return _maps_page(request.args, status, project_id=project_id, **row_state)


def _map_row(project, story_count: int, **row_state) -> str:
    return render_template(
        "maps/_index_row.html",
        project=project,
        story_count=story_count,
        list_arguments=_list_arguments(),
        row_state={"project_id": project.id, **row_state},
    )


@blueprint.post("/maps/<int:project_id>/list/delete")
@login_required
def delete_from_list(project_id: int):
    """Delete a map, with its stories, history, jobs and wireframes, from "My maps"."""
    project, _ = listed_project_or_404(project_id, current_user)
    name = project.product_name
    contents = delete_map(project)
    db.session.commit()
    flash(
        f'Deleted the map "{name}" with its {contents.stories} '
        f"{'story' if contents.stories == 1 else 'stories'}, {contents.wireframes} "
        f"{'wireframe' if contents.wireframes == 1 else 'wireframes'} and {contents.jobs} "
        f"{'job' if contents.jobs == 1 else 'jobs'}."
    )
    # Back to the same search, order and page; a page left empty gives the one before it.
    return redirect(url_for("maps.index_maps", **_list_arguments()), code=303)


def _list_arguments() -> dict:
    """The list's ``q``, ``sort`` and ``page`` a row's form was sent from (its action's query)."""
    return {name: request.args[name] for name in ("q", "sort", "page") if request.args.get(name)}


@blueprint.get("/maps/new")
@login_required
def new():
    """Show the requirements form, filled from an earlier job when asked to."""
    form = RequirementsForm()
    from_job = request.args.get("from_job", type=int)
    if from_job is not None and not 0 < from_job <= MAX_DATABASE_ID:
        abort(404)
    if from_job is not None:
        job = user_job_or_404(from_job, current_user)
        form.requirements.data = job.requirements
        form.enhance.data = job.enhance
    return render_template("maps/new.html", form=form)


def _requirements_credits() -> int:
    """Credits for the map job in the request: by the characters of its requirements."""
    return job_credits(characters=len(request.form.get("requirements", "").strip()))


@blueprint.post("/maps")
@login_required
@generation_limit(_requirements_credits)
def create():
    """Record a map job and answer at once with its page; workers do the generation."""
    form = RequirementsForm()
    if not form.validate_on_submit():
        return render_template("maps/new.html", form=form), 400
    job = enqueue_map_job(current_user, form.trimmed_requirements, enhance=form.enhance.data)
    return redirect(url_for("jobs.show", job_id=job.id), code=303)


@blueprint.get("/maps/<int:project_id>")
@login_required
def show(project_id: int):
    """Show one story map as a table of task columns and release rows."""
    project = user_project_or_404(project_id, current_user)
    return render_template("maps/show.html", **map_page_context(project))


@blueprint.get("/maps/<int:project_id>/report")
@login_required
def report(project_id: int):
    """The quality report alone: the page fetches it again after each change to the map."""
    project = user_project_or_404(project_id, current_user)
    return render_template("maps/_report.html", **map_page_context(project))


@blueprint.get("/maps/<int:project_id>/counts")
@login_required
def counts(project_id: int):
    """The line of counts under the map's name, fetched again after each change."""
    project = user_project_or_404(project_id, current_user)
    view = story_map_view(project, judge=False)
    return render_template("maps/_counts.html", view=view, readonly=False)


@blueprint.post("/maps/<int:project_id>/suggested/delete")
@login_required
def remove_suggested(project_id: int):
    """Take every suggested story off the map; the stories the text states stay."""
    project = user_project_or_404(project_id, current_user)
    removed = remove_suggested_stories(project)
    db.session.commit()
    if removed:
        flash(
            f"Removed {removed} suggested stor{'y' if removed == 1 else 'ies'}; "
            "the stories from your text are unchanged."
        )
    return redirect(url_for("maps.show", project_id=project.id), code=303)


@blueprint.get("/maps/<int:project_id>/export.<any(json, md, csv):extension>")
@login_required
def export(project_id: int, extension: str):
    """Download the map as JSON (the shape of docs/map-format.md), Markdown or a Jira-ready CSV."""
    project = user_project_or_404(project_id, current_user)
    if extension == "json":
        response = jsonify(export_json(project, quality_report(project).as_dict()))
    elif extension == "md":
        response = Response(export_markdown(project), mimetype="text/markdown")
    else:
        # The BOM tells Excel the file is UTF-8; without it Cyrillic comes out garbled.
        response = Response("\ufeff" + export_csv(project), mimetype="text/csv")
    response.headers["Content-Disposition"] = download_disposition(project.product_name, extension)
    return response


@blueprint.errorhandler(429)
def handle_rate_limit(error):
    """Over the generation limit: give the form back with the user's text and when to retry."""
    if not keeps_form("maps.create"):
        return render_rate_limited(error)
    breach = breach_of(error)
    form = RequirementsForm(formdata=None, requirements=request.form.get("requirements", ""))
    form.enhance.data = bool(request.form.get("enhance"))
    page = render_template("maps/new.html", form=form, form_error=breach.message)
    return rate_limited(page, breach)


def handle_csrf_error(error):
    """Explain a missing or stale CSRF token, keeping whatever the user typed."""
    message = (
        "This form expired or was not sent from Story Mapper's own page "
        f"({error.description}). Nothing was saved: check the text and submit it again."
    )
    if request.endpoint == "maps.create" and current_user.is_authenticated:
        form = RequirementsForm(formdata=None, requirements=request.form.get("requirements", ""))
        form.enhance.data = bool(request.form.get("enhance"))
        return render_template("maps/new.html", form=form, form_error=message), 400
    return render_template("errors/error.html", code=400, error=None, message=message), 400
