"""The JSON API under /api/v1: the same users and jobs as the pages, for scripts and agents.

Every request but ``openapi.json`` sends ``Authorization: Bearer <personal access token>``.
A cookie session cannot call it, so no page can be tricked into it, and CSRF does not apply.
Errors are RFC 9457 problem details (``webapp/api/problems.py``).
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from flask import Blueprint, Response, current_app, g, json, jsonify, request, session
from flask_login import current_user
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound

from webapp.api.problems import ApiError, Problem, problem_response
from webapp.api.schemas import (
    Drawing,
    JobLinks,
    JobOut,
    MapDocument,
    MapLinks,
    MapListQuery,
    MapPage,
    MapSummary,
    NewMap,
    NewWireframes,
    WireframeSet,
)
from webapp.api.spec import Api
from webapp.api.tokens import user_for_token
from webapp.extensions import csrf, db
from webapp.jobs import cancel as cancellation
from webapp.jobs.estimates import queue_estimate
from webapp.jobs.lifecycle import WAITING_FOR_OTHER_JOBS, step_label
from webapp.jobs.publishing import enqueue_map_job
from webapp.jobs.queries import user_job_or_404
from webapp.maps import structure
from webapp.maps.exports import export_json
from webapp.maps.forms import check_requirements
from webapp.maps.services import (
    listed_project_or_404,
    quality_report,
    user_project_or_404,
    user_projects,
)
from webapp.models import JobKind, JobStatus, Story
from webapp.rate_limits import generation_limit, job_credits
from webapp.wireframes.services import enqueue_wireframe_job, project_story_ids

PREFIX = "/api/v1"
blueprint = Blueprint("api", __name__, url_prefix=PREFIX)
csrf.exempt(blueprint)
api = Api(blueprint, title="Story Mapper API", version="1")

#: 401, 404, 400, 415 and 422 are described for each operation by ``Api`` (spec.py).
TOO_MANY = {429: ("Over the generation budget; Retry-After says when to come back.", Problem)}


@blueprint.before_request
def authenticate():
    """Act as the token's user for this request only: no session is read or written."""
    if request.endpoint == "api.openapi_document":
        return None
    scheme, _, secret = request.headers.get("Authorization", "").partition(" ")
    user = user_for_token(secret.strip()) if scheme.lower() == "bearer" else None
    if user is None:
        return problem_response(
            401,
            "Unauthorized",
            "Send a token from /settings/tokens as 'Authorization: Bearer <token>'.",
            headers={"WWW-Authenticate": 'Bearer realm="api"'},
        )
    # Flask-Login reads the request's user from here: current_user, the rate limits and the
    # services work as for a page, and nothing is written to a session.
    g._login_user = user
    return None


@blueprint.after_request
def keep_no_session(response):
    """Bearer requests never get a session cookie, nor change a browser's that came along."""
    g.pop("_flashes", None)
    session.modified = False
    return response


@blueprint.errorhandler(ApiError)
def handle_api_error(error: ApiError):
    return problem_response(
        error.status, error.title, error.detail, headers=error.headers, **error.extra
    )


def handle_http_error(error: HTTPException):
    """Every HTTP error under /api/v1 as a problem (the pages' handlers answer HTML)."""
    headers = {}
    if error.code == 429:
        from webapp.rate_limits import breach_of

        breach = breach_of(error)
        headers["Retry-After"] = str(breach.wait_seconds)
        return problem_response(429, "Too many requests", breach.message, headers=headers)
    if error.code == 405 and _no_method_finds_the_path(error.valid_methods or ()):
        error = NotFound()
    elif error.code == 405:
        headers["Allow"] = ", ".join(error.valid_methods or ())
    return problem_response(error.code or 500, error.name, error.description, headers=headers)


def _no_method_finds_the_path(methods) -> bool:
    """Whether none of a 405's allowed methods would find the path either.

    Werkzeug answers 405 when a path fits another method's rule before its id fails the
    converter (an id no row can have, over ``MAX_DATABASE_ID``): no such object, a 404.
    """
    adapter = current_app.url_map.bind_to_environ(request.environ)
    for method in methods:
        try:
            adapter.match(method=method)
        except (NotFound, MethodNotAllowed):
            continue
        except HTTPException:  # a redirect: the path exists
            return False
        return False
    return True


# By code: Flask asks the app's handler for a code before a blueprint's handler for a class.
for _code in (400, 401, 403, 404, 405, 409, 412, 413, 415, 422, 428, 429, 500):
    blueprint.register_error_handler(_code, handle_http_error)


@blueprint.get("/openapi.json")
def openapi_document():
    """The OpenAPI 3.1 document, made from the models the views validate with."""
    return jsonify(api.openapi(PREFIX))


def job_out(job) -> JobOut:
    """A job as the API shows it, with where to go next."""
    queued = job.status == JobStatus.QUEUED
    waiting = job.step in ("retrying", WAITING_FOR_OTHER_JOBS)
    estimate = queue_estimate(job) if queued and not waiting else None
    links = JobLinks(self=f"{PREFIX}/jobs/{job.id}")
    if not job.is_finished:
        links.cancel = f"{PREFIX}/jobs/{job.id}/cancel"
    if job.project is not None:
        links.map = f"{PREFIX}/maps/{job.project.id}"
    if job.kind == "wireframes":
        links.wireframes = f"{PREFIX}/wireframes/{job.id}"
    return JobOut(
        id=job.id,
        kind=job.kind,
        status=job.status,
        step=step_label(job.step),
        progress_current=job.progress_current,
        progress_total=job.progress_total,
        attempts=job.attempts,
        queue_position=estimate.ahead if estimate is not None else None,
        estimated_wait_seconds=estimate.wait_seconds if estimate is not None else None,
        error=job.error,
        note=job.note,
        created_at=job.created_at,
        finished_at=job.finished_at,
        links=links,
    )


@api.operation(
    "GET",
    "/jobs/<int:job_id>",
    summary="A job's status, step, progress, place in the queue and links",
    responses={200: ("The job.", JobOut), 304: ("Unchanged since the ETag sent.", None)},
    headers=(
        {"name": "If-None-Match", "in": "header", "required": False, "schema": {"type": "string"}},
    ),
)
def get_job(job_id: int):
    """The job as it stands; an empty 304 when it is as the ETag sent says.

    The weak ETag is a digest of the JSON itself, so it moves with everything the answer
    shows (step, progress, place in the queue, outcome) and with nothing else.
    """
    out = job_out(user_job_or_404(job_id, current_user))
    payload = json.dumps(out.model_dump(mode="json"), sort_keys=True)
    etag = hashlib.blake2b(payload.encode(), digest_size=12).hexdigest()
    if request.if_none_match.contains_weak(etag):
        response = Response(status=304)
    else:
        response = Response(payload, mimetype="application/json")
    response.set_etag(etag, weak=True)
    # Revalidate every time, and keep it out of shared caches: it is one user's job.
    response.headers["Cache-Control"] = "private, no-cache"
    return response


@api.operation(
    "POST",
    "/jobs/<int:job_id>/cancel",
    summary="Cancel a queued or running job",
    responses={
        200: ("The job, cancelled.", JobOut),
        409: ("The job had already ended; it stays as it ended.", Problem),
    },
)
def cancel_job(job_id: int):
    """Cancel the user's job as its page does: its worker stops at the next step."""
    job = user_job_or_404(job_id, current_user)
    if not cancellation.cancel_job(job):
        raise ApiError(409, "Job already ended", f"Job {job.id} had already ended ({job.status}).")
    return job_out(job)


# Maps ----------------------------------------------------------------------------------


def _requirements_credits() -> int:
    """Credits for the map job in the request: by the characters of its requirements."""
    body = request.get_json(silent=True)
    text = body.get("requirements") if isinstance(body, dict) else None
    return job_credits(characters=len(text.strip()) if isinstance(text, str) else 0)


@api.operation(
    "POST",
    "/maps",
    summary="Start a map job from requirements; follow it at the job's URL",
    body=NewMap,
    responses={202: ("The job, queued; Location is its URL.", JobOut)} | TOO_MANY,
)
@generation_limit(_requirements_credits)
def create_map(body: NewMap):
    """Record a map job as the "New story map" form does, with the same checks and limits."""
    problem = check_requirements(body.requirements)
    if problem:
        raise ApiError(
            422, "Invalid request", problem, errors=[{"field": "requirements", "message": problem}]
        )
    job = enqueue_map_job(current_user, body.requirements.strip(), enhance=body.enhance)
    return job_out(job), 202, {"Location": f"{PREFIX}/jobs/{job.id}"}


@api.operation(
    "GET",
    "/maps",
    summary="The user's maps, a page at a time, searched and sorted",
    query=MapListQuery,
    responses={200: ("A page of maps.", MapPage)},
)
def list_maps(query: MapListQuery):
    """A page of "My maps": the same search, order and pages as the page."""
    listing = user_projects(
        current_user, query=query.q, sort=query.sort, page=query.page, per_page=query.per_page
    )
    return MapPage(
        items=[
            MapSummary(
                id=project.id,
                product_name=project.product_name,
                story_count=story_count,
                generator=project.generator,
                created_at=project.created_at,
                links=MapLinks(self=f"{PREFIX}/maps/{project.id}"),
            )
            for project, story_count in listing.rows
        ],
        page=listing.page,
        pages=listing.pages,
        per_page=listing.per_page,
        total=listing.total,
    )


@api.operation(
    "GET",
    "/maps/<int:map_id>",
    summary="A map as the JSON export gives it, with ids and versions for edits",
    responses={200: ("The map; its ETag is the map's version.", MapDocument)},
)
def get_map(map_id: int):
    """The map's JSON export (docs/map-format.md) with the quality report, ids and versions."""
    project = user_project_or_404(map_id, current_user)
    document = map_document(project)
    return document, 200, {"ETag": f'"{project.version}"'}


def map_document(project) -> MapDocument:
    """The export of ``project`` with each row's id and version beside the keys it has."""
    data = export_json(project, quality_report(project).as_dict())
    data.update(
        id=project.id,
        version=project.version,
        releaseVersions=[
            {"id": release.id, "version": release.version, "name": release.name}
            for release in project.releases
        ],
    )
    for activity, activity_shape in zip(project.activities, data["map"], strict=True):
        activity_shape.update(id=activity.id, version=activity.version)
        for task, task_shape in zip(activity.tasks, activity_shape["tasks"], strict=True):
            task_shape.update(id=task.id, version=task.version)
            for story, shape in zip(task.stories, task_shape["stories"], strict=True):
                shape.update(
                    id=story.id,
                    version=story.version,
                    releaseId=story.release_id,
                    status=story.status,
                )
    return MapDocument.model_validate(data)


@api.operation(
    "DELETE",
    "/maps/<int:map_id>",
    summary="Delete a map with its stories, history, jobs and wireframes",
    responses={204: ("Deleted.", None)},
)
def delete_map(map_id: int):
    """Delete the map as "My maps" does."""
    project, _ = listed_project_or_404(map_id, current_user)
    structure.delete_map(project)
    db.session.commit()
    return None, 204


# Wireframes ----------------------------------------------------------------------------


@api.operation(
    "POST",
    "/maps/<int:map_id>/wireframes",
    summary="Start a wireframe job for 1 to 10 stories of a map",
    body=NewWireframes,
    responses={
        202: ("The job, queued; Location is its URL.", JobOut),
        404: ("No such map of yours, or a story that is not on it.", Problem),
    }
    | TOO_MANY,
)
@generation_limit()  # at most MAX_STORIES stories: one credit
def create_wireframes(map_id: int, body: NewWireframes):
    """Record a wireframe job for stories of the map, as the map page's form does."""
    project, _ = listed_project_or_404(map_id, current_user)
    story_ids = list(dict.fromkeys(body.story_ids))
    missing = set(story_ids) - project_story_ids(project)
    if missing:
        raise ApiError(
            404,
            "Not Found",
            f"No story {', '.join(map(str, sorted(missing)))} on map {project.id}.",
        )
    job = enqueue_wireframe_job(
        current_user, project, story_ids, style=body.style, platform=body.platform
    )
    return job_out(job), 202, {"Location": f"{PREFIX}/jobs/{job.id}"}


@api.operation(
    "GET",
    "/wireframes/<int:job_id>",
    summary="A wireframe job's drawings, finished or not",
    responses={200: ("The job and its drawings.", WireframeSet)},
)
def get_wireframes(job_id: int):
    """The wireframe job with each story's drawing, its error, or ``pending`` while it works."""
    job = user_job_or_404(job_id, current_user)
    if job.kind != JobKind.WIREFRAMES:
        raise ApiError(404, "Not Found", f"Job {job.id} is not a wireframe job.")
    options = job.options or {}
    drawings = [
        Drawing(
            id=wireframe.id,
            story_id=wireframe.story_id,
            title=wireframe.story.title if wireframe.story is not None else "",
            status=wireframe.status,
            ascii=wireframe.ascii,
            layout=wireframe.layout,
            ui_elements=wireframe.ui_elements,
            navigation=wireframe.navigation,
            notes=wireframe.notes,
            error=wireframe.error,
        )
        for wireframe in job.wireframes
    ]
    if not job.is_finished:
        drawn = {drawing.story_id for drawing in drawings}
        waiting = [i for i in options.get("story_ids", []) if i not in drawn]
        rows = db.session.execute(sa.select(Story.id, Story.title).where(Story.id.in_(waiting)))
        titles = {story_id: title for story_id, title in rows}
        drawings += [
            Drawing(id=None, story_id=i, title=titles[i], status="pending")
            for i in waiting
            if i in titles
        ]
    return WireframeSet(
        job=job_out(job),
        map_id=job.source_project_id,
        style=options.get("style", ""),
        platform=options.get("platform", ""),
        drawings=drawings,
    )


# The edit operations live in their own module and declare themselves on ``api``.
from webapp.api import edit_views  # noqa: E402, F401
