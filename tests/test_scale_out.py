"""Scale-out on PostgreSQL: two ingesting processes and a projector process share one database."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from support import postgres_schema_url

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
