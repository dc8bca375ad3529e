"""A 40 KB document on the real (tiny) LLM: sent in parts that each fit its context, counted by
the server's own tokenizer, and the job ends in a saved map or a clear failure."""

from pathlib import Path

import httpx

from generation import prompts
from generation.llm_map import plan_map
from generation.providers import Provider
from generation.tokens import TOKENS_PER_MESSAGE
from tests.conftest import job_id_from
from tests.llm.test_llm_contract import assert_valid_map_or_clear_failure
from webapp.extensions import db
from webapp.models import Job

DOCUMENTS = Path(__file__).resolve().parents[1] / "data"
#: The server's context (tests/llm/conftest.py starts it with --n_ctx 4096).
CONTEXT = 4096
#: Short answers keep the test to minutes; a cut-off answer is an invalid one, handled so.
MAX_TOKENS = 300


def forty_kilobytes() -> str:
    """Real English requirement documents one after another, up to 40,000 characters."""
    texts = [path.read_text() for path in sorted((DOCUMENTS / "real").glob("en-*.md"))]
    texts.append((DOCUMENTS / "long_spec.md").read_text())
    document = ""
    for text in texts:
        document += text + "\n\n"
        if len(document) >= 40_000:
            break
    return document[:40_000]


def server_tokens(base_url: str, text: str) -> int:
    root = base_url.removesuffix("/v1")
    response = httpx.post(f"{root}/extras/tokenize", json={"input": text}, timeout=60)
    response.raise_for_status()
    return len(response.json()["tokens"])


def test_a_40_kb_document_goes_in_parts_that_fit_and_the_job_ends_cleanly(
    app, client, auth, broker, stub_worker, llm_server
):
    text = forty_kilobytes()
    assert len(text.encode()) >= 40_000
    provider = Provider(
        "custom", llm_server, "smollm2", None, 300, MAX_TOKENS, context_tokens=CONTEXT
    )

    # Every part's whole request, counted by the model's own tokenizer, leaves room to answer
    plan = plan_map(text, [provider])
    assert len(plan.parts) >= 4
    system = server_tokens(llm_server, prompts.MAP_SYSTEM)
    for part in plan.parts:
        prompt = server_tokens(llm_server, plan.prompt(part)) + system + 2 * TOKENS_PER_MESSAGE
        assert prompt + plan.answer_tokens <= CONTEXT, (part.label, prompt)

    # When a user submits it and the worker maps it on the real model
    app.config["LLM_PROVIDERS"] = [provider]
    auth.register()
    response = auth.submit(text, enhance=False)
    assert response.status_code == 303
    job_id = job_id_from(response)
    broker.join("maps", fail_fast=False, timeout=900_000)

    # Then the job ended: a saved map with its stories, or a clear failure and nothing saved
    with app.app_context():
        job = db.session.get(Job, job_id)
    assert job.progress_total >= len(plan.parts) + 3
    assert "context" not in (job.error or "").lower(), job.error
    assert_valid_map_or_clear_failure(app, client, job)
