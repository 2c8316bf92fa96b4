"""Tamper evidence: edits, removals and truncation of stored events are caught by verify."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import merkle_verifier
import psycopg
import pytest
from eventsourcing.domain import Snapshot
from test_store import DOC_A, DOC_B, line_extractor, open_service

from timeline import audit
from timeline.ledger import Digest
from timeline.service import TimelineService
from timeline.views import TimelineQuery


def tamper(service: TimelineService, position: int, sql: str) -> None:
    """Change the stored events behind the service's back, as an attacker with DB access would."""
    config = service.config
    if config.kind == "sqlite":
        with sqlite3.connect(config.env["SQLITE_DBNAME"]) as conn:
            # SQLite's application recorder numbers the log by rowid.
            sql = sql.replace("{table}", "stored_events").replace("notification_id", "rowid")
            conn.execute(sql, (position,))
    else:
        schema = config.env["POSTGRES_SCHEMA"]
        with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as conn:
            conn.execute(
                sql.replace("{table}", f'"{schema}".timeline_events').replace("?", "%s"),
                (position,),
            )


FLIP_ONE_BYTE = (
    "UPDATE {table} SET state = CAST(REPLACE(CAST(state AS TEXT), 'alice', 'mallory') AS BLOB) "
    "WHERE notification_id = ?"
)


def flip_sql(kind: str) -> str:
    if kind == "sqlite":
        return FLIP_ONE_BYTE
    return (
        "UPDATE {table} SET state = convert_to(replace(convert_from(state, 'UTF8'), 'alice', "
        "'mallory'), 'UTF8') WHERE notification_id = ?"
    )


def seeded(database_url: str) -> TimelineService:
    service = open_service(database_url)
    service.ingest(DOC_A, "alice")
    service.ingest(DOC_B, "alice")
    return service


def test_an_untouched_log_verifies_and_matches_its_digest(database_url: str) -> None:
    service = seeded(database_url)
    digest = audit.digest(service.views)
    assert digest.size == 6
    result = audit.verify(service.app, service.views, digest)
    assert result.ok and result.checked == 6 and result.root == digest.root
    service.close()


def test_editing_one_stored_event_is_named_by_its_position(database_url: str) -> None:
    service = seeded(database_url)
    tamper(service, 2, flip_sql(service.config.kind))
    result = audit.verify(service.app, service.views)
    assert not result.ok
    assert result.first_bad_position == 2
    assert "bytes differ" in result.problem
    service.close()


def test_deleting_the_last_events_is_caught_against_an_earlier_digest(database_url: str) -> None:
    service = seeded(database_url)
    digest = audit.digest(service.views)
    tamper(service, 4, "DELETE FROM {table} WHERE notification_id >= ?")
    result = audit.verify(service.app, service.views, digest)
    assert not result.ok
    assert result.first_bad_position == 4
    service.close()


def test_an_inclusion_proof_checks_with_the_independent_verifier(database_url: str) -> None:
    service = seeded(database_url)
    digest = audit.digest(service.views)
    for position in range(1, 7):
        proof = audit.inclusion(service.views, position)
        assert proof["root"] == digest.root
        assert merkle_verifier.verify_inclusion(
            proof["leaf_index"],
            proof["tree_size"],
            bytes.fromhex(proof["leaf_hash"]),
            [bytes.fromhex(h) for h in proof["proof"]],
            bytes.fromhex(proof["root"]),
        )
    with pytest.raises(audit.AuditError):
        audit.inclusion(service.views, 99)
    service.close()


def test_a_consistency_proof_links_an_old_digest_to_the_new_one(database_url: str) -> None:
    service = open_service(database_url)
    service.ingest(DOC_A, "alice")
    old = audit.digest(service.views)
    service.ingest(DOC_B, "alice")
    new = audit.digest(service.views)
    proof = audit.consistency(service.views, old.size, new.size)
    assert proof["from"]["root"] == old.root and proof["to"]["root"] == new.root
    assert merkle_verifier.verify_consistency(
        old.size,
        new.size,
        bytes.fromhex(old.root),
        bytes.fromhex(new.root),
        [bytes.fromhex(h) for h in proof["proof"]],
    )
    service.close()


def test_the_digest_survives_a_replay_of_the_views(database_url: str) -> None:
    service = seeded(database_url)
    before = audit.digest(service.views)
    service.projection.replay()
    assert audit.digest(service.views) == before
    service.close()


def test_a_digest_from_another_history_does_not_verify(tmp_path: Path) -> None:
    service = seeded(f"sqlite:///{tmp_path / 'a.db'}")
    fake = Digest(size=6, root="00" * 32)
    result = audit.verify(service.app, service.views, fake)
    assert not result.ok and "differs from the digest" in result.problem
    service.close()


# --- the sealed ledger is never rebuilt over the events ---------------------------------------


def test_a_replay_refuses_events_that_differ_from_the_sealed_ledger_and_changes_nothing(
    database_url: str,
) -> None:
    service = seeded(database_url)
    views_before = service.views.dump()
    tamper(service, 2, flip_sql(service.config.kind))
    with pytest.raises(audit.LedgerMismatch, match="at log position 2"):
        service.projection.replay()
    assert service.views.dump() == views_before  # views and ledger as they were
    result = audit.verify(service.app, service.views)
    assert not result.ok and result.first_bad_position == 2
    service.close()


def test_views_of_another_schema_are_not_rebuilt_over_tampered_events(database_url: str) -> None:
    service = seeded(database_url)
    tamper(service, 2, flip_sql(service.config.kind))
    views = service.views
    with views._transaction(commit=True) as c:  # a routine upgrade: the views are replayed
        c.execute(views.sql("UPDATE {p}tl_meta SET value = 1 WHERE name = 'schema'"))
    service.close()
    with pytest.raises(audit.LedgerMismatch, match="at log position 2"):
        open_service(database_url)
    reader = TimelineService(database_url, catch_up=False)
    result = audit.verify(reader.app, reader.views)
    assert not result.ok and result.first_bad_position == 2
    reader.close()


def test_a_replay_keeps_the_sealed_leaves_and_seals_only_the_events_after_them(
    database_url: str,
) -> None:
    service = open_service(database_url)
    service.ingest(DOC_A, "alice")
    sealed = audit.digest(service.views)
    service.close()
    unsealed = TimelineService(database_url, ledger=False, extractor=line_extractor)
    unsealed.ingest(DOC_B, "alice")  # projected with the ledger off: no leaves
    unsealed.projection.replay()
    assert audit.digest(unsealed.views) == sealed  # the ledger is kept, not dropped
    unsealed.close()
    service = open_service(database_url)
    service.projection.replay()  # the ledger on: the tree grows over the 3 new events
    digest = audit.digest(service.views)
    assert digest.size == 6
    proof = audit.consistency(service.views, sealed.size, digest.size)
    assert proof["from"]["root"] == sealed.root
    assert audit.verify(service.app, service.views, sealed).ok
    service.close()


def test_a_store_whose_ledger_frontier_was_dropped_fails_verify_and_is_resealed_from_its_leaves(
    database_url: str,
) -> None:
    service = seeded(database_url)
    before = audit.digest(service.views)
    views = service.views
    with views._transaction(commit=True) as c:
        c.execute(views.sql("DELETE FROM {p}tl_ledger"))
    result = audit.verify(service.app, service.views)
    assert not result.ok and "frontier" in result.problem
    service.projection.replay()  # the events match the recorded leaves: the frontier is theirs
    assert audit.digest(service.views) == before
    assert audit.verify(service.app, service.views, before).ok
    service.close()


def test_a_replay_refuses_a_tampered_event_whose_leaf_was_lost_by_the_sealed_root(
    database_url: str,
) -> None:
    service = seeded(database_url)
    views = service.views
    with views._transaction(commit=True) as c:
        c.execute(views.sql("UPDATE {p}tl_log SET leaf = NULL WHERE position = 2"))
    tamper(service, 2, flip_sql(service.config.kind))
    with pytest.raises(audit.LedgerMismatch, match="root the ledger sealed"):
        service.projection.replay()
    service.close()


def test_a_replay_cut_short_checks_the_rest_against_the_leaves_it_kept_aside(
    database_url: str,
) -> None:
    service = seeded(database_url)
    sealed = audit.digest(service.views)
    service.views.start_replay(audit.check_sealed(service.app, service.views))
    assert service.projection.catch_up(max_events=3) == 3  # then the process stops
    tamper(service, 5, flip_sql(service.config.kind))
    with pytest.raises(audit.LedgerMismatch, match="at log position 5"):
        service.projection.catch_up()
    assert audit.digest(service.views) == sealed
    service.close()


# --- snapshots are not read ---------------------------------------------------------------------


def test_an_edited_snapshot_never_feeds_a_read_or_a_sealed_correction(database_url: str) -> None:
    service = seeded(database_url)
    target = uuid.UUID(service.views.timeline(TimelineQuery()).items[0]["id"])
    for n in range(11):  # an earlier version snapshotted facts at version 10
        service.correct(target, {"summary": f"take {n}"}, "edit", "ed")
    fact = service.app.get_fact(target)
    # A snapshot as an earlier version stored it, then edited in the database.
    recorder = service.app.factory.aggregate_recorder(purpose="snapshots")
    recorder.create_table()
    snapshots = service.app.factory.event_store(mapper=service.app.mapper, recorder=recorder)
    snapshot = Snapshot.take(fact)
    snapshot.state["modality"] = "negated"
    snapshots.put([snapshot])
    assert service.app.get_fact(target).modality == "asserted"
    service.correct(target, {"modality": "planned"}, "edit", "ed")
    changes = service.app.history(target)[-1]["payload"]["changes"]
    assert changes["modality"] == {"old": "asserted", "new": "planned"}
    service.close()


# --- what readers are served, against the log ---------------------------------------------------


def edited(database_url: str) -> TimelineService:
    """Two documents, a fact corrected and one retracted: every view table has rows."""
    service = seeded(database_url)
    first, second = (uuid.UUID(i["id"]) for i in service.views.timeline(TimelineQuery()).items[:2])
    service.correct(first, {"modality": "reported", "summary": "said"}, "source says so", "ed")
    service.retract(second, "not in the text", "ed")
    return service


def test_views_rebuilt_from_the_log_match_the_served_ones_and_verify_says_so(
    database_url: str,
) -> None:
    service = edited(database_url)
    assert audit.check_served_views(service.app, service.views) is None
    result = audit.verify(service.app, service.views, check_views=True)
    assert result.ok and result.views_checked and result.first_bad_fact is None
    assert not audit.verify(service.app, service.views).views_checked  # opt-in
    service.close()


def test_an_edited_served_fact_is_named_by_verify_with_views_though_its_history_is_intact(
    database_url: str,
) -> None:
    service = edited(database_url)
    fact = service.views.timeline(TimelineQuery()).items[-1]
    views = service.views
    with views._transaction(commit=True) as c:
        c.execute(
            views.sql(
                "UPDATE {p}tl_versions SET data = REPLACE(data, '\"asserted\"', '\"negated\"') "
                "WHERE fact_id = %(f)s"
            ),
            {"f": fact["id"]},
        )
    served = service.views.fact(fact["id"])
    assert served is not None and served["modality"] == "negated"
    assert service.app.get_fact(uuid.UUID(fact["id"])).modality == "asserted"
    assert audit.verify(service.app, service.views).ok  # the log is intact
    result = audit.verify(service.app, service.views, check_views=True)
    assert not result.ok and result.first_bad_fact == fact["id"]
    assert result.first_bad_position is None
    assert "tl_versions" in result.problem and "different in data" in result.problem
    service.close()


@pytest.mark.parametrize(
    ("statement", "table"),
    [
        ("DELETE FROM {p}tl_links WHERE actor_id = 'x:anna'", "tl_links"),
        ("UPDATE {p}tl_versions SET to_pos = 1 WHERE to_pos IS NULL", "tl_versions"),
        ("UPDATE {p}tl_actors SET fact_count = 99", "tl_actors"),
        ("UPDATE {p}tl_documents SET title = 'forged'", "tl_documents"),
        ("UPDATE {p}tl_log SET recorded_at = '1999-01-01T00:00:00.000000+00:00'", "tl_log"),
        ("INSERT INTO {p}tl_meta VALUES ('max_span_days', 0)", "tl_meta"),
    ],
)
def test_every_served_view_table_is_compared_with_the_rebuild(
    sqlite_url: str, statement: str, table: str
) -> None:
    service = edited(sqlite_url)
    views = service.views
    with views._transaction(commit=True) as c:
        c.execute(views.sql(statement))
    difference = audit.check_served_views(service.app, service.views)
    assert difference is not None and f" {table} row" in difference[1]
    service.close()


def test_verify_views_on_the_command_line_names_the_fact_and_replay_names_the_position(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from timeline.cli import main

    service = edited(sqlite_url)
    fact = service.views.timeline(TimelineQuery()).items[-1]["id"]
    service.close()
    assert main(["--database", sqlite_url, "verify", "--views"]) == 0
    assert "the views match them" in capsys.readouterr().out
    path = sqlite_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE tl_versions SET data = REPLACE(data, 'asserted', 'negated') WHERE fact_id = ?",
            (fact,),
        )
    assert main(["--database", sqlite_url, "verify"]) == 0
    capsys.readouterr()
    assert main(["--database", sqlite_url, "verify", "--views"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"verification failed for fact {fact}" in error
    with sqlite3.connect(path) as conn:
        conn.execute(
            FLIP_ONE_BYTE.format(table="stored_events").replace("notification_id", "rowid"), (2,)
        )
    assert main(["--database", sqlite_url, "replay"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "at log position 2" in error


def test_a_write_during_the_views_check_is_reported_as_such_not_as_tampering(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = edited(sqlite_url)
    before = service.views.position()
    positions = iter([before, before + 1])  # another writer's event lands during the check
    monkeypatch.setattr(service.views, "position", lambda: next(positions, before + 1))
    views = service.views
    with views._transaction(commit=True) as c:  # what that write did to the served views
        c.execute(views.sql("UPDATE {p}tl_documents SET title = 'newer'"))
    result = audit.verify(service.app, service.views, check_views=True)
    assert not result.ok and result.first_bad_fact is None
    assert "moved during the check" in result.problem
    service.close()
