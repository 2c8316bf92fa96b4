"""The API against its own OpenAPI schema: every operation, generated inputs, zero failures."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from api_support import ADMIN_KEY, DOC_A, DOC_B, make_settings, open_stub_service
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    response_schema_conformance,
    content_type_conformance,
]
AUTH = {"Authorization": f"Bearer {ADMIN_KEY}"}  # admin: every write is reachable


# Built at import: schemathesis makes one test per operation from a schema loaded here.
# The database is a temporary SQLite file; the stub extractor keeps it deterministic.
_DIRECTORY = tempfile.mkdtemp(prefix="timeline-schema-")
atexit.register(shutil.rmtree, _DIRECTORY, ignore_errors=True)
_URL = f"sqlite:///{_DIRECTORY}/timeline.db"
_SERVICE = open_stub_service(_URL)
APP = create_app(make_settings(_URL, sse_heartbeat_seconds=0.1), _SERVICE)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _seeded() -> Iterator[None]:
    client = TestClient(APP)
    for body in (DOC_A, DOC_B):
        assert client.post("/documents", json={"body": body}, headers=AUTH).status_code == 201
    yield
    _SERVICE.close()


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_conforms_to_the_schema(case: schemathesis.Case) -> None:
    # Event streams never end on their own: read what arrives within a short timeout.
    # Everything else gets time to answer on a loaded machine.
    timeout = 0.3 if case.path == "/events/stream" else 30.0
    case.call_and_validate(headers=AUTH, checks=CHECKS, timeout=timeout)


def test_the_schema_documents_every_route() -> None:
    paths = schema.raw_schema["paths"]
    assert set(paths) == {
        "/timeline",
        "/relations",
        "/actors",
        "/actors/{actor_id}",
        "/actors/{actor_id}/timeline",
        "/facts/{fact_id}",
        "/facts/{fact_id}/history",
        "/facts/{fact_id}/provenance",
        "/facts/{fact_id}/corrections",
        "/facts/{fact_id}/retractions",
        "/documents",
        "/documents/{document_id}",
        "/events",
        "/events/stream",
        "/audit/digest",
        "/audit/proof/{position}",
        "/audit/consistency",
        "/audit/verify",
        "/healthz",
        "/readyz",
    }


def test_success_responses_of_operations_on_stored_ids_conform_too() -> None:
    # Generated ids are almost never stored ones: call each such operation on real ids.
    client = TestClient(APP)
    fact = client.get("/timeline", params={"limit": 1}).json()["items"][0]
    actor = {"actor_id": fact["actors"][0]["id"]}
    ids = {"fact_id": fact["id"]}
    retraction = {"reason": "r"}
    correction = {"changes": {"summary": "corrected"}, "reason": "r", "expected_version": 1}
    stale = {"changes": {"summary": "again"}, "reason": "r", "expected_version": 1}
    as_of = {"as_of": "1"}
    calls: list[tuple[str, str, dict[str, Any], dict[str, Any], dict[str, Any] | None, int]] = [
        ("GET", "/actors/{actor_id}", actor, {}, None, 200),
        ("GET", "/actors/{actor_id}", actor, as_of, None, 404),
        ("GET", "/actors/{actor_id}/timeline", actor, {}, None, 200),
        ("GET", "/documents/{document_id}", {"document_id": fact["document_id"]}, {}, None, 200),
        ("GET", "/facts/{fact_id}", ids, {}, None, 200),
        ("GET", "/facts/{fact_id}/history", ids, {}, None, 200),
        ("GET", "/facts/{fact_id}/provenance", ids, {}, None, 200),
        ("POST", "/facts/{fact_id}/corrections", ids, {}, correction, 200),
        ("POST", "/facts/{fact_id}/corrections", ids, {}, stale, 409),
        ("GET", "/facts/{fact_id}", ids, {"as_of": "2000-01-01T00:00:00Z"}, None, 404),
        ("POST", "/facts/{fact_id}/retractions", ids, {}, retraction, 200),
        ("POST", "/facts/{fact_id}/retractions", ids, {}, retraction, 409),
        ("GET", "/audit/proof/{position}", {"position": 1}, {}, None, 200),
        ("GET", "/audit/proof/{position}", {"position": 2}, {"size": 3}, None, 200),
        ("GET", "/audit/consistency", {}, {"from": 2, "to": 5}, None, 200),
        ("GET", "/audit/verify", {}, {}, None, 200),
    ]
    for method, path, parameters, query, body, status in calls:
        operation = schema[path][method]
        if body is None:
            case = operation.Case(path_parameters=parameters, query=query)
        else:
            case = operation.Case(
                path_parameters=parameters, query=query, body=body, media_type="application/json"
            )
        response = case.call_and_validate(headers=AUTH, checks=CHECKS)
        assert response.status_code == status, (method, path, response.text)


def test_a_stream_replaying_the_log_conforms_event_by_event() -> None:
    # Each event's data is checked against the LogEvent schema (itemSchema/contentSchema).
    case = schema["/events/stream"]["GET"].Case(query={"after": 0})
    response = case.call_and_validate(headers=AUTH, checks=CHECKS, timeout=0.5)
    assert response.text.count("\ndata: ") >= 6
