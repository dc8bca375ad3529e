"""Prometheus metrics at ``/metrics``: HTTP requests from this app, jobs and queues at scrape time.

Each app gets its own registry (tests create many apps; the global one would refuse the
same metric twice). Under gunicorn with ``PROMETHEUS_MULTIPROC_DIR`` set, every worker
process writes its request metrics to files in that directory and a scrape, whichever
process answers it, adds them all up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, request_started
from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.multiprocess import MultiProcessCollector

from webapp.metrics.collectors import JobCollector, QueueCollector
from webapp.metrics.http import record_request, start_timer


@dataclass(frozen=True)
class Metrics:
    #: What ``/metrics`` serves.
    registry: CollectorRegistry
    requests: Counter
    latency: Histogram


def register_metrics(app: Flask) -> None:
    """Count and time the app's requests and serve every metric at ``/metrics``."""
    from webapp.metrics.views import blueprint

    own = CollectorRegistry()
    served = _multiprocess_registry() or own
    requests, latency = _request_metrics(own)
    served.register(JobCollector(app))
    served.register(QueueCollector(app))
    app.extensions["metrics"] = Metrics(served, requests, latency)

    # A signal rather than before_request, so the time includes the other before_request hooks.
    request_started.connect(start_timer, app)
    app.after_request(record_request)
    app.register_blueprint(blueprint)


def _multiprocess_registry() -> CollectorRegistry | None:
    """A registry that adds up every process's files, when gunicorn's workers share a directory."""
    # prometheus_client reads this variable itself (at import) to keep values in files, and
    # takes it as set even when empty; the collector refuses an empty or missing directory,
    # which stops the start before any file is written.
    if "PROMETHEUS_MULTIPROC_DIR" not in os.environ:
        return None
    registry = CollectorRegistry()
    MultiProcessCollector(registry)
    return registry


def _request_metrics(registry: CollectorRegistry) -> tuple[Counter, Histogram]:
    requests = Counter(
        "storymapper_http_requests",
        "HTTP requests answered, by method, URL rule and status code.",
        ["method", "endpoint", "status"],
        registry=registry,
    )
    latency = Histogram(
        "storymapper_http_request_duration_seconds",
        "Time to answer an HTTP request, by method and URL rule.",
        ["method", "endpoint"],
        registry=registry,
    )
    return requests, latency
