"""Read-your-writes across processes: a server writing with its projection off, and a
separate `timeline project --follow` process keeping the views, on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_support import RECORDER, start_live_server
from support import postgres_schema_url

TIMELINE = str(Path(sys.executable).parent / "timeline")
TEXT = (
    "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on March 3, 2023. "
    "The two leaders signed an agreement on energy."
)


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from postgres_schema_url()


def test_a_read_with_the_write_position_waits_for_the_projector_process(
    tmp_path: Path, pg_url: str
) -> None:
    server = start_live_server(
        tmp_path,
        real=True,
        database_url=pg_url,
        project_inline="false",
        consistency_wait_seconds="0.5",
    )
    projector: subprocess.Popen[str] | None = None
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            posted = client.post(
                "/documents",
                json={"body": TEXT, "published": "2023-03-04"},
                headers=RECORDER,
            )
            assert posted.status_code == 201, posted.text
            position = int(posted.headers["Log-Position"])
            recorded = posted.json()
            assert recorded["position"] == position >= 1 + len(recorded["fact_ids"]) >= 2
            params = {"document": recorded["document_id"], "min_position": str(position)}

            # No projector yet: the views lag, and the read says so instead of answering stale.
            lagging = client.get("/timeline", params={"document": recorded["document_id"]})
            assert lagging.json()["items"] == []
            stale = client.get("/timeline", params=params)
            assert stale.status_code == 503
            assert stale.headers["retry-after"] == "1"

            projector = subprocess.Popen(
                [TIMELINE, "--database", pg_url, "project", "--follow", "--interval", "0.05",
                 "--max-seconds", "60"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )  # fmt: skip
            fresh = client.get("/timeline", params=params)
            for _ in range(20):  # the projector process may take a few seconds to start
                if fresh.status_code != 503:
                    break
                fresh = client.get("/timeline", params=params)
            assert fresh.status_code == 200, fresh.text
            ids = sorted(item["id"] for item in fresh.json()["items"])
            assert ids == sorted(recorded["fact_ids"])
            assert fresh.json()["as_of"] >= position
    finally:
        if projector is not None:
            projector.terminate()
            projector.communicate(timeout=60)
        server.stop()
