"""Job pages: the page a user waits on and the status fragment it polls."""

import hashlib

from flask import Blueprint, current_app, flash, redirect, render_template, session, url_for
from flask_login import current_user, login_required
from htmx_flask import make_response, request

from webapp.auth.sessions import session_is_current
from webapp.extensions import limiter
from webapp.jobs.cancel import cancel_job
from webapp.jobs.estimates import QueueEstimate, queue_estimate
from webapp.jobs.lifecycle import WAITING_FOR_OTHER_JOBS, max_attempts, step_label
from webapp.jobs.queries import (
    active_job_count,
    load_wireframes,
    polled_job_or_404,
    user_job_or_404,
)
from webapp.jobs.versions import JobVersion, job_versions, microseconds
from webapp.models import JobKind, JobStatus, utcnow

blueprint = Blueprint("jobs", __name__, url_prefix="/jobs")

#: How long a job page waits before its first polls, then it polls every second. A map from
#: the offline generator is often done in well under a second; it should not wait for one.
#: Poll n (``?poll=n``) schedules poll n + 1 after ``EARLY_POLL_DELAYS_MS[n]``.
EARLY_POLL_DELAYS_MS = (150, 300)
#: How many wireframe ids ``?shown=`` may name, and how long each may be; the rest is ignored.
MAX_SHOWN_IDS = 200
MAX_SHOWN_ID_DIGITS = 12


def _status_context(job, early_poll: int | None = None):
    queued = job.status == JobStatus.QUEUED
    return {
        "job": job,
        "early_poll": early_poll,
        "early_poll_delays_ms": EARLY_POLL_DELAYS_MS,
        "estimate": (
            queue_estimate(job)
            if queued and job.step not in ("retrying", WAITING_FOR_OTHER_JOBS)
            else None
        ),
        "running_per_user": current_app.config["JOBS_RUNNING_PER_USER"],
        "next_try_seconds": _seconds_until(job.next_attempt_at) if queued else None,
        "max_attempts": max_attempts(),
        "step_label": step_label(job.step),
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
    return render_template("jobs/show.html", **_status_context(job, early_poll=0))


@blueprint.post("/<int:job_id>/cancel")
@login_required
def cancel(job_id: int):
    """Cancel the user's queued or running job; a job that has ended stays as it ended."""
    job = user_job_or_404(job_id, current_user)
    if not cancel_job(job):
        flash(f"This job had already ended ({job.status}), so there was nothing to cancel.")
    return redirect(url_for("jobs.show", job_id=job.id), code=303)


@blueprint.get("/active")
@limiter.exempt  # polled every 5 s while the user has jobs queued or running
def active():
    """Render the header's "N running" badge; it polls only while the count is above zero."""
    if not current_user.is_authenticated:
        if request.htmx:
            # A page left open after its session ended: remove the badge and stop polling.
            return current_app.response_class(status=286)
        return current_app.login_manager.unauthorized()
    return render_template("jobs/_active.html", active_jobs=active_job_count(current_user))


#: What a job's page says in the browser tab while it works, by kind, and once it is done.
WORKING_TITLES = {
    JobKind.MAP: "Generating",
    JobKind.WIREFRAMES: "Drawing",
    JobKind.IMPROVE: "Improving",
    JobKind.REGENERATE: "Regenerating",
}
DONE_TITLES = {
    JobKind.MAP: "Map ready",
    JobKind.WIREFRAMES: "Wireframes ready",
    JobKind.IMPROVE: "Stories done",
    JobKind.REGENERATE: "Map updated",
}


@blueprint.app_template_global()
def job_page_title(job) -> str:
    """The job page's title: "(2/5) Generating…" while it runs, "✓ Map ready" once done."""
    if job.status == JobStatus.QUEUED:
        return "Retrying…" if job.step == "retrying" else "Queued…"
    if job.status == JobStatus.RUNNING:
        working = WORKING_TITLES.get(job.kind, "Working")
        if job.step and job.progress_total:
            return f"({job.progress_current}/{job.progress_total}) {working}…"
        return f"{working}…"
    if job.status == JobStatus.COMPLETED:
        return "✓ " + DONE_TITLES.get(job.kind, "Done")
    if job.status == JobStatus.CANCELLED:
        return "Cancelled"
    return "Failed"


@blueprint.get("/<int:job_id>/status")
@limiter.exempt  # polled every second while a job runs
def status(job_id: int):
    """Render the status fragment; once the map is ready, send htmx to it.

    Most polls find the job as it was a second ago: the browser revalidates its copy
    (``Cache-Control: no-cache`` with a weak ETag of what the fragment shows) and gets an
    empty 304. For a running job that answer comes from its version in Redis alone
    (``webapp/jobs/versions.py``); otherwise from the job row, without rendering.

    A wireframe job's page names the drawings it already has in ``?shown=``; they come
    back as placeholders that htmx keeps (``hx-preserve``), so each drawing crosses the
    network once.

    The page's first polls come sooner than once a second (``EARLY_POLL_DELAYS_MS``); each
    names itself in ``?poll=``, and the last one's fragment polls every second at the plain
    URL, whose answers the browser then keeps revalidating.
    """
    # Turn anonymous clients away before reading their query string. A logged-in session
    # carries its user id, so the Redis path still answers without loading the user.
    if not session.get("_user_id") and not current_user.is_authenticated:
        return current_app.login_manager.unauthorized()
    shown = _shown_ids(request.args.get("shown", ""))
    early_poll = _early_poll(request.args.get("poll", ""))
    etag = _unchanged_running_job_etag(job_id, shown, early_poll)
    if etag is not None and request.if_none_match.contains_weak(etag):
        return _not_modified(etag)
    return _status_from_database(job_id, shown, early_poll)


@login_required
def _status_from_database(job_id: int, shown: frozenset[int], early_poll: int | None):
    job = polled_job_or_404(job_id, current_user)
    if job.status == JobStatus.RUNNING and (versions := job_versions()) is not None:
        versions.put(job.id, JobVersion.of(job), only_if_missing=True)
    context = _status_context(job, early_poll)
    etag = _status_etag(
        job.id,
        microseconds(job.updated_at),
        shown,
        early_poll,
        estimate=context["estimate"],
        next_try_seconds=context["next_try_seconds"],
    )
    if request.if_none_match.contains_weak(etag):
        return _not_modified(etag)
    if job.kind == JobKind.WIREFRAMES:
        load_wireframes(job)
    fragment = render_template("jobs/_status.html", shown=shown, **context)
    if request.htmx and job.status == JobStatus.COMPLETED and job.project is not None:
        response = make_response(fragment, redirect=url_for("maps.show", project_id=job.project.id))
    else:
        response = current_app.make_response(fragment)
    return _with_validators(response, etag)


def _not_modified(etag: str):
    return _with_validators(current_app.response_class(status=304), etag)


def _with_validators(response, etag: str):
    response.set_etag(etag, weak=True)
    # Revalidate every time, and keep it out of shared caches: it is one user's job.
    response.headers["Cache-Control"] = "private, no-cache"
    response.vary.add("HX-Request")  # htmx gets the redirect to a finished map
    return response


def _shown_ids(value: str) -> frozenset[int]:
    """The wireframe ids a page says it shows (``?shown=3,4``); anything else is ignored.

    At most ``MAX_SHOWN_IDS`` ids of at most ``MAX_SHOWN_ID_DIGITS`` digits count: a longer
    number is no wireframe's id (and ``int()`` refuses over 4,300 digits), and a drawing
    left out is only sent again.
    """
    parts = value.split(",", MAX_SHOWN_IDS)[:MAX_SHOWN_IDS]
    return frozenset(
        int(part)
        for part in parts
        if part.isascii() and part.isdigit() and len(part) <= MAX_SHOWN_ID_DIGITS
    )


def _early_poll(value: str) -> int | None:
    """The early poll whose delay the fragment schedules (``?poll=1``), or None for none."""
    number = int(value) if value.isascii() and value.isdigit() and len(value) < 4 else 0
    return number if 0 < number < len(EARLY_POLL_DELAYS_MS) else None


def _unchanged_running_job_etag(
    job_id: int, shown: frozenset[int], early_poll: int | None
) -> str | None:
    """The ETag of a running job's fragment from its version in Redis, or None.

    The session's user id is signed into its cookie; a logged-out session has none, and a
    copy of one kept from before its logout (or a password change) carries a session version
    older than the user's in Redis (``session_is_current``). The entry must name that user
    as the job's owner, or the database path decides (404).
    """
    versions = job_versions()
    user_id = session.get("_user_id")
    if versions is None or not user_id or not session_is_current():
        return None
    entry = versions.get(job_id)
    if entry is None or str(entry.user_id) != user_id or entry.status != JobStatus.RUNNING:
        return None
    # A running job: no estimate, no retry countdown.
    return _status_etag(job_id, entry.version, shown, early_poll)


def _status_etag(
    job_id: int,
    version: int,
    shown: frozenset[int],
    early_poll: int | None,
    *,
    estimate: QueueEstimate | None = None,
    next_try_seconds: int | None = None,
) -> str:
    """A digest of everything the status fragment shows.

    Every change to a job (step, progress, each saved wireframe, the outcome) moves its
    version (``updated_at``); what depends on other jobs (a queued job's estimate) and on
    the clock (the retry countdown) is added as computed for this poll.
    """
    state = (
        job_id,
        version,
        estimate,
        next_try_seconds,
        bool(request.htmx),
        sorted(shown),
        early_poll,
    )
    return hashlib.blake2b(repr(state).encode(), digest_size=12).hexdigest()
