"""Registration and login forms."""

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import Email, EqualTo, InputRequired, Length


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


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[InputRequired("Enter your email address.")])
    password = PasswordField("Password", validators=[InputRequired("Enter your password.")])
