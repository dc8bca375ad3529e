"""Errors as RFC 9457 problem details: ``application/problem+json`` with a status, a title
and a detail a person can act on."""

from __future__ import annotations

from flask import Response, json
from pydantic import BaseModel, ConfigDict

MEDIA_TYPE = "application/problem+json"


class Problem(BaseModel):
    """What went wrong (RFC 9457). ``errors`` lists each invalid field of a 422."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    errors: list[dict] | None = None


class ApiError(Exception):
    """Raised by an API view to answer with a problem; ``headers`` go with it."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str | None = None,
        *,
        headers: dict[str, str] | None = None,
        **extra,
    ) -> None:
        super().__init__(detail or title)
        self.status = status
        self.title = title
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra


def problem_response(
    status: int,
    title: str,
    detail: str | None = None,
    *,
    headers: dict[str, str] | None = None,
    **extra,
) -> Response:
    """A problem-details response."""
    body = Problem(title=title, status=status, detail=detail, **extra).model_dump(exclude_none=True)
    response = Response(json.dumps(body), status=status, mimetype=MEDIA_TYPE)
    response.headers.update(headers or {})
    return response
