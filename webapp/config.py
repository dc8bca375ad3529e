"""Configuration, read from the environment when the app is created (never at import)."""

import os
import secrets
from pathlib import Path

from generation.providers import providers_from_environment

DEVELOPMENT = "development"
PRODUCTION = "production"

#: How short a production SECRET_KEY may be, in bytes, and how to make one.
SECRET_KEY_MIN_BYTES = 32
MAKE_A_SECRET_KEY = 'python -c "import secrets; print(secrets.token_hex(32))"'


def environment_name(app_env: str | None) -> str:
    """Development only when ``APP_ENV`` says so; anything else, unset or unknown, is production.

    A typo such as ``APP_ENV=prod`` must not turn the production checks off.
    """
    if (app_env or "").strip().lower() == DEVELOPMENT:
        return DEVELOPMENT
    return PRODUCTION


def _flag(value: str | None, default: bool) -> bool:
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def from_environment(instance_path: str) -> dict:
    """Build the app's settings from environment variables.

    Production settings apply unless ``APP_ENV=development``. ``SECRET_KEY`` has no
    production default: there an unset or short key stops the app from starting (see
    ``check_production_settings``).
    """
    env = os.environ
    database_url = env.get("DATABASE_URL") or (
        "sqlite:///" + str(Path(instance_path) / "storymapper.sqlite3")
    )
    env_name = environment_name(env.get("APP_ENV"))
    # Outside development the app is served over HTTPS: cookies must never travel in clear.
    secure_cookies = _flag(env.get("SESSION_COOKIE_SECURE"), env_name == PRODUCTION)
    return {
        "INSTANCE_PATH": instance_path,
        "ENV_NAME": env_name,
        "SECRET_KEY": env.get("SECRET_KEY"),
        # gunicorn's worker processes, as gunicorn.conf.py exports them when it starts.
        "WEB_PROCESSES": int(env.get("GUNICORN_WORKERS") or "1"),
        "SQLALCHEMY_DATABASE_URI": _normalise_database_url(database_url),
        "BROKER_URL": env.get("BROKER_URL") or None,
        "REDIS_URL": env.get("REDIS_URL") or None,
        "EMBEDDED_WORKER_THREADS": int(env.get("EMBEDDED_WORKER_THREADS", "2")),
        # Threads per worker process (bin/worker); with the consumer count from RabbitMQ
        # it gives the estimated wait on a queued job's page.
        "WORKER_THREADS": int(env.get("WORKER_THREADS", "4")),
        # Retries of transient failures: attempts = JOB_MAX_RETRIES + 1, backoff doubling
        # from the minimum, with jitter, up to the maximum.
        "JOB_MAX_RETRIES": int(env.get("JOB_MAX_RETRIES", "3")),
        "JOB_MIN_BACKOFF_MS": int(env.get("JOB_MIN_BACKOFF_MS", "5000")),
        "JOB_MAX_BACKOFF_MS": int(env.get("JOB_MAX_BACKOFF_MS", "120000")),
        # Seconds between the worker's sweeps: publish jobs whose message never reached the
        # broker (older than JOB_PUBLISH_GRACE_SECONDS) and requeue running jobs unchanged
        # for JOB_STUCK_AFTER_SECONDS (longer than the actors' 10-minute time limit). 0: off.
        "JOB_SWEEP_SECONDS": float(env.get("JOB_SWEEP_SECONDS", "5")),
        "JOB_PUBLISH_GRACE_SECONDS": float(env.get("JOB_PUBLISH_GRACE_SECONDS", "5")),
        "JOB_STUCK_AFTER_SECONDS": float(env.get("JOB_STUCK_AFTER_SECONDS", "660")),
        # Jobs of one user that run at once; the user's others wait in the queue, leaving
        # the worker threads to other people (at least 1).
        "JOBS_RUNNING_PER_USER": max(1, int(env.get("JOBS_RUNNING_PER_USER", "2"))),
        # Stories one "Improve stories" job may go through; a bigger map is refused.
        "IMPROVE_MAX_STORIES": int(env.get("IMPROVE_MAX_STORIES", "300")),
        # RabbitMQ's management API (http://guest:guest@host:15672), when it is enabled:
        # it adds unacknowledged counts to the admin page's queue table.
        "RABBITMQ_MANAGEMENT_URL": env.get("RABBITMQ_MANAGEMENT_URL") or None,
        # /metrics answers a scraper on this host, or one that sends "Authorization: Bearer
        # <METRICS_TOKEN>"; anyone else gets 404 (the metrics run queries on every scrape).
        "METRICS_TOKEN": env.get("METRICS_TOKEN") or None,
        # /health opens a connection to RabbitMQ at most this often per process (seconds).
        "HEALTH_BROKER_CHECK_SECONDS": float(env.get("HEALTH_BROKER_CHECK_SECONDS", "5")),
        # LLM providers in priority order (AI_PROVIDER_PRIORITY); empty: the offline generator.
        "LLM_PROVIDERS": providers_from_environment(env),
        "REQUIREMENTS_MIN_CHARS": 10,
        "REQUIREMENTS_MAX_CHARS": 50_000,
        # 50,000 characters as a browser posts them (percent-encoded: up to 12 bytes for a
        # 4-byte character) plus form overhead; anything bigger is refused early.
        "MAX_CONTENT_LENGTH": 640 * 1024,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": secure_cookies,
        # A session ends this long after its login, or after this long unused (seconds).
        "SESSION_ABSOLUTE_SECONDS": int(env.get("SESSION_ABSOLUTE_SECONDS") or "43200"),
        "SESSION_IDLE_SECONDS": int(env.get("SESSION_IDLE_SECONDS") or "7200"),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": secure_cookies,
        "WTF_CSRF_TIME_LIMIT": None,
        # Proxies in front of the app (nginx: 1) whose X-Forwarded-For and -Proto are believed;
        # the per-client rate limits count by the address they report.
        "TRUSTED_PROXY_COUNT": int(env.get("TRUSTED_PROXY_COUNT", "0")),
        # Flask-Limiter (webapp/rate_limits.py), in its "N per period; M per period" notation.
        # Storage: Redis when REDIS_URL is set (memory while it is down), else process memory.
        "RATELIMIT_ENABLED": _flag(env.get("RATE_LIMIT_ENABLED"), True),
        "RATE_LIMIT_DEFAULT": env.get("RATE_LIMIT_DEFAULT") or "300/minute",
        "RATE_LIMIT_GENERATION": env.get("RATE_LIMIT_GENERATION") or "10/minute;100/day",
        # Failed logins per address, and per account from one address; the owner, elsewhere,
        # meets only the much higher ceiling of failures per account from all addresses.
        "RATE_LIMIT_LOGIN": env.get("RATE_LIMIT_LOGIN") or "5/minute",
        "RATE_LIMIT_LOGIN_ACCOUNT": env.get("RATE_LIMIT_LOGIN_ACCOUNT") or "50/hour",
        # Registrations (and attempts with a taken email) per address.
        "RATE_LIMIT_REGISTER": env.get("RATE_LIMIT_REGISTER") or "5/hour",
    }


def _normalise_database_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL URLs given in the common short forms."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def check_production_settings(config: dict) -> None:
    """Refuse to start a production app without a strong secret, with the debugger on, or
    with rate limits each web process would count on its own.

    In development a missing ``SECRET_KEY`` is made up and kept in the instance folder.
    """
    if config.get("ENV_NAME") == DEVELOPMENT:
        if not config.get("SECRET_KEY"):
            config["SECRET_KEY"] = _development_secret_key(config["INSTANCE_PATH"])
        return
    if config.get("DEBUG"):
        # Werkzeug's debugger runs Python for whoever reaches an error page.
        raise RuntimeError(
            "Debug mode (FLASK_DEBUG) must be off in production (any APP_ENV but development)."
        )
    _check_secret_key(config.get("SECRET_KEY"))
    _check_shared_rate_limits(config)


def _check_secret_key(secret_key: str | bytes | None) -> None:
    """A production key signs every session: it must be set and too long to guess."""
    if not secret_key:
        raise RuntimeError(
            "SECRET_KEY must be set in production (any APP_ENV but development). "
            f"Make one with: {MAKE_A_SECRET_KEY}"
        )
    size = len(secret_key if isinstance(secret_key, bytes) else secret_key.encode())
    if size < SECRET_KEY_MIN_BYTES:
        raise RuntimeError(
            f"SECRET_KEY is {size} bytes; production needs {SECRET_KEY_MIN_BYTES} or more. "
            f"Make one with: {MAKE_A_SECRET_KEY}"
        )


def _check_shared_rate_limits(config: dict) -> None:
    """Without Redis each web process keeps its own counts: N processes allow N times the limit."""
    processes = config.get("WEB_PROCESSES", 1)
    if processes > 1 and config.get("RATELIMIT_ENABLED") and not config.get("REDIS_URL"):
        raise RuntimeError(
            f"Rate limits would be counted per process ({processes} web processes): "
            "set REDIS_URL, run one process (WEB_CONCURRENCY=1), "
            "or turn the limits off (RATE_LIMIT_ENABLED=0)."
        )


def _development_secret_key(instance_path: str) -> str:
    """Keep one random key per development checkout, so a restart keeps people logged in.

    The file is readable by its owner alone (mode 600), even when an older one was not.
    """
    path = Path(instance_path) / "secret_key"
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        os.chmod(path, 0o600)
    else:
        with os.fdopen(descriptor, "w") as file:
            file.write(secrets.token_hex(32))
    return path.read_text().strip()
