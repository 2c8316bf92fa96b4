"""End to end with the real extractor: the seed article, and every curl example in docs/api.md.

These need ``timeline.extraction`` (and the gazetteer for aliases like "putin").
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from api_support import RECORDER, make_settings, start_live_server
from fastapi.testclient import TestClient

from api.app import create_app

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_ed06eec667e21d69.txt"
DOCS = ROOT / "docs" / "api.md"
PUTIN, XI = "Q7747", "Q15031"


@pytest.fixture
def seeded_real(database_url: str) -> TestClient:
    # No service given: the app opens one (with the real extractor) in its lifespan.
    app = create_app(make_settings(database_url))
    with TestClient(app) as client:
        response = client.post(
            "/documents",
            content=SEED.read_bytes(),
            headers={**RECORDER, "Content-Type": "text/plain"},
        )
        assert response.status_code == 201, response.text
        yield client
    assert app.state.stopping.is_set()


def test_the_seed_timeline_for_putin_has_his_meeting_with_xi(seeded_real: TestClient) -> None:
    items = seeded_real.get("/timeline", params={"actor": "putin"}).json()["items"]
    assert items and all(PUTIN in {a["id"] for a in i["actors"]} for i in items)
    dates = [i["when"]["sort_key"] for i in items]
    assert dates == sorted(dates)
    meetings = [i for i in items if i["type"] == "MeetingHeld"]
    assert any(
        XI in {a["id"] for a in m["actors"]} and m["when"]["best"] == "2025-09-02" for m in meetings
    )
    body = seeded_real.get(f"/documents/{items[0]['document_id']}").json()["body"]
    for item in items:
        for span in item["evidence"]:
            assert body[span["start"] : span["end"]] == span["quote"]


def test_the_seed_actor_is_found_by_alias_with_counterparts(seeded_real: TestClient) -> None:
    putin = seeded_real.get("/actors/putin").json()
    assert putin["id"] == PUTIN and putin["aliases"]
    assert XI in {c["id"] for c in putin["counterparts"]}
    assert PUTIN in {a["id"] for a in seeded_real.get("/actors?q=putin").json()["items"]}
    both = seeded_real.get("/relations", params={"a": "putin", "b": "xi jinping"}).json()
    assert "MeetingHeld" in {i["type"] for i in both["items"]}


# docs/api.md: each ```sh block runs in one bash session, in order; the ```http block
# after it is what it must print: the same status, the headers shown, the JSON keys shown.

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
_SETUP = re.compile(r"^export (API|KEY|ADMIN_KEY)=.*$", re.MULTILINE)
_KEY = re.compile(r'"([A-Za-z_][\w-]*)"\s*:')
DOC_KEYS = "you:recorder:s3cret-recorder-key,boss:admin:t0p-admin-key"


def doc_examples() -> list[tuple[str, str | None]]:
    blocks = _FENCE.findall(DOCS.read_text())
    examples = []
    for index, (language, code) in enumerate(blocks):
        if language == "sh":
            following = blocks[index + 1] if index + 1 < len(blocks) else ("", "")
            examples.append((code, following[1] if following[0] == "http" else None))
    return examples


def split_response(text: str) -> tuple[int, dict[str, str], str]:
    lines = text.replace("\r\n", "\n").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("HTTP/"))
    status = int(lines[start].split()[1])
    headers: dict[str, str] = {}
    end = start + 1
    while end < len(lines) and lines[end].strip():
        name, _, value = lines[end].partition(":")
        headers[name.strip().lower()] = value.strip()
        end += 1
    return status, headers, "\n".join(lines[end + 1 :])


def check_example(code: str, expected: str, actual: str) -> None:
    status, headers, body = split_response(expected)
    actual_status, actual_headers, actual_body = split_response(actual)
    assert actual_status == status, actual[:2000]
    for name, value in headers.items():
        assert name in actual_headers, (name, actual[:2000])
        if name == "content-type":
            assert actual_headers[name].split(";")[0] == value.split(";")[0]
    for key in set(_KEY.findall(body)):
        assert re.search(rf'"{re.escape(key)}"\s*:', actual_body), (key, actual[:2000])
    for prefix in ("id:", "data:", ":"):
        if any(line.startswith(prefix) for line in body.splitlines()):
            assert any(line.startswith(prefix) for line in actual_body.splitlines()), prefix


def test_every_curl_example_in_the_api_docs_runs_as_documented(tmp_path: Path) -> None:
    for tool in ("curl", "jq"):
        assert shutil.which(tool), f"the docs' examples need {tool}"
    examples = doc_examples()
    script = "\n".join(
        f"printf '\\n@@@@ {i}\\n'\n{_SETUP.sub('', code)}" for i, (code, _) in enumerate(examples)
    )
    server = start_live_server(tmp_path, real=True, api_keys=DOC_KEYS, sse_heartbeat_seconds="0.5")
    try:
        env = {
            **os.environ,
            "API": server.url,
            "KEY": "s3cret-recorder-key",
            "ADMIN_KEY": "t0p-admin-key",
        }
        run = subprocess.run(
            ["bash", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
    finally:
        server.stop()
    outputs = re.split(r"^@@@@ \d+$", run.stdout, flags=re.MULTILINE)[1:]
    assert len(outputs) == len(examples), run.stderr
    checked = 0
    for (code, expected), actual in zip(examples, outputs, strict=True):
        if expected is not None:
            check_example(code, expected, actual)
            checked += 1
    assert checked >= 20


def test_the_api_docs_have_a_curl_example_for_every_operation() -> None:
    schema = create_app(make_settings("sqlite:///unused.db")).openapi()
    shown: set[tuple[str, str]] = set()
    for code, _ in doc_examples():
        method = "POST" if "-X POST" in code else "GET"
        for path in re.findall(r'curl [^\n]*?"\$API(/[^"?]*)', code.replace("\\\n", " ")):
            shown.add((method, path))
    for path, operations in schema["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method in operations:
            assert any(m == method.upper() and pattern.match(p) for m, p in shown), (
                f"no curl example for {method.upper()} {path}"
            )
