"""Registration and login forms."""

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import Email, EqualTo, InputRequired, Length, ValidationError

from webapp.auth.passwords import why_too_common


class RegistrationForm(FlaskForm):
    email = EmailField(
        "Email",
        validators=[
            InputRequired("Enter your email address."),
            Email("Enter a valid email address, like name@example.com."),
            Length(max=254),
        ],
    )
    password = PasswordField(
        "Password",
        validators=[
            InputRequired("Choose a password."),
            Length(min=8, max=200, message="Passwords need 8 to 200 characters."),
        ],
    )
    confirm = PasswordField(
        "Repeat password",
        validators=[EqualTo("password", message="The two passwords are not the same.")],
    )

    def validate_password(self, field):
        problem = why_too_common(field.data or "")
        if problem:
            raise ValidationError(problem)


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[InputRequired("Enter your email address.")])
    password = PasswordField("Password", validators=[InputRequired("Enter your password.")])
