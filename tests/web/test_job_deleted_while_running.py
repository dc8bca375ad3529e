"""A job whose map is deleted while a worker runs it ends quietly, not in the dead letters."""

import pytest

from tasks.broker import UnexpectedJobError, job_actor
from webapp.extensions import db
from webapp.models import Job, User


def make_job() -> int:
    user = User(email="pm@example.com", password_hash="x")
    db.session.add(user)
    db.session.flush()
    job = Job(user_id=user.id, kind="wireframes")
    db.session.add(job)
    db.session.commit()
    return job.id


def test_a_job_deleted_while_it_runs_is_dropped(app):
    @job_actor(queue_name="wireframes")
    def job_whose_map_goes_meanwhile(job_id: int) -> None:
        db.session.delete(db.session.get(Job, job_id))  # "Delete map" in another request
        db.session.commit()
        raise RuntimeError("the next commit found its rows gone")

    with app.app_context():
        job_id = make_job()
        job_whose_map_goes_meanwhile.fn(job_id)  # no error: nothing to retry or dead-letter
        assert db.session.get(Job, job_id) is None


def test_a_job_that_still_exists_fails_as_before(app):
    @job_actor(queue_name="wireframes")
    def job_that_breaks(job_id: int) -> None:
        raise RuntimeError("a bug")

    with app.app_context():
        job_id = make_job()
        with pytest.raises(UnexpectedJobError, match="a bug"):
            job_that_breaks.fn(job_id)
