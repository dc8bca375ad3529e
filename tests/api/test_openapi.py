"""/api/v1/openapi.json: a valid OpenAPI 3.1 document that describes every route of the API."""

import re

from flask import Blueprint
from openapi_spec_validator import OpenAPIV31SpecValidator
from pydantic import BaseModel

from webapp.api.spec import Api

DOCUMENT = "/api/v1/openapi.json"
#: Methods Flask adds to every rule by itself.
IMPLICIT_METHODS = {"HEAD", "OPTIONS"}


def api_routes(app) -> set[tuple[str, str]]:
    """(OpenAPI path, method) of every rule under /api/v1 but the document itself.

    By path, not by blueprint: a route another blueprint put there would skip the token check.
    """
    routes = set()
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1/") or rule.rule == DOCUMENT:
            continue
        assert rule.endpoint.startswith("api."), rule.rule
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        routes |= {(path, method.lower()) for method in rule.methods - IMPLICIT_METHODS}
    return routes


def operations(document: dict):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def test_the_document_is_served_without_a_token_and_is_valid_openapi_3_1(client):
    response = client.get(DOCUMENT)

    assert response.status_code == 200
    assert response.mimetype == "application/json"
    document = response.json
    assert document["openapi"].startswith("3.1")
    errors = [error.message for error in OpenAPIV31SpecValidator(document).iter_errors()]
    assert errors == []


def test_every_route_of_the_api_is_in_the_document(app, client):
    document = client.get(DOCUMENT).json

    described = {(path, method) for path, method, _ in operations(document)}

    assert api_routes(app)
    assert described == api_routes(app)


def test_every_operation_needs_the_token_and_declares_its_401(client):
    document = client.get(DOCUMENT).json

    for path, method, operation in operations(document):
        assert operation["security"] == [{"token": []}], (method, path)
        assert "401" in operation["responses"], (method, path)
        problem = operation["responses"]["401"]["content"]["application/problem+json"]
        assert problem["schema"] == {"$ref": "#/components/schemas/Problem"}


def test_the_statuses_the_request_parsing_answers_are_declared(client):
    """A bad body (400, 415, 422), a bad query (422) and an unknown id (404) are documented."""
    document = client.get(DOCUMENT).json

    for path, method, operation in operations(document):
        declared = set(operation["responses"])
        if "requestBody" in operation:
            assert {"400", "415", "422"} <= declared, (method, path)
        if any(p["in"] == "query" for p in operation.get("parameters", ())):
            assert "422" in declared, (method, path)
        if "{" in path:
            assert "404" in declared, (method, path)


def test_an_operation_that_declares_only_its_success_still_documents_its_problems():
    """The token check, the routing and the body parsing answer before the view runs."""

    class Note(BaseModel):
        text: str

    api = Api(Blueprint("notes", __name__), title="Notes", version="1")

    edited = {200: ("The note.", Note)}
    up = {200: ("Up.", None)}

    @api.operation("PATCH", "/notes/<int:note_id>", summary="Edit", body=Note, responses=edited)
    def edit_note(note_id: int, body: Note):
        return body

    @api.operation("GET", "/status", summary="Status", public=True, responses=up)
    def status():
        return None, 200

    paths = api.openapi("/api")["paths"]

    edit_statuses = set(paths["/api/notes/{note_id}"]["patch"]["responses"])
    assert edit_statuses == {"200", "400", "401", "404", "415", "422"}
    assert set(paths["/api/status"]["get"]["responses"]) == {"200"}


def test_no_two_paths_are_one_url_with_different_parameter_names(client):
    document = client.get(DOCUMENT).json

    templates = [re.sub(r"\{\w+\}", "{}", path) for path in document["paths"]]

    assert len(templates) == len(set(templates))


def test_operations_have_unique_ids_and_a_summary(client):
    document = client.get(DOCUMENT).json

    ids = [operation["operationId"] for _, _, operation in operations(document)]

    assert len(ids) == len(set(ids))
    assert all(operation["summary"] for _, _, operation in operations(document))


def test_a_request_without_a_token_gets_a_problem_with_401(client):
    response = client.get("/api/v1/jobs/1")

    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.json["status"] == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
