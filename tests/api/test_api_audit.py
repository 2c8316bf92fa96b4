"""GET /audit/*: the ledger's digest, inclusion and consistency proofs, verification."""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
from collections.abc import Iterator

import pytest
from api_support import (
    ADMIN,
    DOC_A,
    RECORDER,
    STUB_INFO,
    make_settings,
    post_document,
    stub_extractor,
)
from fastapi.testclient import TestClient

from api.app import create_app
from timeline import audit
from timeline.ledger import verify_consistency, verify_inclusion
from timeline.service import TimelineService

pytest_plugins = ["api_fixtures"]


def test_the_digest_is_the_size_and_root_of_the_ledger(
    seeded: TestClient, service: TimelineService
) -> None:
    digest = seeded.get("/audit/digest").json()
    assert digest == audit.digest(service.views).as_dict()
    assert digest["size"] == 6  # two documents of two facts each


def test_every_event_has_an_inclusion_proof_that_checks(seeded: TestClient) -> None:
    digest = seeded.get("/audit/digest").json()
    root = bytes.fromhex(digest["root"])
    for position in range(1, digest["size"] + 1):
        proof = seeded.get(f"/audit/proof/{position}").json()
        assert proof["position"] == position and proof["tree_size"] == digest["size"]
        assert proof["root"] == digest["root"]
        leaf, path = bytes.fromhex(proof["leaf_hash"]), [bytes.fromhex(h) for h in proof["proof"]]
        assert verify_inclusion(leaf, proof["leaf_index"], digest["size"], path, root)


def test_a_proof_carries_the_stored_bytes_its_leaf_commits_to_and_they_are_the_event(
    seeded: TestClient,
) -> None:
    events = {e["position"]: e for e in seeded.get("/events").json()["items"]}
    for position in (1, 4):
        proof = seeded.get(f"/audit/proof/{position}").json()
        data = base64.b64decode(proof["event_bytes"])
        assert hashlib.sha256(b"\x00" + data).hexdigest() == proof["leaf_hash"]
        originator, version, topic, state = data.decode().split("\n", 3)
        event = events[position]
        assert (originator, int(version)) == (event["originator_id"], event["originator_version"])
        assert topic == event["topic"]
        stored = json.loads(state)
        assert stored["recorded_by"] == event["recorded_by"]


def test_an_old_digest_is_extended_by_the_new_one(seeded: TestClient) -> None:
    old = seeded.get("/audit/digest").json()
    fact = seeded.get("/timeline").json()["items"][0]
    seeded.post(f"/facts/{fact['id']}/retractions", json={"reason": "r"}, headers=RECORDER)
    new = seeded.get("/audit/digest").json()
    assert new["size"] == old["size"] + 1
    proof = seeded.get("/audit/consistency", params={"from": old["size"]}).json()
    assert proof["from"] == old and proof["to"] == new
    assert verify_consistency(
        old["size"],
        new["size"],
        bytes.fromhex(old["root"]),
        bytes.fromhex(new["root"]),
        [bytes.fromhex(h) for h in proof["proof"]],
    )
    # An event recorded before the old digest is proved against the old tree too.
    earlier = seeded.get("/audit/proof/2", params={"size": old["size"]}).json()
    assert earlier["root"] == old["root"] and earlier["tree_size"] == old["size"]
    between = seeded.get("/audit/consistency", params={"from": 2, "to": 4}).json()
    assert (between["from"]["size"], between["to"]["size"]) == (2, 4)


def test_proofs_the_log_cannot_give_are_404_and_malformed_requests_422(
    seeded: TestClient,
) -> None:
    for path, params in (
        ("/audit/proof/7", {}),  # no event there yet
        ("/audit/proof/5", {"size": 3}),  # a tree of 3 does not hold the 5th event
        ("/audit/proof/2", {"size": 7}),  # the tree has 6
        ("/audit/consistency", {"from": 2, "to": 7}),
        ("/audit/consistency", {"from": 7}),
    ):
        response = seeded.get(path, params=params)
        assert response.status_code == 404, (path, params, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    for path, params in (
        ("/audit/proof/0", {}),
        ("/audit/proof/x", {}),
        ("/audit/proof/2", {"size": 0}),
        ("/audit/consistency", {}),
        ("/audit/consistency", {"from": -1}),
        ("/audit/consistency", {"from": 4, "to": 2}),
    ):
        response = seeded.get(path, params=params)
        assert response.status_code == 422, (path, params, response.text)


def test_an_admin_verifies_the_log_against_the_ledger_and_a_kept_digest(
    seeded: TestClient,
) -> None:
    assert seeded.get("/audit/verify").status_code == 401
    assert seeded.get("/audit/verify", headers=RECORDER).status_code == 403
    digest = seeded.get("/audit/digest").json()
    result = seeded.get("/audit/verify", headers=ADMIN).json()
    assert result == {
        "ok": True,
        "checked": 6,
        "size": 6,
        "root": digest["root"],
        "first_bad_position": None,
        "problem": "",
        "views_checked": False,
        "first_bad_fact": None,
    }
    kept = seeded.get("/audit/verify", params=digest, headers=ADMIN).json()
    assert kept["ok"]
    other = {"size": 6, "root": "0" * 64}
    mismatch = seeded.get("/audit/verify", params=other, headers=ADMIN).json()
    assert not mismatch["ok"] and "differs from the digest" in mismatch["problem"]
    for params in ({"size": 6}, {"root": digest["root"]}, {"size": 6, "root": "ABC"}):
        response = seeded.get("/audit/verify", params=params, headers=ADMIN)
        assert response.status_code == 422, params


def test_the_schema_says_verify_needs_a_key_even_when_reads_are_open(
    sqlite_client: TestClient,
) -> None:
    paths = sqlite_client.get("/openapi.json").json()["paths"]
    assert {} in paths["/audit/digest"]["get"]["security"]
    assert {} not in paths["/audit/verify"]["get"]["security"]


def test_verify_names_the_first_stored_event_that_was_edited(
    sqlite_url: str, sqlite_client: TestClient
) -> None:
    post_document(sqlite_client, DOC_A)
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as conn:
        conn.execute(
            "UPDATE stored_events SET state = "
            "CAST(REPLACE(CAST(state AS TEXT), 'walt', 'wilt') AS BLOB) WHERE rowid = 2"
        )
    result = sqlite_client.get("/audit/verify", headers=ADMIN).json()
    assert not result["ok"] and result["first_bad_position"] == 2


def test_verify_with_views_names_the_first_fact_whose_served_view_was_edited(
    sqlite_url: str, sqlite_client: TestClient
) -> None:
    post_document(sqlite_client, DOC_A)
    result = sqlite_client.get("/audit/verify", params={"views": "true"}, headers=ADMIN).json()
    assert result["ok"] and result["views_checked"]
    fact = sqlite_client.get("/timeline").json()["items"][0]
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as conn:
        conn.execute(
            "UPDATE tl_versions SET data = REPLACE(data, ?, ?) WHERE fact_id = ?",
            (f'"modality":"{fact["modality"]}"', '"modality":"negated"', fact["id"]),
        )
    assert sqlite_client.get(f"/facts/{fact['id']}").json()["modality"] == "negated"
    assert sqlite_client.get("/audit/verify", headers=ADMIN).json()["ok"]  # the log is intact
    result = sqlite_client.get("/audit/verify", params={"views": "true"}, headers=ADMIN).json()
    assert not result["ok"] and result["views_checked"]
    assert result["first_bad_fact"] == fact["id"]
    assert "tl_versions" in result["problem"] and "data" in result["problem"]
    response = sqlite_client.get("/audit/verify", params={"views": "yes"}, headers=ADMIN)
    assert response.status_code == 422


@pytest.fixture
def ledgerless(sqlite_url: str) -> Iterator[TestClient]:
    service = TimelineService(
        sqlite_url, extractor=stub_extractor, extractor_info=STUB_INFO, ledger=False
    )
    with TestClient(create_app(make_settings(sqlite_url, ledger=False), service)) as client:
        yield client
    service.close()


def test_without_a_ledger_there_are_no_proofs(ledgerless: TestClient) -> None:
    post_document(ledgerless, DOC_A)
    assert ledgerless.get("/audit/digest").json()["size"] == 0
    for path in ("/audit/proof/1", "/audit/consistency?from=0"):
        response = ledgerless.get(path)
        assert response.status_code == 404
        assert "keeps no ledger" in response.json()["detail"]
