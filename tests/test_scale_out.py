"""Scale-out on PostgreSQL: two ingesting processes and a projector process share one database."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from support import POSTGRES_DSN, SEED, postgres_schema_url

from timeline.service import TimelineService

TIMELINE = str(Path(sys.executable).parent / "timeline")
PAIRS = [
    ("President Joe Biden", "Prime Minister Justin Trudeau", "Ottawa"),
    ("Chancellor Olaf Scholz", "President Emmanuel Macron", "Paris"),
    ("Prime Minister Narendra Modi", "President Xi Jinping", "Beijing"),
    ("President Vladimir Putin", "President Recep Tayyip Erdogan", "Ankara"),
]


def write_documents(folder: Path, numbers: range) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        day = date(2001, 1, 1) + timedelta(days=45 * n)
        a, b, city = PAIRS[n % len(PAIRS)]
        published = day + timedelta(days=1)
        (folder / f"doc{n:03}.txt").write_text(
            f"title: Talks {n}\npublished: {published.isoformat()}\n---\n"
            f"{a} met {b} in {city} on {day:%B} {day.day}, {day.year}.\n"
            f"The two leaders signed an agreement on trade.\n"
        )


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from postgres_schema_url()


def test_two_ingesting_processes_and_a_projector_record_every_fact_exactly_once(
    tmp_path: Path, pg_url: str
) -> None:
    # 30 documents each; 10 are in both folders, so both processes race to record them.
    write_documents(tmp_path / "a", range(0, 30))
    write_documents(tmp_path / "b", range(20, 50))
    TimelineService(pg_url).close()  # create the tables before the race
    base = [TIMELINE, "--database", pg_url]
    projector = subprocess.Popen(
        [*base, "project", "--follow", "--interval", "0.05", "--max-seconds", "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    writers = [
        subprocess.Popen(
            [*base, "ingest", str(tmp_path / name), "--by", name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    outputs = [w.communicate(timeout=300) for w in writers]
    assert [w.returncode for w in writers] == [0, 0], outputs
    projector.terminate()
    projector.communicate(timeout=60)

    service = TimelineService(pg_url)
    try:
        documents = service.views.documents(limit=500)
        assert len(documents) == 50
        fact_ids = [
            f["id"]
            for d in documents
            for f in (service.views.document(d["id"]) or {"facts": []})["facts"]
        ]
        assert len(fact_ids) == len(set(fact_ids)) >= 50
        # Every fact event in the log appears once; the views hold each fact once.
        notifications = service.app.recorder.select_notifications(start=0, limit=10_000)
        created = [n for n in notifications if n.originator_version == 1]
        assert len(created) == len({n.originator_id for n in created}) == 50 + len(fact_ids)
        incremental = service.views.dump()
        service.projection.replay()
        assert service.views.dump() == incremental
        assert service.projection.lag() == 0
    finally:
        service.close()


@pytest.fixture
def fresh_database() -> Iterator[str]:
    """A new, empty PostgreSQL database (its public schema), dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_DSN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(POSTGRES_DSN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.mark.parametrize("where", ["database", "schema"])
def test_processes_opening_a_new_store_at_once_all_succeed_and_record_one_copy(
    request: pytest.FixtureRequest, where: str
) -> None:
    url: str = request.getfixturevalue("fresh_database" if where == "database" else "pg_url")
    # Started by a shell, as `timeline ingest ... &` would be (Popen, one after another,
    # spreads them too far apart to race).
    script = (
        'for j in 1 2 3 4 5 6 7 8; do ("$0" --database "$1" ingest "$2" --format jsonl; '
        'echo "exit $?") & done; wait'
    )
    result = subprocess.run(
        ["sh", "-c", script, TIMELINE, url, str(SEED)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = result.stdout.splitlines()
    assert sorted(line for line in lines if line.startswith("exit")) == ["exit 0"] * 8, (
        result.stderr
    )
    assert result.stderr == ""
    recorded = [json.loads(line) for line in lines if line.startswith("{")]
    assert sum(r["created"] for r in recorded) == 1
    service = TimelineService(url)
    try:
        assert len(service.views.documents(limit=10)) == 1
        notifications = service.app.recorder.select_notifications(start=0, limit=1000)
        assert len(notifications) == service.views.position() == 13  # a document, 12 facts
    finally:
        service.close()
