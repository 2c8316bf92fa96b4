"""The benchmark's ingest: three writers fed the same batches, then the deferred one's views."""

from __future__ import annotations

from pathlib import Path

from bench import report, writes
from bench.generator import Corpus, Generator
from timeline.views import TimelineQuery


def test_the_inline_deferred_and_bare_writers_each_record_every_fact(tmp_path: Path) -> None:
    corpus, deferred_corpus = Corpus(), Corpus()
    service = writes.open_service(f"sqlite:///{tmp_path / 'svc.db'}", corpus)
    deferred = writes.open_service(
        f"sqlite:///{tmp_path / 'dfr.db'}", deferred_corpus, project_inline=False
    )
    bare = writes.open_bare(f"sqlite:///{tmp_path / 'bare.db'}")
    outcome = writes.ingest(
        service, corpus, bare, Generator(300, seed=4), 20, lambda _: None,
        deferred=(deferred, deferred_corpus),
    )  # fmt: skip
    events = outcome.events
    assert outcome.facts == 300
    assert deferred.app.recorder.max_notification_id() == events
    assert bare.recorder.max_notification_id() == events
    # The deferred writer's projector caught up: its views hold what the inline ones hold.
    assert deferred.views.position() == service.views.position() == events
    query = TimelineQuery(limit=500)

    def facts(s: writes.TimelineService) -> list[tuple[str, str, object]]:
        return [(f["id"], f["type"], f["when"]) for f in s.views.timeline(query).items]

    assert len(facts(service)) == 300
    assert facts(deferred) == facts(service)
    figures = outcome.as_dict()
    assert figures["deferred_facts_per_s"] > 0
    assert figures["drain_events_per_s"] > 0
    for s in (service, deferred):
        s.close()
    bare.close()


def test_the_targets_table_reads_the_deferred_ratio_of_the_largest_ingest_only_run() -> None:
    def run(n: int, ratio: float, deferred: float) -> dict[str, object]:
        ingest = {
            "events": n,
            "ratio": ratio,
            "service_facts_per_s": 1.0,
            "bare_facts_per_s": 2.0,
            "deferred_ratio": deferred,
            "deferred_facts_per_s": 1.9,
            "drain_events_per_s": 3.0,
        }
        return {"backend": "sqlite", "n_facts": n, "ingest": ingest, "replay": {"ratio": 0.2}}

    ingest_runs = [run(10_000, 0.5, 0.95), run(100_000, 0.4, 0.79)]
    rows = report.targets_table([run(10_000, 0.5, 0.0)], ingest_runs)
    deferred = [r for r in rows if "projection deferred" in r]
    assert deferred == [
        "| service, projection deferred / bare eventsourcing save (facts/s) >= 0.8 | sqlite "
        "| 10^4 | 0.79 (at 10^5) | **missed** (1.0x off) |"
    ]
    table = report.deferred_table(ingest_runs)
    assert table[2] == "| sqlite | 10^4 | 2 | 1 | 0.50 | 2 | 0.95 | 3 |"


def test_the_report_takes_the_newest_run_that_measured_the_deferred_ingest() -> None:
    def run(started: str, deferred: float | None) -> dict[str, object]:
        ingest = {"ratio": 0.5} | ({"deferred_ratio": deferred} if deferred is not None else {})
        return {"backend": "sqlite", "n_facts": 10_000, "started_at": started, "ingest": ingest}

    older_full = {"runs": {"sqlite:10000": run("2026-11-29T10:00:00", 0.9)}}
    newer_ingest_only = {"ingest_runs": {"sqlite:10000": run("2026-11-29T11:00:00", 0.95)}}
    chosen = report._deferred_runs(older_full | newer_ingest_only)
    assert [r["ingest"]["deferred_ratio"] for r in chosen] == [0.95]
    without = {"runs": {"sqlite:10000": run("2026-11-29T12:00:00", None)}}
    assert report._deferred_runs(without | newer_ingest_only) == [
        newer_ingest_only["ingest_runs"]["sqlite:10000"]
    ]
