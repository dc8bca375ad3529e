"""Rate limits: generations per user, failed logins, registrations, requests per client.

Flask-Limiter does the counting (``limiter`` in extensions.py), in Redis when ``REDIS_URL`` is
set so that every web process shares the counts, falling back to process memory while Redis is
down. The limits themselves come from the app's config (``RATE_LIMIT_*``), read per request.

A breached limit raises a 429 that the feature's own error handler turns into its page with
the user's input kept (``render_rate_limited`` otherwise); this module says what to tell them.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask, current_app, g, render_template, request
from flask_limiter.errors import RateLimitExceeded
from flask_login import current_user
from limits import parse_many

from webapp.auth.services import normalise_email
from webapp.extensions import limiter

GENERATION = "generation"
LOGIN_ACCOUNT = "login-account"
LOGIN_ACCOUNT_ADDRESS = "login-account-address"
LOGIN_ADDRESS = "login-address"
REGISTRATION = "registration"


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


def _account_and_client_key() -> str:
    return f"{_account_key()} {_client_key()}"


def _login_failed(response) -> bool:
    return g.get("login_failed", False)


def _registration_tried(response) -> bool:
    return g.get("registration_tried", False)


def _job_started(response) -> bool:
    # Only a started job counts (303 to its page, or 202 from the API): a form sent back
    # with a problem costs nothing.
    return response.status_code in (202, 303)


#: A generation job costs one credit, plus one per this many stories it works on...
STORIES_PER_CREDIT = 100
#: ...and one per this many characters of requirements it reads.
CHARACTERS_PER_CREDIT = 10_000


def job_credits(*, stories: int = 0, characters: int = 0) -> int:
    """What a job costs: 1 credit, plus 1 per 100 stories and 1 per 10,000 characters."""
    return 1 + stories // STORIES_PER_CREDIT + characters // CHARACTERS_PER_CREDIT


def generation_limit(credits: Callable[[], int] | None = None):
    """The generation budget, on a view that starts a job costing ``credits()`` (else 1).

    One budget per user across maps, wireframes, story improvement and regenerating a part
    of a map, in credits, e.g. "10/minute;100/day" (RATE_LIMIT_GENERATION). ``credits``
    reads the request (the map, the text) to price its job. Only a started job is charged.
    A job dearer than the smallest budget costs all of it, so it can still start.
    """
    return limiter.shared_limit(
        lambda: current_app.config["RATE_LIMIT_GENERATION"],
        scope=GENERATION,
        key_func=_user_key,
        deduct_when=_job_started,
        cost=lambda: _request_credits(credits),
    )


def _request_credits(credits: Callable[[], int] | None) -> int:
    # Asked before the view (is there room?) and after it (the charge): price it once.
    if "generation_credits" not in g:
        budgets = parse_many(current_app.config["RATE_LIMIT_GENERATION"])
        price = credits() if credits is not None else 1
        g.generation_credits = min([price, *(budget.amount for budget in budgets)])
    return g.generation_credits


def failed_login_limits(view):
    """Refuse logins after too many failures from one address, or for one account.

    RATE_LIMIT_LOGIN counts failures from an address, and for an account from one address;
    RATE_LIMIT_LOGIN_ACCOUNT, much higher, for an account from every address. So whoever
    guesses at an account locks out their own address, while the owner, from another, can
    still log in. The view calls ``record_failed_login`` on a wrong email or password; only
    those count.
    """
    limits = (
        (_client_key, LOGIN_ADDRESS, "RATE_LIMIT_LOGIN"),
        (_account_and_client_key, LOGIN_ACCOUNT_ADDRESS, "RATE_LIMIT_LOGIN"),
        (_account_key, LOGIN_ACCOUNT, "RATE_LIMIT_LOGIN_ACCOUNT"),
    )
    for key_func, scope, setting in limits:
        view = limiter.limit(
            lambda setting=setting: current_app.config[setting],
            key_func=key_func,
            scope=scope,
            methods=["POST"],
            deduct_when=_login_failed,
        )(view)
    return view


def record_failed_login() -> None:
    """Count this request against the failed-login limits."""
    g.login_failed = True


def registration_limit(view):
    """Refuse registrations after RATE_LIMIT_REGISTER tries from one address.

    A try is a valid form: one that made an account, or met a taken email. So one address
    cannot make accounts by the dozen (each with its own generation budget), nor test many
    emails for an account.
    """
    return limiter.limit(
        lambda: current_app.config["RATE_LIMIT_REGISTER"],
        key_func=_client_key,
        scope=REGISTRATION,
        methods=["POST"],
        deduct_when=_registration_tried,
    )(view)


def record_registration() -> None:
    """Count this request against the registration limit."""
    g.registration_tried = True


@dataclass(frozen=True)
class Breach:
    """What a 429 tells the user: how many, over what window, and how long to wait."""

    scope: str | None
    amount: int
    window: str
    wait_seconds: int
    #: Generation credits used in the window, and what the refused job would have cost.
    used: int = 0
    credits: int = 1

    @property
    def wait(self) -> str:
        if self.wait_seconds < 120:  # "about 2 min" would be 90 s out
            return f"about {self.wait_seconds} s"
        from webapp.formatting import format_duration

        return format_duration(self.wait_seconds)

    @property
    def message(self) -> str:
        if self.scope == GENERATION:
            used = (
                f"You have used {self.used} of your {self.amount} generation credits "
                f"in the last {self.window}"
            )
            if self.credits == 1:
                return f"{used}; try again in {self.wait}."
            # Credits come back one by one as they leave the window: the next may not be enough.
            return (
                f"{used}, and this job needs {self.credits} (1, plus 1 per "
                f"{STORIES_PER_CREDIT} stories or {CHARACTERS_PER_CREDIT:,} characters); "
                f"the next credit comes back in {self.wait}."
            )
        counted = f"({self.amount} in the last {self.window}); try again in {self.wait}."
        if self.scope == LOGIN_ADDRESS:
            return f"Too many failed logins from your network {counted}"
        if self.scope == LOGIN_ACCOUNT_ADDRESS:
            return f"Too many failed logins for this account from your network {counted}"
        if self.scope == LOGIN_ACCOUNT:
            return f"Too many failed logins for this account {counted}"
        if self.scope == REGISTRATION:
            return f"Too many registrations from your network {counted}"
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
        used=item.amount - current.remaining if current is not None else item.amount,
        credits=g.get("generation_credits", 1),
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
