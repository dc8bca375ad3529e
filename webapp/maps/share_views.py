"""Read-only links: "Share" gives a map an unguessable address anyone can open, until revoked."""

from __future__ import annotations

import hmac
import secrets

import sqlalchemy as sa
from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy.orm import joinedload, selectinload

from webapp.extensions import db
from webapp.maps.services import map_page_context
from webapp.models import Activity, Project, Task
from webapp.rate_limits import is_htmx

blueprint = Blueprint("share", __name__)

#: Bytes of randomness in a share token: 43 URL-safe characters, not guessable.
TOKEN_BYTES = 32
#: What a shared page tells browsers and crawlers: keep it out of indexes, never pass the
#: address (which is the secret) on to another site, and do not keep a copy of it.
SHARED_PAGE_HEADERS = {
    "X-Robots-Tag": "noindex, nofollow",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "private, no-store",
}


def _owned_map_or_404(project_id: int) -> Project:
    return db.first_or_404(
        sa.select(Project).where(Project.id == project_id, Project.user_id == current_user.id)
    )


@blueprint.post("/maps/<int:project_id>/share")
@login_required
def create(project_id: int):
    """Give the map a read-only link (the same one on every press) and show it in full."""
    project = _owned_map_or_404(project_id)
    if project.share_token is None:
        project.share_token = secrets.token_urlsafe(TOKEN_BYTES)
        db.session.commit()
    link = url_for("share.show", token=project.share_token, _external=True)
    return _answer(project, f"Anyone with this link can see the map, read-only: {link}")


@blueprint.post("/maps/<int:project_id>/share/revoke")
@login_required
def revoke(project_id: int):
    """Stop sharing: the old link answers 404 from now on."""
    project = _owned_map_or_404(project_id)
    project.share_token = None
    db.session.commit()
    return _answer(project, "The map is no longer shared; its old link shows nothing now.")


def _answer(project: Project, message: str):
    if is_htmx():
        return render_template("maps/_share.html", project=project)
    flash(message)
    return redirect(url_for("maps.show", project_id=project.id), code=303)


@blueprint.get("/s/<string(minlength=20, maxlength=64):token>")
def show(token: str):
    """The shared map, read-only and without login: no edit controls, no owner, no other maps."""
    project = db.session.scalars(
        sa.select(Project)
        .where(Project.share_token == token)
        .options(
            selectinload(Project.releases),
            # No wireframes: their downloads are the owner's, not on the shared page.
            selectinload(Project.activities)
            .selectinload(Activity.tasks)
            .selectinload(Task.stories),
            joinedload(Project.job),
        )
    ).first()
    # The lookup found the row by its token; compare again in constant time all the same.
    if project is None or not hmac.compare_digest(project.share_token, token):
        abort(404)
    context = map_page_context(project, readonly=True, improvement=None)
    page = render_template("maps/shared.html", **context)
    return page, 200, SHARED_PAGE_HEADERS
