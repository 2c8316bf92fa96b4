"""The service: the application (writes), the views (reads) and the projection between them.

The CLI and the HTTP API both talk to a :class:`TimelineService`. Views catch up
after every write and when the service opens.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import IntegrityError, Recording

from timeline.application import Extractor, ExtractorInfo, IngestResult, TimelineApplication
from timeline.document import SourceDocument
from timeline.domain import Fact
from timeline.projections import TimelineProjection
from timeline.store import parse_database_url
from timeline.values import ExtractedFact
from timeline.views import VIEW_TABLES, PostgresViews, SQLiteViews, _Views


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
    ) -> None:
        config = parse_database_url(database_url)
        self.config = config
        views_class: type[_Views] = SQLiteViews if config.kind == "sqlite" else PostgresViews
        env = dict(config.env)
        if config.kind == "postgres" and _schema_exists(env):
            # CREATE ... IF NOT EXISTS still takes table locks in PostgreSQL, which deadlock
            # with other processes writing: skip it when the schema is already there.
            env["CREATE_TABLE"] = "false"
        for attempt in range(6):
            try:
                self.app = _Application(env=env, extractor=extractor, extractor_info=extractor_info)
                recorder: Any = self.app.factory.tracking_recorder(views_class)  # type: ignore[arg-type]
                break
            except (
                Exception
            ) as exc:  # the engine's error classes differ; the message is what counts
                # Two processes creating the schema at once (PostgreSQL reports "tuple
                # concurrently updated" for CREATE OR REPLACE FUNCTION): wait and try again.
                if "concurrently" not in str(exc) or attempt == 5:
                    raise
                time.sleep(0.05 * 2**attempt)
        self.views: _Views = recorder
        self.projection = TimelineProjection(self.app, self.views, ledger=ledger)
        # Off when a separate `timeline project --follow` process keeps the views current.
        self.project_inline = project_inline
        if catch_up:
            self.projection.catch_up()

    def ingest(self, source: SourceDocument, recorded_by: str) -> IngestResult:
        return self.ingest_many([source], recorded_by)[0]

    def ingest_many(
        self, sources: Sequence[SourceDocument], recorded_by: str, *, corroborate: bool = True
    ) -> list[IngestResult]:
        """Record documents in one transaction, then bring the views up to date."""
        match = self._match if corroborate else None
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

    def lineage(self, fact_id: UUID) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
        """A fact's stored events and the documents they cite (for provenance and audit)."""
        history = self.app.history(fact_id)
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


def _schema_exists(env: dict[str, str]) -> bool:
    """Whether every table exists already (then no DDL runs; see the caller)."""
    import psycopg

    try:
        with psycopg.connect(
            dbname=env["POSTGRES_DBNAME"],
            host=env["POSTGRES_HOST"],
            port=env["POSTGRES_PORT"],
            user=env["POSTGRES_USER"],
            password=env["POSTGRES_PASSWORD"] or None,
            connect_timeout=int(env.get("POSTGRES_CONNECT_TIMEOUT", "10")),
        ) as conn:
            schema = env["POSTGRES_SCHEMA"]
            row = conn.execute(
                "SELECT bool_and(to_regclass(t) IS NOT NULL) FROM unnest(%s::text[]) AS t",
                ([f'"{schema}".{table}' for table in _POSTGRES_TABLES],),
            ).fetchone()
    except psycopg.Error:
        return False  # let the application report the connection problem itself
    return bool(row and row[0])


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
