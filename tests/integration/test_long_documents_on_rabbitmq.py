"""A long document through the real worker, RabbitMQ and Redis: mapped part by part, and a
retry after an outage at part 3 asks the model again only from part 3 on."""

import uuid

import pytest
import sqlalchemy as sa

from tests.fake_llm import FakeLLM, Reply, request_kind
from tests.integration.conftest import start_worker
from tests.integration.queue_helpers import job, submit, wait_for
from tests.long_documents import good_model, ids_in, long_document
from tests.processes import stop
from webapp.extensions import db
from webapp.models import Project, Story


@pytest.fixture
def fake_llm():
    with FakeLLM() as server:
        yield server


@pytest.fixture
def worker(pg_app, fake_llm, redis_url, tmp_path_factory):
    process = start_worker(
        tmp_path_factory.mktemp("worker") / "dramatiq.log",
        LLM_BASE_URL=fake_llm.url,
        LLM_MODEL="fake-model",
        AI_PROVIDER_PRIORITY="custom",
        AI_TIMEOUT_SECONDS="5",
        LLM_CONTEXT_TOKENS="2048",
        REDIS_URL=redis_url,
    )
    yield process
    stop(process, "the dramatiq worker")


def test_a_retry_after_an_outage_resumes_at_the_part_that_failed(app, fake_llm, worker):
    # Given a model that is down once, at the third part of the document
    asked: list[int] = []

    def down_once_at_part_three(request):
        if request_kind(request) == "part" and len(request["messages"]) == 2:
            asked.append(ids_in(request)[0])
            if len(asked) == 3:
                return Reply(503, body='{"error": "overloaded"}')
        return good_model(request)

    fake_llm.replies = [down_once_at_part_three]
    text = long_document() + f"\nReference {uuid.uuid4()}.\n"  # nothing cached from before

    # When the document is mapped by the worker
    [job_id] = submit(app, text)
    wait_for(lambda: job(app, job_id).is_finished, "the job ends", timeout=120)

    # Then the second attempt went on from part 3: parts 1 and 2 came from Redis
    done = job(app, job_id)
    assert (done.status, done.attempts) == ("completed", 2), done.error
    assert asked[2] == asked[3], "part 3 was asked again on the retry"
    assert len(set(asked)) == len(asked) - 1, "no other part was asked twice"
    assert done.progress_total == len(set(asked)) + 3  # parts, covering, reviewing, saving
    with app.app_context():  # the tables hold this test's rows only
        project = db.session.scalar(sa.select(Project).where(Project.job_id == job_id))
        sources = db.session.scalars(sa.select(Story.sources)).all()
    assert project is not None
    assert sum(len(story_sources) for story_sources in sources) == 60  # each sentence once
