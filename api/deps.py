"""Dependencies: the service, the settings, the caller's principal and shared query filters."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header, Query, Request, Security
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BeforeValidator, Field
from pydantic_core import PydanticCustomError
from starlette.datastructures import QueryParams

from api import consistency
from api.auth import Keyring, Principal, Role
from api.errors import ApiProblem, invalid
from timeline import queries
from timeline.service import TimelineService
from timeline.settings import Settings
from timeline.views import MAX_LIMIT

MAX_POSITION = consistency.MAX_POSITION
MAX_VERSION = 2**31


def _digits_only(value: object) -> object:
    # pydantic reads "1_0", "+5", " 5 " and "5.0" as integers: a URL's number is plain digits.
    if isinstance(value, str) and not queries.is_digits(value):
        raise PydanticCustomError("int_parsing", "Input should be a whole number in digits 0-9")
    return value


Digits = BeforeValidator(_digits_only)
"""On an ``int`` parameter: only plain ASCII digits are a number."""


def _true_or_false(value: object) -> object:
    # pydantic reads "1", "yes", "on", "y", "t" (and their negatives) as booleans: a URL's
    # boolean is the word true or false (timeline.queries.boolean).
    if isinstance(value, str):
        try:
            return queries.boolean(value)
        except ValueError:
            raise PydanticCustomError(
                "bool_parsing", "Input should be true or false (in any letter case)"
            ) from None
    return value


TrueOrFalse = BeforeValidator(_true_or_false)
"""On a ``bool`` parameter: only the words ``true`` and ``false`` are booleans."""
QueryBool = Annotated[bool, TrueOrFalse]
"""A boolean in a query model (``api.filters``)."""

Limit = Annotated[int, Field(ge=1, le=MAX_LIMIT), Digits]
"""A page size in a query model (``api.filters``)."""
QueryLimit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size."), Digits]
"""A page size as a FastAPI query parameter."""

_bearer = HTTPBearer(auto_error=False, description="An API key: `Authorization: Bearer <key>`.")


# Dependencies that do no I/O are coroutines: FastAPI runs a plain function in the
# threadpool, a hop per dependency and request that costs more than the work itself.


async def get_service(request: Request) -> TimelineService:
    service: TimelineService = request.app.state.service
    return service


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


ServiceDep = Annotated[TimelineService, Depends(get_service)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


async def check_request(request: Request) -> None:
    """Applied to every route, as one dependency (each one costs FastAPI tens of µs per
    request): no input may contain NUL, which PostgreSQL text cannot hold; and a
    ``min_position`` waits for the views to apply it (see api.consistency)."""
    query = request.query_params
    inputs = [("query", k, v) for k, v in query.multi_items()]
    inputs += [("path", k, str(v)) for k, v in request.path_params.items()]
    for where, name, value in inputs:
        if "\x00" in name or "\x00" in value:
            raise invalid((where, name), "must not contain NUL characters")
    if query:
        _check_names(request, query)
    position = consistency.wanted(request)
    if position is not None:
        settings: Settings = request.app.state.settings
        await consistency.wait_for(
            request.app.state.service, position, settings.consistency_wait_seconds
        )


@dataclass(frozen=True, slots=True)
class _QueryNames:
    """The query parameters an operation documents, and which of them may repeat."""

    allowed: frozenset[str]
    repeatable: frozenset[str]


_QUERY_NAMES = "timeline_query_names"  # the attribute of a route that keeps them, by method


def _check_names(request: Request, query: QueryParams) -> None:
    """A 422 naming each query parameter the operation does not take, and each single
    one given more than once: a misspelt filter (``actors=``) would otherwise be ignored
    and the answer silently unfiltered. The operation's parameters are the ones its
    OpenAPI document lists (pages outside the document, ``/docs``, are not checked)."""
    names = _names_of(request)
    if names is None:
        return
    errors: list[dict[str, Any]] = []
    counts = Counter(name for name, _ in query.multi_items())
    for name, count in counts.items():
        if name not in names.allowed:
            takes = ", ".join(sorted(names.allowed))
            errors.append(
                {
                    "loc": ("query", name),
                    "msg": f"is not a parameter of this operation (it takes {takes})",
                    "type": "extra_forbidden",
                }
            )
        elif count > 1 and name not in names.repeatable:
            errors.append(
                {
                    "loc": ("query", name),
                    "msg": f"is given {count} times: it takes one value",
                    "type": "value_error",
                }
            )
    if errors:
        raise RequestValidationError(errors)


def _names_of(request: Request) -> _QueryNames | None:
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not route.include_in_schema:
        return None
    method = request.method.lower()
    by_method: dict[str, _QueryNames | None] = route.__dict__.setdefault(_QUERY_NAMES, {})
    if method not in by_method:
        paths = request.app.openapi()["paths"]
        operation = paths.get(route.path_format, {}).get(method)
        if operation is None:
            by_method[method] = None
        else:
            parameters = [p for p in operation.get("parameters", ()) if p["in"] == "query"]
            by_method[method] = _QueryNames(
                allowed=frozenset({consistency.PARAMETER, *(p["name"] for p in parameters)}),
                repeatable=frozenset(p["name"] for p in parameters if _is_list(p["schema"])),
            )
    return by_method[method]


def _is_list(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "array" or any(_is_list(s) for s in schema.get("anyOf", ()))


async def _principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> Principal | None:
    """Who is calling: None without an Authorization header; 401 for a key we do not know."""
    if credentials is None:
        if request.headers.get("authorization") is None:
            return None
        raise _unauthorized("the Authorization header must be 'Bearer <key>'", invalid_token=True)
    keyring: Keyring = request.app.state.keyring
    principal = keyring.identify(credentials.credentials)
    if principal is None:
        raise _unauthorized("the API key is not valid", invalid_token=True)
    return principal


def _unauthorized(detail: str, *, invalid_token: bool = False) -> ApiProblem:
    challenge = 'Bearer realm="timeline"' + (', error="invalid_token"' if invalid_token else "")
    return ApiProblem(401, detail, headers={"WWW-Authenticate": challenge})


def _require(role: Role, principal: Principal | None) -> Principal:
    if principal is None:
        raise _unauthorized(f"this operation needs an API key with the {role.name} role")
    if principal.role < role:
        has = principal.role.name
        raise ApiProblem(
            403, f"this operation needs the {role.name} role; {principal.name} has {has}"
        )
    return principal


async def _reader(
    request: Request, principal: Annotated[Principal | None, Depends(_principal)]
) -> Principal | None:
    settings: Settings = request.app.state.settings
    if settings.reads_need_key:
        return _require(Role.reader, principal)
    return principal


async def _recorder(principal: Annotated[Principal | None, Depends(_principal)]) -> Principal:
    return _require(Role.recorder, principal)


async def _admin(principal: Annotated[Principal | None, Depends(_principal)]) -> Principal:
    return _require(Role.admin, principal)


ADMIN_ONLY = "x-admin-only"
"""``openapi_extra`` key of a read that needs the admin role even when reads are open."""

Reader = Annotated[Principal | None, Depends(_reader)]
Recorder = Annotated[Principal, Depends(_recorder)]
Admin = Annotated[Principal, Depends(_admin)]


# Optimistic concurrency: the version a write expects, as If-Match or in the body

_ENTITY_TAG = re.compile(r'^(?:"([0-9]{1,10})"|([0-9]{1,10}))$')
_IF_MATCH = (
    'Refuse (409) unless the fact is at this version: its ETag (`"3"`) or the bare number. '
    "`*` matches any version."
)


async def if_match(
    if_match: Annotated[str | None, Header(max_length=100, description=_IF_MATCH)] = None,
) -> int | None:
    if if_match is None or if_match.strip() == "*":
        return None
    found = _ENTITY_TAG.match(if_match.strip())
    version = int(found[1] or found[2]) if found else 0
    if not 1 <= version <= MAX_VERSION:
        raise invalid(
            ("header", "if-match"), 'must be a fact version: its ETag ("3") or the number (3)'
        )
    return version


IfMatch = Annotated[int | None, Depends(if_match)]


def expected_version(header: int | None, body: int | None) -> int | None:
    """The version from If-Match or from ``expected_version``: both may be given if they agree."""
    if header is not None and body is not None and header != body:
        raise invalid(
            ("body", "expected_version"),
            f"If-Match names version {header} but expected_version is {body}: they must agree",
        )
    return header if header is not None else body
