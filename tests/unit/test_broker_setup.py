"""The broker: chosen from the settings, with one app context per message."""

import dramatiq
import flask
import flask_migrate
import sqlalchemy as sa
from dramatiq.brokers.rabbitmq import RabbitmqBroker
from dramatiq.brokers.stub import StubBroker

from tasks import ACTORS
from tasks.broker import MAX_PRIORITY, build_broker
from webapp.extensions import db


def test_no_broker_url_means_the_in_process_broker():
    assert isinstance(build_broker(None), StubBroker)


def test_an_amqp_url_means_rabbitmq_with_priorities_and_confirms():
    broker = build_broker("amqp://guest:guest@127.0.0.1:5672/%2F")

    assert isinstance(broker, RabbitmqBroker)
    assert broker.max_priority == MAX_PRIORITY
    assert broker.confirm_delivery is True


def test_every_actor_is_bound_to_the_apps_broker(app, broker):
    assert all(actor.broker is broker for actor in ACTORS)
    assert "maps" in broker.get_declared_queues()


def test_each_message_runs_in_its_own_app_context(app, broker, stub_worker):
    seen = []

    @dramatiq.actor(broker=broker, queue_name="context-check")
    def remember_context(n):
        # Whatever one message leaves on flask.g must not be visible to the next one.
        seen.append((n, getattr(flask.g, "left_behind", None), flask.current_app.name))
        flask.g.left_behind = n

    remember_context.send(1)
    broker.join("context-check", fail_fast=True)
    remember_context.send(2)
    broker.join("context-check", fail_fast=True)

    assert seen == [(1, None, app.name), (2, None, app.name)]


def test_the_migrations_downgrade_and_upgrade_cleanly(app):
    with app.app_context():
        flask_migrate.downgrade(revision="base")
        assert sa.inspect(db.engine).get_table_names() == ["alembic_version"]
        flask_migrate.upgrade()
        assert {"users", "jobs", "projects", "stories"} <= set(
            sa.inspect(db.engine).get_table_names()
        )
