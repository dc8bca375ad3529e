"""The API's operations, declared once: the route, what it reads and what it answers.

``Api.operation`` registers a view on the blueprint and records its request and response
models (pydantic), which both validate the traffic and make ``/api/v1/openapi.json``: the
document cannot drift from what the code accepts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from flask import Blueprint, Response, json, request
from pydantic import BaseModel, ValidationError
from pydantic.json_schema import models_json_schema

from webapp.api.problems import MEDIA_TYPE, ApiError, Problem

#: Flask's converters in a rule, as OpenAPI path parameters.
_RULE_PARAMETER = re.compile(r"<(?:(int|string):)?(\w+)>")


@dataclass(frozen=True)
class Operation:
    method: str
    rule: str
    endpoint: str
    summary: str
    body: type[BaseModel] | None
    query: type[BaseModel] | None
    #: status -> (description, model or None for no body)
    responses: dict[int, tuple[str, type[BaseModel] | None]]
    #: Request headers it reads (If-Match, If-None-Match), as OpenAPI parameters.
    headers: tuple[dict, ...] = ()
    public: bool = False


@dataclass
class Api:
    blueprint: Blueprint
    title: str
    version: str
    operations: list[Operation] = field(default_factory=list)

    def operation(
        self,
        method: str,
        rule: str,
        *,
        summary: str,
        responses: dict[int, tuple[str, type[BaseModel] | None]],
        body: type[BaseModel] | None = None,
        query: type[BaseModel] | None = None,
        headers: tuple[dict, ...] = (),
        public: bool = False,
    ) -> Callable:
        """Register ``view`` for ``method rule``; it gets ``body=`` and ``query=`` parsed.

        The view returns a model (answered with the first 2xx status declared), or a tuple
        ``(model or None, status[, headers])``, or a ``Response``.
        """

        def decorate(view: Callable) -> Callable:
            @functools.wraps(view)
            def run(**path):
                arguments = dict(path)
                if body is not None:
                    arguments["body"] = _parse_body(body)
                if query is not None:
                    arguments["query"] = _parse(query, request.args.to_dict())
                return _respond(view(**arguments), responses)

            self.blueprint.add_url_rule(rule, view.__name__, run, methods=[method])
            self.operations.append(
                Operation(
                    method.lower(),
                    rule,
                    view.__name__,
                    summary,
                    body,
                    query,
                    responses,
                    headers,
                    public,
                )
            )
            return run

        return decorate

    def openapi(self, prefix: str) -> dict:
        """The OpenAPI 3.1 document of every operation declared so far."""
        models = {Problem}
        for operation in self.operations:
            models.update(m for _, m in operation.responses.values() if m is not None)
            models.update(m for m in (operation.body, operation.query) if m is not None)
        keys = [(model, "validation") for model in sorted(models, key=lambda m: m.__name__)]
        refs, definitions = models_json_schema(keys, ref_template="#/components/schemas/{model}")
        paths: dict[str, dict] = {}
        for operation in self.operations:
            path = _RULE_PARAMETER.sub(r"{\2}", prefix + operation.rule)
            paths.setdefault(path, {})[operation.method] = _describe(
                operation, refs, auth=not operation.public
            )
        return {
            "openapi": "3.1.0",
            "info": {"title": self.title, "version": self.version},
            "paths": paths,
            "components": {
                "schemas": definitions.get("$defs", {}),
                "securitySchemes": {
                    "token": {
                        "type": "http",
                        "scheme": "bearer",
                        "description": "A personal access token from /settings/tokens.",
                    }
                },
            },
        }


def _describe(operation: Operation, refs: dict, *, auth: bool) -> dict:
    parameters = [
        {
            "name": name,
            "in": "path",
            "required": True,
            "schema": {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}
            if converter == "int"
            else {"type": "string"},
        }
        for converter, name in _RULE_PARAMETER.findall(operation.rule)
    ]
    if operation.query is not None:
        schema = operation.query.model_json_schema()
        required = set(schema.get("required", ()))
        parameters += [
            {"name": name, "in": "query", "required": name in required, "schema": prop}
            for name, prop in schema.get("properties", {}).items()
        ]
    parameters += list(operation.headers)
    responses = _implied_responses(operation, auth=auth) | operation.responses
    described: dict = {
        "operationId": operation.endpoint,
        "summary": operation.summary,
        "responses": {
            str(status): _response(description, model, refs)
            for status, (description, model) in sorted(responses.items())
        },
    }
    if parameters:
        described["parameters"] = parameters
    if operation.body is not None:
        described["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": refs[(operation.body, "validation")]}},
        }
    described["security"] = [{"token": []}] if auth else []
    return described


def _implied_responses(operation: Operation, *, auth: bool) -> dict:
    """The problems every operation of its kind can answer before its view runs.

    The token check answers 401, the routing 404 for an id that is not the user's, and the
    parsing here 400, 415 and 422 for a body or query it refuses; a view need not declare them.
    """
    implied: dict[int, tuple[str, type[BaseModel] | None]] = {}
    if auth:
        implied[401] = ("No token, or one that is unknown or revoked.", Problem)
    if _RULE_PARAMETER.search(operation.rule):
        implied[404] = ("No such object of yours.", Problem)
    if operation.body is not None:
        implied[400] = ("The body is not valid JSON.", Problem)
        implied[415] = ("The body is not sent as application/json.", Problem)
    if operation.body is not None or operation.query is not None:
        implied[422] = ("The body or query is not valid; see errors for which field.", Problem)
    return implied


def _response(description: str, model: type[BaseModel] | None, refs: dict) -> dict:
    if model is None:
        return {"description": description}
    media = MEDIA_TYPE if model is Problem else "application/json"
    return {"description": description, "content": {media: {"schema": refs[(model, "validation")]}}}


def _parse_body(model: type[BaseModel]) -> BaseModel:
    if not request.is_json:
        raise ApiError(415, "Unsupported media type", "Send the body as application/json.")
    data = request.get_json(silent=True)
    if data is None:
        raise ApiError(400, "Bad request", "The body is not valid JSON.")
    return _parse(model, data)


def _parse(model: type[BaseModel], data) -> BaseModel:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise ApiError(
            422,
            "Invalid request",
            "; ".join(_say(problem) for problem in error.errors()),
            errors=[
                {"field": ".".join(str(part) for part in p["loc"]), "message": p["msg"]}
                for p in error.errors()
            ],
        ) from None


def _say(problem: dict) -> str:
    where = ".".join(str(part) for part in problem["loc"]) or "body"
    return f"{where}: {problem['msg']}"


def _respond(result, responses: dict) -> Response:
    if isinstance(result, Response):
        return result
    headers: dict = {}
    if isinstance(result, tuple):
        result, status, *rest = result
        headers = rest[0] if rest else {}
    else:
        status = min(code for code in responses if 200 <= code < 300)
    if result is None:
        response = Response(status=status)
    else:
        payload = result.model_dump(mode="json", by_alias=True)
        response = Response(json.dumps(payload), status=status, mimetype="application/json")
    response.headers.update(headers)
    return response
