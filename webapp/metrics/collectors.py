"""Job and queue metrics, read from the database and the broker when Prometheus scrapes.

Workers are other processes (or other machines), so nothing counted in this process
would be the whole truth: the job rows and the broker's queues are. A scrape costs two
SQL queries and one broker connection, however many jobs there are.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

import pika
import sqlalchemy as sa
from flask import Flask
from prometheus_client.metrics_core import (
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector
from prometheus_client.utils import floatToGoString

from webapp.admin.queues import QueueUnavailable, queues_for
from webapp.extensions import db
from webapp.jobs.kinds import job_queues, queue_for_kind
from webapp.models import Job, JobStatus

logger = logging.getLogger(__name__)

#: Upper bounds, in seconds, of the job duration histogram: generation takes 5-60 s a call.
DURATION_BUCKETS = (1, 2, 5, 10, 20, 30, 60, 120, 300, 600)


class JobCollector(Collector):
    """Jobs by queue and status, job durations, retries and dead letters, from the job rows."""

    def __init__(self, app: Flask):
        self.app = app

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "storymapper_database_up", "Whether the job metrics could be read from the database."
        )
        with self.app.app_context():
            try:
                status_rows = db.session.execute(_jobs_by_kind_and_status()).all()
                duration_rows = db.session.execute(_completed_durations_by_kind()).all()
            except sa.exc.SQLAlchemyError as error:
                db.session.rollback()
                logger.warning("Job metrics skipped: the database did not answer (%s).", error)
                up.add_metric([], 0)
                yield up
                return
        up.add_metric([], 1)
        yield up
        yield from _status_metrics(status_rows)
        yield _duration_histogram(duration_rows)


def _jobs_by_kind_and_status() -> sa.Select:
    retries = sa.case((Job.attempts > 1, Job.attempts - 1), else_=0)
    return sa.select(
        Job.kind,
        Job.status,
        sa.func.count().label("jobs"),
        sa.func.coalesce(sa.func.sum(retries), 0).label("retries"),
        sa.func.count(Job.dead_lettered_at).label("dead_lettered"),
    ).group_by(Job.kind, Job.status)


def _completed_durations_by_kind() -> sa.Select:
    """Count, sum and one cumulative count per bucket, in one pass over completed jobs."""
    buckets = [
        sa.func.coalesce(sa.func.sum(sa.case((Job.duration_ms <= seconds * 1000, 1), else_=0)), 0)
        for seconds in DURATION_BUCKETS
    ]
    return (
        sa.select(
            Job.kind,
            sa.func.count().label("count"),
            sa.func.coalesce(sa.func.sum(Job.duration_ms), 0).label("sum_ms"),
            *buckets,
        )
        .where(Job.status == JobStatus.COMPLETED, Job.duration_ms.is_not(None))
        .group_by(Job.kind)
    )


def _status_metrics(rows: Sequence[sa.Row]) -> Iterator[Metric]:
    jobs = GaugeMetricFamily(
        "storymapper_jobs",
        "Jobs in the database by queue and status (cancelled included).",
        labels=["queue", "status"],
    )
    # Gauges, not counters: a requeue resets a job's attempts and dead-letter mark, so
    # these sums can go down, which a counter must never do.
    retries = GaugeMetricFamily(
        "storymapper_job_retries",
        "Attempts beyond the first, summed over the jobs in the database.",
        labels=["queue"],
    )
    dead = GaugeMetricFamily(
        "storymapper_jobs_dead_lettered",
        "Jobs whose message is in the dead-letter queue (until it is requeued).",
        labels=["queue"],
    )
    counts, retry_totals, dead_totals = _totals_by_queue(rows)
    for (queue, status), value in counts.items():
        jobs.add_metric([queue, status], value)
    for queue, value in retry_totals.items():
        retries.add_metric([queue], value)
    for queue, value in dead_totals.items():
        dead.add_metric([queue], value)
    yield from (jobs, retries, dead)


def _totals_by_queue(rows: Sequence[sa.Row]) -> tuple[dict, dict[str, int], dict[str, int]]:
    """Jobs by (queue, status), retries by queue and dead letters by queue, zeros included."""
    queues = job_queues()
    counts = {(queue, str(status)): 0 for queue in queues for status in JobStatus}
    retries = dict.fromkeys(queues, 0)
    dead = dict.fromkeys(queues, 0)
    for kind, status, job_count, retry_count, dead_count in rows:
        queue = queue_for_kind(kind)
        counts[queue, status] = counts.get((queue, status), 0) + job_count
        # PostgreSQL sums integers as numeric, which arrives as a Decimal.
        retries[queue] = retries.get(queue, 0) + int(retry_count)
        dead[queue] = dead.get(queue, 0) + dead_count
    return counts, retries, dead


def _duration_histogram(rows: Sequence[sa.Row]) -> HistogramMetricFamily:
    histogram = HistogramMetricFamily(
        "storymapper_job_duration_seconds",
        "Time from the start of a completed job's first attempt to its end.",
        labels=["queue"],
    )
    width = len(DURATION_BUCKETS) + 2  # count, sum, then the buckets
    # Zeros first, so a queue without completed jobs still has its series.
    totals = {queue: [0] * width for queue in job_queues()}
    for kind, *values in rows:
        queue_totals = totals.setdefault(queue_for_kind(kind), [0] * width)
        for position, value in enumerate(values):
            queue_totals[position] += int(value)
    for queue, (count, sum_ms, *cumulative) in totals.items():
        buckets = [
            (floatToGoString(bound), value)
            for bound, value in zip(DURATION_BUCKETS, cumulative, strict=True)
        ]
        buckets.append(("+Inf", count))
        histogram.add_metric([queue], buckets, sum_value=sum_ms / 1000)
    return histogram


class QueueCollector(Collector):
    """Messages ready, unacknowledged, delayed and dead in each queue, from the broker."""

    def __init__(self, app: Flask):
        self.app = app

    def collect(self) -> Iterator[Metric]:
        up = GaugeMetricFamily(
            "storymapper_broker_up", "Whether the broker answered the queue depth questions."
        )
        try:
            with self.app.app_context():
                counts = queues_for(self.app).counts()
        except (QueueUnavailable, pika.exceptions.AMQPError) as error:
            # AMQPError: the connection was lost half-way through the questions.
            logger.warning("Queue metrics skipped: %s", error)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        messages = GaugeMetricFamily(
            "storymapper_queue_messages",
            "Messages in each queue by state: ready, unacked, delayed (retries), dead.",
            labels=["queue", "state"],
        )
        for queue in counts:
            messages.add_metric([queue.name, "ready"], queue.ready)
            if queue.unacked is not None:
                messages.add_metric([queue.name, "unacked"], queue.unacked)
            if queue.delayed is not None:
                messages.add_metric([queue.name, "delayed"], queue.delayed)
            messages.add_metric([queue.name, "dead"], queue.dead)
        yield messages
