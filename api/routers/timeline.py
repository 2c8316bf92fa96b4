"""The timeline: facts in date order, filtered and paged by cursor."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from api import present
from api.aliases import resolve
from api.asof import AsOf, read_at
from api.deps import Filters, Reader, ServiceDep
from api.errors import problem_responses
from api.schemas import TimelinePage

router = APIRouter(tags=["timeline"])

MAX_ACTORS = 20


@router.get(
    "/timeline",
    response_model=TimelinePage,
    responses=problem_responses(401, 403, 422),
    summary="Facts in date order",
)
def timeline(
    request: Request,
    service: ServiceDep,
    filters: Filters,
    _: Reader,
    as_of: AsOf,
    actor: Annotated[
        list[str],
        Query(
            max_length=MAX_ACTORS,
            description="Actor id or alias (repeatable: facts involving any of them).",
        ),
    ] = [],  # noqa: B006 - FastAPI copies defaults per request
) -> dict[str, Any]:
    query = replace(filters, actors=tuple(dict.fromkeys(resolve(a) for a in actor)))
    page, position = read_at(service, as_of, lambda at: service.views.timeline(query, as_of=at))
    return present.timeline_page(request, page, position)


@router.get(
    "/relations",
    response_model=TimelinePage,
    responses=problem_responses(401, 403, 422),
    summary="Facts involving both actors",
)
def relations(
    request: Request,
    service: ServiceDep,
    filters: Filters,
    _: Reader,
    as_of: AsOf,
    a: Annotated[str, Query(min_length=1, max_length=200, description="Actor id or alias.")],
    b: Annotated[str, Query(min_length=1, max_length=200, description="Actor id or alias.")],
) -> dict[str, Any]:
    query = replace(filters, actors=(resolve(a), resolve(b)), all_actors=True)
    page, position = read_at(service, as_of, lambda at: service.views.timeline(query, as_of=at))
    return present.timeline_page(request, page, position)
