"""Every error the API returns is an RFC 9457 problem (``application/problem+json``).

Domain and framework exceptions are translated here and nowhere else: handlers
raise (or let the service raise) and this module decides status and wording.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from timeline.application import DocumentConflict, NotFound, VersionConflict
from timeline.audit import AuditError
from timeline.document import DocumentError
from timeline.domain import DomainError, FactAlreadyRetracted, InvalidChange
from timeline.store import ViewsDamaged
from timeline.views import InvalidCursor

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_REF = "#/components/schemas/Problem"

log = logging.getLogger("api")


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_MEDIA_TYPE


class ApiProblem(Exception):
    """Raised by handlers and dependencies for an error that is not a domain exception."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})


def invalid(location: Sequence[str | int], message: str) -> RequestValidationError:
    """A 422 for one input, shaped like FastAPI's own validation errors."""
    return RequestValidationError([{"loc": tuple(location), "msg": message, "type": "value_error"}])


def problem(
    request: Request,
    status: int,
    detail: str,
    *,
    headers: Mapping[str, str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> ProblemResponse:
    # "about:blank": the status code says what kind of problem it is; detail says which.
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        **(extra or {}),
    }
    return ProblemResponse(body, status_code=status, headers=dict(headers or {}))


def etag(version: int) -> str:
    """A fact's version as a strong entity tag: ``"3"``."""
    return f'"{version}"'


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses=`` entries for the problems an operation can answer with."""
    return {
        status: {
            "description": HTTPStatus(status).phrase,
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": PROBLEM_REF}}},
        }
        for status in statuses
    }


def _validation_issues(errors: Iterable[Any]) -> list[dict[str, Any]]:
    # Only loc/msg/type: "input" and "ctx" may hold bytes or exception objects.
    return [
        {
            "loc": [part if isinstance(part, int) else str(part) for part in e.get("loc", ())],
            "msg": str(e.get("msg", "")),
            "type": str(e.get("type", "")),
        }
        for e in errors
    ]


async def _on_api_problem(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, ApiProblem)
    return problem(request, exc.status, exc.detail, headers=exc.headers)


async def _on_validation(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, RequestValidationError)
    issues = _validation_issues(exc.errors())
    detail = "; ".join(
        f"{'.'.join(str(p) for p in issue['loc'])}: {issue['msg']}" for issue in issues
    )
    return problem(request, 422, detail or "invalid request", extra={"errors": issues})


async def _on_http_exception(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    return problem(request, exc.status_code, detail, headers=exc.headers)


async def _on_not_found(request: Request, exc: Exception) -> ProblemResponse:
    return problem(request, 404, str(exc))


async def _on_conflict(request: Request, exc: Exception) -> ProblemResponse:
    return problem(request, 409, str(exc))


async def _on_version_conflict(request: Request, exc: Exception) -> ProblemResponse:
    assert isinstance(exc, VersionConflict)
    # The current version also as a number and an ETag: a client can re-read and retry.
    return problem(
        request,
        409,
        str(exc),
        headers={"ETag": etag(exc.actual)},
        extra={"current_version": exc.actual},
    )


async def _on_no_proof(request: Request, exc: Exception) -> ProblemResponse:
    # A proof is the resource asked for: a position or tree size the log does not hold
    # means there is no such proof (yet).
    return problem(request, 404, str(exc))


async def _on_unprocessable(request: Request, exc: Exception) -> ProblemResponse:
    return problem(request, 422, str(exc))


async def _on_invalid_change(request: Request, exc: Exception) -> ProblemResponse:
    # A correction's value the domain's rules refuse: located like a validation error of
    # the request body (a field of "changes", or the reason).
    assert isinstance(exc, InvalidChange)
    within = ("body",) if exc.path[:1] == ("reason",) else ("body", "changes")
    issue = {"loc": [*within, *exc.path], "msg": exc.problem, "type": "value_error"}
    detail = f"{'.'.join(str(p) for p in issue['loc'])}: {exc.problem}"
    return problem(request, 422, detail, extra={"errors": [issue]})


async def _on_bad_cursor(request: Request, exc: Exception) -> ProblemResponse:
    message = str(exc)
    return problem(
        request,
        422,
        f"query.cursor: {message}",
        extra={"errors": [{"loc": ["query", "cursor"], "msg": message, "type": "value_error"}]},
    )


async def _on_views_damaged(request: Request, exc: Exception) -> ProblemResponse:
    # The store is fine but its views must be rebuilt (`timeline replay`) before they can
    # answer: the service is unavailable, not broken by this request.
    log.error("views damaged on %s %s: %s", request.method, request.url.path, exc)
    return problem(request, 503, str(exc))


async def _on_unexpected(request: Request, exc: Exception) -> ProblemResponse:
    # The traceback goes to the log, never to the client.
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem(request, 500, "the server failed to handle this request")


def install(app: FastAPI) -> None:
    app.add_exception_handler(ApiProblem, _on_api_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http_exception)
    app.add_exception_handler(NotFound, _on_not_found)
    app.add_exception_handler(VersionConflict, _on_version_conflict)
    app.add_exception_handler(AuditError, _on_no_proof)
    app.add_exception_handler(FactAlreadyRetracted, _on_conflict)
    app.add_exception_handler(DocumentConflict, _on_conflict)
    app.add_exception_handler(InvalidCursor, _on_bad_cursor)
    app.add_exception_handler(DocumentError, _on_unprocessable)
    app.add_exception_handler(InvalidChange, _on_invalid_change)
    app.add_exception_handler(DomainError, _on_unprocessable)
    app.add_exception_handler(ViewsDamaged, _on_views_damaged)
    app.add_exception_handler(Exception, _on_unexpected)
