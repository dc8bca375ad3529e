"""Each running job's version in Redis, so that an unchanged status poll skips the database.

Every open job page polls its status once a second, and nearly every poll finds the job as
it was. Each commit that changes a job writes its owner, status and ``updated_at`` to Redis
(``storymapper:job-version:<id>``, kept ``VERSION_TTL`` seconds); a status poll that
finds there a running job of the session's user, with the version its ETag was made from,
is answered 304 from Redis alone: no user loaded, no job read, nothing rendered.

Anything else takes the ordinary path through the database: no Redis (the embedded
default), Redis away, no entry, another status (a queued job's place in the queue depends
on other jobs), another user. That path writes a missing entry with ``NX``, so it never
overwrites a newer one a worker wrote meanwhile. A worker's write that fails while Redis
still answers reads could leave an entry older than the row; it expires within
``VERSION_TTL`` seconds, which bounds how long a page could show a step already passed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

import redis
import sqlalchemy as sa
from flask import current_app, has_app_context

from webapp.models import Job

logger = logging.getLogger(__name__)

#: Seconds an entry lives: a poll that finds none reads the database and writes it again.
VERSION_TTL = 10
KEY = "storymapper:job-version:{}"
_CHANGED = "storymapper_changed_jobs"  # in Session.info, between a flush and its commit


@dataclass(frozen=True)
class JobVersion:
    user_id: int
    status: str
    #: ``updated_at`` in microseconds since the epoch: the same whether the row came
    #: back from PostgreSQL, SQLite or was just flushed.
    version: int

    def encode(self) -> str:
        return f"{self.user_id} {self.status} {self.version}"

    @classmethod
    def decode(cls, value: bytes) -> JobVersion:
        user_id, status, version = value.decode().split(" ")
        return cls(int(user_id), status, int(version))

    @classmethod
    def of(cls, job: Job) -> JobVersion:
        return cls(job.user_id, job.status, microseconds(job.updated_at))


def microseconds(moment: datetime | None) -> int:
    if moment is None:
        return 0
    if moment.tzinfo is None:  # SQLite gives timestamps back without their zone
        moment = moment.replace(tzinfo=UTC)
    return (moment - datetime(1970, 1, 1, tzinfo=UTC)) // datetime.resolution


class JobVersions:
    """Job versions in Redis; every failure reads as "no entry" (the database decides)."""

    def __init__(self, url: str):
        self._redis = redis.Redis.from_url(url, socket_timeout=1, socket_connect_timeout=1)

    def get(self, job_id: int) -> JobVersion | None:
        try:
            value = self._redis.get(KEY.format(job_id))
        except redis.RedisError:
            return None
        return JobVersion.decode(value) if value else None

    def put(self, job_id: int, version: JobVersion, *, only_if_missing: bool = False) -> None:
        try:
            self._redis.set(
                KEY.format(job_id), version.encode(), ex=VERSION_TTL, nx=only_if_missing
            )
        except redis.RedisError:
            logger.warning("Could not record job %s's version in Redis.", job_id)

    def put_many(self, versions: dict[int, JobVersion]) -> None:
        try:
            with self._redis.pipeline(transaction=False) as pipeline:
                for job_id, version in versions.items():
                    pipeline.set(KEY.format(job_id), version.encode(), ex=VERSION_TTL)
                pipeline.execute()
        except redis.RedisError:
            logger.warning("Could not record the versions of jobs %s in Redis.", sorted(versions))


def job_versions() -> JobVersions | None:
    return current_app.extensions.get("job_versions")


def register_job_versions(app) -> None:
    if app.config["REDIS_URL"]:
        app.extensions["job_versions"] = JobVersions(app.config["REDIS_URL"])


@sa.event.listens_for(sa.orm.Session, "after_flush")
def _note_changed_jobs(session, flush_context) -> None:
    for instance in (*session.new, *session.dirty):
        if isinstance(instance, Job) and instance.id is not None:
            session.info.setdefault(_CHANGED, {})[instance.id] = JobVersion.of(instance)


@sa.event.listens_for(sa.orm.Session, "after_commit")
def _record_changed_jobs(session) -> None:
    changed = session.info.pop(_CHANGED, None)
    if changed and has_app_context() and (versions := job_versions()) is not None:
        versions.put_many(changed)


@sa.event.listens_for(sa.orm.Session, "after_soft_rollback")
def _forget_changed_jobs(session, previous_transaction) -> None:
    session.info.pop(_CHANGED, None)
