"""Register, log in, log out."""

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user

from webapp.auth.forms import LoginForm, RegistrationForm
from webapp.auth.services import authenticate, register_user
from webapp.rate_limits import (
    breach_of,
    failed_login_limits,
    is_htmx,
    rate_limited,
    record_failed_login,
    render_rate_limited,
)

blueprint = Blueprint("auth", __name__)


@blueprint.route("/register", methods=["GET", "POST"])
def register():
    """Create an account and log it in."""
    if current_user.is_authenticated:
        return redirect(url_for("maps.index_maps"))
    form = RegistrationForm()
    if form.validate_on_submit():
        user = register_user(form.email.data, form.password.data)
        if user is not None:
            login_user(user)
            flash("Welcome to Story Mapper. Paste some requirements to make your first map.")
            return redirect(url_for("maps.new"), code=303)
        form.email.errors.append("An account with this email already exists. Log in instead.")
    return render_template("auth/register.html", form=form), 400 if form.errors else 200


@blueprint.route("/login", methods=["GET", "POST"])
@failed_login_limits
def login():
    """Log in with email and password."""
    if current_user.is_authenticated:
        return redirect(url_for("maps.index_maps"))
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is not None:
            login_user(user)
            return redirect(_safe_next(request.args.get("next")), code=303)
        record_failed_login()
        form.password.errors.append("The email or the password is not right.")
    return render_template("auth/login.html", form=form), 400 if form.errors else 200


@blueprint.errorhandler(429)
def handle_rate_limit(error):
    """Too many failed logins: the form again with the email kept, and when to try again."""
    if request.endpoint != "auth.login" or is_htmx():
        return render_rate_limited(error)
    breach = breach_of(error)
    form = LoginForm(formdata=None, email=request.form.get("email", ""))
    page = render_template("auth/login.html", form=form, form_error=breach.message)
    return rate_limited(page, breach)


@blueprint.post("/logout")
@login_required
def logout():
    """Log out and go back to the login page."""
    logout_user()
    flash("You are logged out.")
    return redirect(url_for("auth.login"), code=303)


def _safe_next(target: str | None) -> str:
    # Only same-site paths: an open redirect would let a link send people elsewhere.
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") and "\\" not in target:
            return target
    return url_for("maps.index_maps")
