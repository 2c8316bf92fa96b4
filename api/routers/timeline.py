"""The timeline: facts in date order, filtered and paged by cursor."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from api import present
from api.aliases import resolve
from api.asof import AsOf
from api.deps import Filters, Reader, ServiceDep
from api.errors import problem_responses
from api.schemas import TimelinePage
from timeline.service import TimelineService
from timeline.views import Page, TimelineQuery

router = APIRouter(tags=["timeline"])

MAX_ACTORS = 20
JSON = "application/json"


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
) -> Response:
    query = replace(filters, actors=tuple(dict.fromkeys(resolve(a) for a in actor)))
    page, position = _read(service, query, as_of)
    # The stored resources are the items as the response model would render them:
    # joined as they are (response_model still documents the body).
    return Response(present.timeline_page_json(request, page, position), media_type=JSON)


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
) -> Response:
    query = replace(filters, actors=(resolve(a), resolve(b)), all_actors=True)
    page, position = _read(service, query, as_of)
    return Response(present.timeline_page_json(request, page, position), media_type=JSON)


def _read(service: TimelineService, query: TimelineQuery, as_of: int | None) -> tuple[Page, int]:
    """The page and the position it is exact for: the present in one snapshot (see
    ``api.asof.read_at`` for the general way), or the log as of a position."""
    if as_of is None:
        return service.views.timeline_now(query)
    return service.views.timeline(query, as_of=as_of), as_of
