"""Read-your-writes: a write's Log-Position, passed back as min_position (api.consistency)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from api_support import DOC_A, RECORDER, make_settings, open_stub_service, post_document
from fastapi.testclient import TestClient

from api.app import create_app
from timeline.service import TimelineService

pytest_plugins = ["api_fixtures"]


@pytest.fixture
def deferred(database_url: str) -> Iterator[tuple[TestClient, TimelineService]]:
    """A writer whose projection runs apart from it (no projector unless a test starts one)."""
    service = open_stub_service(database_url)
    service.project_inline = False
    settings = make_settings(database_url, consistency_wait_seconds=0.3)
    with TestClient(create_app(settings, service)) as client:
        yield client, service
    service.close()


@contextmanager
def projector(service: TimelineService, delay: float) -> Iterator[None]:
    """A projector following the log, as `timeline project --follow` does, from ``delay``
    seconds on, until the block ends."""
    stop = threading.Event()

    def follow() -> None:
        stop.wait(delay)
        while not stop.is_set():
            service.projection.catch_up()
            stop.wait(0.02)

    thread = threading.Thread(target=follow)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def test_a_write_answers_with_the_log_position_it_recorded_up_to(client: TestClient) -> None:
    response = post_document(client, DOC_A, title="A", published="2024-01-10")
    position = int(response.headers["Log-Position"])
    assert response.json()["position"] == position
    assert position == client.get("/readyz").json()["position"] == 3  # document, two facts
    again = post_document(client, DOC_A, title="A", published="2024-01-10")
    assert again.status_code == 200 and again.json()["position"] == position


def test_with_the_projection_inline_a_read_at_the_write_position_answers_at_once(
    client: TestClient,
) -> None:
    position = post_document(client, DOC_A, published="2024-01-10").json()["position"]
    response = client.get("/timeline", params={"min_position": position})
    assert response.status_code == 200
    assert len(response.json()["items"]) == 2


@pytest.mark.parametrize("value", ["-1", "1.5", "three", "9223372036854775808"])
def test_a_malformed_min_position_is_a_422_problem(sqlite_client: TestClient, value: str) -> None:
    response = sqlite_client.get("/timeline", params={"min_position": value})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["loc"] == ["query", "min_position"]


def test_a_min_position_beyond_the_log_is_a_422_at_once_not_a_wait(client: TestClient) -> None:
    post_document(client, DOC_A, published="2024-01-10")
    response = client.get("/timeline", params={"min_position": 4})
    assert response.status_code == 422
    assert "ends at position 3" in response.json()["errors"][0]["msg"]
    twice = client.get("/timeline?min_position=1&min_position=2")
    assert twice.status_code == 422


def test_a_read_waits_for_a_projector_that_is_behind_and_sees_the_write(
    deferred: tuple[TestClient, TimelineService],
) -> None:
    client, service = deferred
    position = post_document(client, DOC_A, published="2024-01-10").json()["position"]
    assert client.get("/timeline").json()["items"] == []  # without it: the views as they are
    with projector(service, 0.1):
        started = time.perf_counter()
        response = client.get("/timeline", params={"min_position": position})
        waited = time.perf_counter() - started
    assert response.status_code == 200
    assert [f["type"] for f in response.json()["items"]] == ["VisitMade", "MeetingHeld"]
    assert waited >= 0.1


def test_a_read_the_projector_does_not_reach_in_time_is_a_503_with_retry_after(
    deferred: tuple[TestClient, TimelineService],
) -> None:
    client, service = deferred
    position = post_document(client, DOC_A, published="2024-01-10").json()["position"]
    response = client.get("/timeline", params={"min_position": position})
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "1"
    assert "up to position 0, not yet 3" in response.json()["detail"]
    assert service.views.position() == 0  # a read changes nothing


def test_a_correction_answers_with_the_fact_as_corrected_even_with_a_separate_projector(
    deferred: tuple[TestClient, TimelineService],
) -> None:
    client, service = deferred
    fact = projected_visit(client, service)
    with projector(service, 0.05):
        response = correct_summary(client, fact["id"])
    assert response.status_code == 200, response.text
    assert response.json()["summary"] == "Boris visited Chen"
    assert response.json()["version"] == 2
    assert int(response.headers["Log-Position"]) == 4


def test_a_correction_the_projector_does_not_reach_in_time_is_accepted_with_202(
    deferred: tuple[TestClient, TimelineService],
) -> None:
    client, service = deferred
    fact = projected_visit(client, service)
    response = correct_summary(client, fact["id"])
    assert response.status_code == 202, response.text
    link = f"/facts/{fact['id']}"
    assert response.json() == {
        "fact_id": fact["id"],
        "version": 2,
        "position": 4,
        "links": {"fact": link},
    }
    assert response.headers["etag"] == '"2"'
    assert response.headers["location"] == link
    assert response.headers["log-position"] == "4"
    # The correction stands: once projected, the fact reads as corrected.
    service.projection.catch_up()
    assert client.get(link, params={"min_position": 4}).json()["summary"] == "Boris visited Chen"


def projected_visit(client: TestClient, service: TimelineService) -> dict[str, Any]:
    """DOC_A recorded and projected: its fact 'Boris visits Chen' (version 1)."""
    post_document(client, DOC_A, published="2024-01-10")
    service.projection.catch_up()
    fact: dict[str, Any] = client.get("/timeline", params={"type": "VisitMade"}).json()["items"][0]
    return fact


def correct_summary(client: TestClient, fact_id: str) -> httpx.Response:
    return client.post(
        f"/facts/{fact_id}/corrections",
        json={"changes": {"summary": "Boris visited Chen"}, "reason": "wording"},
        headers=RECORDER,
    )


def test_every_read_documents_min_position_and_its_problems(sqlite_client: TestClient) -> None:
    paths = sqlite_client.get("/openapi.json").json()["paths"]
    reads = [operations["get"] for operations in paths.values() if "get" in operations]
    assert len(reads) > 10
    for read in reads:
        assert "min_position" in {p["name"] for p in read.get("parameters", [])}
        assert {"422", "503"} <= set(read["responses"])
