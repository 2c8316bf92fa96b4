"""POST /facts/{id}/corrections, and versions as ETags (If-Match) for every write."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from api_support import ADMIN, READER, RECORDER
from fastapi.testclient import TestClient

from api.schemas import FactChanges
from timeline.domain import FACT_FIELDS

pytest_plugins = ["api_fixtures"]

NEW_WHEN = {
    "edtf": "2023-11",
    "best": "2023-11-01",
    "precision": "month",
    "start": "2023-11-01",
    "end": "2023-11-30",
    "expression": "in November",
}


def visit(client: TestClient) -> dict[str, Any]:
    """The fact 'Boris visits Chen on 2023-12-01.' (version 1)."""
    items = client.get("/timeline", params={"type": "VisitMade"}).json()["items"]
    assert len(items) == 1
    item: dict[str, Any] = items[0]
    return item


def correct(
    client: TestClient, fact_id: str, changes: dict[str, Any], **extra: Any
) -> httpx.Response:
    headers = {**RECORDER, **extra.pop("headers", {})}
    body = {"changes": changes, "reason": "checked against the source", **extra}
    return client.post(f"/facts/{fact_id}/corrections", json=body, headers=headers)


def test_a_correction_is_a_new_event_and_the_fact_stands_corrected(seeded: TestClient) -> None:
    fact = visit(seeded)
    changes = {
        "modality": "reported",
        "actors": [
            {"id": "x:boris", "name": "Boris", "role": "visitor"},
            {"id": "x:dana", "name": "Dana", "role": "host"},
        ],
        "location": {"id": "x:lyon", "name": "Lyon"},
        "when": NEW_WHEN,
        "quantities": [{"value": 3, "unit": "day", "text": "three days", "kind": "duration"}],
        "attribution": {"id": "x:anna", "name": "Anna", "role": "source"},
        "summary": "Boris visits Dana",
        "extra": {"note": ["checked", 1]},
    }
    response = correct(seeded, fact["id"], changes)
    assert response.status_code == 200, response.text
    assert response.headers["etag"] == '"2"'
    assert response.headers["content-location"] == f"/facts/{fact['id']}"
    corrected = response.json()
    assert corrected == seeded.get(f"/facts/{fact['id']}").json()
    assert corrected["version"] == 2 and corrected["status"] == "active"
    assert corrected["links"]["history"] == f"/facts/{fact['id']}/history"
    assert corrected["links"]["provenance"] == f"/facts/{fact['id']}/provenance"
    for name in ("modality", "actors", "location", "quantities", "attribution", "summary"):
        assert corrected[name] == changes[name], name
    assert corrected["extra"] == {"note": ["checked", 1]}
    # Left-out parts of `when` take their defaults; sort_key follows the best date.
    assert corrected["when"] == {
        **NEW_WHEN,
        "sort_key": "2023-11-01",
        "duration": None,
        "derivation": "explicit",
    }
    # What was recorded stays: the correction is one more event, old and new side by side.
    events = seeded.get(f"/facts/{fact['id']}/history").json()["events"]
    assert [(e["type"], e["recorded_by"]) for e in events] == [
        ("VisitMade", "walt"),
        ("FactCorrected", "walt"),
    ]
    payload = events[1]["payload"]
    assert payload["reason"] == "checked against the source"
    assert payload["changes"]["modality"] == {"old": "asserted", "new": "reported"}
    assert set(payload["changes"]) == set(changes)
    # Every view follows: the timeline's order, the actors and their relations.
    assert seeded.get("/timeline").json()["items"][0]["when"]["best"] == "2023-11-01"
    relation = seeded.get("/relations", params={"a": "x:boris", "b": "x:dana"}).json()
    assert [i["id"] for i in relation["items"]] == [fact["id"]]
    assert seeded.get("/relations", params={"a": "x:boris", "b": "x:chen"}).json()["items"] == []
    assert seeded.get("/actors/x:chen").json()["fact_count"] == 1


def test_a_correction_changes_only_the_fields_it_names(seeded: TestClient) -> None:
    fact = visit(seeded)
    corrected = correct(seeded, fact["id"], {"location": {"id": "x:rome", "name": "Rome"}}).json()
    unchanged = {k: v for k, v in fact.items() if k not in ("location", "version")}
    assert {k: v for k, v in corrected.items() if k in unchanged} == unchanged
    cleared = correct(seeded, fact["id"], {"location": None})
    assert cleared.status_code == 200 and cleared.json()["location"] is None


def test_the_expected_version_comes_from_if_match_or_the_body(seeded: TestClient) -> None:
    fact_id = visit(seeded)["id"]
    for version, if_match in ((1, '"1"'), (2, "2"), (3, " * ")):
        modality = ["reported", "expected", "planned"][version - 1]
        response = correct(seeded, fact_id, {"modality": modality}, headers={"If-Match": if_match})
        assert response.status_code == 200, (if_match, response.text)
        assert response.headers["etag"] == f'"{version + 1}"'
    ok = correct(seeded, fact_id, {"modality": "asserted"}, expected_version=4)
    assert ok.status_code == 200
    both = correct(
        seeded, fact_id, {"modality": "reported"}, expected_version=5, headers={"If-Match": '"5"'}
    )
    assert both.status_code == 200 and both.json()["version"] == 6


def test_a_stale_version_is_a_409_naming_the_current_one(seeded: TestClient) -> None:
    fact_id = visit(seeded)["id"]
    assert correct(seeded, fact_id, {"modality": "reported"}).status_code == 200
    for extra in ({"headers": {"If-Match": '"1"'}}, {"expected_version": 1}):
        stale = correct(seeded, fact_id, {"modality": "expected"}, **extra)
        assert stale.status_code == 409, extra
        assert stale.headers["content-type"] == "application/problem+json"
        assert stale.headers["etag"] == '"2"'
        problem = stale.json()
        assert problem["detail"] == "expected version 1, but the fact is at version 2"
        assert problem["current_version"] == 2
    assert seeded.get(f"/facts/{fact_id}").json()["modality"] == "reported"


@pytest.mark.parametrize("if_match", ['W/"1"', '"1", "2"', "one", '"0"', "-1", '"99999999999"'])
def test_an_if_match_that_is_not_a_version_is_a_422(
    sqlite_client: TestClient, if_match: str
) -> None:
    response = correct(
        sqlite_client, str(uuid.uuid4()), {"modality": "reported"}, headers={"If-Match": if_match}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["header", "if-match"]


def test_if_match_and_expected_version_must_agree(sqlite_client: TestClient) -> None:
    response = correct(
        sqlite_client,
        str(uuid.uuid4()),
        {"modality": "reported"},
        expected_version=2,
        headers={"If-Match": '"1"'},
    )
    assert response.status_code == 422
    assert "must agree" in response.json()["detail"]


def test_a_correction_that_changes_nothing_is_a_422(seeded: TestClient) -> None:
    fact = visit(seeded)
    same = {"modality": fact["modality"], "actors": fact["actors"], "when": fact["when"]}
    response = correct(seeded, fact["id"], same)
    assert response.status_code == 422
    assert response.json()["detail"] == "the correction changes nothing"
    assert seeded.get(f"/facts/{fact['id']}").json()["version"] == 1


def test_a_retracted_fact_cannot_be_corrected(seeded: TestClient) -> None:
    fact_id = visit(seeded)["id"]
    retracted = seeded.post(
        f"/facts/{fact_id}/retractions", json={"reason": "misread"}, headers=RECORDER
    )
    assert retracted.status_code == 200
    response = correct(seeded, fact_id, {"modality": "reported"})
    assert response.status_code == 409
    assert response.json()["detail"] == f"fact {fact_id} is retracted"


BAD_CHANGES: list[tuple[dict[str, Any], list[str | int]]] = [
    ({}, ["body", "changes"]),
    ({"type": "MeetingHeld"}, ["body", "changes", "type"]),
    ({"evidence": []}, ["body", "changes", "evidence"]),
    ({"modality": "certain"}, ["body", "changes", "modality"]),
    ({"modality": None}, ["body", "changes", "modality"]),
    ({"actors": [{"id": "x:a"}]}, ["body", "changes", "actors", 0, "name"]),
    ({"actors": [{"id": "x:a", "name": "A", "age": 3}]}, ["body", "changes", "actors", 0, "age"]),
    ({"actors": None}, ["body", "changes", "actors"]),
    ({"location": "Paris"}, ["body", "changes", "location"]),
    ({"location": {"id": "", "name": "P"}}, ["body", "changes", "location", "id"]),
    ({"when": {"edtf": "2024-13"}}, ["body", "changes", "when", "edtf"]),
    ({"when": {"best": "2024-02-30"}}, ["body", "changes", "when", "best"]),
    ({"when": {"start": "2 May 2024"}}, ["body", "changes", "when", "start"]),
    ({"when": {"precision": "hour"}}, ["body", "changes", "when", "precision"]),
    ({"when": {"start": "2024-02-02", "end": "2024-02-01"}}, ["body", "changes", "when"]),
    ({"when": {"best": "2024-03-01", "end": "2024-02-01"}}, ["body", "changes", "when"]),
    ({"when": {"duration": "three days"}}, ["body", "changes", "when", "duration"]),
    ({"when": {"season": "spring"}}, ["body", "changes", "when", "season"]),
    ({"when": None}, ["body", "changes", "when"]),
    ({"quantities": [{"value": "many", "unit": "t", "text": "x"}]}, ["body", "changes"]),
    ({"quantities": [{"value": 1, "text": "x"}]}, ["body", "changes", "quantities", 0, "unit"]),
    ({"attribution": {"name": "Anna"}}, ["body", "changes", "attribution", "id"]),
    ({"summary": 3}, ["body", "changes", "summary"]),
    ({"extra": ["not", "an", "object"]}, ["body", "changes", "extra"]),
    ({"extra": {"x": "nul \u0000 inside"}}, ["body", "changes"]),
    # The domain's rules (timeline.changes), checked before the fact is looked up.
    ({"when": {"best": "2019-01-20"}}, ["body", "changes", "when"]),
    ({"when": {"edtf": "1999", "start": "2019-01-20"}}, ["body", "changes", "when"]),
    ({"when": {"edtf": "1999", "best": "2019-01-20"}}, ["body", "changes", "when"]),
    ({"when": {"edtf": "2019-01-21", "precision": "year"}}, ["body", "changes", "when"]),
    ({"when": {"sort_key": "0000"}}, ["body", "changes", "when"]),
    ({"when": {"edtf": "2019", "sort_key": "2020"}}, ["body", "changes", "when"]),
    ({"when": {"edtf": "2019-01-20/2019-01-10"}}, ["body", "changes", "when"]),
    ({"summary": "Putin met Xi \u0000"}, ["body", "changes"]),
    ({"summary": None}, ["body", "changes", "summary"]),
    ({"modality": "maybe"}, ["body", "changes", "modality"]),
    ({"location": "Beijing"}, ["body", "changes", "location"]),
    ({"attribution": "someone"}, ["body", "changes", "attribution"]),
    ({"actors": "Putin"}, ["body", "changes", "actors"]),
    ({"actors": [{"id": "x:a", "name": " "}]}, ["body", "changes"]),
    ({"quantities": 5}, ["body", "changes", "quantities"]),
]


@pytest.mark.parametrize(("changes", "loc"), BAD_CHANGES)
def test_each_field_of_a_correction_is_checked(
    sqlite_client: TestClient, changes: dict[str, Any], loc: list[str | int]
) -> None:
    response = correct(sqlite_client, str(uuid.uuid4()), changes)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    locations = [e["loc"] for e in response.json()["errors"]]
    assert any(found[: len(loc)] == loc for found in locations), locations


def test_a_role_the_fact_type_does_not_have_is_a_422_and_stores_nothing(
    seeded: TestClient,
) -> None:
    fact = visit(seeded)  # a VisitMade: visitor or host
    log = seeded.get("/events").json()["next_after"]
    actors = [
        {"id": "x:boris", "name": "Boris", "role": "visitor"},
        {"id": "x:chen", "name": "Chen", "role": "imposer"},
    ]
    response = correct(seeded, fact["id"], {"actors": actors, "modality": "reported"})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    message = "'imposer' is not a role of VisitMade: use visitor, host"
    problem = response.json()
    assert problem["errors"] == [
        {"loc": ["body", "changes", "actors", 1, "role"], "msg": message, "type": "value_error"}
    ]
    assert problem["detail"] == f"body.changes.actors.1.role: {message}"
    without = correct(seeded, fact["id"], {"actors": [{"id": "x:chen", "name": "Chen"}]})
    assert without.status_code == 422, without.text
    assert without.json()["detail"] == (
        "body.changes.actors.0.role: 'participant' (the role of an actor given none) "
        "is not a role of VisitMade: use visitor, host"
    )
    assert seeded.get("/events").json()["next_after"] == log
    stands = seeded.get(f"/facts/{fact['id']}").json()
    assert (stands["version"], stands["actors"], stands["modality"]) == (
        1,
        fact["actors"],
        "asserted",
    )


def test_a_correction_needs_a_reason_and_no_other_keys(sqlite_client: TestClient) -> None:
    path = f"/facts/{uuid.uuid4()}/corrections"
    changes = {"modality": "reported"}
    for body in (
        {"changes": changes},
        {"changes": changes, "reason": ""},
        {"changes": changes, "reason": "r", "by": "me"},
        {"changes": changes, "reason": "r", "expected_version": 0},
        {"reason": "r"},
    ):
        assert sqlite_client.post(path, json=body, headers=RECORDER).status_code == 422, body
    # Numbers JSON cannot carry are refused, not stored.
    raw = b'{"changes": {"extra": {"x": NaN}}, "reason": "r"}'
    response = sqlite_client.post(
        path, content=raw, headers={**RECORDER, "Content-Type": "application/json"}
    )
    assert response.status_code == 422


def test_a_correction_needs_the_recorder_role_a_known_fact_and_json(
    sqlite_client: TestClient,
) -> None:
    body = {"changes": {"modality": "reported"}, "reason": "r"}
    path = f"/facts/{uuid.uuid4()}/corrections"
    assert sqlite_client.post(path, json=body).status_code == 401
    assert sqlite_client.post(path, json=body, headers=READER).status_code == 403
    assert sqlite_client.post(path, json=body, headers=ADMIN).status_code == 404
    assert sqlite_client.post(path, json=body, headers=RECORDER).status_code == 404
    assert (
        sqlite_client.post("/facts/42/corrections", json=body, headers=RECORDER).status_code == 422
    )
    text = {**RECORDER, "Content-Type": "text/plain"}
    assert sqlite_client.post(path, content=b"{}", headers=text).status_code == 415
    huge = {"changes": {"summary": "x" * 70_000}, "reason": "r"}
    assert sqlite_client.post(path, json=huge, headers=RECORDER).status_code == 413


def test_every_correctable_field_of_the_domain_can_be_sent() -> None:
    assert tuple(FactChanges.model_fields) == FACT_FIELDS


@pytest.mark.parametrize(
    "when",
    [
        {"edtf": "2019-01-20", "best": "2019-01-20", "precision": "day"},
        {"edtf": "2019-01-20", "best": "2019-01-20"},
        {"edtf": "2019-01-20"},
        {"start": "2019-01-20", "end": "2019-01-20"},
    ],
)
def test_a_date_given_by_its_edtf_is_found_by_year_month_and_day(
    seeded: TestClient, when: dict[str, Any]
) -> None:
    fact = visit(seeded)
    response = correct(seeded, fact["id"], {"when": when})
    assert response.status_code == 200, response.text
    assert response.json()["when"] == {
        "edtf": "2019-01-20",
        "best": "2019-01-20",
        "precision": "day",
        "sort_key": "2019-01-20",
        "duration": None,
        "expression": None,
        "derivation": "explicit",
        "start": "2019-01-20",
        "end": "2019-01-20",
    }
    for params in (
        {"from": "2019", "to": "2019"},
        {"from": "2019-01", "to": "2019-01"},
        {"from": "2019-01-20", "to": "2019-01-20"},
        {"from": "2019-01-20"},
        {"to": "2019-01-20"},
    ):
        items = seeded.get("/timeline", params=params).json()["items"]
        assert fact["id"] in [i["id"] for i in items], params
    later = seeded.get("/timeline", params={"from": "2019-01-21", "to": "2019-12-31"})
    assert fact["id"] not in [i["id"] for i in later.json()["items"]]


def test_a_fact_s_date_sent_back_unchanged_changes_nothing(seeded: TestClient) -> None:
    # Whatever the extractor recorded passes the rules as it is.
    for item in seeded.get("/timeline").json()["items"]:
        response = correct(seeded, item["id"], {"when": item["when"]})
        assert response.status_code == 422, response.text
        assert response.json()["detail"] == "the correction changes nothing"


def test_a_value_only_the_domain_refuses_is_a_422_problem_naming_it(seeded: TestClient) -> None:
    fact = visit(seeded)
    response = correct(seeded, fact["id"], {"modality": "reported"}, reason="  ")
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["errors"] == [
        {"loc": ["body", "reason"], "msg": "must not be empty", "type": "value_error"}
    ]
    assert problem["detail"] == "body.reason: must not be empty"
    assert seeded.get(f"/facts/{fact['id']}").json()["version"] == 1
    assert len(seeded.get(f"/facts/{fact['id']}/history").json()["events"]) == 1
