"""The timeline: facts in date order, filtered and paged by cursor."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from api import asof, deps, present
from api.aliases import resolve
from api.deps import Reader
from api.errors import problem_responses
from api.schemas import TimelinePage
from timeline.service import TimelineService
from timeline.views import Page, TimelineQuery

router = APIRouter(tags=["timeline"])

MAX_ACTORS = 20
JSON = "application/json"


async def filters_as_of(
    type_: deps.TypeParam = [],  # noqa: B006 - FastAPI copies defaults per request
    modality: deps.ModalityParam = None,
    from_: deps.FromParam = None,
    to: deps.ToParam = None,
    document: deps.DocumentParam = None,
    q: deps.SearchParam = None,
    include_retracted: bool = False,
    cursor: deps.CursorParam = None,
    limit: deps.LimitParam = 100,
    as_of: Annotated[
        str | None,
        Query(max_length=64, description=asof._DESCRIPTION, json_schema_extra=asof._SCHEMA),
    ] = None,
) -> tuple[TimelineQuery, str | None]:
    """``Filters`` and ``AsOf``'s parameter (unresolved) in one dependency: each one costs
    FastAPI time per request, and ``AsOf``, a plain function, a threadpool hop. The
    endpoint resolves ``as_of`` in its own thread."""
    query = await deps.timeline_filters(
        type_, modality, from_, to, document, q, include_retracted, cursor, limit
    )
    return query, as_of


FiltersAsOf = Annotated[tuple[TimelineQuery, str | None], Depends(filters_as_of)]


@router.get(
    "/timeline",
    response_model=TimelinePage,
    responses=problem_responses(401, 403, 422),
    summary="Facts in date order",
)
def timeline(
    request: Request,
    filters: FiltersAsOf,
    _: Reader,
    actor: Annotated[
        list[str],
        Query(
            max_length=MAX_ACTORS,
            description="Actor id or alias (repeatable: facts involving any of them).",
        ),
    ] = [],  # noqa: B006 - FastAPI copies defaults per request
) -> Response:
    service: TimelineService = request.app.state.service
    query = replace(filters[0], actors=tuple(dict.fromkeys(resolve(a) for a in actor)))
    page, position = _read(service, query, _position(service, filters[1]))
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
    filters: FiltersAsOf,
    _: Reader,
    a: Annotated[str, Query(min_length=1, max_length=200, description="Actor id or alias.")],
    b: Annotated[str, Query(min_length=1, max_length=200, description="Actor id or alias.")],
) -> Response:
    service: TimelineService = request.app.state.service
    query = replace(filters[0], actors=(resolve(a), resolve(b)), all_actors=True)
    page, position = _read(service, query, _position(service, filters[1]))
    return Response(present.timeline_page_json(request, page, position), media_type=JSON)


def _position(service: TimelineService, as_of: str | None) -> int | None:
    return None if as_of is None else asof.resolve(service, as_of)


def _read(service: TimelineService, query: TimelineQuery, as_of: int | None) -> tuple[Page, int]:
    """The page and the position it is exact for: the present in one snapshot (see
    ``api.asof.read_at`` for the general way), or the log as of a position."""
    if as_of is None:
        return service.views.timeline_now(query)
    return service.views.timeline(query, as_of=as_of), as_of
