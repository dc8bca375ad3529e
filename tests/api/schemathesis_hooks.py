"""Schemathesis hooks for the API run (loaded through ``SCHEMATHESIS_HOOKS``).

Random text is seldom requirements a map can be made of, so half the bodies of
``POST /api/v1/maps`` carry a real page of requirements instead. A random id only ever finds
a 404, so half the generated path parameters are swapped for the ids of the token user's real
objects, read from ``API_FUZZ_IDS``: ``{"ids": {name: id}, "spare_ids": {name: id}}``. A
DELETE never reaches those objects (a generated id may be theirs by chance): it gets the
spare map's instead, so the other operations find real objects to the end of the run.
"""

from __future__ import annotations

import json
import os

import schemathesis
from hypothesis import strategies as st

from tests.clinic import CLINIC_BOOKING

IDS_VARIABLE = "API_FUZZ_IDS"


def _known() -> dict[str, dict[str, int]]:
    return json.loads(os.environ[IDS_VARIABLE])


@schemathesis.hook
def flatmap_path_parameters(context, path_parameters):
    if not path_parameters:
        return st.just(path_parameters)
    real = _known()["ids"]
    swapped = {name: real.get(name, value) for name, value in path_parameters.items()}
    return st.sampled_from([path_parameters, swapped])


@schemathesis.hook
def flatmap_body(context, body):
    operation = context.operation
    if (operation.method.upper(), operation.path) != ("POST", "/api/v1/maps"):
        return st.just(body)
    # Only where the generated body has text there already: a body generated to break the
    # schema (no requirements, or not a string) must stay broken.
    if not isinstance(body, dict) or not isinstance(body.get("requirements"), str):
        return st.just(body)
    return st.sampled_from([body, {**body, "requirements": CLINIC_BOOKING}])


@schemathesis.hook
def before_call(context, case, kwargs):
    if case.method.upper() != "DELETE" or not case.path_parameters:
        return
    known = _known()
    for name, value in case.path_parameters.items():
        # Some phases give the id as text.
        if str(value) == str(known["ids"].get(name)):
            case.path_parameters[name] = known["spare_ids"][name]
