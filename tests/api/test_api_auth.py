"""API keys: 401 without or with an unknown key, 403 below the role, the principal recorded."""

from __future__ import annotations

import hmac

import pytest
from api_support import (
    API_KEYS,
    DOC_A,
    READER,
    READER_KEY,
    RECORDER,
    RECORDER_KEY,
    bearer,
    make_settings,
)
from fastapi.testclient import TestClient

from api.app import create_app
from api.auth import ApiKeyError, Keyring, Principal, Role
from timeline.service import TimelineService

pytest_plugins = ["api_fixtures"]


def test_a_write_without_a_key_is_401_with_a_bearer_challenge(client: TestClient) -> None:
    response = client.post("/documents", json={"body": DOC_A})
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.headers["content-type"] == "application/problem+json"
    assert "recorder" in response.json()["detail"]


@pytest.mark.parametrize(
    "authorization",
    ["Bearer not-a-key", f"Bearer {RECORDER_KEY}x", f"Basic {RECORDER_KEY}", "Bearer"],
)
def test_an_unknown_key_or_scheme_is_401(sqlite_client: TestClient, authorization: str) -> None:
    response = sqlite_client.post(
        "/documents", json={"body": DOC_A}, headers={"Authorization": authorization}
    )
    assert response.status_code == 401
    assert 'error="invalid_token"' in response.headers["www-authenticate"]


def test_a_reader_key_cannot_write(client: TestClient) -> None:
    response = client.post("/documents", json={"body": DOC_A}, headers=READER)
    assert response.status_code == 403
    assert response.json()["detail"] == "this operation needs the recorder role; rita has reader"
    assert client.get("/events").json()["items"] == []


def test_a_recorder_key_writes_and_the_principal_not_the_key_is_recorded(
    client: TestClient,
) -> None:
    created = client.post("/documents", json={"body": DOC_A}, headers=RECORDER)
    assert created.status_code == 201
    document = client.get(created.json()["links"]["document"]).json()
    assert document["recorded_by"] == "walt"
    assert {f["recorded_by"] for f in document["facts"]} == {"walt"}
    log = client.get("/events").text
    assert '"recorded_by":"walt"' in log and RECORDER_KEY not in log


def test_reads_are_open_by_default_but_a_presented_key_is_still_checked(
    client: TestClient,
) -> None:
    assert client.get("/timeline").status_code == 200
    assert client.get("/timeline", headers=READER).status_code == 200
    assert client.get("/timeline", headers=bearer("stale")).status_code == 401


def test_reads_need_a_key_when_configured(database_url: str, service: TimelineService) -> None:
    settings = make_settings(database_url, reads_need_key=True)
    with TestClient(create_app(settings, service)) as client:
        for path in ("/timeline", "/actors", "/documents", "/events", "/events/stream"):
            response = client.get(path)
            assert response.status_code == 401, path
            assert response.headers["www-authenticate"].startswith("Bearer")
        assert client.get("/timeline", headers=READER).status_code == 200
        assert client.get("/timeline", headers=RECORDER).status_code == 200
        # Probes stay open: an orchestrator has no key.
        assert client.get("/healthz").status_code == 200
        assert client.get("/readyz").status_code == 200


def test_without_configured_keys_nobody_can_write(
    database_url: str, service: TimelineService
) -> None:
    settings = make_settings(database_url, api_keys="")
    with TestClient(create_app(settings, service)) as client:
        assert client.post("/documents", json={"body": DOC_A}).status_code == 401
        assert client.post("/documents", json={"body": DOC_A}, headers=RECORDER).status_code == 401
        assert client.get("/timeline").status_code == 200


def test_keys_are_parsed_from_principal_role_key_entries() -> None:
    keyring = Keyring.parse(API_KEYS + ", ops:admin:with:colons ,")
    assert len(keyring) == 4
    assert keyring.identify(READER_KEY) == Principal("rita", Role.reader)
    assert keyring.identify("with:colons") == Principal("ops", Role.admin)
    assert keyring.identify("nope") is None
    assert Role.reader < Role.recorder < Role.admin


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("alice:writer:k", "unknown role 'writer'"),
        ("alice:k", "not principal:role:key"),
        ("alice:reader:", "not principal:role:key"),
        ("a:reader:k,b:admin:k", "share the same key"),
        ("a:reader:clé", "printable ASCII"),
    ],
)
def test_a_malformed_key_setting_stops_the_app_from_being_built(spec: str, message: str) -> None:
    with pytest.raises(ApiKeyError, match=message):
        create_app(make_settings("sqlite:///unused.db", api_keys=spec))


def test_every_key_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []
    compare = hmac.compare_digest

    def counting(a: bytes, b: bytes) -> bool:
        calls.append(b)
        return compare(a, b)

    monkeypatch.setattr(hmac, "compare_digest", counting)
    keyring = Keyring.parse(API_KEYS)
    assert keyring.identify(READER_KEY) is not None  # the first key matches...
    assert len(calls) == 3  # ...and every key is still compared
