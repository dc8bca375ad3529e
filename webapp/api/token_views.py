"""The personal access tokens page: make a token for the JSON API, see the list, revoke one.

A new token's secret is shown once, in the answer to the POST that made it, and nowhere
else: not in a flash message, because the session is a signed cookie anyone holding it can
read; the answer is not cached (``Cache-Control: no-store`` on every page).

Reloading that answer sends the form again. Each form carries a one-time request id, and the
session remembers the ids of the last few tokens it made, so a form sent twice makes one
token and the second answer says so instead of making another.
"""

import secrets

from flask import Blueprint, abort, flash, redirect, render_template, session, url_for
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import HiddenField, StringField
from wtforms.validators import DataRequired, Length

from webapp.api.tokens import (
    MAX_TOKENS_PER_USER,
    TooManyTokens,
    create_token,
    find_token,
    revoke_token,
    user_tokens,
)

blueprint = Blueprint("tokens", __name__, url_prefix="/settings/tokens")

NAME_LENGTH = 100
TOO_MANY = (
    f"You have {MAX_TOKENS_PER_USER} tokens, the most one account may hold. "
    "Revoke one you no longer use to make a new one."
)


class TokenForm(FlaskForm):
    name = StringField(
        "Name",
        filters=[lambda value: value.strip() if isinstance(value, str) else value],
        validators=[
            DataRequired("Give the token a name, such as where it will be used."),
            Length(max=NAME_LENGTH, message=f"Names have at most {NAME_LENGTH} characters."),
        ],
    )
    request_id = HiddenField()


#: Session key: the request ids of the tokens this session made last, mapped to their ids.
MADE = "tokens_made"
REMEMBERED = 5


def _new_form() -> TokenForm:
    form = TokenForm(formdata=None)
    form.request_id.data = secrets.token_urlsafe(12)
    return form


@blueprint.get("")
@login_required
def index():
    """List the user's working tokens, with the form to make one."""
    return _tokens_page(_new_form())


@blueprint.post("")
@login_required
def create():
    """Make a token and show its secret, this once."""
    form = TokenForm()
    if form.validate_on_submit():
        request_id = (form.request_id.data or "")[:40]
        made = dict(session.get(MADE, {}))
        if request_id in made:
            earlier = find_token(current_user, made[request_id])
            return _tokens_page(_new_form(), sent_again=True, earlier=earlier, status=409)
        try:
            token, secret = create_token(current_user, form.name.data)
        except TooManyTokens:
            form.name.errors.append(TOO_MANY)
        else:
            if request_id:
                made[request_id] = token.id
                session[MADE] = dict(list(made.items())[-REMEMBERED:])
            return _tokens_page(_new_form(), new_token=token, secret=secret, status=201)
    return _tokens_page(form, status=400)


@blueprint.post("/<int:token_id>/revoke")
@login_required
def revoke(token_id: int):
    """Revoke one of the user's tokens: requests that send it are refused from now on."""
    token = revoke_token(current_user, token_id)
    if token is None:
        abort(404)
    flash(f"The token “{token.name}” is revoked: requests that send it now get 401.")
    return redirect(url_for("tokens.index"), code=303)


def _tokens_page(form, new_token=None, secret=None, sent_again=False, earlier=None, status=200):
    page = render_template(
        "settings/tokens.html",
        form=form,
        tokens=user_tokens(current_user),
        new_token=new_token,
        secret=secret,
        sent_again=sent_again,
        earlier=earlier,
        max_tokens=MAX_TOKENS_PER_USER,
        name_length=NAME_LENGTH,
    )
    return page, status
