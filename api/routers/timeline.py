"""The timeline: facts in date order, filtered and paged by cursor."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from api import asof, filters, present
from api.aliases import resolve
from api.deps import Reader
from api.errors import problem_responses
from api.schemas import TimelinePage
from timeline.service import TimelineService
from timeline.views import Page, TimelineQuery

router = APIRouter(tags=["timeline"])

JSON = "application/json"

# The query string in one model each (see api.filters: one validation, not one per parameter).
AnyActor = Annotated[filters.AnyActorParams, Depends(filters.timeline_params)]
Pair = Annotated[filters.PairParams, Depends(filters.pair_params)]


@router.get(
    "/timeline",
    response_model=TimelinePage,
    responses=problem_responses(401, 403, 422),
    summary="Facts in date order",
    openapi_extra=filters.openapi_parameters(filters.AnyActorParams, first=("actor",)),
)
def timeline(request: Request, params: AnyActor, _: Reader) -> Response:
    service: TimelineService = request.app.state.service
    query = replace(params.query(), actors=tuple(dict.fromkeys(resolve(a) for a in params.actor)))
    page, position = _read(service, query, _position(service, params.as_of))
    # The stored resources are the items as the response model would render them:
    # joined as they are (response_model still documents the body).
    return Response(present.timeline_page_json(request, page, position), media_type=JSON)


@router.get(
    "/relations",
    response_model=TimelinePage,
    responses=problem_responses(401, 403, 422),
    summary="Facts involving both actors",
    openapi_extra=filters.openapi_parameters(filters.PairParams, first=("a", "b")),
)
def relations(request: Request, params: Pair, _: Reader) -> Response:
    service: TimelineService = request.app.state.service
    actors = (resolve(params.a), resolve(params.b))
    query = replace(params.query(), actors=actors, all_actors=True)
    page, position = _read(service, query, _position(service, params.as_of))
    return Response(present.timeline_page_json(request, page, position), media_type=JSON)


def _position(service: TimelineService, as_of: str | None) -> int | None:
    return None if as_of is None else asof.resolve(service, as_of)


def _read(service: TimelineService, query: TimelineQuery, as_of: int | None) -> tuple[Page, int]:
    """The page and the position it is exact for: the present in one snapshot (see
    ``api.asof.read_at`` for the general way), or the log as of a position."""
    if as_of is None:
        return service.views.timeline_now(query)
    return service.views.timeline(query, as_of=as_of), as_of
