"""Facts: one fact's current state, its stored history, and retraction."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Path, Request
from fastapi.concurrency import run_in_threadpool

from api import present
from api.deps import Admin, Reader, ServiceDep
from api.errors import problem_responses
from api.schemas import Fact, FactHistory, RetractionRequest
from api.uploads import read_json
from timeline.application import NotFound

router = APIRouter(tags=["facts"])

MAX_RETRACTION_BYTES = 16_384

FactId = Annotated[UUID, Path(description="Fact id (a UUID; anything else is a 422).")]


@router.get(
    "/facts/{fact_id}",
    response_model=Fact,
    responses=problem_responses(401, 403, 404, 422),
    summary="A fact as it stands now",
)
def fact(service: ServiceDep, _: Reader, fact_id: FactId) -> dict[str, Any]:
    found = service.views.fact(str(fact_id))
    if found is None:
        raise NotFound(f"no fact with id {fact_id}")
    return present.fact(found)


@router.get(
    "/facts/{fact_id}/history",
    response_model=FactHistory,
    responses=problem_responses(401, 403, 404, 422),
    summary="Every event stored for a fact, oldest first",
)
def history(service: ServiceDep, _: Reader, fact_id: FactId) -> dict[str, Any]:
    events = service.app.history(fact_id)
    # Documents have histories too; this route answers for facts only.
    if not events[0]["topic"].partition(":")[2].startswith("Fact."):
        raise NotFound(f"no fact with id {fact_id}")
    return {"fact_id": str(fact_id), "events": events}


_RETRACTION_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": RetractionRequest.model_json_schema()}},
    }
}


@router.post(
    "/facts/{fact_id}/retraction",
    response_model=Fact,
    responses=problem_responses(401, 403, 404, 409, 413, 415, 422),
    openapi_extra=_RETRACTION_BODY,
    summary="Retract a fact (admin): a new event; the recorded fact stays in its history",
)
async def retract(
    request: Request, service: ServiceDep, principal: Admin, fact_id: FactId
) -> dict[str, Any]:
    body = await read_json(request, RetractionRequest, MAX_RETRACTION_BYTES)
    await run_in_threadpool(
        service.retract, fact_id, body.reason, principal.name, body.expected_version, body.category
    )
    found = await run_in_threadpool(service.views.fact, str(fact_id))
    if found is None:  # the views caught up in retract(); only a concurrent replay gets here
        raise NotFound(f"no fact with id {fact_id}")
    return present.fact(found)
