"""The domain model: typed fact events, lifecycle rules and schema evolution."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from test_store import DOC_A, open_service

from timeline.domain import Fact, FactAlreadyRetracted, InvalidCorrection


def new_fact(fact_type: str = "MeetingHeld") -> Fact:
    return Fact.record(
        fact_type,
        uuid.uuid4(),
        document_id="d",
        modality="asserted",
        actors=[{"id": "x:a", "name": "A", "role": "host"}],
        location=None,
        when={"best": "2024-01-01"},
        quantities=[],
        attribution=None,
        evidence=[],
        extractor={"name": "t", "version": "1", "rule": "r"},
        plover="CONSULT",
        cameo="040",
        summary="A met B",
        extra={},
        recorded_by="alice",
    )


def test_the_creation_event_class_is_the_fact_type() -> None:
    fact = new_fact("SanctionImposed")
    assert fact.type == "SanctionImposed"
    assert type(fact.pending_events[0]) is Fact.SanctionImposed
    assert fact.version == 1


def test_an_unknown_fact_type_is_refused() -> None:
    from timeline.domain import DomainError

    with pytest.raises(DomainError, match="unknown fact type"):
        new_fact("Recorded")


def test_a_correction_records_old_and_new_values_of_changed_fields_only() -> None:
    fact = new_fact()
    fact.correct({"modality": "reported", "summary": "A met B"}, "attributed", "ed")
    event = fact.pending_events[-1]
    assert isinstance(event, Fact.FactCorrected)
    assert event.changes == {"modality": {"old": "asserted", "new": "reported"}}
    assert fact.modality == "reported"


def test_corrections_that_change_nothing_or_unknown_fields_are_refused() -> None:
    fact = new_fact()
    with pytest.raises(InvalidCorrection, match="changes nothing"):
        fact.correct({"modality": "asserted"}, "no-op", "ed")
    with pytest.raises(InvalidCorrection, match="evidence"):
        fact.correct({"evidence": []}, "rewrite history", "ed")


def test_a_retracted_fact_cannot_be_corrected_or_retracted_again() -> None:
    fact = new_fact()
    fact.retract("wrong", "ed", "extraction-error")
    with pytest.raises(FactAlreadyRetracted):
        fact.correct({"modality": "reported"}, "late", "ed")
    with pytest.raises(FactAlreadyRetracted):
        fact.retract("again", "ed")


def test_an_unknown_retraction_category_is_refused() -> None:
    with pytest.raises(InvalidCorrection, match="category"):
        new_fact().retract("x", "ed", "because")


def test_a_version_1_retraction_stored_long_ago_reads_through_the_current_class(
    sqlite_url: str,
) -> None:
    service = open_service(sqlite_url)
    result = service.ingest(DOC_A, "alice")
    target = uuid.UUID(result.fact_ids[0])
    # Saved, not yet projected (so not yet sealed by the ledger: a replay refuses events that
    # differ from their sealed leaves) ...
    service.app.retract_fact(target, "wrong", "ed", category="duplicate")
    # ... then rewritten as the version 1 class wrote it: no category, no version.
    stored = service.app.recorder.select_events(target)[-1]
    state: dict[str, Any] = json.loads(stored.state)
    assert state.pop("category") == "duplicate"
    state.pop("class_version", None)
    import sqlite3

    with sqlite3.connect(service.config.env["SQLITE_DBNAME"]) as conn:
        conn.execute(
            "UPDATE stored_events SET state = ? WHERE originator_id = ? AND originator_version = 2",
            (json.dumps(state).encode(), target.hex),  # SQLite stores UUIDs as hex
        )
    reopened = open_service(sqlite_url)
    fact = reopened.app.get_fact(target)
    assert fact.retracted == {"reason": "wrong", "recorded_by": "ed", "category": "unspecified"}
    reopened.projection.replay()
    row = reopened.views.fact(str(target))
    assert row is not None and row["retraction"]["category"] == "unspecified"
    reopened.close()
    service.close()
