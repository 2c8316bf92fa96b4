"""Probes: /healthz needs nothing, /readyz needs the store and reports the projection lag."""

from __future__ import annotations

import pytest
from api_support import DOC_A, RECORDER, post_document
from eventsourcing.persistence import OperationalError
from fastapi.testclient import TestClient

from timeline.document import parse
from timeline.service import TimelineService

pytest_plugins = ["api_fixtures"]


def test_healthz_answers_without_the_database(client: TestClient, service: TimelineService) -> None:
    service.close()  # even with the store closed
    assert client.get("/healthz").json() == {"status": "ok"}


def test_readyz_reports_the_log_position_and_the_projection_lag(
    client: TestClient, service: TimelineService
) -> None:
    assert client.get("/readyz").json() == {"status": "ready", "position": 0, "lag": 0}
    post_document(client, DOC_A)
    assert client.get("/readyz").json() == {"status": "ready", "position": 3, "lag": 0}
    # Recorded by the application alone: the views have not caught up yet.
    service.app.ingest(parse("Dana meets Eve on 2024-03-03."), "walt")
    assert client.get("/readyz").json()["lag"] == 2


def test_readyz_is_503_when_the_store_is_unreachable(
    client: TestClient, service: TimelineService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable() -> int:
        raise OperationalError("connection refused")

    monkeypatch.setattr(service.app.recorder, "max_notification_id", unreachable)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "the event store is unreachable (OperationalError)"


def test_unknown_paths_and_methods_are_problems(client: TestClient) -> None:
    missing = client.get("/nowhere")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    wrong = client.delete("/timeline")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "GET"
    assert wrong.json()["title"] == "Method Not Allowed"


def test_the_openapi_schema_and_docs_are_served(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    problem = schema["paths"]["/timeline"]["get"]["responses"]["422"]["content"]
    reference = {"$ref": "#/components/schemas/Problem"}
    assert problem == {"application/problem+json": {"schema": reference}}
    assert "Problem" in schema["components"]["schemas"]
    assert "bearer" in str(schema["components"]["securitySchemes"]).lower()
    assert client.get("/docs").status_code == 200


def test_views_that_must_be_rebuilt_make_a_write_a_503_saying_to_replay(
    client: TestClient, service: TimelineService
) -> None:
    post_document(client, DOC_A, title="A", published="2024-01-10")
    # Another process saved a document its projector never applied, and a row of the views
    # stands in the way of its first fact: the views cannot go on from where they are.
    later = service.app.ingest(parse("Chen criticises Anna on 2024-02-01."), "bob")
    with service.views._transaction(commit=True) as c:
        c.execute(
            service.views.sql(
                "INSERT INTO {p}tl_versions (fact_id, version, document_id, type, modality, "
                "status, sort_key, position, search_text, data, span_tier, from_pos) VALUES "
                "(%(f)s, 1, 'd', 'MeetingHeld', 'asserted', 'active', '2000', 0, '', '{}', 0, 1)"
            ),
            {"f": later.fact_ids[0]},
        )
    response = client.post(
        "/documents",
        json={"body": "Anna will meet Dana on 2025-05-05."},
        headers=RECORDER,
    )
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"].endswith("run `timeline replay`")
