"""Documents: record one (idempotently), list them, read one with its facts."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from api import consistency, present
from api.asof import AsOf, read_at
from api.deps import MAX_POSITION, Digits, QueryLimit, Reader, Recorder, ServiceDep, SettingsDep
from api.errors import problem_responses
from api.schemas import DocumentDetail, DocumentIn, DocumentList, IngestResult
from api.uploads import read_document
from timeline import application
from timeline.application import NotFound
from timeline.document import SourceDocument
from timeline.service import TimelineService

router = APIRouter(tags=["documents"])

_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": DocumentIn.model_json_schema()},
            "text/plain": {
                "schema": {
                    "type": "string",
                    "description": "A document file: optional 'key: value' header lines "
                    "ended by '---', then the body.",
                }
            },
        },
    }
}


@router.post(
    "/documents",
    status_code=201,
    response_model=IngestResult,
    responses={
        201: {"description": "Recorded.", "headers": consistency.HEADER_DOC},
        200: {
            "model": IngestResult,
            "description": "The same text, with the same metadata, was recorded before.",
            "headers": consistency.HEADER_DOC,
        },
        **problem_responses(400, 401, 403, 409, 413, 415, 422),
    },
    openapi_extra=_BODY,
    summary="Record a document and the facts extracted from it",
)
async def record(
    request: Request,
    response: Response,
    service: ServiceDep,
    settings: SettingsDep,
    principal: Recorder,
) -> dict[str, Any]:
    source = await read_document(request, settings.max_document_bytes)
    result, position = await run_in_threadpool(_ingest, service, source, principal.name)
    consistency.mark(response, position)
    links = present.document_links(result.document_id)
    if result.created:
        response.headers["Location"] = links["self"]
    else:
        response.status_code = 200
    return {
        "document_id": result.document_id,
        "fact_ids": list(result.fact_ids),
        "created": result.created,
        "position": position,
        "links": {"document": links["self"], "facts": links["facts"]},
    }


def _ingest(
    service: TimelineService, source: SourceDocument, recorded_by: str
) -> tuple[application.IngestResult, int]:
    """Record a document; with the log's head after it (see api.consistency)."""
    result = service.ingest(source, recorded_by)
    return result, consistency.head(service)


@router.get(
    "/documents",
    response_model=DocumentList,
    responses=problem_responses(401, 403, 422),
    summary="Documents in the order they were recorded",
)
def documents(
    request: Request,
    service: ServiceDep,
    _: Reader,
    as_of: AsOf,
    limit: QueryLimit = 100,
    after: Annotated[
        int,
        Query(ge=0, le=MAX_POSITION, description="`next_after` of the previous page."),
        Digits,
    ] = 0,
) -> dict[str, Any]:
    items, position = read_at(
        service, as_of, lambda at: service.views.documents(limit=limit, after=after, as_of=at)
    )
    next_after = items[-1]["position"] if len(items) == limit else None
    return {
        "items": [present.document(d) for d in items],
        "next_after": next_after,
        "as_of": position,
        "links": {"next": present.next_page(request, position, "after", next_after)},
    }


@router.get(
    "/documents/{document_id}",
    response_model=DocumentDetail,
    responses=problem_responses(401, 403, 404, 422),
    summary="A document: metadata, body and its facts with their evidence spans",
)
def document(
    service: ServiceDep,
    _: Reader,
    document_id: Annotated[UUID, Path(description="Document id (a UUID).")],
    as_of: AsOf,
) -> dict[str, Any]:
    found = service.views.document(str(document_id), as_of=as_of)
    if found is None:
        raise NotFound(f"no document with id {document_id}")
    return present.document(found)
