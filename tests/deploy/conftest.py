"""Deployment tests: nginx and gunicorn from the repo's files, docker-compose.yml validated."""

import os

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/deploy" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.deploy)
