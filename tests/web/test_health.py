"""Health probes answer without logging in and say what is wrong."""


def test_live_answers_ok(client):
    response = client.get("/health/live")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_ready_checks_the_database(client):
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json["checks"] == {"database": "ok"}


def test_ready_is_unavailable_when_the_broker_cannot_be_reached(app, client):
    # Nothing listens on port 1, so the probe must report the broker down, fast.
    app.config["BROKER_URL"] = "amqp://guest:guest@127.0.0.1:1/%2F"

    response = client.get("/health/ready")

    assert response.status_code == 503
    assert response.json["status"] == "unavailable"
    assert response.json["checks"]["broker"].startswith("error")
