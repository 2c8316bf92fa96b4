"""Bitemporal reads: ``as_of`` names a point in record time, as a log position or a time.

Every read answers exactly what it would have answered at that point: the views keep
each fact's versions with the log positions between which they were current. A time
is turned into a position (the last event recorded at or before it) here, once, so
the rest of a request only deals with positions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, TypeVar

from fastapi import Depends, Query
from pydantic.config import JsonDict
from starlette.concurrency import run_in_threadpool

from api.deps import MAX_POSITION, ServiceDep
from api.errors import invalid
from timeline import queries
from timeline.audit import utc_iso
from timeline.service import TimelineService

T = TypeVar("T")

_POSITION = re.compile(r"^[0-9]{1,19}$")
_LOCATION = ("query", "as_of")
AS_OF_DESCRIPTION = (
    "Answer as of this point in record time: a log position (an integer, e.g. the `as_of` "
    "of an earlier response) or a date-time with a timezone (RFC 3339, e.g. "
    "`2025-09-03T08:00:00Z`): the position of the last event recorded at or before it. "
    "Later than the last position or the present: 422."
)
# The parameter is read as text; the schema says what the text may be.
AS_OF_SCHEMA: JsonDict = {
    "anyOf": [
        {"type": "integer", "minimum": 0, "maximum": MAX_POSITION},
        {"type": "string", "format": "date-time"},
    ]
}


# What "+02:00" becomes when the "+" was not escaped: a query string decodes it to a space.
_UNESCAPED_PLUS = re.compile(r"[0-9] [0-9]{2}(:?[0-9]{2})?$")


def parse_time(text: str) -> datetime:
    """An ISO 8601 date-time with a timezone (``T``/``Z`` in either case); ValueError if not."""
    try:
        return queries.parse_time(text)
    except ValueError as exc:
        hint = " (send the + of an offset as %2B)" if _UNESCAPED_PLUS.search(text) else ""
        raise ValueError(f"{exc}{hint}") from None


def resolve(service: TimelineService, text: str) -> int:
    """The log position ``as_of`` names; a 422 for one the service cannot answer for."""
    if _POSITION.fullmatch(text):
        position = int(text)
        current = service.views.position()
        if position > current:
            raise invalid(
                _LOCATION, f"log position {position} is beyond the last position ({current})"
            )
        return position
    try:
        moment = parse_time(text)
        recorded = utc_iso(moment)
    except ValueError as exc:
        raise invalid(_LOCATION, str(exc)) from None
    except OverflowError:
        raise invalid(_LOCATION, "the date-time is out of range in UTC") from None
    if moment > datetime.now(UTC):
        raise invalid(_LOCATION, "the date-time is in the future")
    return service.views.position_at(recorded)


async def as_of_position(
    service: ServiceDep,
    as_of: Annotated[
        str | None,
        Query(max_length=64, description=AS_OF_DESCRIPTION, json_schema_extra=AS_OF_SCHEMA),
    ] = None,
) -> int | None:
    """The requested position, or None for the present.

    Async so that the common case (no ``as_of``) costs no threadpool hop; the lookup,
    which reads the database, still runs in the threadpool.
    """
    if as_of is None:
        return None
    return await run_in_threadpool(resolve, service, as_of)


AsOf = Annotated[int | None, Depends(as_of_position)]


def read_at(
    service: TimelineService, as_of: int | None, read: Callable[[int | None], T]
) -> tuple[T, int]:
    """``read`` at ``as_of`` (None: the present) and the position it answered for.

    The present is read from the current tables. The views advance their position in
    the same transaction as their rows, so an unchanged position before and after the
    read proves the read saw exactly that position; otherwise it is read again, pinned
    to the newer position.
    """
    if as_of is not None:
        return read(as_of), as_of
    before = service.views.position()
    result = read(None)
    after = service.views.position()
    if after != before:
        result = read(after)
    return result, after
