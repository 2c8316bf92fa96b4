"""Facts: one fact as it stands (or stood), its history and provenance; corrections, retractions.

A fact's version is its entity tag: GET and every write answer with ``ETag: "<version>"``,
and a write sent with ``If-Match`` (or ``expected_version``) is refused with 409 unless the
fact is still at that version.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from api import consistency, present
from api.asof import AsOf
from api.deps import IfMatch, Reader, Recorder, ServiceDep, SettingsDep, expected_version
from api.errors import etag, problem_responses
from api.schemas import (
    CorrectionRequest,
    Fact,
    FactHistory,
    ProvDocument,
    RetractionRequest,
    WriteAccepted,
)
from api.uploads import json_body, read_json
from timeline.application import NotFound
from timeline.domain import Fact as FactAggregate
from timeline.provenance import provenance_json
from timeline.service import TimelineService
from timeline.settings import Settings

router = APIRouter(tags=["facts"])

MAX_RETRACTION_BYTES = 16_384
MAX_CORRECTION_BYTES = 65_536

FactId = Annotated[UUID, Path(description="Fact id (a UUID; anything else is a 422).")]

_ETAG = {"ETag": {"description": 'The fact\'s version: `"3"`.', "schema": {"type": "string"}}}
_WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The fact as it now stands.",
        "headers": {**_ETAG, **consistency.HEADER_DOC},
    },
    202: {
        "model": WriteAccepted,
        "description": "Recorded; the views (kept by a separate projector) do not show it yet.",
        "headers": {**_ETAG, **consistency.HEADER_DOC},
    },
    **problem_responses(401, 403, 404, 409, 413, 415, 422),
}


@router.get(
    "/facts/{fact_id}",
    response_model=Fact,
    responses={
        200: {"description": "The fact.", "headers": _ETAG},
        **problem_responses(401, 403, 404, 422),
    },
    summary="A fact as it stands now, or as it stood at `as_of`",
)
def fact(
    response: Response, service: ServiceDep, _: Reader, fact_id: FactId, as_of: AsOf
) -> dict[str, Any]:
    found = service.views.fact(str(fact_id), as_of=as_of)
    if found is None:
        raise NotFound(f"no fact with id {fact_id}")
    response.headers["ETag"] = etag(found["version"])
    return present.fact(found)


@router.get(
    "/facts/{fact_id}/history",
    response_model=FactHistory,
    responses=problem_responses(401, 403, 404, 422),
    summary="Every event stored for a fact, oldest first",
)
def history(service: ServiceDep, _: Reader, fact_id: FactId) -> dict[str, Any]:
    return {"fact_id": str(fact_id), "events": _fact_events(service.app.history(fact_id), fact_id)}


@router.get(
    "/facts/{fact_id}/provenance",
    response_model=ProvDocument,
    responses=problem_responses(401, 403, 404, 422),
    summary="Where a fact came from and every change since, as W3C PROV-JSON",
)
def provenance(service: ServiceDep, _: Reader, fact_id: FactId) -> dict[str, Any]:
    events, documents = service.lineage(fact_id)
    return provenance_json(_fact_events(events, fact_id), documents)


@router.post(
    "/facts/{fact_id}/corrections",
    response_model=Fact,
    responses=_WRITE_RESPONSES,
    openapi_extra=json_body(CorrectionRequest),
    summary="Correct a fact: a new event; the fact as recorded stays in its history",
)
async def correct(
    request: Request,
    response: Response,
    service: ServiceDep,
    settings: SettingsDep,
    principal: Recorder,
    fact_id: FactId,
    if_match: IfMatch,
) -> dict[str, Any] | JSONResponse:
    body = await read_json(request, CorrectionRequest, MAX_CORRECTION_BYTES)
    version = expected_version(if_match, body.expected_version)
    correct = partial(
        service.correct, fact_id, body.changes.values(), body.reason, principal.name, version
    )
    written = await run_in_threadpool(_written, service, correct)
    return await _as_it_stands(service, fact_id, response, written, settings)


@router.post(
    "/facts/{fact_id}/retractions",
    response_model=Fact,
    responses=_WRITE_RESPONSES,
    openapi_extra=json_body(RetractionRequest),
    summary="Retract a fact: a new event; the fact leaves the timeline but not its history",
)
async def retract(
    request: Request,
    response: Response,
    service: ServiceDep,
    settings: SettingsDep,
    principal: Recorder,
    fact_id: FactId,
    if_match: IfMatch,
) -> dict[str, Any] | JSONResponse:
    body = await read_json(request, RetractionRequest, MAX_RETRACTION_BYTES)
    version = expected_version(if_match, body.expected_version)
    retract = partial(service.retract, fact_id, body.reason, principal.name, version, body.category)
    written = await run_in_threadpool(_written, service, retract)
    return await _as_it_stands(service, fact_id, response, written, settings)


def _fact_events(events: list[dict[str, Any]], fact_id: UUID) -> list[dict[str, Any]]:
    # Documents have histories too; these routes answer for facts only.
    if not events[0]["topic"].partition(":")[2].startswith("Fact."):
        raise NotFound(f"no fact with id {fact_id}")
    return events


def _written(service: TimelineService, write: Callable[[], FactAggregate]) -> tuple[int, int]:
    """Make a write; the fact's new version and the log's head after it (api.consistency)."""
    return write().version, consistency.head(service)


async def _as_it_stands(
    service: TimelineService,
    fact_id: UUID,
    response: Response,
    written: tuple[int, int],
    settings: Settings,
) -> dict[str, Any] | JSONResponse:
    """The fact as the views now show it, once they have applied the write."""
    version, position = written
    consistency.mark(response, position)
    # Inline projection: already there. A separate projector: wait for it, as a read would.
    if await consistency.reached(service, position, settings.consistency_wait_seconds):
        # It did not catch up in time. The write stands: say so, and where to look later.
        link = f"/facts/{fact_id}"
        return JSONResponse(
            {
                "fact_id": str(fact_id),
                "version": version,
                "position": position,
                "links": {"fact": link},
            },
            status_code=202,
            headers={
                consistency.LOG_POSITION: str(position),
                "ETag": etag(version),
                "Location": link,
            },
        )
    found = await run_in_threadpool(service.views.fact, str(fact_id))
    if found is None:  # the views caught up in the write; only a concurrent replay gets here
        raise NotFound(f"no fact with id {fact_id}")
    response.headers["ETag"] = etag(found["version"])
    response.headers["Content-Location"] = f"/facts/{fact_id}"
    return present.fact(found)
