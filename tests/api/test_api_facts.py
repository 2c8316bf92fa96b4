"""GET /facts/{id}, its history and provenance, and POST /facts/{id}/retractions."""

from __future__ import annotations

import uuid
from typing import Any

from api_support import ADMIN, READER, RECORDER
from fastapi.testclient import TestClient

from timeline.provenance import provenance_json
from timeline.service import TimelineService

pytest_plugins = ["api_fixtures"]


def first_fact(client: TestClient) -> dict[str, Any]:
    item: dict[str, Any] = client.get("/timeline").json()["items"][0]
    return item


def test_a_fact_is_served_by_id_with_its_evidence_and_links(seeded: TestClient) -> None:
    listed = first_fact(seeded)
    fact = seeded.get(f"/facts/{listed['id']}").json()
    assert fact == listed
    assert fact["status"] == "active" and fact["version"] == 1
    assert seeded.get(f"/facts/{listed['id']}").headers["etag"] == '"1"'
    assert fact["evidence"][0]["quote"] == "Boris visits Chen on 2023-12-01."
    assert fact["extractor"] == {"name": "stub", "version": "1", "rule": "stub.sentence"}
    assert fact["recorded_by"] == "walt"
    assert seeded.get(f"/facts/{listed['id'].upper()}").json()["id"] == listed["id"]


def test_an_unknown_fact_is_404_and_a_malformed_id_is_422(seeded: TestClient) -> None:
    unknown = uuid.uuid4()
    for path in (f"/facts/{unknown}", f"/facts/{unknown}/history", f"/facts/{unknown}/provenance"):
        response = seeded.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"] == "application/problem+json"
    for path in ("/facts/42", "/facts/not-a-uuid/history", "/facts/42/provenance"):
        response = seeded.get(path)
        assert response.status_code == 422, path
        assert response.json()["errors"][0]["loc"] == ["path", "fact_id"]


def test_the_history_of_a_fact_lists_every_stored_event(seeded: TestClient) -> None:
    fact = first_fact(seeded)
    history = seeded.get(f"/facts/{fact['id']}/history").json()
    assert history["fact_id"] == fact["id"]
    [recorded] = history["events"]
    assert recorded["type"] == "VisitMade" and recorded["version"] == 1
    assert recorded["recorded_by"] == "walt" and recorded["recorded_at"]
    assert recorded["payload"]["evidence"][0]["quote"] == fact["quote"]


def test_a_document_id_has_no_fact_history_or_provenance(seeded: TestClient) -> None:
    document_id = first_fact(seeded)["document_id"]
    assert seeded.get(f"/facts/{document_id}/history").status_code == 404
    assert seeded.get(f"/facts/{document_id}/provenance").status_code == 404


def test_the_provenance_of_a_fact_is_its_prov_json_document(
    seeded: TestClient, service: TimelineService
) -> None:
    fact = first_fact(seeded)
    response = seeded.get(fact["links"]["provenance"])
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    history, documents = service.lineage(uuid.UUID(fact["id"]))
    assert response.json() == provenance_json(history, documents)
    entities = response.json()["entity"]
    assert f"tl:fact/{fact['id']}/v1" in entities
    assert f"tl:document/{fact['document_id']}" in entities


def test_a_recorder_retracts_a_fact_with_a_new_event(seeded: TestClient) -> None:
    fact = first_fact(seeded)
    response = seeded.post(
        f"/facts/{fact['id']}/retractions",
        json={
            "reason": "the quote is about another meeting",
            "category": "extraction-error",
            "expected_version": 1,
        },
        headers=RECORDER,
    )
    assert response.status_code == 200, response.text
    assert response.headers["etag"] == '"2"'
    assert response.headers["content-location"] == f"/facts/{fact['id']}"
    retracted = response.json()
    assert retracted["status"] == "retracted" and retracted["version"] == 2
    assert retracted["retraction"] == {
        "reason": "the quote is about another meeting",
        "recorded_by": "walt",
        "category": "extraction-error",
    }
    assert retracted == seeded.get(f"/facts/{fact['id']}").json()
    events = seeded.get(f"/facts/{fact['id']}/history").json()["events"]
    assert [(e["type"], e["recorded_by"]) for e in events] == [
        ("VisitMade", "walt"),
        ("FactRetracted", "walt"),
    ]
    provenance = seeded.get(f"/facts/{fact['id']}/provenance").json()
    assert provenance["wasInvalidatedBy"]


def test_retracting_twice_or_at_a_stale_version_is_a_409_conflict(seeded: TestClient) -> None:
    fact = first_fact(seeded)
    path = f"/facts/{fact['id']}/retractions"
    stale = seeded.post(path, json={"reason": "r", "expected_version": 5}, headers=RECORDER)
    assert stale.status_code == 409
    assert stale.json()["detail"] == "expected version 5, but the fact is at version 1"
    assert stale.json()["current_version"] == 1 and stale.headers["etag"] == '"1"'
    stale = seeded.post(path, json={"reason": "r"}, headers={**RECORDER, "If-Match": '"2"'})
    assert stale.status_code == 409 and stale.json()["current_version"] == 1
    assert seeded.post(path, json={"reason": "r"}, headers=ADMIN).status_code == 200
    again = seeded.post(path, json={"reason": "r"}, headers=RECORDER)
    assert again.status_code == 409 and again.headers["content-type"] == "application/problem+json"
    assert "is retracted" in again.json()["detail"]


def test_retraction_needs_the_recorder_role_and_a_reason(seeded: TestClient) -> None:
    fact = first_fact(seeded)
    path = f"/facts/{fact['id']}/retractions"
    assert seeded.post(path, json={"reason": "r"}).status_code == 401
    assert seeded.post(path, json={"reason": "r"}, headers=READER).status_code == 403
    assert seeded.post(path, json={"reason": ""}, headers=ADMIN).status_code == 422
    assert seeded.post(path, json={"why": "r"}, headers=ADMIN).status_code == 422
    wrong = seeded.post(path, json={"reason": "r", "category": "boredom"}, headers=ADMIN)
    assert wrong.status_code == 422 and "source-withdrawn" in wrong.json()["detail"]
    assert (
        seeded.post(
            path, content=b"\xff{", headers={**ADMIN, "Content-Type": "application/json"}
        ).status_code
        == 422
    )
    assert (
        seeded.post(path, content=b"r", headers={**ADMIN, "Content-Type": "text/plain"}).status_code
        == 415
    )
    missing = seeded.post(f"/facts/{uuid.uuid4()}/retractions", json={"reason": "r"}, headers=ADMIN)
    assert missing.status_code == 404
    assert seeded.get(f"/facts/{fact['id']}").json()["status"] == "active"


def test_a_blank_retraction_reason_or_summary_is_a_422_and_the_fact_stays_as_it_was(
    seeded: TestClient,
) -> None:
    fact = first_fact(seeded)
    blank = seeded.post(
        f"/facts/{fact['id']}/retractions", json={"reason": "  \t "}, headers=RECORDER
    )
    assert blank.status_code == 422 and blank.headers["content-type"] == "application/problem+json"
    assert blank.json()["errors"][0]["loc"] == ["body", "reason"]
    empty_summary = seeded.post(
        f"/facts/{fact['id']}/corrections",
        json={"changes": {"summary": " "}, "reason": "tidy"},
        headers=RECORDER,
    )
    assert empty_summary.status_code == 422
    assert "summary: must not be empty" in empty_summary.json()["detail"]
    now = seeded.get(f"/facts/{fact['id']}").json()
    assert now["version"] == 1 and now["status"] != "retracted"
    assert now["summary"] == fact["summary"]
