"""POST /documents (JSON or a document file), GET /documents and /documents/{id}."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator

import pytest
from api_support import DOC_A, RECORDER, post_document
from fastapi import Request
from fastapi.testclient import TestClient

from api.errors import ApiProblem
from api.uploads import read_limited
from timeline.document import parse

pytest_plugins = ["api_fixtures"]

FILE = "title: Two meetings\npublished: 2024-01-10\nsource: wire\n---\n" + DOC_A


def test_a_new_document_is_201_with_its_fact_ids_and_location(client: TestClient) -> None:
    response = client.post(
        "/documents", json={"body": DOC_A, "title": "Two meetings"}, headers=RECORDER
    )
    assert response.status_code == 201
    body = response.json()
    assert body["created"] is True and len(body["fact_ids"]) == 2
    assert response.headers["location"] == f"/documents/{body['document_id']}"
    assert body["links"] == {
        "document": f"/documents/{body['document_id']}",
        "facts": f"/timeline?document={body['document_id']}",
    }


def test_posting_the_same_text_again_is_200_with_the_same_ids_and_no_new_events(
    client: TestClient,
) -> None:
    first = post_document(client, DOC_A, title="Two meetings", published="2024-01-10")
    events_before = client.get("/events").json()["items"]
    again = client.post(
        "/documents",
        json={"body": DOC_A, "title": "Two meetings", "published": "2024-01-10"},
        headers=RECORDER,
    )
    assert again.status_code == 200
    assert again.json() == {**first.json(), "created": False}
    assert "location" not in again.headers
    assert client.get("/events").json()["items"] == events_before


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"title": "Other", "published": "2024-01-10"}, "title 'Two meetings' (given 'Other')"),
        ({"title": "Two meetings", "published": "2024-02-01"}, "published '2024-01-10'"),
        ({"title": "Two meetings"}, "(given None)"),
    ],
)
def test_the_same_text_with_other_metadata_is_a_409_and_changes_nothing(
    client: TestClient, fields: dict[str, str], said: str
) -> None:
    first = post_document(client, DOC_A, title="Two meetings", published="2024-01-10")
    events_before = client.get("/events").json()["items"]
    again = client.post("/documents", json={"body": DOC_A, **fields}, headers=RECORDER)
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"
    detail = again.json()["detail"]
    assert first.json()["document_id"] in detail and said in detail
    assert "its metadata cannot change" in detail
    assert client.get("/events").json()["items"] == events_before
    document = client.get(first.json()["links"]["document"]).json()
    assert (document["title"], document["published"]) == ("Two meetings", "2024-01-10")


def test_a_document_file_is_posted_as_text_plain_with_its_header(client: TestClient) -> None:
    response = client.post(
        "/documents",
        content=FILE.encode(),
        headers={**RECORDER, "Content-Type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 201, response.text
    document = client.get(response.json()["links"]["document"]).json()
    assert document["title"] == "Two meetings" and document["published"] == "2024-01-10"
    assert document["metadata"] == {
        "title": "Two meetings",
        "published": "2024-01-10",
        "source": "wire",
    }
    assert document["body"] == DOC_A
    assert document["id"] == str(parse(FILE).id)


def test_the_same_text_as_json_or_as_a_file_is_the_same_document(client: TestClient) -> None:
    as_file = client.post(
        "/documents", content=FILE.encode(), headers={**RECORDER, "Content-Type": "text/plain"}
    )
    as_json = client.post(
        "/documents",
        json={
            "body": DOC_A.replace("\n", "\r\n"),
            "title": "Two meetings",
            "published": "2024-01-10",
            "source": "wire",
        },
        headers=RECORDER,
    )
    assert (as_file.status_code, as_json.status_code) == (201, 200)
    assert as_file.json()["document_id"] == as_json.json()["document_id"]


def test_a_json_body_is_never_parsed_for_a_header(client: TestClient) -> None:
    body = "Note: not a header\n---\n" + DOC_A
    created = post_document(client, body).json()
    assert client.get(f"/documents/{created['document_id']}").json()["body"] == body


def test_json_fields_become_metadata(client: TestClient) -> None:
    created = post_document(
        client,
        DOC_A,
        title="T",
        published="2024-01-10",
        source="wire",
        url="https://example.org/a",
        metadata={"Desk": "Asia"},
    ).json()
    document = client.get(f"/documents/{created['document_id']}").json()
    assert document["published"] == "2024-01-10"
    assert document["metadata"] == {
        "desk": "Asia",
        "title": "T",
        "source": "wire",
        "url": "https://example.org/a",
        "published": "2024-01-10",
    }


@pytest.mark.parametrize(
    ("content", "content_type", "location"),
    [
        (b'{"body": "x"', "application/json", ["body"]),
        (b"", "application/json", ["body"]),
        (b'{"title": "no body"}', "application/json", ["body", "body"]),
        (b'{"body": "   "}', "application/json", ["body", "body"]),
        (b'{"body": "x", "published": "someday"}', "application/json", ["body", "published"]),
        (b'{"body": "x", "published": "2024-02-30"}', "application/json", ["body", "published"]),
        (b'{"body": "x", "colour": "red"}', "application/json", ["body", "colour"]),
        (b'{"body": "x", "metadata": {"a b": "c"}}', "application/json", ["body", "metadata"]),
        (b'{"body": "\\ud800"}', "application/json", ["body"]),  # a lone surrogate
        (b'\xff\xfe{"body": "x"}', "application/json", ["body"]),
    ],
)
def test_malformed_json_documents_are_422_problems(
    sqlite_client: TestClient, content: bytes, content_type: str, location: list[str]
) -> None:
    response = sqlite_client.post(
        "/documents", content=content, headers={**RECORDER, "Content-Type": content_type}
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["loc"][: len(location)] == location
    assert sqlite_client.get("/events").json()["items"] == []


@pytest.mark.parametrize("published", ["2025-1-3", "10 January 2024", "2024-01-10T08:00"])
@pytest.mark.parametrize("where", ["field", "metadata", "header"])
def test_a_publication_date_not_written_yyyy_mm_dd_is_a_422_and_nothing_is_stored(
    sqlite_client: TestClient, published: str, where: str
) -> None:
    if where == "header":
        response = sqlite_client.post(
            "/documents",
            content=f"published: {published}\n---\n{DOC_A}".encode(),
            headers={**RECORDER, "Content-Type": "text/plain"},
        )
    else:
        document: dict[str, object] = {"body": DOC_A}
        if where == "field":
            document["published"] = published
        else:
            document["metadata"] = {"published": published}
        response = sqlite_client.post("/documents", json=document, headers=RECORDER)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert f"{published!r} is not a date in the form YYYY-MM-DD" in response.json()["detail"]
    assert sqlite_client.get("/events").json()["items"] == []


def test_a_document_file_giving_a_header_key_twice_is_a_422_and_nothing_is_stored(
    sqlite_client: TestClient,
) -> None:
    content = f"title: A\npublished: 2024-01-10\npublished: 2024-01-11\n---\n{DOC_A}"
    response = sqlite_client.post(
        "/documents", content=content.encode(), headers={**RECORDER, "Content-Type": "text/plain"}
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert "header 'published' is given twice (lines 2 and 3)" in response.json()["detail"]
    assert sqlite_client.get("/events").json()["items"] == []


def test_nul_characters_in_a_json_document_are_422(client: TestClient) -> None:
    for document in ({"body": "a\u0000b"}, {"body": "x", "metadata": {"desk": "\u0000"}}):
        response = client.post("/documents", json=document, headers=RECORDER)
        assert response.status_code == 422, response.text
        assert "NUL" in response.json()["detail"]
    assert client.get("/events").json()["items"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"caf\xe9 Anna meets Boris on 2024-01-09.", "not UTF-8"),
        (b"bin\x00ary", "binary"),
        (b"published: someday\n---\nAnna meets Boris on 2024-01-09.", "not a date"),
        (b"title: only a header\n---\n", "no body"),
    ],
)
def test_malformed_document_files_are_422_problems(
    sqlite_client: TestClient, content: bytes, message: str
) -> None:
    response = sqlite_client.post(
        "/documents", content=content, headers={**RECORDER, "Content-Type": "text/plain"}
    )
    assert response.status_code == 422, response.text
    assert message in response.json()["detail"]


@pytest.mark.parametrize(
    "content_type",
    [None, "application/xml", "multipart/form-data; boundary=x", "text/plain; charset=latin-1"],
)
def test_other_content_types_are_415(sqlite_client: TestClient, content_type: str | None) -> None:
    headers = dict(RECORDER)
    if content_type:
        headers["Content-Type"] = content_type
    response = sqlite_client.post("/documents", content=DOC_A.encode(), headers=headers)
    assert response.status_code == 415, response.text
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("content_type", "content"),
    [
        ("text/plain; charset=utf-8", "caf\xe9: Anna meets Boris on 2024-01-09.".encode("latin-1")),
        ("text/plain", "caf\xe9: Anna meets Boris on 2024-01-09.".encode("latin-1")),
        ("application/json; charset=utf-8", '{"body": "caf\xe9"}'.encode("latin-1")),
        ("application/json", '{"body": "caf\xe9"}'.encode("latin-1")),
    ],
)
def test_a_body_that_is_not_the_utf_8_it_claims_is_a_422_not_a_415(
    sqlite_client: TestClient, content_type: str, content: bytes
) -> None:
    response = sqlite_client.post(
        "/documents", content=content, headers={**RECORDER, "Content-Type": content_type}
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert sqlite_client.get("/events").json()["items"] == []


def test_a_body_declared_in_another_charset_is_a_415_whatever_its_bytes(
    sqlite_client: TestClient,
) -> None:
    for charset in ("latin-1", "iso-8859-1", "utf-16"):
        response = sqlite_client.post(
            "/documents",
            content=DOC_A.encode(),  # ASCII: valid in all of them
            headers={**RECORDER, "Content-Type": f"text/plain; charset={charset}"},
        )
        assert response.status_code == 415, response.text
        assert "UTF-8" in response.json()["detail"]


def test_a_document_over_the_size_limit_is_413_by_its_content_length(client: TestClient) -> None:
    big = "Anna meets Boris on 2024-01-09. " * 400  # 12 800 bytes > 10 000
    response = client.post("/documents", json={"body": big}, headers=RECORDER)
    assert response.status_code == 413
    assert response.json()["detail"] == "the request body is larger than 10000 bytes"
    assert client.get("/events").json()["items"] == []


def test_a_chunked_body_without_content_length_is_413_past_the_limit(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"x" * 1000

    response = client.post(
        "/documents", content=chunks(), headers={**RECORDER, "Content-Type": "text/plain"}
    )
    assert response.status_code == 413
    assert "content-length" not in response.request.headers


@pytest.mark.parametrize(
    ("length", "status"),
    [(b"abc", 400), (b"-1", 400), (b"1_0", 400), (b"\xb2", 400), (b"10001", 413)],
)
def test_the_content_length_is_checked_before_reading(length: bytes, status: int) -> None:
    # (b"\xb2", a superscript two in latin-1, passes str.isdigit but not int().)
    async def receive() -> dict[str, object]:
        raise AssertionError("the body must not be read")

    headers = [(b"content-length", length)]
    request = Request({"type": "http", "method": "POST", "headers": headers}, receive)
    with pytest.raises(ApiProblem) as raised:
        asyncio.run(read_limited(request, max_bytes=10_000))
    assert raised.value.status == status


def test_reading_stops_as_soon_as_the_body_exceeds_the_limit() -> None:
    received: list[int] = []

    async def receive() -> dict[str, object]:
        received.append(1)
        return {"type": "http.request", "body": b"x" * 1000, "more_body": len(received) < 100}

    request = Request({"type": "http", "method": "POST", "headers": []}, receive)
    with pytest.raises(ApiProblem) as raised:
        asyncio.run(read_limited(request, max_bytes=10_000))
    assert raised.value.status == 413
    assert len(received) == 11  # never more than one chunk past the limit


def test_a_document_is_served_with_its_body_and_facts_with_evidence_spans(
    seeded: TestClient,
) -> None:
    listed = seeded.get("/documents").json()["items"]
    document = seeded.get(listed[0]["links"]["self"]).json()
    assert document["title"] == "A" and document["fact_count"] == 2
    assert document["recorded_by"] == "walt"
    for fact in document["facts"]:
        span = fact["evidence"][0]
        assert document["body"][span["start"] : span["end"]] == span["quote"]
        assert fact["links"]["self"] == f"/facts/{fact['id']}"


def test_documents_are_listed_in_recording_order_and_paged_by_position(
    seeded: TestClient,
) -> None:
    everything = seeded.get("/documents").json()
    assert [d["title"] for d in everything["items"]] == ["A", "B"]
    assert everything["next_after"] is None and everything["links"]["next"] is None
    first = seeded.get("/documents?limit=1").json()
    assert [d["title"] for d in first["items"]] == ["A"]
    assert first["next_after"] == first["items"][0]["position"]
    second = seeded.get(first["links"]["next"]).json()
    assert [d["title"] for d in second["items"]] == ["B"]
    assert "body" not in second["items"][0]


def test_an_unknown_document_is_404_and_a_malformed_id_is_422(client: TestClient) -> None:
    assert client.get(f"/documents/{uuid.uuid4()}").status_code == 404
    assert client.get("/documents/abc").status_code == 422
    for value in ("xyz", "abc-not-a-uuid"):
        response = client.get("/timeline", params={"document": value})
        assert response.status_code == 422, response.text
        assert response.json()["errors"][0]["loc"][:2] == ["query", "document"]
    assert client.get("/timeline", params={"document": str(uuid.uuid4())}).json()["items"] == []
    assert client.get("/documents?after=-1").status_code == 422


def test_a_documents_facts_link_lists_the_facts_it_restated_as_well_as_its_new_ones(
    client: TestClient,
) -> None:
    first = post_document(client, DOC_A, title="First", published="2024-01-10").json()
    second = post_document(
        client,
        "Anna meets Boris on 2024-01-09.\nChen criticises Dana on 2024-03-03.",
        title="Second",
        published="2024-03-04",
    ).json()
    restated = set(first["fact_ids"]) & set(second["fact_ids"])
    assert len(restated) == 1 and len(second["fact_ids"]) == 2
    listed = client.get(second["links"]["facts"]).json()["items"]
    shown = client.get(f"/documents/{second['document_id']}").json()["facts"]
    assert sorted(f["id"] for f in listed) == sorted(second["fact_ids"])
    assert sorted(f["id"] for f in shown) == sorted(second["fact_ids"])


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        (
            b'{"body": "Anna meets Boris on 2024-01-09.", "published": "2024-01-10", '
            b'"published": "2024-02-10"}',
            "published",
        ),
        (
            b'{"body": "Anna meets Boris on 2024-01-09.", "metadata": {"source": "a", '
            b'"source": "b"}}',
            "source",
        ),
    ],
)
def test_a_key_given_twice_in_a_json_body_is_a_422_and_nothing_is_stored(
    client: TestClient, raw: bytes, key: str
) -> None:
    response = client.post(
        "/documents", content=raw, headers={**RECORDER, "Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert f"the key '{key}' is given twice" in response.json()["detail"]
    assert client.get("/documents").json()["items"] == []


def test_a_deeply_nested_json_body_is_a_422_not_a_server_error(client: TestClient) -> None:
    raw = b"[" * 4_500 + b"]" * 4_500  # deeper than Python's recursion limit
    response = client.post(
        "/documents", content=raw, headers={**RECORDER, "Content-Type": "application/json"}
    )
    assert response.status_code == 422
