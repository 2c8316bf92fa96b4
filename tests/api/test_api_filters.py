"""The timeline reads' query models (api.filters): documented, validated in one step."""

from __future__ import annotations

from typing import Any

import pytest
from api_support import ADMIN, RECORDER
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


def test_a_repeated_single_parameter_is_a_422_and_repeatable_ones_still_repeat(
    seeded: TestClient,
) -> None:
    response = seeded.get("/timeline?limit=3&limit=1")
    assert response.status_code == 422, response.text
    assert response.json()["errors"] == [
        {
            "loc": ["query", "limit"],
            "msg": "is given 2 times: it takes one value",
            "type": "value_error",
        }
    ]
    response = seeded.get("/timeline?type=VisitMade&type=MeetingHeld&type=VisitMade")
    assert [i["type"] for i in response.json()["items"]] == [
        "VisitMade",
        "MeetingHeld",
        "MeetingHeld",
    ]
    both = seeded.get("/timeline?actor=x:chen&actor=x:dana").json()["items"]
    assert len(both) == 3


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/timeline?actors=x:anna", "actors"),  # a misspelt actor: not an unfiltered timeline
        ("/timeline?limit=2&colour=blue", "colour"),
        ("/relations?a=x:anna&b=x:boris&c=x:chen", "c"),
        ("/actors?limt=1", "limt"),
        ("/actors/x:anna?as-of=1", "as-of"),
        ("/actors/x:anna/timeline?actor=x:boris", "actor"),
        ("/documents?before=3", "before"),
        ("/events?since=0", "since"),
        ("/audit/digest?size=1", "size"),
        ("/facts/00000000-0000-0000-0000-000000000000?version=1", "version"),
    ],
)
def test_an_unknown_query_parameter_is_a_422_naming_it(
    sqlite_client: TestClient, path: str, name: str
) -> None:
    response = sqlite_client.get(path)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    [error] = response.json()["errors"]
    assert error["loc"] == ["query", name] and error["type"] == "extra_forbidden"
    assert "is not a parameter of this operation" in error["msg"]


def test_an_unknown_parameter_of_a_write_is_a_422_too(sqlite_client: TestClient) -> None:
    response = sqlite_client.post(
        "/documents?dry_run=1", json={"body": "Anna meets Boris on 2024-01-09."}, headers=RECORDER
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"] == ["query", "dry_run"]
    assert sqlite_client.get("/events").json()["items"] == []


def test_every_documented_parameter_is_still_accepted(seeded: TestClient) -> None:
    first = seeded.get("/timeline?limit=1").json()
    cursor, position = first["next_cursor"], first["as_of"]
    document = first["items"][0]["document_id"]
    every = {
        "actor": "x:boris",
        "type": "VisitMade",
        "modality": "asserted",
        "from": "2023",
        "to": "2023-12-31",
        "document": document,
        "q": "boris",
        "include_retracted": "false",
        "limit": "5",
        "as_of": str(position),
        "min_position": str(position),
    }
    response = seeded.get("/timeline", params=every)
    assert response.status_code == 200, response.text
    assert [i["when"]["best"] for i in response.json()["items"]] == ["2023-12-01"]
    paged = seeded.get("/timeline", params={"cursor": cursor, "as_of": position, "limit": 1})
    assert paged.status_code == 200, paged.text
    for path in (
        f"/relations?a=x:anna&b=x:boris&as_of={position}&min_position=1",
        "/actors?q=ann&limit=1&as_of=1&min_position=1",
        "/actors/x:anna?as_of=6&min_position=6",
        "/documents?limit=1&after=0&as_of=6",
        "/events?after=0&limit=1&min_position=0",
        "/audit/consistency?from=1&to=2",
        "/audit/proof/1?size=2",
        "/docs?anything=1",  # the documentation pages are not operations
        "/redoc?anything=1",
    ):
        assert seeded.get(path).status_code == 200, path
    # A next link carries as_of and cursor, and follows as it is.
    link = seeded.get("/timeline?limit=1&actor=x:anna").json()["links"]["next"]
    assert seeded.get(link).status_code == 200


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/timeline?limit=1_0", ["query", "limit"]),
        ("/timeline?limit=%2B5", ["query", "limit"]),
        ("/timeline?limit=%205", ["query", "limit"]),
        ("/timeline?limit=5.0", ["query", "limit"]),
        ("/timeline?limit=%EF%BC%92", ["query", "limit"]),  # a fullwidth 2
        ("/timeline?as_of=%EF%BC%91%EF%BC%90", ["query", "as_of"]),  # a fullwidth 10
        ("/timeline?as_of=%D9%A1", ["query", "as_of"]),  # an Arabic-Indic 1
        ("/timeline?min_position=%EF%BC%91", ["query", "min_position"]),
        ("/actors?limit=1_0", ["query", "limit"]),
        ("/documents?after=1_0", ["query", "after"]),
        ("/documents?limit=%EF%BC%92", ["query", "limit"]),
        ("/events?after=%2B1", ["query", "after"]),
        ("/events?limit=1e1", ["query", "limit"]),
        ("/audit/consistency?from=0_1", ["query", "from"]),
        ("/audit/proof/1_0", ["path", "position"]),
        ("/audit/proof/1?size=%EF%BC%92", ["query", "size"]),
    ],
)
def test_numbers_in_a_query_are_plain_ascii_digits(
    sqlite_client: TestClient, path: str, location: list[str]
) -> None:
    response = sqlite_client.get(path)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["loc"] == location


def test_numbers_in_headers_are_plain_ascii_digits(seeded: TestClient) -> None:
    fact = seeded.get("/timeline?limit=1").json()["items"][0]["id"]
    response = seeded.post(
        f"/facts/{fact}/retractions",
        json={"reason": "test"},
        headers={**RECORDER, "If-Match": b'"\xb9"'},  # latin-1 superscript one
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"] == ["header", "if-match"]
    response = seeded.get("/events/stream", headers={"Last-Event-ID": b"\xb2"})
    assert response.status_code == 422, response.text


@pytest.mark.parametrize(
    ("query", "name"),
    [("actor=", "actor"), ("q=", "q"), ("cursor=", "cursor"), ("document=", "document")],
)
def test_an_empty_filter_is_a_422_not_no_filter(
    sqlite_client: TestClient, query: str, name: str
) -> None:
    response = sqlite_client.get(f"/timeline?{query}")
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"][:2] == ["query", name]
    assert sqlite_client.get("/actors?q=").status_code == 422


def test_relations_without_a_second_actor_names_the_missing_parameter(
    sqlite_client: TestClient,
) -> None:
    response = sqlite_client.get("/relations", params={"a": "x:anna", "limit": "2"})
    assert response.status_code == 422
    assert [e["loc"] for e in response.json()["errors"]] == [["query", "b"]]


# Booleans: the words true and false, nothing pydantic would also read as one

LOOSE_BOOLEANS = ["yes", "no", "on", "off", "1", "0", "y", "n", "t", "f", "", " true", "true "]


def boolean_parameters(client: TestClient) -> list[tuple[str, str]]:
    """Every (path, name) of a boolean query parameter the OpenAPI document lists."""

    def boolean(schema: dict[str, Any]) -> bool:
        return schema.get("type") == "boolean" or any(boolean(s) for s in schema.get("anyOf", ()))

    return sorted(
        (path, parameter["name"])
        for path, operations in client.get("/openapi.json").json()["paths"].items()
        for operation in operations.values()
        for parameter in operation.get("parameters", ())
        if parameter["in"] == "query" and boolean(parameter["schema"])
    )


def test_the_boolean_query_parameters_are_the_reads_include_retracted_and_verify_views(
    sqlite_client: TestClient,
) -> None:
    assert boolean_parameters(sqlite_client) == [
        ("/actors/{actor_id}/timeline", "include_retracted"),
        ("/audit/verify", "views"),
        ("/relations", "include_retracted"),
        ("/timeline", "include_retracted"),
    ]


@pytest.mark.parametrize("value", LOOSE_BOOLEANS)
def test_every_boolean_query_parameter_refuses_anything_but_true_or_false(
    sqlite_client: TestClient, value: str
) -> None:
    for path, name in boolean_parameters(sqlite_client):
        url = path.replace("{actor_id}", "x:anna")
        params = {"a": "x:anna", "b": "x:boris"} if path == "/relations" else {}
        headers = ADMIN if path == "/audit/verify" else {}
        response = sqlite_client.get(url, params={**params, name: value}, headers=headers)
        assert response.status_code == 422, (path, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        [error] = response.json()["errors"]
        assert error["loc"] == ["query", name]
        assert error["msg"] == "Input should be true or false (in any letter case)"
        assert response.json()["detail"] == f"query.{name}: {error['msg']}"


def test_true_and_false_are_read_in_any_letter_case(seeded: TestClient) -> None:
    target = seeded.get("/timeline?actor=x:dana").json()["items"][0]["id"]
    retracted = seeded.post(
        f"/facts/{target}/retractions", json={"reason": "misread"}, headers=RECORDER
    )
    assert retracted.status_code == 200, retracted.text
    for path in ("/timeline", "/relations?a=x:anna&b=x:dana&", "/actors/x:anna/timeline"):
        url = path if "?" in path else f"{path}?"
        for value, shown in [("true", True), ("True", True), ("TRUE", True), ("false", False)]:
            response = seeded.get(f"{url}include_retracted={value}")
            assert response.status_code == 200, (path, response.text)
            ids = [item["id"] for item in response.json()["items"]]
            assert (target in ids) is shown, (path, value)
        assert seeded.get(f"{url}include_retracted=FaLsE").status_code == 200
