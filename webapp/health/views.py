"""Liveness and readiness probes for load balancers and orchestrators."""

import sqlalchemy as sa
from flask import Blueprint, current_app, jsonify

from webapp.extensions import db

blueprint = Blueprint("health", __name__, url_prefix="/health")


@blueprint.get("/live")
def live():
    """Answer as long as the process serves requests."""
    return jsonify(status="ok")


@blueprint.get("/ready")
def ready():
    """Answer 200 only when the database (and the broker, if one is configured) can be used."""
    checks = {"database": _check_database()}
    if current_app.config["BROKER_URL"]:
        checks["broker"] = _check_broker()
    healthy = all(result == "ok" for result in checks.values())
    return jsonify(status="ok" if healthy else "unavailable", checks=checks), (
        200 if healthy else 503
    )


def _check_database() -> str:
    try:
        db.session.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError as error:
        return f"error: {type(error).__name__}"
    return "ok"


def _check_broker() -> str:
    import pika

    parameters = pika.URLParameters(current_app.config["BROKER_URL"])
    # A probe must answer quickly, not wait out pika's default retries and timeouts.
    parameters.connection_attempts = 1
    parameters.socket_timeout = 2
    try:
        connection = pika.BlockingConnection(parameters)
    except pika.exceptions.AMQPError as error:
        return f"error: {type(error).__name__}"
    connection.close()
    return "ok"
