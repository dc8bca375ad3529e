"""Counting and timing each HTTP request, labelled so that the series stay few."""

from __future__ import annotations

import time

from flask import Flask, Response, current_app, g, request

#: Methods labelled by name; anything else a client sends is counted as "other".
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def start_timer(sender: Flask, **extra) -> None:
    """Note when the request started (connected to Flask's ``request_started`` signal)."""
    g.metrics_started = time.perf_counter()


def record_request(response: Response) -> Response:
    """Count the request and observe its duration, except for scrapes of ``/metrics``."""
    if request.endpoint == "metrics.metrics":
        return response
    metrics = current_app.extensions["metrics"]
    method = request.method if request.method in KNOWN_METHODS else "other"
    # The URL rule, not the path: /jobs/<int:job_id> is one series, not one per job.
    endpoint = request.url_rule.rule if request.url_rule is not None else "unmatched"
    metrics.requests.labels(method, endpoint, str(response.status_code)).inc()
    started = g.pop("metrics_started", None)
    if started is not None:
        metrics.latency.labels(method, endpoint).observe(time.perf_counter() - started)
    return response
