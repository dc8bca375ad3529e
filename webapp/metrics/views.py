"""The Prometheus scrape endpoint: for scrapers on this host, or with the metrics token.

nginx lets only local scrapers reach it in production; the app checks again, so gunicorn
alone (or a proxy configured otherwise) never serves it to the world.
"""

import hmac
import ipaddress

from flask import Blueprint, Response, abort, current_app, request
from prometheus_client.exposition import choose_encoder

from webapp.extensions import limiter

blueprint = Blueprint("metrics", __name__)
# Scrapers ask on their own schedule (and nginx lets only them in).
limiter.exempt(blueprint)


@blueprint.get("/metrics")
def metrics():
    """Serve every metric in Prometheus's text format, or OpenMetrics when asked for it."""
    if not _may_scrape():
        abort(404)
    encoder, content_type = choose_encoder(request.headers.get("Accept", ""))
    registry = current_app.extensions["metrics"].registry
    return Response(encoder(registry), content_type=content_type)


def _may_scrape() -> bool:
    """A request from this host, or one that sends the configured bearer token."""
    token = current_app.config.get("METRICS_TOKEN")
    sent = request.headers.get("Authorization", "")
    if token and hmac.compare_digest(sent.encode(), f"Bearer {token}".encode()):
        return True
    try:
        return ipaddress.ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        return False
