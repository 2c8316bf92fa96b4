"""GET /actors, /actors/{id} and /actors/{id}/timeline, with and without a gazetteer."""

from __future__ import annotations

import sys

import pytest
from api_support import RECORDER, post_document
from fastapi.testclient import TestClient

from api import aliases
from timeline.gazetteer import Actor

pytest_plugins = ["api_fixtures"]

ANNA = Actor("x:anna", "Anna", "person", aliases=("Annie", "A."))


class FakeGazetteer:
    """Stands in for the packaged gazetteer: 'Annie' and 'A.' are aliases of x:anna."""

    def resolve(self, value: str) -> Actor | None:
        return ANNA if value.lower() in ("annie", "a.", "x:anna") else None

    def search(self, query: str, limit: int = 20) -> list[Actor]:
        return [ANNA] if query.lower() in "annie" else []

    def get(self, actor_id: str) -> Actor | None:
        return ANNA if actor_id == "x:anna" else None


@pytest.fixture
def gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(aliases, "_gazetteer", FakeGazetteer)


def test_actors_are_listed_most_facts_first(seeded: TestClient) -> None:
    items = seeded.get("/actors").json()["items"]
    assert [(a["id"], a["fact_count"]) for a in items] == [
        ("x:anna", 3),
        ("x:boris", 2),
        ("x:chen", 2),
        ("x:dana", 1),
    ]
    assert items[0]["links"] == {"self": "/actors/x:anna", "timeline": "/actors/x:anna/timeline"}
    assert [a["id"] for a in seeded.get("/actors?limit=2").json()["items"]] == ["x:anna", "x:boris"]


def test_actors_are_searched_by_part_of_a_name_or_an_id(seeded: TestClient) -> None:
    assert [a["id"] for a in seeded.get("/actors?q=bor").json()["items"]] == ["x:boris"]
    assert [a["id"] for a in seeded.get("/actors?q=x:chen").json()["items"]] == ["x:chen"]
    assert seeded.get("/actors?q=zzz").json()["items"] == []


def test_actors_are_searched_by_name_with_case_and_accents_aside(client: TestClient) -> None:
    post_document(client, "Zo\u00eb meets In\u00e1cio on 2024-01-09.")
    for q in ("inacio", "INACIO", "In\u00e1cio", "IN\u00c1C", "nacio"):
        response = client.get("/actors", params={"q": q})
        assert response.status_code == 200, response.text
        assert [a["name"] for a in response.json()["items"]] == ["In\u00e1cio"], q
    assert [a["name"] for a in client.get("/actors?q=zoe").json()["items"]] == ["Zo\u00eb"]
    as_of = client.get("/actors", params={"q": "inacio", "as_of": "2"}).json()
    assert [a["name"] for a in as_of["items"]] == ["In\u00e1cio"]


def test_an_actor_search_matches_percent_and_underscore_literally(seeded: TestClient) -> None:
    for q in ("%", "_", "%25", "a%", "_nna", "!"):
        response = seeded.get("/actors", params={"q": q})
        assert response.status_code == 200, response.text
        assert response.json()["items"] == [], q
    assert seeded.get("/actors", params={"q": ""}).status_code == 422


def test_an_actor_has_counts_by_type_first_and_last_dates_and_counterparts(
    seeded: TestClient,
) -> None:
    anna = seeded.get("/actors/x:anna").json()
    assert anna["counts_by_type"] == {"MeetingHeld": 2, "CriticismExpressed": 1}
    assert (anna["first_date"], anna["last_date"]) == ("2024-01-09", "2025-05-05")
    assert [(c["id"], c["fact_count"]) for c in anna["counterparts"]] == [
        ("x:boris", 1),
        ("x:chen", 1),
        ("x:dana", 1),
    ]
    assert anna["counterparts"][0]["links"]["self"] == "/actors/x:boris"
    assert anna["aliases"] == []


def test_an_actor_timeline_accepts_the_timeline_filters(seeded: TestClient) -> None:
    body = seeded.get("/actors/x:anna/timeline", params={"type": "MeetingHeld"}).json()
    assert [i["when"]["best"] for i in body["items"]] == ["2024-01-09", "2025-05-05"]
    page = seeded.get("/actors/x:anna/timeline?limit=2").json()
    assert page["links"]["next"].startswith("/actors/x:anna/timeline?limit=2&as_of=6&cursor=")
    rest = seeded.get(page["links"]["next"]).json()
    assert len(page["items"]) + len(rest["items"]) == 3 and rest["next_cursor"] is None


def test_an_unknown_actor_is_a_404_problem(seeded: TestClient) -> None:
    for path in ("/actors/x:nobody", "/actors/x:nobody/timeline"):
        response = seeded.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"
        assert "x:nobody" in response.json()["detail"]


def test_an_actor_whose_facts_are_all_retracted_has_a_timeline_with_include_retracted(
    seeded: TestClient,
) -> None:
    [fact] = seeded.get("/timeline?actor=x:dana").json()["items"]
    before = seeded.get("/timeline").json()["as_of"]
    retracted = seeded.post(
        f"/facts/{fact['id']}/retractions", json={"reason": "misread"}, headers=RECORDER
    )
    assert retracted.status_code == 200, retracted.text
    assert seeded.get("/actors/x:dana/timeline").status_code == 404
    response = seeded.get("/actors/x:dana/timeline?include_retracted=true")
    assert response.status_code == 200, response.text
    same = seeded.get("/timeline?actor=x:dana&include_retracted=true").json()["items"]
    assert response.json()["items"] == same and [i["id"] for i in same] == [fact["id"]]
    # As of before the retraction the fact was active: found either way.
    assert seeded.get(f"/actors/x:dana/timeline?as_of={before}").status_code == 200
    # As of before any document named Dana, nothing names her, retracted or not.
    assert seeded.get("/actors/x:dana/timeline?as_of=2&include_retracted=true").status_code == 404


@pytest.mark.usefixtures("gazetteer")
def test_aliases_from_the_gazetteer_find_actors_everywhere(seeded: TestClient) -> None:
    anna = seeded.get("/actors/Annie").json()
    assert anna["id"] == "x:anna" and anna["aliases"] == ["Annie", "A."]
    assert [a["id"] for a in seeded.get("/actors?q=annie").json()["items"]] == ["x:anna"]
    assert [a["id"] for a in seeded.get("/actors?q=nni").json()["items"]] == ["x:anna"]
    by_alias = seeded.get("/timeline?actor=annie").json()["items"]
    by_id = seeded.get("/timeline?actor=x:anna").json()["items"]
    assert by_alias == by_id and len(by_id) == 3
    assert len(seeded.get("/actors/annie/timeline").json()["items"]) == 3
    relation = seeded.get("/relations", params={"a": "A.", "b": "x:chen"}).json()["items"]
    assert [i["when"]["best"] for i in relation] == ["2024-02-01"]


def test_without_a_gazetteer_actors_are_found_by_id_only(
    seeded: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "timeline.gazetteer", None)  # importing it fails
    aliases._gazetteer.cache_clear()
    try:
        assert aliases._gazetteer() is None
        assert seeded.get("/actors/Annie").status_code == 404
        assert seeded.get("/actors/x:anna").json()["aliases"] == []
        assert aliases.resolve("Annie") == "Annie"
    finally:
        aliases._gazetteer.cache_clear()
