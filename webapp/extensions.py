"""Flask extensions, created unbound and initialised in ``create_app``."""

from flask import current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from htmx_flask import Htmx
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    # Named constraints, so later migrations can alter them on SQLite as well as PostgreSQL.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
htmx = Htmx()

# Limits are read from each app's config at request time (tests make many apps); the storage
# comes from REDIS_URL in create_app. The application limit is each client's budget across all
# routes; the moving window makes "in the last minute" exact.
limiter = Limiter(
    key_func=get_remote_address,
    application_limits=[lambda: current_app.config["RATE_LIMIT_DEFAULT"]],
    strategy="moving-window",
    in_memory_fallback_enabled=True,
    key_prefix="storymapper",
)
