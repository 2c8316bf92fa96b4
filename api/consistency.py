"""Read-your-writes when the projection runs apart from the writers.

Every write answers with a ``Log-Position`` header: the head of the event log once the
write was recorded, so at or after the write's own events. A read that passes it back as
``min_position`` is answered from views that have applied at least that position: the
server waits for the projector (``timeline project --follow``) up to
``Settings.consistency_wait_seconds``, then answers 503 with ``Retry-After``. With the
projection inline (the default) the views are there before a write answers: no wait.
"""

from __future__ import annotations

import asyncio

from fastapi import Request, Response
from fastapi.concurrency import run_in_threadpool

from api.errors import ApiProblem, invalid
from timeline.service import TimelineService

LOG_POSITION = "Log-Position"
PARAMETER = "min_position"
MAX_POSITION = 2**63 - 1  # BIGINT: larger values cannot be compared in SQL
PARAMETER_DOC = {
    "name": PARAMETER,
    "in": "query",
    "required": False,
    "description": (
        "Answer only from views that have applied this log position: pass a write's "
        f"`{LOG_POSITION}` header to read what it recorded. The server waits for the "
        "projector for a few seconds, then answers 503 with Retry-After."
    ),
    "schema": {"type": "integer", "minimum": 0, "maximum": MAX_POSITION},
}


HEADER_DOC = {
    LOG_POSITION: {
        "description": "The event log's head once this write was recorded: pass it as "
        f"`{PARAMETER}` to read what the write recorded.",
        "schema": {"type": "integer"},
    }
}


def head(service: TimelineService) -> int:
    """The log's last position now (call it after a write, in the write's thread)."""
    return int(service.app.recorder.max_notification_id() or 0)


def mark(response: Response, position: int) -> None:
    response.headers[LOG_POSITION] = str(position)


def wanted(request: Request) -> int | None:
    """The ``min_position`` a request asks for, validated (422 when malformed)."""
    values = request.query_params.getlist(PARAMETER)
    if not values:
        return None
    if len(values) > 1:
        raise invalid(("query", PARAMETER), "give it once")
    text = values[0]
    if not (text.isascii() and text.isdigit()) or int(text) > MAX_POSITION:
        raise invalid(("query", PARAMETER), f"must be a whole number from 0 to {MAX_POSITION}")
    return int(text)


async def reached(service: TimelineService, position: int, seconds: float) -> int | None:
    """Wait up to ``seconds`` for the views to apply ``position``: None once they have,
    else the position they are at. 422 for a position the log has not reached."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    delay = 0.005
    checked = False
    while True:
        # (read in the threadpool: a PostgreSQL round trip must not stall the event loop)
        current = await run_in_threadpool(service.views.position)
        if current >= position:
            return None
        if not checked:
            # A position the log has not reached names no write: waiting would not help.
            end = await run_in_threadpool(head, service)
            if position > end:
                raise invalid(
                    ("query", PARAMETER), f"the event log ends at position {end}, before it"
                )
            checked = True
        if loop.time() >= deadline:
            return current
        await asyncio.sleep(min(delay, max(0.0, deadline - loop.time())))
        delay = min(delay * 2, 0.2)  # quick for a short lag, gentle for a long one


async def wait_for(service: TimelineService, position: int, seconds: float) -> None:
    """Return once the views have applied ``position``; 503 after ``seconds``."""
    current = await reached(service, position, seconds)
    if current is not None:
        raise ApiProblem(
            503,
            f"the views have applied the event log up to position {current}, not yet "
            f"{position}: the projector is behind; try again",
            headers={"Retry-After": "1"},
        )
