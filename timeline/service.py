"""The service: the application (writes), the views (reads) and the projection between them.

The CLI and the HTTP API both talk to a :class:`TimelineService`. Views catch up
after every write and when the service opens.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from eventsourcing.persistence import IntegrityError, Recording

from timeline.application import (
    Extractor,
    ExtractorInfo,
    IngestResult,
    NotFound,
    TimelineApplication,
)
from timeline.document import SourceDocument
from timeline.domain import Fact
from timeline.projections import TimelineProjection
from timeline.store import StoreConfig, StoreUnavailable, parse_database_url
from timeline.values import ExtractedFact
from timeline.views import TRACKING_NAME, VIEW_TABLES, PostgresViews, SQLiteViews, _Views

log = logging.getLogger(__name__)


class _Application(TimelineApplication):
    """Keeps the recordings of this process's last saves for the inline projection."""

    name = TimelineApplication.name  # the library names tables and settings by it
    saved: list[Recording[UUID]]

    def _notify(self, recordings: list[Recording[UUID]]) -> None:
        self.saved = [*getattr(self, "saved", []), *recordings]


class TimelineService:
    def __init__(
        self,
        database_url: str,
        *,
        catch_up: bool = True,
        extractor: Extractor | None = None,
        extractor_info: ExtractorInfo | None = None,
        ledger: bool = True,
        project_inline: bool = True,
        corroboration_wait_seconds: float = 5.0,
    ) -> None:
        config = parse_database_url(database_url)
        self.config = config
        views_class: type[_Views] = SQLiteViews if config.kind == "sqlite" else PostgresViews
        env = dict(config.env)
        with _opening(config) as opening:
            if not opening.create_tables:
                # CREATE ... IF NOT EXISTS still takes table locks in PostgreSQL, which
                # deadlock with other processes writing: skip it when the schema is there.
                env["CREATE_TABLE"] = "false"
            for attempt in range(6):
                try:
                    self.app = _Application(
                        env=env, extractor=extractor, extractor_info=extractor_info
                    )
                    recorder: Any = self.app.factory.tracking_recorder(views_class)  # type: ignore[arg-type]
                    break
                except Exception as exc:  # the engines' error classes differ: read the message
                    # Another process (of an earlier version, not holding the DDL lock)
                    # creating the schema at once: PostgreSQL reports "tuple concurrently
                    # updated" for CREATE OR REPLACE FUNCTION. Wait and try again.
                    if "concurrently" not in str(exc) or attempt == 5:
                        raise
                    time.sleep(0.05 * 2**attempt)
        self.views: _Views = recorder
        self.projection = TimelineProjection(self.app, self.views, ledger=ledger)
        # Off when a separate `timeline project --follow` process keeps the views current.
        self.project_inline = project_inline
        self.corroboration_wait_seconds = corroboration_wait_seconds
        # How many events a rebuild on open applied (None: no rebuild).
        self.rebuilt: int | None = None
        if opening.damaged:
            # A view table was gone (the DDL above has just recreated it empty): the views
            # no longer match their tracked position. They are derived: rebuild them.
            self.rebuilt = self.projection.replay()
        elif catch_up:
            self.projection.catch_up()

    def ingest(self, source: SourceDocument, recorded_by: str) -> IngestResult:
        return self.ingest_many([source], recorded_by)[0]

    def ingest_many(
        self, sources: Sequence[SourceDocument], recorded_by: str, *, corroborate: bool = True
    ) -> list[IngestResult]:
        """Record documents in one transaction, then bring the views up to date."""
        match = self._match if corroborate else None
        if match is not None and not self.project_inline:
            self._await_views()
        for attempt in range(5):
            try:
                result = self.app.ingest_many(sources, recorded_by, match=match)
                break
            except IntegrityError:
                # A concurrent writer changed a fact this document corroborates: try again.
                self.projection.catch_up()
                if attempt == 4:
                    raise
        self._after_write()
        return result

    def _await_views(self) -> None:
        """With a separate projector, corroboration reads the views it keeps: wait (up to
        ``corroboration_wait_seconds``) until they hold every event recorded before this
        write, so that a restatement of a fact recorded moments ago corroborates it. A
        projector that does not keep up does not stop recording: the write goes on, and a
        restatement may then become a fact of its own (logged as a warning)."""
        head = self.app.recorder.max_notification_id() or 0
        deadline = time.monotonic() + self.corroboration_wait_seconds
        while self.views.position() < head:
            if time.monotonic() >= deadline:
                log.warning(
                    "views at %d of %d after %.1f s: corroborating against views that lag",
                    self.views.position(),
                    head,
                    self.corroboration_wait_seconds,
                )
                return
            time.sleep(0.02)

    def _after_write(self) -> None:
        saved, self.app.saved = getattr(self.app, "saved", []), []
        if self.project_inline:
            # The events just saved are applied as they are, not read back from the log.
            self.projection.catch_up(recordings=saved)

    def _match(self, item: ExtractedFact, document_id: str) -> UUID | None:
        """The recorded fact of another document that ``item`` restates, if any.

        The same type; the same kind of modality (what happened, or what is planned or
        expected: a meeting held is not the plan for it); the actors of the side naming
        fewer all named by the other, in compatible roles (all of them alike when a side
        names one); and dates that overlap (or one side undated). Negated or hypothetical
        statements never corroborate. "Germany banned Mahan Air" is not "Mahan Air has been
        under US sanctions since 2011", nor is "Biden met Lula" the "Biden met al-Sudani" of
        the same week.
        """
        kind = _MODALITY_KIND.get(item.modality)
        if kind is None or not item.actors:
            return None
        mine = {a.id: a.role for a in item.actors}
        for candidate in self.views.candidates(
            item.type, sorted(mine), item.when.start, item.when.end or item.when.start
        ):
            if candidate["document_id"] == document_id:
                continue
            if _MODALITY_KIND.get(candidate["modality"]) != kind:
                continue
            theirs = {a["id"]: a.get("role", "") for a in candidate["actors"]}
            if _same_parties(mine, theirs):
                return UUID(candidate["id"])
        return None

    def correct(
        self,
        fact_id: UUID,
        new_values: dict[str, Any],
        reason: str,
        recorded_by: str,
        expected_version: int | None = None,
    ) -> Fact:
        fact = self.app.correct_fact(fact_id, new_values, reason, recorded_by, expected_version)
        self._after_write()
        return fact

    def retract(
        self,
        fact_id: UUID,
        reason: str,
        recorded_by: str,
        expected_version: int | None = None,
        category: str = "unspecified",
    ) -> Fact:
        fact = self.app.retract_fact(fact_id, reason, recorded_by, expected_version, category)
        self._after_write()
        return fact

    def fact_history(self, fact_id: UUID) -> list[dict[str, Any]]:
        """Every stored event of a fact, oldest first; NotFound for any other id (a
        document's id too: documents have histories, but they are not facts)."""
        try:
            history = self.app.history(fact_id)
        except NotFound:
            history = []
        if not history or not history[0]["topic"].partition(":")[2].startswith("Fact."):
            raise NotFound(f"no fact with id {fact_id}")
        return history

    def lineage(self, fact_id: UUID) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
        """A fact's stored events and the documents they cite (for provenance and audit)."""
        history = self.fact_history(fact_id)
        documents: dict[str, dict[str, Any]] = {}
        for entry in history:
            document_id = entry["payload"].get("document_id")
            if document_id and document_id not in documents:
                found = self.views.document(document_id)
                if found is not None:
                    found.pop("body", None)
                    found.pop("facts", None)
                    documents[document_id] = found
        return history, documents

    def close(self) -> None:
        self.app.close()


# The library's tables (no snapshots: facts are not snapshotted), then every view table: a
# table added in a later version is missing in an older database, so the DDL runs once more
# and creates it.
_POSTGRES_TABLES = ("timeline_events", "timeline_tracking", *VIEW_TABLES)
_SQLITE_TRACKING = "tracking"
# Taken (with the schema's name) around the DDL of a PostgreSQL store: processes opening a
# new database at once would otherwise race to create the same types and tables.
_DDL_LOCK = 0x7469_6D65  # "time"
_DDL_LOCK_WAIT = "60s"
_MISSING_DATABASE = re.compile(r'database "([^"]*)" does not exist')


@dataclass(frozen=True, slots=True)
class _Opening:
    """What opening a store has to do besides connecting."""

    create_tables: bool = True  # run the library's and the views' DDL
    damaged: bool = False  # a view table is missing from views that were written: rebuild


def _damaged(present: set[str], tracked: int) -> bool:
    """Views that were written (a tracked position, or other view tables) but lack a table."""
    missing = [t for t in VIEW_TABLES if t not in present]
    return bool(missing) and (len(missing) < len(VIEW_TABLES) or tracked > 0)


# Damaged views forget their position before the DDL recreates the missing table: should
# the process stop before rebuilding them, the next to open the store finds the position
# at odds with the views' own log (tl_log) and rebuilds them (see TimelineProjection).
_FORGET = "DELETE FROM {table} WHERE application_name = {mark}"


def _forgets_position(present: set[str]) -> bool:
    # With tl_log itself gone, the position is already at odds with the recreated, empty log.
    return "tl_log" in present


@contextmanager
def _opening(config: StoreConfig) -> Iterator[_Opening]:
    """Inspect the store before the DDL runs (which would recreate a dropped view table,
    empty); for PostgreSQL, hold the schema's DDL lock until the caller has opened it."""
    if config.kind == "sqlite":
        yield _sqlite_opening(Path(config.env["SQLITE_DBNAME"]))
    else:
        with _postgres_opening(config.env) as opening:
            yield opening


def _sqlite_opening(file: Path) -> _Opening:
    if not file.exists():
        return _Opening()
    try:
        conn = sqlite3.connect(file, timeout=30)
        try:
            present = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            tracked = 0
            if _SQLITE_TRACKING in present:
                row = conn.execute(
                    f"SELECT MAX(notification_id) FROM {_SQLITE_TRACKING} "
                    "WHERE application_name = ?",
                    (TRACKING_NAME,),
                ).fetchone()
                tracked = int(row[0] or 0) if row else 0
            damaged = _damaged(present, tracked)
            if damaged and _forgets_position(present):
                with conn:
                    conn.execute(_FORGET.format(table=_SQLITE_TRACKING, mark="?"), (TRACKING_NAME,))
        finally:
            conn.close()
    except sqlite3.Error:
        return _Opening()  # let the application report the problem itself
    return _Opening(damaged=damaged)


@contextmanager
def _postgres_opening(env: dict[str, str]) -> Iterator[_Opening]:
    import psycopg

    try:
        conn = psycopg.connect(
            dbname=env["POSTGRES_DBNAME"],
            host=env["POSTGRES_HOST"],
            port=env["POSTGRES_PORT"],
            user=env["POSTGRES_USER"],
            password=env["POSTGRES_PASSWORD"] or None,
            connect_timeout=int(env.get("POSTGRES_CONNECT_TIMEOUT", "10")),
            autocommit=True,
        )
    except psycopg.Error as exc:
        missing = _MISSING_DATABASE.search(str(exc))
        if missing is not None:
            # The server answered: waiting for a connection (the pool's timeout) won't help.
            raise StoreUnavailable(
                f"database {missing.group(1)!r} does not exist on "
                f"{env['POSTGRES_HOST']}:{env['POSTGRES_PORT']} (create it first, e.g. with "
                "createdb)"
            ) from None
        yield _Opening()  # let the application report the connection problem itself
        return
    with conn:
        schema = env["POSTGRES_SCHEMA"]
        try:
            present = _postgres_tables(conn, schema)
            if present.issuperset(_POSTGRES_TABLES):
                locked = False
            else:
                # Serialise the DDL: the first process creates the schema, the others wait
                # for it and then find it there. Closing the connection releases the lock.
                conn.execute(f"SET lock_timeout = '{_DDL_LOCK_WAIT}'")
                conn.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (_DDL_LOCK, schema))
                locked = True
                present = _postgres_tables(conn, schema)
            tracked = 0
            if "timeline_tracking" in present:
                row = conn.execute(
                    f'SELECT MAX(notification_id) FROM "{schema}".timeline_tracking '
                    "WHERE application_name = %s",
                    (TRACKING_NAME,),
                ).fetchone()
                tracked = int(row[0] or 0) if row else 0
            damaged = _damaged(present, tracked)
            if damaged and _forgets_position(present):
                table = f'"{schema}".timeline_tracking'
                conn.execute(_FORGET.format(table=table, mark="%s"), (TRACKING_NAME,))
        except psycopg.OperationalError:
            yield _Opening()  # the connection failed: let the application report it
            return
        yield _Opening(
            create_tables=not present.issuperset(_POSTGRES_TABLES),
            damaged=damaged,
        )
        if locked:
            conn.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", (_DDL_LOCK, schema))


def _postgres_tables(conn: Any, schema: str) -> set[str]:
    rows = conn.execute(
        "SELECT t FROM unnest(%s::text[]) AS t "
        "WHERE to_regclass(format('%%I.%%I', %s::text, t)) IS NOT NULL",
        (list(_POSTGRES_TABLES), schema),
    ).fetchall()
    return {row[0] for row in rows}


# What a restatement must share with the fact it corroborates: the kind of modality...
_MODALITY_KIND = {
    "asserted": "happened",
    "reported": "happened",
    "historical": "happened",
    "planned": "ahead",
    "expected": "ahead",
}
# ... and its parties in compatible roles: the sides of a meeting or a joint act are named
# either way ("A hosted B" and "B met A"); a speaker is never the target of the same remark.
_JOINT_ROLES = frozenset({"host", "visitor", "participant", "attendee", "party"})


def _same_parties(mine: dict[str, str], theirs: dict[str, str]) -> bool:
    fewer, more = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
    if len(fewer) == 1 and fewer.keys() != more.keys():
        return False
    for actor, role in fewer.items():
        other = more.get(actor)
        if other is None:
            return False
        if role != other and not (role in _JOINT_ROLES and other in _JOINT_ROLES):
            return False
    return True
