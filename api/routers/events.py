"""The global event log: a page at a time, or followed live as Server-Sent Events."""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from sse_starlette import EventSourceResponse, ServerSentEvent

from api import present
from api.deps import MAX_POSITION, Digits, QueryLimit, Reader, ServiceDep, SettingsDep
from api.errors import invalid, problem_responses
from api.schemas import EventPage
from timeline.service import TimelineService

router = APIRouter(tags=["events"])

STREAM_BATCH = 100


def log_after(service: TimelineService, after: int, limit: int) -> list[dict[str, Any]]:
    notifications = service.app.recorder.select_notifications(
        start=after, limit=limit, inclusive_of_start=False
    )
    return [present.log_event(service.app.describe_stored_event(n), n.id) for n in notifications]


@router.get(
    "/events",
    response_model=EventPage,
    responses=problem_responses(401, 403, 422),
    summary="The global event log in order",
)
def events(
    request: Request,
    service: ServiceDep,
    _: Reader,
    after: Annotated[
        int,
        Query(ge=0, le=MAX_POSITION, description="Return events after this position."),
        Digits,
    ] = 0,
    limit: QueryLimit = 100,
) -> dict[str, Any]:
    items = log_after(service, after, limit)
    next_after = items[-1]["position"] if items else after
    return {
        "items": items,
        "next_after": next_after,
        "links": {"next": present.with_param(request, "after", next_after)},
    }


# One Server-Sent Event (OpenAPI 3.2 ``itemSchema``): ``data`` is a LogEvent as JSON.
_EVENT_SCHEMA = {
    "type": "object",
    "required": ["id", "data"],
    "properties": {
        "id": {"type": "string", "pattern": r"^[0-9]+$"},
        "event": {"type": "string"},
        "data": {
            "type": "string",
            "contentMediaType": "application/json",
            "contentSchema": {"$ref": "#/components/schemas/LogEvent"},
        },
    },
}

_STREAM_DOC = (
    "Each event is sent as it is recorded: `id:` is its log position and `data:` the "
    "event as JSON (the items of `/events`). Comment lines are heartbeats. To resume, "
    "send `Last-Event-ID` (browsers do so themselves); it wins over `after`. Without "
    "either, the stream starts at the end of the log."
)


@router.get(
    "/events/stream",
    response_class=EventSourceResponse,
    responses={
        200: {
            "description": "An endless text/event-stream.",
            "content": {"text/event-stream": {"itemSchema": _EVENT_SCHEMA}},
        },
        **problem_responses(401, 403, 422),
    },
    summary="Follow the event log (Server-Sent Events)",
    description=_STREAM_DOC,
)
async def stream(
    request: Request,
    service: ServiceDep,
    settings: SettingsDep,
    _: Reader,
    after: Annotated[
        int | None,
        Query(ge=0, le=MAX_POSITION, description="Send events after this position."),
        Digits,
    ] = None,
    last_event_id: Annotated[
        str | None, Header(pattern=r"^[0-9]{1,19}$", description="The last `id:` received.")
    ] = None,
) -> EventSourceResponse:
    start, where = after, ("query", "after")
    if last_event_id is not None:
        start, where = int(last_event_id), ("header", "last-event-id")
        if start > MAX_POSITION:
            raise invalid(where, "is beyond the end of any log")
    end = await run_in_threadpool(service.app.recorder.max_notification_id) or 0
    if start is None:
        start = end
    elif start > end:
        # Positions never go back: a later one is another store's, and would wait forever.
        raise invalid(where, f"is beyond the end of the log ({end})")
    stopping: threading.Event = request.app.state.stopping
    return EventSourceResponse(
        _follow(service, start, settings.sse_poll_seconds, stopping),
        ping=settings.sse_heartbeat_seconds,
    )


async def _follow(
    service: TimelineService, position: int, poll_seconds: float, stopping: threading.Event
) -> AsyncIterator[ServerSentEvent]:
    """Poll the log: works the same on SQLite and PostgreSQL, and across worker processes.

    sse-starlette ends the stream when the client disconnects or the server shuts down;
    ``stopping`` also ends it when the application shuts down under another server.
    """
    while not stopping.is_set():
        batch = await run_in_threadpool(log_after, service, position, STREAM_BATCH)
        for item in batch:
            data = json.dumps(item, ensure_ascii=False)
            yield ServerSentEvent(data=data, id=str(item["position"]))
            position = item["position"]
        if len(batch) < STREAM_BATCH:
            await anyio.sleep(poll_seconds)
