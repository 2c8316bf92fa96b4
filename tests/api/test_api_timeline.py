"""GET /timeline and /relations: order, filters, cursor paging and invalid filters."""

from __future__ import annotations

from typing import Any

import pytest
from api_support import DOC_A, RECORDER, post_document
from fastapi.testclient import TestClient

from api.schemas import TimelinePage
from timeline.ontology import FACT_TYPES

pytest_plugins = ["api_fixtures"]


def dates(client: TestClient, path: str = "/timeline", **params: Any) -> list[str]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return [item["when"]["best"] for item in response.json()["items"]]


def test_the_timeline_lists_facts_in_date_order_with_links(seeded: TestClient) -> None:
    body = seeded.get("/timeline").json()
    assert [i["when"]["best"] for i in body["items"]] == [
        "2023-12-01",
        "2024-01-09",
        "2024-02-01",
        "2025-05-05",
    ]
    assert body["next_cursor"] is None and body["links"] == {"next": None}
    assert body["as_of"] == 6  # two documents of two facts each: six events
    first = body["items"][0]
    assert first["type"] == "VisitMade" and first["quote"] == "Boris visits Chen on 2023-12-01."
    assert first["links"] == {
        "self": f"/facts/{first['id']}",
        "document": f"/documents/{first['document_id']}",
        "history": f"/facts/{first['id']}/history",
        "provenance": f"/facts/{first['id']}/provenance",
    }
    assert seeded.get(first["links"]["self"]).json()["id"] == first["id"]
    assert seeded.get(first["links"]["document"]).status_code == 200


def test_the_stored_items_are_exactly_what_the_response_model_renders(
    seeded: TestClient,
) -> None:
    for path, params in (
        ("/timeline", {"limit": 3}),
        ("/timeline", {"include_retracted": "true", "actor": "x:anna"}),
        ("/relations", {"a": "x:anna", "b": "x:boris"}),
    ):
        response = seeded.get(path, params=params)
        assert response.headers["content-type"] == "application/json"
        body = response.json()
        assert body["items"]
        assert TimelinePage.model_validate(body).model_dump(mode="json") == body


def test_the_timeline_filters_by_actor_type_modality_document_and_words(
    seeded: TestClient,
) -> None:
    assert dates(seeded, actor="x:anna") == ["2024-01-09", "2024-02-01", "2025-05-05"]
    assert dates(seeded, type="MeetingHeld") == ["2024-01-09", "2025-05-05"]
    assert dates(seeded, type=["VisitMade", "CriticismExpressed"]) == ["2023-12-01", "2024-02-01"]
    assert dates(seeded, modality="planned") == ["2025-05-05"]
    assert dates(seeded, q="boris chen") == ["2023-12-01"]
    document = post_document(seeded, DOC_A, title="A", published="2024-01-10").json()["document_id"]
    assert dates(seeded, document=document) == ["2023-12-01", "2024-01-09"]
    assert dates(seeded, actor="x:nobody") == []


def test_a_repeated_actor_matches_facts_involving_any_of_them(seeded: TestClient) -> None:
    assert dates(seeded, actor=["x:chen", "x:dana"]) == ["2023-12-01", "2024-02-01", "2025-05-05"]


def test_dates_filter_inclusively_and_partial_dates_cover_their_year_or_month(
    seeded: TestClient,
) -> None:
    assert dates(seeded, **{"from": "2024-01-09", "to": "2024-02-01"}) == [
        "2024-01-09",
        "2024-02-01",
    ]
    assert dates(seeded, **{"from": "2024", "to": "2024"}) == ["2024-01-09", "2024-02-01"]
    assert dates(seeded, **{"from": "2024-02"}) == ["2024-02-01", "2025-05-05"]
    assert dates(seeded, to="2023-12") == ["2023-12-01"]


def test_every_search_word_counts_and_wildcards_match_only_themselves(
    seeded: TestClient,
) -> None:
    assert dates(seeded, q="boris") == ["2023-12-01", "2024-01-09"]
    # A ninth word that appears nowhere empties the result (the first eight used to be all).
    eight = "anna meets boris on 2024 01 09 anna"
    assert dates(seeded, q=eight) == ["2024-01-09"]
    assert dates(seeded, q=eight + " zebra") == []
    assert dates(seeded, q="meets zebra") == []
    # "%" and "_" separate words: "boris_chen" is the words boris and chen.
    assert dates(seeded, q="boris_chen") == ["2023-12-01"]
    assert dates(seeded, q="chen%boris") == dates(seeded, q="chen boris") == ["2023-12-01"]
    sixteen = " ".join(["anna"] * 20 + [f"w{i}" for i in range(15)])  # distinct words count
    assert dates(seeded, q=sixteen) == []
    body = problem(seeded, "/timeline", q="%")
    assert body["detail"] == "query.q: must hold at least one word (letters or digits)"


def test_a_search_ignores_case_and_accents_on_both_sides(client: TestClient) -> None:
    post_document(client, "In\u00e1cio meets Em\u00edle on 2024-03-03.")
    assert dates(client, q="inacio") == ["2024-03-03"]
    assert dates(client, q="IN\u00c1CIO emile") == ["2024-03-03"]
    assert dates(client, q="in\u00e1cio") == ["2024-03-03"]
    assert dates(client, q="Emi\u0301le") == ["2024-03-03"]  # a combining accent
    assert dates(client, q="inacia") == []


def test_cursor_pages_cover_the_whole_timeline_without_repeats(seeded: TestClient) -> None:
    seen: list[str] = []
    link: str | None = "/timeline?limit=1&actor=x:anna"
    pages = 0
    while link is not None:
        body = seeded.get(link).json()
        seen.extend(item["id"] for item in body["items"])
        link = body["links"]["next"]
        pages += 1
        if link is not None:
            # The next link keeps the filters, pins the position and carries the cursor.
            assert "actor=x%3Aanna" in link and f"cursor={body['next_cursor']}" in link
            assert f"as_of={body['as_of']}&" in link
    everything = [i["id"] for i in seeded.get("/timeline?actor=x:anna").json()["items"]]
    assert seen == everything and len(set(seen)) == 3 and pages == 3


def test_retracted_facts_are_left_out_unless_asked_for(seeded: TestClient) -> None:
    target = seeded.get("/timeline").json()["items"][0]
    retracted = seeded.post(
        f"/facts/{target['id']}/retractions", json={"reason": "misread"}, headers=RECORDER
    )
    assert retracted.status_code == 200
    assert "2023-12-01" not in dates(seeded)
    assert "2023-12-01" in dates(seeded, include_retracted="true")


def test_relations_are_the_facts_involving_both_actors(seeded: TestClient) -> None:
    assert dates(seeded, "/relations", a="x:anna", b="x:chen") == ["2024-02-01"]
    assert dates(seeded, "/relations", a="x:chen", b="x:anna") == ["2024-02-01"]
    assert dates(seeded, "/relations", a="x:boris", b="x:dana") == []
    assert dates(seeded, "/relations", a="x:anna", b="x:boris", type="VisitMade") == []


def problem(client: TestClient, path: str, **params: Any) -> dict[str, Any]:
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == 422 and body["title"] == "Unprocessable Entity"
    assert body["instance"] == path
    return body


def test_an_unknown_type_is_a_422_that_lists_the_valid_types(seeded: TestClient) -> None:
    body = problem(seeded, "/timeline", type="Meeting")
    assert all(name in body["detail"] for name in FACT_TYPES)
    assert body["errors"][0]["loc"] == ["query", "type", 0]


@pytest.mark.parametrize(
    ("params", "location"),
    [
        ({"modality": "certain"}, ["query", "modality"]),
        ({"from": "yesterday"}, ["query", "from"]),
        ({"from": "2024-02-30"}, ["query", "from"]),
        # A month or day of 00 is not a date: it used to widen the range to the whole year.
        ({"from": "2024-00"}, ["query", "from"]),
        ({"from": "2024-01-00"}, ["query", "from"]),
        ({"to": "2024-01-00"}, ["query", "to"]),
        ({"to": "2024-00-01"}, ["query", "to"]),
        # Other scripts' digits are not dates: fullwidth and Arabic-Indic 2024.
        ({"from": "\uff12\uff10\uff12\uff14"}, ["query", "from"]),
        ({"to": "\u0662\u0660\u0662\u0664"}, ["query", "to"]),
        ({"from": "2024-\uff10\uff11"}, ["query", "from"]),
        ({"document": "xyz"}, ["query", "document"]),
        ({"q": "%"}, ["query", "q"]),
        ({"q": "!!!"}, ["query", "q"]),
        ({"q": "_"}, ["query", "q"]),
        ({"q": " ".join(f"w{i}" for i in range(17))}, ["query", "q"]),
        ({"actor": ""}, ["query", "actor", 0]),
        ({"to": "2024-13"}, ["query", "to"]),
        ({"from": "2024-03-01", "to": "2024-02-01"}, ["query", "from"]),
        ({"cursor": "not-a-cursor"}, ["query", "cursor"]),
        # Well-formed cursors with values the database cannot compare: 10**30, a NUL.
        (
            {"cursor": "WyJ4IiwgIngiLCAxMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwLCAieCJd"},
            ["query", "cursor"],
        ),
        ({"cursor": "WyJ4XHUwMDAwIiwgIngiLCAxLCAieCJd"}, ["query", "cursor"]),
        ({"limit": 0}, ["query", "limit"]),
        ({"limit": 501}, ["query", "limit"]),
        ({"include_retracted": "perhaps"}, ["query", "include_retracted"]),
    ],
)
def test_invalid_filters_are_422_problems(
    sqlite_client: TestClient, params: dict[str, Any], location: list[str]
) -> None:
    body = problem(sqlite_client, "/timeline", **params)
    assert body["errors"][0]["loc"] == location


def test_nul_characters_are_refused_before_they_reach_the_database(client: TestClient) -> None:
    # PostgreSQL cannot store or compare text holding NUL: this must be a 422, not a 500.
    for path, params in [
        ("/timeline", {"q": "a\x00b"}),
        ("/timeline", {"actor": "x\x00"}),
        ("/actors", {"q": "\x00"}),
        ("/relations", {"a": "x:anna", "b": "\x00"}),
    ]:
        body = problem(client, path, **params)
        assert "NUL" in body["detail"]
    assert client.get("/actors/x%00y").status_code == 422


def test_relations_need_both_actors(client: TestClient) -> None:
    body = problem(client, "/relations", a="x:anna")
    assert body["errors"][0]["loc"] == ["query", "b"]
