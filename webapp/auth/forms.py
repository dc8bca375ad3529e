"""Registration, login and account forms."""

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import Email, EqualTo, InputRequired, Length, ValidationError

from webapp.auth.passwords import why_too_common


def _new_password(label: str) -> PasswordField:
    return PasswordField(
        label,
        validators=[
            InputRequired("Choose a password."),
            Length(min=8, max=200, message="Passwords need 8 to 200 characters."),
        ],
    )


def _confirmation() -> PasswordField:
    return PasswordField(
        "Repeat password",
        validators=[EqualTo("password", message="The two passwords are not the same.")],
    )


def _refuse_common(form, field) -> None:
    problem = why_too_common(field.data or "")
    if problem:
        raise ValidationError(problem)


class RegistrationForm(FlaskForm):
    email = EmailField(
        "Email",
        validators=[
            InputRequired("Enter your email address."),
            Email("Enter a valid email address, like name@example.com."),
            Length(max=254),
        ],
    )
    password = _new_password("Password")
    confirm = _confirmation()

    validate_password = _refuse_common


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[InputRequired("Enter your email address.")])
    password = PasswordField("Password", validators=[InputRequired("Enter your password.")])


class ChangePasswordForm(FlaskForm):
    current = PasswordField(
        "Current password", validators=[InputRequired("Enter your current password.")]
    )
    password = _new_password("New password")
    confirm = _confirmation()

    validate_password = _refuse_common


class DeleteAccountForm(FlaskForm):
    # Its own name: the page also has the password-change form with a "password" field.
    confirm_password = PasswordField(
        "Your password", validators=[InputRequired("Enter your password to confirm.")]
    )
