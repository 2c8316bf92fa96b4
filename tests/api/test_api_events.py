"""GET /events: the global log in order, paged by position."""

from __future__ import annotations

import uuid

from api_support import DOC_A, DOC_B, post_document
from fastapi.testclient import TestClient

from timeline.document import NAMESPACE

pytest_plugins = ["api_fixtures"]


def test_the_event_log_lists_every_stored_event_in_order(seeded: TestClient) -> None:
    body = seeded.get("/events").json()
    items = body["items"]
    # Two documents, each registered with its two facts.
    assert [i["position"] for i in items] == list(range(1, len(items) + 1))
    types = [i["type"] for i in items]
    assert types.count("Registered") == 2 and len(items) == 6
    assert {"MeetingHeld", "VisitMade", "CriticismExpressed"} <= set(types)
    first = items[0]
    assert first["originator_version"] == 1 and first["recorded_by"] == "walt"
    assert first["id"] == str(
        uuid.uuid5(NAMESPACE, f"event:{first['originator_id']}:{first['originator_version']}")
    )
    assert first["topic"].endswith(first["type"]) and first["payload"]
    assert body["next_after"] == 6 and body["links"]["next"] == "/events?after=6"


def test_the_log_is_paged_by_position_without_gaps_or_repeats(seeded: TestClient) -> None:
    positions: list[int] = []
    after = 0
    while True:
        body = seeded.get("/events", params={"after": after, "limit": 4}).json()
        if not body["items"]:
            break
        positions.extend(i["position"] for i in body["items"])
        after = body["next_after"]
    assert positions == list(range(1, 7))
    tail = seeded.get("/events?after=6").json()
    assert tail["items"] == [] and tail["next_after"] == 6


def test_new_events_appear_after_the_last_position_seen(client: TestClient) -> None:
    post_document(client, DOC_A)
    after = client.get("/events").json()["next_after"]
    post_document(client, DOC_B)
    new = client.get("/events", params={"after": after}).json()["items"]
    assert [i["position"] for i in new] == [after + 1, after + 2, after + 3]


def test_invalid_positions_and_limits_are_422(client: TestClient) -> None:
    for query in ("after=-1", "after=x", "limit=0", "limit=501", f"after={2**63}"):
        response = client.get(f"/events?{query}")
        assert response.status_code == 422, query
    assert client.get("/events/stream", headers={"Last-Event-ID": "abc"}).status_code == 422
