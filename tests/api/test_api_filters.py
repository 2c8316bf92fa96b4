"""The timeline reads' query models (api.filters): documented, validated in one step."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api import filters

pytest_plugins = ["api_fixtures"]

ROUTES = {
    "/timeline": filters.AnyActorParams,
    "/relations": filters.PairParams,
    "/actors/{actor_id}/timeline": filters.TimelineParams,
}


@pytest.mark.parametrize("path", sorted(ROUTES))
def test_each_timeline_route_documents_every_field_of_its_query_model(
    sqlite_client: TestClient, path: str
) -> None:
    operation = sqlite_client.get("/openapi.json").json()["paths"][path]["get"]
    documented = {p["name"]: p for p in operation["parameters"] if p["in"] == "query"}
    model = ROUTES[path]
    fields = {f.alias or name for name, f in model.model_fields.items()}
    assert set(documented) == fields | {"min_position"}  # every read has it (api.consistency)
    assert documented["limit"]["schema"]["maximum"] == 500
    assert documented["type"]["schema"]["items"]["enum"][0] == "MeetingHeld"
    assert documented["from"]["description"] == "Earliest date: YYYY[-MM[-DD]]."
    assert documented["as_of"]["schema"]["anyOf"][0]["type"] == "integer"


def test_every_invalid_parameter_is_reported_in_one_problem(sqlite_client: TestClient) -> None:
    response = sqlite_client.get("/timeline", params={"limit": "0", "modality": "sure"})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    locations = sorted(tuple(e["loc"]) for e in response.json()["errors"])
    assert locations == [("query", "limit"), ("query", "modality")]


def test_a_repeated_single_parameter_takes_its_last_value_and_unknown_ones_are_ignored(
    seeded: TestClient,
) -> None:
    response = seeded.get("/timeline?limit=3&limit=1&colour=blue")
    assert response.status_code == 200, response.text
    assert [i["when"]["best"] for i in response.json()["items"]] == ["2023-12-01"]
    response = seeded.get("/timeline?type=VisitMade&type=MeetingHeld&type=VisitMade")
    assert [i["type"] for i in response.json()["items"]] == [
        "VisitMade",
        "MeetingHeld",
        "MeetingHeld",
    ]


def test_relations_without_a_second_actor_names_the_missing_parameter(
    sqlite_client: TestClient,
) -> None:
    response = sqlite_client.get("/relations", params={"a": "x:anna", "limit": "2"})
    assert response.status_code == 422
    assert [e["loc"] for e in response.json()["errors"]] == [["query", "b"]]
