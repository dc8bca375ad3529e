"""Story improvement: the map page's "Improve stories" button, "AI on chosen stories", and a
person's answer to what a job proposed for a story they changed by hand."""

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user, login_required
from werkzeug.exceptions import HTTPException

from generation.story_actions import ACTIONS
from webapp.extensions import db
from webapp.improve.actions import (
    MAX_CHOSEN,
    ProposalGone,
    action_of,
    enqueue_story_action_job,
    job_title,
    keep_mine,
    use_proposal,
    waiting_result,
)
from webapp.improve.services import (
    enqueue_improve_job,
    improvement_groups,
    owned_story_count,
    too_many_to_improve,
)
from webapp.jobs.queries import user_job_or_404
from webapp.maps.editing import Conflict
from webapp.maps.forms import ai_provider_configured
from webapp.maps.services import map_page_context, user_project_or_404
from webapp.models import JobKind
from webapp.rate_limits import (
    breach_of,
    generation_limit,
    is_htmx,
    job_credits,
    keeps_form,
    rate_limited,
    render_rate_limited,
)
from webapp.wireframes.forms import WireframeForm
from webapp.wireframes.services import project_story_ids

blueprint = Blueprint("improve", __name__)


@blueprint.app_template_global()
def story_action_menu() -> dict:
    """The "AI on chosen stories" menu: each action, and whether it can run here and now."""
    configured = ai_provider_configured()
    return {
        "actions": [
            {"action": action, "available": configured or action.offline}
            for action in ACTIONS.values()
        ],
        "configured": configured,
        "max_chosen": MAX_CHOSEN,
    }


@blueprint.app_template_global()
def improve_job_title(job) -> str:
    """A story improvement job in words: "Rewrite acceptance criteria of 3 stories"."""
    return job_title(job)


@blueprint.app_template_global()
def story_action_doing(job) -> str | None:
    """What an action job does while it runs ("Rewriting the acceptance criteria"), or None."""
    action = ACTIONS.get(action_of(job) or "")
    return action.doing if action else None


@blueprint.app_template_global("improvement_groups")
def improvement_groups_global(job) -> dict:
    """The job's results by what became of each story (templates/improve/_changes.html)."""
    return improvement_groups(job)


def _improve_credits() -> int:
    """Credits for improving the map in the request: by its stories, up to the cap."""
    stories = owned_story_count(request.view_args["project_id"], current_user)
    return job_credits(stories=min(stories, current_app.config["IMPROVE_MAX_STORIES"]))


@blueprint.post("/maps/<int:project_id>/improve")
@login_required
@generation_limit(_improve_credits)
def create(project_id: int):
    """Record a job that brings the map's stories up to the bar and answer with its page."""
    project = user_project_or_404(project_id, current_user)
    refusal = too_many_to_improve(project, current_user)
    if refusal:
        page = render_template("maps/show.html", **map_page_context(project, improve_error=refusal))
        return page, 400
    job = enqueue_improve_job(current_user, project)
    return redirect(url_for("jobs.show", job_id=job.id), code=303)


@blueprint.post("/maps/<int:project_id>/stories/improve")
@login_required
@generation_limit()  # at most MAX_CHOSEN stories: one credit
def chosen(project_id: int):
    """Record a job doing the chosen action to each ticked story and answer with its page."""
    project = user_project_or_404(project_id, current_user)
    story_ids = _ticked_story_ids(project)
    action = request.form.get("action", "")
    problem = chosen_stories_problem(action, len(story_ids))
    if problem:
        message, status = problem
        return _map_page(project, story_ids, message), status
    job = enqueue_story_action_job(current_user, project, action, story_ids)
    return redirect(url_for("jobs.show", job_id=job.id), code=303)


@blueprint.post("/jobs/<int:job_id>/stories/<int:story_id>/proposal")
@login_required
def use(job_id: int, story_id: int):
    """Replace a story changed by hand with what the job proposed for it (one change)."""
    job, _ = _proposal_or_404(job_id, story_id)
    try:
        result = use_proposal(job, story_id, current_user, request.form.get("version"))
        db.session.commit()
    except Conflict:
        result = waiting_result(job, story_id)
        message = (
            "The story changed after this proposal was made: “Your text” now shows it as it "
            "is. Use the proposal over it, or keep yours."
        )
        return _answer(job, result, message, status=409, error=True)
    except ProposalGone as gone:
        return _answer(job, waiting_result(job, story_id), str(gone), status=409, error=True)
    title = result["proposal"].get("title") or result["title"]
    message = (
        f"Split “{result['title']}” into {len(result['added'])} stories; Undo on the map takes "
        "it back."
        if "stories" in result["proposal"]
        else f"Used the proposal for “{title}”; Undo on the map takes it back."
    )
    return _answer(job, result, message)


@blueprint.post("/jobs/<int:job_id>/stories/<int:story_id>/keep")
@login_required
def keep(job_id: int, story_id: int):
    """Leave a story changed by hand as it is; the job's proposal is set aside."""
    job, _ = _proposal_or_404(job_id, story_id)
    try:
        result = keep_mine(job, story_id)
        db.session.commit()
    except ProposalGone as gone:
        return _answer(job, waiting_result(job, story_id), str(gone), status=409, error=True)
    return _answer(job, result, f"Kept your words for “{result['title']}”.")


@blueprint.errorhandler(429)
def handle_rate_limit(error):
    """Over the generation limit: the map page again, the ticks kept, saying when to retry."""
    endpoint = request.endpoint
    if not (keeps_form("improve.create") or keeps_form("improve.chosen")):
        return render_rate_limited(error)
    # The limit is checked before the view looked at the map: it may not be theirs.
    try:
        project = user_project_or_404(request.view_args["project_id"], current_user)
        story_ids = _ticked_story_ids(project) if endpoint == "improve.chosen" else []
    except HTTPException:
        return render_rate_limited(error)
    breach = breach_of(error)
    if endpoint == "improve.chosen":
        return rate_limited(_map_page(project, story_ids, breach.message), breach)
    page = render_template(
        "maps/show.html", **map_page_context(project, improve_error=breach.message)
    )
    return rate_limited(page, breach)


def chosen_stories_problem(action: str, count: int) -> tuple[str, int] | None:
    """What is wrong with the request, and its status; None when the job can start."""
    if action not in ACTIONS:
        labels = ", ".join(f"“{each.label}”" for each in ACTIONS.values())
        return f"Choose what the AI should do: one of {labels}.", 400
    if count == 0:
        return f"Tick at least one story for “{ACTIONS[action].label}”.", 400
    if count > MAX_CHOSEN:
        return f"Tick at most {MAX_CHOSEN} stories at a time (you ticked {count}).", 400
    if not ACTIONS[action].offline and not ai_provider_configured():
        offline = " and ".join(f"“{each.label}”" for each in ACTIONS.values() if each.offline)
        return (
            f"“{ACTIONS[action].label}” needs an AI provider, and none is configured. "
            f"Without one, {offline} work offline; set up a provider (see the README) "
            "for the others.",
            422,
        )
    return None


def _ticked_story_ids(project) -> list[int]:
    """The ticked stories, in order; 400 for a value that is not an id, 404 for another map's."""
    try:
        story_ids = list(dict.fromkeys(int(value) for value in request.form.getlist("story_ids")))
    except ValueError:
        abort(400)
    if not set(story_ids) <= project_story_ids(project):
        abort(404)
    return story_ids


def _map_page(project, story_ids: list[int], error: str) -> str:
    """The map page again: the same stories ticked, the same choices, and what was wrong."""
    return render_template(
        "maps/show.html",
        **map_page_context(
            project,
            # The wireframe controls keep what was chosen in them too.
            wireframe_form=WireframeForm(),
            story_action_error=error,
            chosen_action=request.form.get("action", ""),
            ticked=set(story_ids),
        ),
    )


def _proposal_or_404(job_id: int, story_id: int):
    """The user's improvement job and its result for the story, which kept a proposal."""
    job = user_job_or_404(job_id, current_user)
    result = waiting_result(job, story_id) if job.kind == JobKind.IMPROVE else None
    if result is None:
        abort(404)
    return job, result


def _answer(job, result: dict, message: str, *, status: int = 200, error: bool = False):
    """The proposal's item again (htmx swaps it), or the job page with the message."""
    if is_htmx():
        page = render_template(
            "improve/_proposal.html",
            job=job,
            result=result,
            action=action_of(job),
            message=message,
            message_is_error=error,
        )
        return page, status
    flash(message, "error" if error else "message")
    return redirect(
        url_for("jobs.show", job_id=job.id, _anchor=f"proposal-{result['story_id']}"), code=303
    )
