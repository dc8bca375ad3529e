"""Health of the app and its services, for people, load balancers and orchestrators."""

from flask import Blueprint, current_app, jsonify

from webapp.extensions import limiter
from webapp.health.checks import health_report

blueprint = Blueprint("health", __name__, url_prefix="/health")
# Load balancers and orchestrators ask as often as they like.
limiter.exempt(blueprint)


@blueprint.get("")
def health():
    """Report the database, Redis and RabbitMQ separately; 503 only when the database is down."""
    report = health_report(current_app)
    return jsonify(report.as_dict()), report.http_status


@blueprint.get("/live")
def live():
    """Answer as long as the process serves requests."""
    return jsonify(status="ok")


@blueprint.get("/ready")
def ready():
    """Answer 200 while requests can be served: the database is up, whatever else is down."""
    report = health_report(current_app)
    return jsonify(report.as_dict()), report.http_status
