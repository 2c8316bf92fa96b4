"""Probes: alive (no database) and ready (the store answers; how far the views lag)."""

from __future__ import annotations

import sqlite3
from typing import Any

import psycopg
from eventsourcing.persistence import PersistenceError
from fastapi import APIRouter

from api.deps import ServiceDep
from api.errors import ApiProblem, problem_responses
from api.schemas import Health, Readiness

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health, summary="The process is alive")
async def healthz() -> dict[str, Any]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    response_model=Readiness,
    responses=problem_responses(503),
    summary="The event store is reachable",
)
def readyz(service: ServiceDep) -> dict[str, Any]:
    try:
        position = service.app.recorder.max_notification_id() or 0
        lag = service.projection.lag()
    except (PersistenceError, psycopg.Error, sqlite3.Error, OSError) as exc:
        raise ApiProblem(503, f"the event store is unreachable ({type(exc).__name__})") from None
    return {"status": "ready", "position": position, "lag": lag}
