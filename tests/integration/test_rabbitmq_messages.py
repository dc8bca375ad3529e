"""What the web app puts on RabbitMQ: durable, persistent, prioritised messages with ids only."""

import dramatiq

from tests.conftest import FOOD_DELIVERY, job_id_from
from tests.integration.conftest import rabbitmq_channel
from webapp.jobs.kinds import INTERACTIVE_PRIORITY


def test_a_submission_publishes_a_persistent_prioritised_message_with_the_job_id_only(app, auth):
    auth.register()

    job_id = job_id_from(auth.submit(FOOD_DELIVERY))

    connection, channel = rabbitmq_channel()
    try:
        declared = channel.queue_declare("maps", passive=True)
        assert declared.method.message_count == 1
        method, properties, body = channel.basic_get("maps", auto_ack=True)
    finally:
        connection.close()
    message = dramatiq.Message.decode(body)
    assert message.args == (job_id,)
    assert message.kwargs == {}
    assert properties.delivery_mode == 2, "messages must survive a broker restart"
    assert properties.priority == INTERACTIVE_PRIORITY
    assert b"restaurants" not in body


def test_the_queue_delivers_higher_priority_messages_first(app):
    from tasks.maps import generate_map

    # Given a backlog of low-priority messages, then one interactive one
    for job_id in (101, 102, 103):
        generate_map.send_with_options(args=(job_id,), broker_priority=1)
    generate_map.send_with_options(args=(104,), broker_priority=INTERACTIVE_PRIORITY)

    # When a consumer takes the next message
    connection, channel = rabbitmq_channel()
    try:
        _, properties, body = channel.basic_get("maps", auto_ack=True)
        channel.queue_purge("maps")
    finally:
        connection.close()

    # Then it is the interactive one: the queue was declared with x-max-priority
    assert dramatiq.Message.decode(body).args == (104,)
    assert properties.priority == INTERACTIVE_PRIORITY
