"""The Prometheus scrape endpoint; nginx lets only local scrapers reach it in production."""

from flask import Blueprint, Response, current_app, request
from prometheus_client.exposition import choose_encoder

from webapp.extensions import limiter

blueprint = Blueprint("metrics", __name__)
# Scrapers ask on their own schedule (and nginx lets only them in).
limiter.exempt(blueprint)


@blueprint.get("/metrics")
def metrics():
    """Serve every metric in Prometheus's text format, or OpenMetrics when asked for it."""
    encoder, content_type = choose_encoder(request.headers.get("Accept", ""))
    registry = current_app.extensions["metrics"].registry
    return Response(encoder(registry), content_type=content_type)
