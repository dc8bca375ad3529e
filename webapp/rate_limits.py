"""Rate limits: generations per user, failed logins per account and address, requests per client.

Flask-Limiter does the counting (``limiter`` in extensions.py), in Redis when ``REDIS_URL`` is
set so that every web process shares the counts, falling back to process memory while Redis is
down. The limits themselves come from the app's config (``RATE_LIMIT_*``), read per request.

A breached limit raises a 429 that the feature's own error handler turns into its page with
the user's input kept (``render_rate_limited`` otherwise); this module says what to tell them.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from flask import Flask, current_app, g, render_template, request
from flask_limiter.errors import RateLimitExceeded
from flask_login import current_user

from webapp.auth.services import normalise_email
from webapp.extensions import limiter

GENERATION = "generation"
LOGIN_ACCOUNT = "login-account"
LOGIN_ADDRESS = "login-address"


def register_rate_limits(app: Flask) -> None:
    """Count in Redis when it is configured (memory while it is down), else in process memory."""
    redis_url = app.config["REDIS_URL"]
    app.config["RATELIMIT_STORAGE_URI"] = redis_url or "memory://"
    if redis_url:
        # A Redis host that drops packets must cost a request a second at most, once: after
        # the first failure the limiter counts in memory and checks Redis again now and then.
        app.config["RATELIMIT_STORAGE_OPTIONS"] = {
            "socket_connect_timeout": 1,
            "socket_timeout": 1,
        }
    limiter.init_app(app)


def _user_key() -> str:
    return f"user:{current_user.get_id()}"


def _account_key() -> str:
    return "account:" + normalise_email(request.form.get("email", ""))


def _client_key() -> str:
    return f"address:{request.remote_addr}"


def _login_failed(response) -> bool:
    return g.get("login_failed", False)


def _job_started(response) -> bool:
    # Only a started job counts: a form sent back with a problem costs nothing.
    return response.status_code == 303


#: On every view that starts a generation job (maps, wireframes, story improvement,
#: regenerating a part of a map): one budget per user across them all, e.g.
#: "10/minute;100/day" (RATE_LIMIT_GENERATION).
generation_limit = limiter.shared_limit(
    lambda: current_app.config["RATE_LIMIT_GENERATION"],
    scope=GENERATION,
    key_func=_user_key,
    deduct_when=_job_started,
)


def failed_login_limits(view):
    """Refuse logins after RATE_LIMIT_LOGIN failures for one account, or from one address.

    The view calls ``record_failed_login`` on a wrong email or password; only those count.
    """
    for key_func, scope in ((_account_key, LOGIN_ACCOUNT), (_client_key, LOGIN_ADDRESS)):
        view = limiter.limit(
            lambda: current_app.config["RATE_LIMIT_LOGIN"],
            key_func=key_func,
            scope=scope,
            methods=["POST"],
            deduct_when=_login_failed,
        )(view)
    return view


def record_failed_login() -> None:
    """Count this request against the failed-login limits."""
    g.login_failed = True


@dataclass(frozen=True)
class Breach:
    """What a 429 tells the user: how many, over what window, and how long to wait."""

    scope: str | None
    amount: int
    window: str
    wait_seconds: int

    @property
    def wait(self) -> str:
        if self.wait_seconds < 120:  # "about 2 min" would be 90 s out
            return f"about {self.wait_seconds} s"
        from webapp import format_duration

        return format_duration(self.wait_seconds)

    @property
    def message(self) -> str:
        if self.scope == GENERATION:
            return (
                f"You have started {self.amount} generations in the last {self.window}; "
                f"try again in {self.wait}."
            )
        if self.scope in (LOGIN_ACCOUNT, LOGIN_ADDRESS):
            return (
                f"Too many failed logins for this account or from your network "
                f"({self.amount} in the last {self.window}); try again in {self.wait}."
            )
        return (
            f"Too many requests from your address ({self.amount} in the last {self.window}); "
            f"try again in {self.wait}."
        )


def breach_of(error: RateLimitExceeded) -> Breach:
    """Describe the limit this request broke."""
    item = error.limit.limit
    name = item.GRANULARITY.name
    window = name if item.multiples == 1 else f"{item.multiples} {name}s"
    current = limiter.current_limit
    # With the moving window this is when the oldest counted request leaves it.
    frees_at = current.window[0] if current is not None else time.time() + item.get_expiry()
    return Breach(
        scope=error.limit.scope if isinstance(error.limit.scope, str) else None,
        amount=item.amount,
        window=window,
        wait_seconds=max(1, math.ceil(frees_at - time.time())),
    )


def is_htmx() -> bool:
    return request.headers.get("HX-Request") == "true"


def keeps_form(endpoint: str) -> bool:
    """Whether this 429 should give ``endpoint``'s form back to its signed-in user."""
    return request.endpoint == endpoint and current_user.is_authenticated and not is_htmx()


def rate_limited(body: str, breach: Breach):
    """A 429 response that tells clients when to come back."""
    return body, 429, {"Retry-After": str(breach.wait_seconds)}


def render_rate_limited(error: RateLimitExceeded):
    """Answer a 429: a small fragment for htmx (shown in the page's alert area), else a page."""
    breach = breach_of(error)
    if is_htmx():
        body, status, headers = rate_limited(
            render_template("errors/_rate_limited.html", message=breach.message), breach
        )
        # Whatever the element asked for, the notice goes to the alert area; htmx-config in
        # base.html lets a 429 swap at all.
        headers.update({"HX-Retarget": "#alerts", "HX-Reswap": "innerHTML"})
        return body, status, headers
    return rate_limited(
        render_template("errors/error.html", code=429, error=error, message=breach.message),
        breach,
    )
