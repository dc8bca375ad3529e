"""When RabbitMQ cannot be reached, a submission is still recorded and the user told so."""

import pytest
import sqlalchemy as sa

from tests.conftest import FOOD_DELIVERY, AuthActions, job_id_from
from webapp.extensions import db
from webapp.models import Job


@pytest.fixture
def app(app):
    # Nothing listens on port 1: every publish fails with a connection error.
    from tasks.broker import setup_broker

    app.config["BROKER_URL"] = "amqp://guest:guest@127.0.0.1:1/%2F?connection_attempts=1"
    setup_broker(app)
    yield app
    app.extensions["dramatiq"].close()


def test_a_submission_is_kept_as_queued_when_the_broker_is_down(app, client):
    auth = AuthActions(client)
    auth.register()

    response = auth.submit(FOOD_DELIVERY)

    assert response.status_code == 303
    job_id = job_id_from(response)
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert job.status == "queued"
        assert job.requirements == FOOD_DELIVERY
        assert job.enqueued_at is None
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Job)) == 1
    page = client.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert "Waiting for the queue to come back" in page
