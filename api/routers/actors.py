"""Actors: who appears in the facts, how often, when, and with whom."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from api import aliases, asof, filters, present
from api.asof import AsOf, read_at
from api.deps import QueryLimit, Reader, ServiceDep
from api.errors import problem_responses
from api.schemas import ActorDetail, ActorList, TimelinePage
from timeline.application import NotFound
from timeline.service import TimelineService

router = APIRouter(tags=["actors"])

JSON = "application/json"
MAX_ALIAS_MATCHES = 50  # views.actors() looks up at most this many ids

ActorId = Annotated[
    str, Path(min_length=1, max_length=200, description="Actor id, or a name or alias.")
]


def _find(service: TimelineService, actor_id: str, as_of: int | None) -> dict[str, Any]:
    found = service.views.actor(actor_id, as_of=as_of)
    if found is None:
        canonical = aliases.resolve(actor_id)
        if canonical != actor_id:
            found = service.views.actor(canonical, as_of=as_of)
    if found is None:
        raise NotFound(f"no actor with id or alias {actor_id!r} appears in any fact")
    return found


def _timeline_actor(
    service: TimelineService, actor_id: str, as_of: int | None, *, include_retracted: bool
) -> str:
    """The id of the actor named (by id, else by alias) that some fact the request admits
    names: with ``include_retracted``, an actor whose facts are all retracted is found."""

    def named(candidate: str) -> bool:
        return service.views.actor_has_facts(
            candidate, as_of=as_of, include_retracted=include_retracted
        )

    if named(actor_id):
        return actor_id
    canonical = aliases.resolve(actor_id)
    if canonical != actor_id and named(canonical):
        return canonical
    raise NotFound(f"no actor with id or alias {actor_id!r} appears in any fact")


@router.get(
    "/actors",
    response_model=ActorList,
    responses=problem_responses(401, 403, 422),
    summary="Actors, most facts first",
)
def actors(
    service: ServiceDep,
    _: Reader,
    as_of: AsOf,
    q: Annotated[
        str | None,
        Query(min_length=1, max_length=200, description="Part of a name, an id or an alias."),
    ] = None,
    limit: QueryLimit = 100,
) -> dict[str, Any]:
    # Names and ids match in the views; aliases ("putin") through the gazetteer's ids.
    ids = aliases.search(q, MAX_ALIAS_MATCHES) if q else []
    found, position = read_at(
        service, as_of, lambda at: service.views.actors(search=q, limit=limit, ids=ids, as_of=at)
    )
    return {"items": [present.actor(a) for a in found], "as_of": position}


@router.get(
    "/actors/{actor_id}",
    response_model=ActorDetail,
    responses=problem_responses(401, 403, 404, 422),
    summary="One actor: counts by type, first and last dates, counterparts",
)
def actor(service: ServiceDep, _: Reader, actor_id: ActorId, as_of: AsOf) -> dict[str, Any]:
    found = _find(service, actor_id, as_of)
    return {
        **present.actor(found),
        "aliases": aliases.aliases(found["id"]),
        "counterparts": [
            {**c, "links": present.actor_links(c["id"])} for c in found["counterparts"]
        ],
    }


@router.get(
    "/actors/{actor_id}/timeline",
    response_model=TimelinePage,
    responses=problem_responses(401, 403, 404, 422),
    summary="The facts one actor is involved in",
    openapi_extra=filters.openapi_parameters(filters.TimelineParams),
)
def actor_timeline(
    request: Request,
    service: ServiceDep,
    params: Annotated[filters.TimelineParams, Depends(filters.filter_params)],
    _: Reader,
    actor_id: ActorId,
) -> Response:
    as_of = None if params.as_of is None else asof.resolve(service, params.as_of)
    query = params.query()
    actor = _timeline_actor(service, actor_id, as_of, include_retracted=query.include_retracted)
    query = replace(query, actors=(actor,))
    if as_of is None:  # the page and the position it is exact for, in one snapshot
        page, position = service.views.timeline_now(query)
    else:
        page, position = service.views.timeline(query, as_of=as_of), as_of
    return Response(present.timeline_page_json(request, page, position), media_type=JSON)
