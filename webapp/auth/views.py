"""Register, log in, log out, and the account page: change the password, delete the account."""

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from webapp.auth import sessions
from webapp.auth.forms import ChangePasswordForm, DeleteAccountForm, LoginForm, RegistrationForm
from webapp.auth.services import authenticate, change_password, delete_account, register_user
from webapp.extensions import db
from webapp.rate_limits import (
    breach_of,
    failed_login_limits,
    is_htmx,
    rate_limited,
    record_failed_login,
    record_registration,
    registration_limit,
    render_rate_limited,
)

blueprint = Blueprint("auth", __name__)

WRONG_PASSWORD = "This is not your current password."
#: The forms whose 429 gives the form back with the email kept.
RATE_LIMITED_FORMS = {
    "auth.login": (LoginForm, "auth/login.html"),
    "auth.register": (RegistrationForm, "auth/register.html"),
}


@blueprint.before_app_request
def end_expired_session():
    """Log out a session that is too old or was unused too long (no database needed)."""
    sessions.end_expired_session()


@blueprint.route("/register", methods=["GET", "POST"])
@registration_limit
def register():
    """Create an account and log it in."""
    if current_user.is_authenticated:
        return redirect(url_for("maps.index_maps"))
    form = RegistrationForm()
    if form.validate_on_submit():
        record_registration()
        user = register_user(form.email.data, form.password.data)
        if user is not None:
            sessions.start_session(user)
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
            sessions.start_session(user)
            return redirect(_safe_next(request.args.get("next")), code=303)
        record_failed_login()
        form.password.errors.append("The email or the password is not right.")
    return render_template("auth/login.html", form=form), 400 if form.errors else 200


@blueprint.errorhandler(429)
def handle_rate_limit(error):
    """Too many failed logins or registrations: the form again with the email kept."""
    if request.endpoint not in RATE_LIMITED_FORMS or is_htmx():
        return render_rate_limited(error)
    breach = breach_of(error)
    form_class, template = RATE_LIMITED_FORMS[request.endpoint]
    form = form_class(formdata=None, email=request.form.get("email", ""))
    page = render_template(template, form=form, form_error=breach.message)
    return rate_limited(page, breach)


@blueprint.post("/logout")
@login_required
def logout():
    """Log out everywhere: every copy of this user's session cookie stops working."""
    sessions.end_sessions(current_user)
    db.session.commit()
    sessions.end_session()
    flash("You are logged out.")
    return redirect(url_for("auth.login"), code=303)


@blueprint.get("/account")
@login_required
def account():
    """Show the account page: change the password, delete the account."""
    return _account_page(ChangePasswordForm(formdata=None), DeleteAccountForm(formdata=None))


@blueprint.post("/account/password")
@login_required
def change_account_password():
    """Change the password; other sessions end, this one stays logged in."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if current_user.check_password(form.current.data):
            change_password(current_user, form.password.data)
            flash("Your password is changed. Other browsers logged in as you are logged out.")
            return redirect(url_for("auth.account"), code=303)
        form.current.errors.append(WRONG_PASSWORD)
    return _account_page(form, DeleteAccountForm(formdata=None), status=400)


@blueprint.post("/account/delete")
@login_required
def delete():
    """Delete the account with its maps and jobs, and log out."""
    form = DeleteAccountForm()
    if form.validate_on_submit():
        if current_user.check_password(form.confirm_password.data):
            delete_account(current_user)
            sessions.end_session()
            flash("Your account and its maps are deleted.")
            return redirect(url_for("auth.login"), code=303)
        form.confirm_password.errors.append(WRONG_PASSWORD)
    return _account_page(ChangePasswordForm(formdata=None), form, status=400)


def _account_page(password_form, delete_form, status=200):
    page = render_template(
        "auth/account.html", password_form=password_form, delete_form=delete_form
    )
    return page, status


def _safe_next(target: str | None) -> str:
    # Only same-site paths: an open redirect would let a link send people elsewhere.
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/") and "\\" not in target:
            return target
    return url_for("maps.index_maps")
