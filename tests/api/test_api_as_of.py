"""Bitemporal reads: with `as_of`, every read answers exactly what it answered back then.

The writes run on the service in the test's thread, under a recording clock (a context
variable, so not through the test client, whose app runs in another thread); every read
goes through HTTP. After each write the full responses of every read are kept; at the
end each read is asked again as of that step, by log position and by recorded time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from api_support import DOC_A, DOC_B, stub_extractor
from fastapi.testclient import TestClient

from api.asof import read_at
from timeline.document import SourceDocument, parse
from timeline.domain import fact_id, recording_clock
from timeline.service import TimelineService

pytest_plugins = ["api_fixtures"]

START = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
DOC_C = "Report: Anna meets Boris on 2024-01-09."  # restates a fact of DOC_A


class Clock:
    """One minute per recorded event; remembers the last time it gave."""

    def __init__(self) -> None:
        self.last = START - timedelta(minutes=1)

    def __call__(self) -> datetime:
        self.last += timedelta(minutes=1)
        return self.last


def fact_ids(source: SourceDocument) -> dict[str, str]:
    """The ids the service gives the stub extractor's facts, by summary."""
    return {
        item.summary: str(
            fact_id(source.sha256, item.type, item.evidence[0].start, item.evidence[0].end)
        )
        for item in stub_extractor(source)
    }


SOURCES = [parse(text) for text in (DOC_A, DOC_B, DOC_C)]
FACTS = {**fact_ids(SOURCES[0]), **fact_ids(SOURCES[1])}
VISIT, CRITICISM, MEETING = (
    FACTS["Boris visits Chen"],
    FACTS["Chen criticises Anna"],
    FACTS["Anna meets Boris"],
)

READS: list[tuple[str, dict[str, Any]]] = [
    ("/timeline", {}),
    ("/timeline", {"include_retracted": "true"}),
    ("/timeline", {"limit": 2}),
    ("/timeline", {"actor": "x:anna", "type": ["MeetingHeld", "CriticismExpressed"]}),
    ("/timeline", {"document": str(SOURCES[0].id), "include_retracted": "true"}),
    ("/relations", {"a": "x:anna", "b": "x:boris"}),
    ("/relations", {"a": "x:boris", "b": "x:dana"}),
    ("/actors/x:boris/timeline", {}),
    ("/actors/x:chen/timeline", {"limit": 1}),
    ("/actors", {}),
    ("/actors", {"q": "an", "limit": 1}),
    *[(f"/actors/x:{name}", {}) for name in ("anna", "boris", "chen", "dana")],
    ("/documents", {}),
    ("/documents", {"limit": 1}),
    *[(f"/documents/{source.id}", {}) for source in SOURCES],
    *[(f"/facts/{fact}", {}) for fact in FACTS.values()],
]


def key(path: str, params: dict[str, Any]) -> str:
    return f"{path} {sorted(params.items())}"


def capture(client: TestClient) -> dict[str, tuple[int, Any]]:
    """Every read's status and body, and the page each paged read links to next."""
    answers: dict[str, tuple[int, Any]] = {}
    for path, params in READS:
        response = client.get(path, params=params)
        body = response.json()
        answers[key(path, params)] = (response.status_code, body)
        following = body.get("links", {}).get("next") if response.status_code == 200 else None
        if following:
            answers[f"next of {key(path, params)}"] = (200, following)
            answers[following] = (200, client.get(following).json())
    return answers


@pytest.fixture
def history(
    client: TestClient, service: TimelineService
) -> Iterator[list[tuple[int, datetime, dict[str, tuple[int, Any]]]]]:
    """(position, recorded time, answers) after each step: nothing, two documents, a
    correction, a retraction and a document corroborating a recorded fact."""
    clock = Clock()
    steps: list[tuple[int, datetime, dict[str, tuple[int, Any]]]] = []

    def step() -> None:
        steps.append((service.views.position(), clock.last, capture(client)))

    step()
    with recording_clock(clock):
        service.ingest(SOURCES[0], "walt")
    step()
    with recording_clock(clock):
        service.ingest(SOURCES[1], "walt")
    step()
    changes = {
        "modality": "reported",
        "actors": [
            {"id": "x:boris", "name": "Boris", "role": "visitor"},
            {"id": "x:dana", "name": "Dana", "role": "host"},
        ],
        "when": {
            "edtf": "2025-06-01",
            "best": "2025-06-01",
            "precision": "day",
            "sort_key": "2025-06-01",
            "duration": None,
            "expression": "1 June 2025",
            "derivation": "explicit",
            "start": "2025-06-01",
            "end": "2025-06-01",
        },
    }
    with recording_clock(clock):
        service.correct(uuid.UUID(VISIT), changes, "misread", "ed")
    step()
    with recording_clock(clock):
        service.retract(uuid.UUID(CRITICISM), "satire", "ed", category="source-withdrawn")
    step()
    with recording_clock(clock):
        corroborated = service.ingest(SOURCES[2], "bob")
    assert corroborated.fact_ids == (MEETING,)
    assert service.app.history(uuid.UUID(MEETING))[-1]["type"] == "FactCorroborated"
    step()
    yield steps


def as_of_values(position: int, recorded: datetime) -> list[str]:
    plus_two = recorded.astimezone(timezone(timedelta(hours=2)))
    return [
        str(position),
        recorded.isoformat().replace("+00:00", "Z"),
        plus_two.isoformat(),  # the same moment in another zone
        (recorded + timedelta(seconds=30)).isoformat(),  # before the next event
    ]


def test_every_read_as_of_a_step_answers_what_it_answered_then(
    client: TestClient, history: list[tuple[int, datetime, dict[str, tuple[int, Any]]]]
) -> None:
    assert [position for position, _, _ in history] == [0, 3, 6, 7, 8, 10]
    for position, recorded, answers in history:
        for as_of in as_of_values(position, recorded):
            for path, params in READS:
                response = client.get(path, params={**params, "as_of": as_of})
                expected = answers[key(path, params)]
                actual = (response.status_code, response.json())
                assert actual == expected, (path, params, as_of)


def test_the_next_page_link_stays_at_the_position_of_its_first_page(
    client: TestClient, history: list[tuple[int, datetime, dict[str, tuple[int, Any]]]]
) -> None:
    followed = 0
    for position, _, answers in history:
        for name, (_, link) in answers.items():
            if name.startswith("next of "):
                assert f"as_of={position}&" in link
                assert client.get(link).json() == answers[link][1]
                followed += 1
    assert followed >= 8


def test_the_steps_changed_what_the_reads_answer(
    history: list[tuple[int, datetime, dict[str, tuple[int, Any]]]],
) -> None:
    # The comparison above is only worth something if the answers differ from step to step.
    fact = key(f"/facts/{VISIT}", {})
    assert [answers[fact][0] for _, _, answers in history] == [404, 200, 200, 200, 200, 200]
    assert [answers[fact][1].get("version") for _, _, answers in history[1:]] == [1, 1, 2, 2, 2]
    timeline = key("/timeline", {})
    counts = [len(answers[timeline][1]["items"]) for _, _, answers in history]
    assert counts == [0, 2, 4, 4, 3, 3]
    meeting = key(f"/facts/{MEETING}", {})
    assert len(history[-1][2][meeting][1]["documents"]) == 2
    assert len(history[-2][2][meeting][1]["documents"]) == 1
    dana = key("/actors/x:dana", {})
    assert [answers[dana][1]["fact_count"] for _, _, answers in history[2:]] == [1, 2, 2, 2]


def test_the_actor_list_as_of_a_step_counts_facts_by_type_as_it_did_then(
    client: TestClient, history: list[tuple[int, datetime, dict[str, tuple[int, Any]]]]
) -> None:
    for position, _, answers in history:
        response = client.get("/actors", params={"as_of": position})
        assert response.json() == answers[key("/actors", {})][1]


AS_OF_READS = {
    "/timeline",
    "/relations",
    "/actors",
    "/actors/{actor_id}",
    "/actors/{actor_id}/timeline",
    "/facts/{fact_id}",
    "/documents",
    "/documents/{document_id}",
}


def test_every_read_of_the_views_takes_as_of(sqlite_client: TestClient) -> None:
    paths = sqlite_client.get("/openapi.json").json()["paths"]
    taking = {
        path
        for path, operations in paths.items()
        if any(p["name"] == "as_of" for p in operations.get("get", {}).get("parameters", []))
    }
    assert taking == AS_OF_READS


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2024-06-01T08:00:00", "needs a timezone"),
        ("2024-06-01", "needs a timezone"),
        ("2999-01-01T00:00:00Z", "in the future"),
        ("0001-01-01T00:00:00+01:00", "out of range"),
        ("1", "beyond the last position (0)"),
        ("99999999999999999999", "must be a log position"),
        ("-1", "must be a log position"),
        ("yesterday", "must be a log position"),
        ("2024-06-01T08:00:00 02:00", "send the + of an offset as %2B"),
    ],
)
def test_an_as_of_the_service_cannot_answer_for_is_a_422(
    sqlite_client: TestClient, value: str, message: str
) -> None:
    for path in ("/timeline", "/actors", "/documents", f"/facts/{uuid.uuid4()}"):
        response = sqlite_client.get(path, params={"as_of": value})
        assert response.status_code == 422, (path, value)
        problem = response.json()
        assert problem["errors"][0]["loc"] == ["query", "as_of"]
        assert message in problem["detail"], problem["detail"]


def test_the_beginning_of_the_log_is_an_empty_timeline(sqlite_client: TestClient) -> None:
    for value in ("0", "2000-01-01T00:00:00z"):
        body = sqlite_client.get("/timeline", params={"as_of": value}).json()
        assert body == {"items": [], "next_cursor": None, "as_of": 0, "links": {"next": None}}


class _MovingViews:
    """Views whose position moves on while a read runs (a write lands meanwhile)."""

    def __init__(self, positions: list[int]) -> None:
        self.positions = positions

    def position(self) -> int:
        return self.positions.pop(0)


def test_a_read_the_log_moved_under_is_read_again_at_the_newer_position() -> None:
    service: Any = type("Service", (), {})()
    reads: list[int | None] = []

    def read(at: int | None) -> str:
        reads.append(at)
        return f"answer at {at}"

    service.views = _MovingViews([5, 5])
    assert read_at(service, None, read) == ("answer at None", 5)
    service.views = _MovingViews([5, 6])
    assert read_at(service, None, read) == ("answer at 6", 6)
    assert read_at(service, 3, read) == ("answer at 3", 3)
    assert reads == [None, None, 6, 3]
