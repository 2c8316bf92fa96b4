"""Read models: the timeline, actor and document views as tables beside the event log.

The views live in the same database as the events. Each write to them records the
position of the last event applied in the same transaction (the ``eventsourcing``
tracking table), so a crash never applies an event twice or skips one.

One class per engine (``SQLiteViews``, ``PostgresViews``) shares the SQL; they
differ only in placeholders, table qualification and a few functions.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from eventsourcing.persistence import Tracking
from eventsourcing.postgres import PostgresTrackingRecorder
from eventsourcing.sqlite import SQLiteTrackingRecorder
from psycopg.sql import SQL

from timeline.ledger import MerkleAccumulator

TRACKING_NAME = "timeline-views"
SQLITE_CACHE_KIB = 131_072  # 128 MiB of page cache per connection, at most
MAX_LIMIT = 500

VIEW_TABLES = (
    "tl_facts",
    "tl_fact_actors",
    "tl_actors",
    "tl_counterparts",
    "tl_documents",
    "tl_fact_versions",
    "tl_fact_actor_versions",
    "tl_log",
    "tl_meta",
    "tl_ledger",
)


class InvalidCursor(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class TimelineQuery:
    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    modality: str | None = None
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive
    document: str | None = None
    q: str | None = None
    include_retracted: bool = False
    all_actors: bool = False  # True: facts involving every actor given (relations)
    limit: int = 100
    cursor: str | None = None


@dataclass(slots=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


@dataclass(slots=True)
class RowChanges:
    """What applying a batch of events does to the view tables."""

    facts: dict[str, dict[str, Any]] = field(default_factory=dict)  # current rows by fact id
    versions: list[dict[str, Any]] = field(default_factory=list)  # every new version, log order
    documents: list[dict[str, Any]] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)  # position, recorded_at, leaf

    def add_version(self, row: dict[str, Any], position: int) -> None:
        self.facts[row["fact_id"]] = row
        self.versions.append({**row, "from_pos": position, "to_pos": None})


def encode_cursor(row: dict[str, Any]) -> str:
    key = [row["sort_key"], row["document_id"], row["position"], row["fact_id"]]
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str, int, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode()))
        sort_key, document_id, position, fact_id = key
        if not (
            isinstance(sort_key, str)
            and isinstance(document_id, str)
            and isinstance(position, int)
            and isinstance(fact_id, str)
            and 0 <= position < 2**63  # a forged cursor must not overflow the database
            and not any("\x00" in part for part in (sort_key, document_id, fact_id))
        ):
            raise ValueError
    except (ValueError, TypeError, json.JSONDecodeError, UnicodeDecodeError):
        raise InvalidCursor("the cursor is not one this service issued") from None
    return sort_key, document_id, position, fact_id


FACT_COLUMNS = (
    "fact_id",
    "document_id",
    "type",
    "modality",
    "status",
    "sort_key",
    "start_date",
    "end_date",
    "position",
    "version",
    "summary",
    "quote",
    "search_text",
    "plover",
    "cameo",
    "recorded_at",
    "recorded_by",
    "data",
)


class _Views:
    """Schema, writes and queries, written once for both engines."""

    dialect: str
    _placeholder = re.compile(r"%\((\w+)\)s")

    # Hooks the engine classes provide.
    def _prefix(self) -> str:
        raise NotImplementedError

    @contextmanager
    def _transaction(self, *, commit: bool) -> Iterator[Any]:
        raise NotImplementedError
        yield

    def _insert_tracking_in(self, cursor: Any, tracking: Tracking) -> None:
        raise NotImplementedError

    # SQL helpers

    def sql(self, statement: str) -> str:
        statement = statement.replace("{p}", self._prefix())
        if self.dialect == "sqlite":
            return self._placeholder.sub(r":\1", statement)
        return statement

    @staticmethod
    def _rows(cursor: Any) -> list[dict[str, Any]]:
        return [dict(row) for row in cursor.fetchall()]

    def view_statements(self) -> list[str]:
        text = "TEXT"
        big = "BIGINT" if self.dialect == "postgres" else "INTEGER"
        return [
            self.sql(s)
            for s in (
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_facts (fact_id {text} PRIMARY KEY, "
                f"document_id {text} NOT NULL, type {text} NOT NULL, modality {text} NOT NULL, "
                f"status {text} NOT NULL, sort_key {text} NOT NULL, start_date {text}, "
                f"end_date {text}, position {big} NOT NULL, version {big} NOT NULL, "
                f"summary {text} NOT NULL, quote {text} NOT NULL, search_text {text} NOT NULL, "
                f"plover {text} NOT NULL, cameo {text} NOT NULL, recorded_at {text} NOT NULL, "
                f"recorded_by {text} NOT NULL, data {text} NOT NULL)",
                "CREATE INDEX IF NOT EXISTS tl_facts_order ON {p}tl_facts "
                "(sort_key, document_id, position, fact_id)",
                "CREATE INDEX IF NOT EXISTS tl_facts_type ON {p}tl_facts "
                "(type, sort_key, document_id, position, fact_id)",
                "CREATE INDEX IF NOT EXISTS tl_facts_document ON {p}tl_facts "
                "(document_id, position)",
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_fact_actors (actor_id {text} NOT NULL, "
                f"fact_id {text} NOT NULL, role {text} NOT NULL, sort_key {text} NOT NULL, "
                f"document_id {text} NOT NULL, position {big} NOT NULL, active {big} NOT NULL, "
                "PRIMARY KEY (actor_id, fact_id))",
                "CREATE INDEX IF NOT EXISTS tl_fact_actors_order ON {p}tl_fact_actors "
                "(actor_id, sort_key, document_id, position, fact_id)",
                "CREATE INDEX IF NOT EXISTS tl_fact_actors_fact ON {p}tl_fact_actors (fact_id)",
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_actors (actor_id {text} PRIMARY KEY, "
                f"name {text} NOT NULL, fact_count {big} NOT NULL, first_date {text}, "
                f"last_date {text}, type_counts {text} NOT NULL)",
                "CREATE INDEX IF NOT EXISTS tl_actors_count ON {p}tl_actors (fact_count)",
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_counterparts (actor_id {text} NOT NULL, "
                f"counterpart_id {text} NOT NULL, fact_count {big} NOT NULL, "
                "PRIMARY KEY (actor_id, counterpart_id))",
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_documents (document_id {text} PRIMARY KEY, "
                f"sha256 {text} NOT NULL, title {text} NOT NULL, published {text}, "
                f"metadata {text} NOT NULL, body {text} NOT NULL, fact_count {big} NOT NULL, "
                f"recorded_at {text} NOT NULL, recorded_by {text} NOT NULL, "
                f"log_position {big} NOT NULL, fact_ids {text} NOT NULL)",
                "CREATE INDEX IF NOT EXISTS tl_documents_order ON {p}tl_documents (log_position)",
                # Record-time history: every version of every fact with the log positions
                # between which it was the current one. "As of" queries read these.
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_fact_versions (fact_id {text} NOT NULL, "
                f"document_id {text} NOT NULL, type {text} NOT NULL, modality {text} NOT NULL, "
                f"status {text} NOT NULL, sort_key {text} NOT NULL, start_date {text}, "
                f"end_date {text}, position {big} NOT NULL, version {big} NOT NULL, "
                f"summary {text} NOT NULL, quote {text} NOT NULL, search_text {text} NOT NULL, "
                f"plover {text} NOT NULL, cameo {text} NOT NULL, recorded_at {text} NOT NULL, "
                f"recorded_by {text} NOT NULL, data {text} NOT NULL, from_pos {big} NOT NULL, "
                f"to_pos {big}, PRIMARY KEY (fact_id, version))",
                "CREATE INDEX IF NOT EXISTS tl_fact_versions_order ON {p}tl_fact_versions "
                "(sort_key, document_id, position, fact_id)",
                "CREATE TABLE IF NOT EXISTS {p}tl_fact_actor_versions ("
                f"actor_id {text} NOT NULL, "
                f"fact_id {text} NOT NULL, version {big} NOT NULL, role {text} NOT NULL, "
                f"sort_key {text} NOT NULL, document_id {text} NOT NULL, position {big} NOT NULL, "
                f"active {big} NOT NULL, from_pos {big} NOT NULL, to_pos {big}, "
                "PRIMARY KEY (actor_id, fact_id, version))",
                "CREATE INDEX IF NOT EXISTS tl_fact_actor_versions_order ON "
                "{p}tl_fact_actor_versions (actor_id, sort_key, document_id, position, fact_id)",
                "CREATE INDEX IF NOT EXISTS tl_fact_actor_versions_fact ON "
                "{p}tl_fact_actor_versions (fact_id)",
                # One row per stored event: when it was recorded and its ledger leaf hash.
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_log (position {big} PRIMARY KEY, "
                f"leaf_index {big} NOT NULL, recorded_at {text} NOT NULL, leaf {text})",
                "CREATE INDEX IF NOT EXISTS tl_log_time ON {p}tl_log (recorded_at)",
                "CREATE INDEX IF NOT EXISTS tl_fact_versions_type ON {p}tl_fact_versions "
                "(type, sort_key, document_id, position, fact_id)",
                "CREATE UNIQUE INDEX IF NOT EXISTS tl_log_leaf ON {p}tl_log (leaf_index)",
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_meta (name {text} PRIMARY KEY, "
                f"value {big} NOT NULL)",
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_ledger (name {text} PRIMARY KEY, "
                f"size {big} NOT NULL, root {text} NOT NULL, frontier {text} NOT NULL)",
            )
        ]

    # Writes

    def apply(
        self, changes: RowChanges, tracking: Tracking, ledger: dict[str, Any] | None = None
    ) -> None:
        """Write one batch of row changes and the tracking position atomically."""
        with self._transaction(commit=True) as c:
            self._insert_tracking_in(c, tracking)
            if changes.documents:
                c.executemany(
                    self.sql(
                        "INSERT INTO {p}tl_documents VALUES (%(document_id)s, %(sha256)s, "
                        "%(title)s, %(published)s, %(metadata)s, %(body)s, %(fact_count)s, "
                        "%(recorded_at)s, %(recorded_by)s, %(log_position)s, %(fact_ids)s) "
                        "ON CONFLICT (document_id) DO NOTHING"
                    ),
                    changes.documents,
                )
            if changes.log:
                c.executemany(
                    self.sql(
                        "INSERT INTO {p}tl_log VALUES "
                        "(%(position)s, %(leaf_index)s, %(recorded_at)s, "
                        "%(leaf)s)"
                    ),
                    changes.log,
                )
            if changes.versions:
                self._write_versions(c, changes.versions)
            if changes.facts:
                self._write_facts(c, list(changes.facts.values()))
            if ledger is not None:
                c.execute(
                    self.sql(
                        "INSERT INTO {p}tl_ledger VALUES ('events', %(size)s, %(root)s, "
                        "%(frontier)s) ON CONFLICT (name) DO UPDATE SET size = excluded.size, "
                        "root = excluded.root, frontier = excluded.frontier"
                    ),
                    ledger,
                )

    def _write_versions(self, c: Any, versions: list[dict[str, Any]]) -> None:
        # Close each version at the position of the next one, inside the batch or in the table.
        last_index: dict[str, int] = {}
        first_version: dict[str, dict[str, Any]] = {}
        for index, row in enumerate(versions):
            previous = last_index.get(row["fact_id"])
            if previous is not None:
                versions[previous]["to_pos"] = row["from_pos"]
            else:
                first_version[row["fact_id"]] = row
            last_index[row["fact_id"]] = index
        reopened = [
            {"fact_id": r["fact_id"], "to_pos": r["from_pos"]}
            for r in first_version.values()
            if r["version"] > 1
        ]
        for table in ("tl_fact_versions", "tl_fact_actor_versions"):
            if reopened:
                c.executemany(
                    self.sql(
                        f"UPDATE {{p}}{table} SET to_pos = %(to_pos)s "
                        "WHERE fact_id = %(fact_id)s AND to_pos IS NULL"
                    ),
                    reopened,
                )
        spans = [
            (date.fromisoformat(r["end_date"]) - date.fromisoformat(r["start_date"])).days
            for r in versions
            if r["start_date"] and r["end_date"]
        ]
        if spans:
            larger = "GREATEST" if self.dialect == "postgres" else "MAX"
            c.execute(
                self.sql(
                    "INSERT INTO {p}tl_meta VALUES ('max_span_days', %(v)s) ON CONFLICT (name) "
                    f"DO UPDATE SET value = {larger}({{p}}tl_meta.value, excluded.value)"
                ),
                {"v": max(spans)},
            )
        columns = (*FACT_COLUMNS, "from_pos", "to_pos")
        c.executemany(
            self.sql(
                "INSERT INTO {p}tl_fact_versions VALUES ("
                + ", ".join(f"%({col})s" for col in columns)
                + ")"
            ),
            [{col: r[col] for col in columns} for r in versions],
        )
        links = [
            {
                "actor_id": a["id"],
                "fact_id": r["fact_id"],
                "version": r["version"],
                "role": a.get("role") or "participant",
                "sort_key": r["sort_key"],
                "document_id": r["document_id"],
                "position": r["position"],
                "active": 1 if r["status"] == "active" else 0,
                "from_pos": r["from_pos"],
                "to_pos": r["to_pos"],
            }
            for r in versions
            for a in _unique_actor_roles(r["actors"])
        ]
        if links:
            c.executemany(
                self.sql(
                    "INSERT INTO {p}tl_fact_actor_versions VALUES (%(actor_id)s, %(fact_id)s, "
                    "%(version)s, %(role)s, %(sort_key)s, %(document_id)s, %(position)s, "
                    "%(active)s, %(from_pos)s, %(to_pos)s)"
                ),
                links,
            )

    def _write_facts(self, c: Any, rows: list[dict[str, Any]]) -> None:
        # New facts (version 1) have no links yet: look up only the facts that changed.
        ids = [r["fact_id"] for r in rows if r["version"] > 1]
        previous = self._fact_actor_rows(c, ids) if ids else []
        touched = {r["actor_id"] for r in previous}
        c.executemany(
            self.sql(
                "INSERT INTO {p}tl_facts VALUES ("
                + ", ".join(f"%({col})s" for col in FACT_COLUMNS)
                + ") ON CONFLICT (fact_id) DO UPDATE SET "
                + ", ".join(f"{col} = excluded.{col}" for col in FACT_COLUMNS[1:])
            ),
            [{col: r[col] for col in FACT_COLUMNS} for r in rows],
        )
        if previous:
            c.executemany(
                self.sql("DELETE FROM {p}tl_fact_actors WHERE fact_id = %(fact_id)s"),
                [{"fact_id": i} for i in {r["fact_id"] for r in previous}],
            )
        links = [
            {
                "actor_id": a["id"],
                "fact_id": r["fact_id"],
                "role": a.get("role") or "participant",
                "sort_key": r["sort_key"],
                "document_id": r["document_id"],
                "position": r["position"],
                "active": 1 if r["status"] == "active" else 0,
            }
            for r in rows
            for a in _unique_actor_roles(r["actors"])
        ]
        if links:
            c.executemany(
                self.sql(
                    "INSERT INTO {p}tl_fact_actors VALUES (%(actor_id)s, %(fact_id)s, %(role)s, "
                    "%(sort_key)s, %(document_id)s, %(position)s, %(active)s) "
                    "ON CONFLICT (actor_id, fact_id) DO NOTHING"
                ),
                links,
            )
        new_only = not previous
        if new_only:
            self._add_actor_counts(c, rows)
        else:
            names = {a["id"]: a.get("name") or a["id"] for r in rows for a in r["actors"]}
            touched |= set(names)
            self._recount_actors(c, touched, names)

    def _fact_actor_rows(self, c: Any, fact_ids: Sequence[str]) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for chunk in _chunks(fact_ids, 500):
            marks = ", ".join(f"%(f{i})s" for i in range(len(chunk)))
            c.execute(
                self.sql(
                    f"SELECT actor_id, fact_id FROM {{p}}tl_fact_actors WHERE fact_id IN ({marks})"
                ),
                {f"f{i}": v for i, v in enumerate(chunk)},
            )
            found.extend(self._rows(c))
        return found

    def _add_actor_counts(self, c: Any, rows: list[dict[str, Any]]) -> None:
        """Fast path for new facts: add their contributions to the actor tables."""
        actors: dict[str, dict[str, Any]] = {}
        pairs: dict[tuple[str, str], int] = {}
        for r in rows:
            if r["status"] != "active":
                continue
            ids = list(dict.fromkeys(a["id"] for a in r["actors"]))
            for a in r["actors"]:
                actors.setdefault(
                    a["id"],
                    {
                        "name": a.get("name") or a["id"],
                        "count": 0,
                        "first": None,
                        "last": None,
                        "types": {},
                    },
                )
            for actor_id in ids:
                entry = actors[actor_id]
                entry["count"] += 1
                entry["types"][r["type"]] = entry["types"].get(r["type"], 0) + 1
                if r["start_date"]:
                    entry["first"] = _min(entry["first"], r["start_date"])
                    entry["last"] = _max(entry["last"], r["end_date"] or r["start_date"])
                for other in ids:
                    if other != actor_id:
                        pairs[(actor_id, other)] = pairs.get((actor_id, other), 0) + 1
        if not actors:
            return
        existing = self._actor_rows(c, list(actors))
        upserts = []
        for actor_id, entry in actors.items():
            old = existing.get(actor_id)
            types = json.loads(old["type_counts"]) if old else {}
            for name, n in entry["types"].items():
                types[name] = types.get(name, 0) + n
            upserts.append(
                {
                    "actor_id": actor_id,
                    "name": old["name"] if old else entry["name"],
                    "fact_count": (old["fact_count"] if old else 0) + entry["count"],
                    "first_date": _min(old["first_date"] if old else None, entry["first"]),
                    "last_date": _max(old["last_date"] if old else None, entry["last"]),
                    "type_counts": json.dumps(types, sort_keys=True),
                }
            )
        self._upsert_actors(c, upserts)
        if pairs:
            c.executemany(
                self.sql(
                    "INSERT INTO {p}tl_counterparts VALUES (%(a)s, %(b)s, %(n)s) "
                    "ON CONFLICT (actor_id, counterpart_id) DO UPDATE SET "
                    "fact_count = {p}tl_counterparts.fact_count + excluded.fact_count"
                ),
                [{"a": a, "b": b, "n": n} for (a, b), n in pairs.items()],
            )

    def _actor_rows(self, c: Any, actor_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(actor_ids, 500):
            marks = ", ".join(f"%(a{i})s" for i in range(len(chunk)))
            c.execute(
                self.sql(f"SELECT * FROM {{p}}tl_actors WHERE actor_id IN ({marks})"),
                {f"a{i}": v for i, v in enumerate(chunk)},
            )
            for row in self._rows(c):
                found[row["actor_id"]] = row
        return found

    def _upsert_actors(self, c: Any, rows: list[dict[str, Any]]) -> None:
        c.executemany(
            self.sql(
                "INSERT INTO {p}tl_actors VALUES (%(actor_id)s, %(name)s, %(fact_count)s, "
                "%(first_date)s, %(last_date)s, %(type_counts)s) ON CONFLICT (actor_id) DO UPDATE "
                "SET name = excluded.name, fact_count = excluded.fact_count, "
                "first_date = excluded.first_date, last_date = excluded.last_date, "
                "type_counts = excluded.type_counts"
            ),
            rows,
        )

    def _recount_actors(self, c: Any, actor_ids: Iterable[str], names: dict[str, str]) -> None:
        """Slow path (corrections, retractions): recompute the touched actors from the links."""
        for actor_id in sorted(actor_ids):
            c.execute(
                self.sql(
                    "SELECT f.type AS type, f.start_date AS start_date, f.end_date AS end_date, "
                    "f.fact_id AS fact_id FROM {p}tl_fact_actors a JOIN {p}tl_facts f "
                    "ON f.fact_id = a.fact_id WHERE a.actor_id = %(a)s AND a.active = 1"
                ),
                {"a": actor_id},
            )
            facts = {r["fact_id"]: r for r in self._rows(c)}
            c.execute(
                self.sql("DELETE FROM {p}tl_counterparts WHERE actor_id = %(a)s"), {"a": actor_id}
            )
            c.execute(
                self.sql("DELETE FROM {p}tl_counterparts WHERE counterpart_id = %(a)s"),
                {"a": actor_id},
            )
            existing = self._actor_rows(c, [actor_id]).get(actor_id)
            name = existing["name"] if existing else names.get(actor_id, actor_id)
            self._upsert_actors(
                c, [{"actor_id": actor_id, "name": name, **_actor_stats(facts.values())}]
            )
            c.execute(
                self.sql(
                    "SELECT b.actor_id AS other, COUNT(DISTINCT b.fact_id) AS n "
                    "FROM {p}tl_fact_actors a JOIN {p}tl_fact_actors b ON b.fact_id = a.fact_id "
                    "AND b.actor_id <> a.actor_id WHERE a.actor_id = %(a)s AND a.active = 1 "
                    "GROUP BY b.actor_id"
                ),
                {"a": actor_id},
            )
            pairs = self._rows(c)
            if pairs:
                both = [{"a": actor_id, "b": r["other"], "n": r["n"]} for r in pairs]
                both += [{"a": r["other"], "b": actor_id, "n": r["n"]} for r in pairs]
                c.executemany(
                    self.sql(
                        "INSERT INTO {p}tl_counterparts VALUES (%(a)s, %(b)s, %(n)s) "
                        "ON CONFLICT (actor_id, counterpart_id) DO UPDATE SET "
                        "fact_count = excluded.fact_count"
                    ),
                    both,
                )

    def drop_views(self) -> None:
        """Drop every view table and forget the tracking position (for a replay)."""
        with self._transaction(commit=True) as c:
            for table in VIEW_TABLES:
                c.execute(self.sql(f"DROP TABLE IF EXISTS {{p}}{table}"))
            c.execute(
                self.sql(
                    f"DELETE FROM {{p}}{self._tracking_table()} WHERE application_name = %(n)s"
                ),
                {"n": TRACKING_NAME},
            )
            for statement in self.view_statements():
                c.execute(statement)

    def _tracking_table(self) -> str:
        return "tracking"

    # Reads

    def ledger_state(self) -> MerkleAccumulator:
        with self._transaction(commit=False) as c:
            c.execute(self.sql("SELECT * FROM {p}tl_ledger WHERE name = 'events'"))
            row = c.fetchone()
        if row is None:
            return MerkleAccumulator()
        row = dict(row)
        frontier = [bytes.fromhex(h) for h in row["frontier"].split(",") if h]
        return MerkleAccumulator(int(row["size"]), frontier)

    def max_span_days(self) -> int:
        """The longest interval of any fact version recorded, in days."""
        with self._transaction(commit=False) as c:
            c.execute(self.sql("SELECT value FROM {p}tl_meta WHERE name = 'max_span_days'"))
            row = c.fetchone()
        return int(dict(row)["value"]) if row is not None else 0

    def log_size(self) -> int:
        with self._transaction(commit=False) as c:
            c.execute(self.sql("SELECT MAX(leaf_index) AS n FROM {p}tl_log"))
            row = c.fetchone()
        value = dict(row)["n"] if row is not None else None
        return 0 if value is None else int(value) + 1

    def position_at(self, recorded_at: str) -> int:
        """The last log position recorded at or before an ISO time with a zone (0: before any)."""
        moment = datetime.fromisoformat(recorded_at)
        if moment.tzinfo is None:
            raise ValueError(f"{recorded_at!r} has no time zone")
        # Stored times are one fixed format, so text order is time order; match it.
        recorded_at = moment.astimezone(UTC).isoformat(timespec="microseconds")
        with self._transaction(commit=False) as c:
            c.execute(
                self.sql("SELECT MAX(position) AS n FROM {p}tl_log WHERE recorded_at <= %(t)s"),
                {"t": recorded_at},
            )
            row = c.fetchone()
        value = dict(row)["n"] if row is not None else None
        return int(value or 0)

    def log_rows(self, after_index: int = -1, limit: int = 10_000) -> list[dict[str, Any]]:
        with self._transaction(commit=False) as c:
            c.execute(
                self.sql(
                    "SELECT position, leaf_index, recorded_at, leaf FROM {p}tl_log "
                    "WHERE leaf_index > %(a)s ORDER BY leaf_index LIMIT %(l)s"
                ),
                {"a": after_index, "l": limit},
            )
            return self._rows(c)

    def position(self) -> int:
        with self._transaction(commit=False) as c:
            c.execute(
                self.sql(
                    f"SELECT MAX(notification_id) AS n FROM {{p}}{self._tracking_table()} "
                    "WHERE application_name = %(n)s"
                ),
                {"n": TRACKING_NAME},
            )
            row = c.fetchone()
        value = dict(row)["n"] if row is not None else None
        return int(value or 0)

    def timeline(self, query: TimelineQuery, as_of: int | None = None) -> Page:
        """A page of the timeline; with ``as_of``, as it stood at that log position."""
        statement, params, limit = self._timeline_sql(query, as_of)
        with self._transaction(commit=False) as c:
            c.execute(statement, params)
            rows = self._rows(c)
        items = [fact_from_row(r) for r in rows[:limit]]
        next_cursor = encode_cursor(rows[limit - 1]) if len(rows) > limit else None
        return Page(items, next_cursor)

    def _timeline_sql(
        self, query: TimelineQuery, as_of: int | None
    ) -> tuple[str, dict[str, Any], int]:
        limit = max(1, min(query.limit, MAX_LIMIT))
        facts, links = (
            ("tl_facts", "tl_fact_actors")
            if as_of is None
            else ("tl_fact_versions", "tl_fact_actor_versions")
        )
        where: list[str] = []
        params: dict[str, Any] = {"limit": limit + 1, "as_of": as_of}

        def valid(alias: str) -> str:
            return "1 = 1" if as_of is None else self._valid(alias)

        where.append(valid("f"))
        if not query.include_retracted:
            where.append("f.status = 'active'")
        if query.types:
            marks = ", ".join(f"%(t{i})s" for i in range(len(query.types)))
            where.append(f"f.type IN ({marks})")
            params.update({f"t{i}": t for i, t in enumerate(query.types)})
        if query.modality:
            where.append("f.modality = %(modality)s")
            params["modality"] = query.modality
        if query.date_from:
            where.append("f.end_date >= %(date_from)s")
            params["date_from"] = query.date_from
        if query.date_to:
            where.append("f.start_date <= %(date_to)s")
            params["date_to"] = query.date_to
        if query.document:
            where.append("f.document_id = %(document)s")
            params["document"] = query.document
        if query.q:
            terms = [t for t in re.split(r"\W+", query.q.lower()) if t]
            for i, term in enumerate(terms[:8]):
                where.append(f"f.search_text LIKE %(q{i})s")
                params[f"q{i}"] = f"%{term}%"
        order = "f"
        source = f"{{p}}{facts} f"
        actors = query.actors
        params.update({f"a{i}": a for i, a in enumerate(actors)})
        if len(actors) == 1:
            # Walk the actor's own index in timeline order: no sort, no scan of other actors.
            source = f"{{p}}{links} x JOIN {{p}}{facts} f ON f.fact_id = x.fact_id"
            if as_of is not None:
                source += " AND f.version = x.version"
            where += ["x.actor_id = %(a0)s", valid("x")]
            order = "x"
        elif actors and query.all_actors:
            for i in range(len(actors)):
                where.append(
                    f"EXISTS (SELECT 1 FROM {{p}}{links} x{i} WHERE x{i}.fact_id = f.fact_id "
                    f"AND x{i}.actor_id = %(a{i})s AND {valid(f'x{i}')})"
                )
        elif actors:
            marks = ", ".join(f"%(a{i})s" for i in range(len(actors)))
            where.append(
                f"EXISTS (SELECT 1 FROM {{p}}{links} x WHERE x.fact_id = f.fact_id "
                f"AND x.actor_id IN ({marks}) AND {valid('x')})"
            )
        # Bound the walk of the order index: a fact's sort key is its start date, so it lies
        # between (from - the longest interval recorded) and to. Same rows, fewer visited.
        if query.date_to:
            where.append(f"{order}.sort_key <= %(date_to)s")
        if query.date_from:
            floor = date.fromisoformat(query.date_from) - timedelta(days=self.max_span_days() + 1)
            where.append(f"{order}.sort_key >= %(floor)s")
            params["floor"] = floor.isoformat()
        if query.cursor:
            sort_key, document_id, position, fact_id = decode_cursor(query.cursor)
            # A row-value comparison, which both engines match against the index.
            where.append(
                f"({order}.sort_key, {order}.document_id, {order}.position, {order}.fact_id) "
                "> (%(c_sort)s, %(c_doc)s, %(c_pos)s, %(c_fact)s)"
            )
            params.update(c_sort=sort_key, c_doc=document_id, c_pos=position, c_fact=fact_id)
        statement = (
            f"SELECT f.* FROM {source} WHERE "
            + " AND ".join(where)
            + f" ORDER BY {order}.sort_key, {order}.document_id, {order}.position, "
            f"{order}.fact_id LIMIT %(limit)s"
        )
        return self.sql(statement), params, limit

    def explain_timeline(self, query: TimelineQuery) -> str:
        """The engine's query plan for a timeline query (benchmarks print it)."""
        raise NotImplementedError

    def candidates(
        self, fact_type: str, actor_ids: Sequence[str], start: str | None, end: str | None
    ) -> list[dict[str, Any]]:
        """Active facts of a type involving any of the actors, dated to overlap (or undated)."""
        if not actor_ids:
            return []
        marks = ", ".join(f"%(a{i})s" for i in range(len(actor_ids)))
        params: dict[str, Any] = {f"a{i}": a for i, a in enumerate(actor_ids)}
        params.update(t=fact_type, s=start, e=end)
        dated = (
            "(f.start_date IS NULL OR (f.start_date <= %(e)s AND f.end_date >= %(s)s))"
            if start
            else "1 = 1"
        )
        statement = (
            "SELECT f.* FROM {p}tl_facts f WHERE f.type = %(t)s AND f.status = 'active' AND "
            + dated
            + " AND f.fact_id IN (SELECT x.fact_id FROM {p}tl_fact_actors x "
            f"WHERE x.actor_id IN ({marks})) ORDER BY f.sort_key, f.fact_id LIMIT 20"
        )
        with self._transaction(commit=False) as c:
            c.execute(self.sql(statement), params)
            return [fact_from_row(r) for r in self._rows(c)]

    @staticmethod
    def _valid(alias: str) -> str:
        return (
            f"{alias}.from_pos <= %(as_of)s "
            f"AND ({alias}.to_pos IS NULL OR {alias}.to_pos > %(as_of)s)"
        )

    def fact(self, fact_id: str, as_of: int | None = None) -> dict[str, Any] | None:
        if as_of is None:
            statement = "SELECT * FROM {p}tl_facts WHERE fact_id = %(f)s"
        else:
            statement = (
                "SELECT * FROM {p}tl_fact_versions f WHERE fact_id = %(f)s AND " + self._valid("f")
            )
        with self._transaction(commit=False) as c:
            c.execute(self.sql(statement), {"f": fact_id, "as_of": as_of})
            row = c.fetchone()
        return fact_from_row(dict(row)) if row is not None else None

    def actors(
        self,
        search: str | None = None,
        limit: int = 100,
        as_of: int | None = None,
        ids: Sequence[str] = (),
    ) -> list[dict[str, Any]]:
        """Actors with facts, most facts first; ``search`` matches names and ids."""
        params: dict[str, Any] = {"limit": max(1, min(limit, MAX_LIMIT)), "as_of": as_of}
        conditions = ["a.fact_count > 0"]
        if search or ids:
            alternatives = []
            if search:
                alternatives.append("LOWER(a.name) LIKE %(s)s OR LOWER(a.actor_id) = %(exact)s")
                params["s"] = f"%{search.lower()}%"
                params["exact"] = search.lower()
            for i, actor_id in enumerate(ids[:50]):
                alternatives.append(f"a.actor_id = %(id{i})s")
                params[f"id{i}"] = actor_id
            conditions.append("(" + " OR ".join(alternatives) + ")")
        if as_of is None:
            statement = (
                "SELECT a.* FROM {p}tl_actors a WHERE "
                + " AND ".join(conditions)
                + " ORDER BY a.fact_count DESC, a.actor_id LIMIT %(limit)s"
            )
        else:
            statement = (
                "SELECT * FROM (SELECT x.actor_id AS actor_id, MAX(n.name) AS name, "
                "COUNT(*) AS fact_count, MIN(f.start_date) AS first_date, "
                "MAX(COALESCE(f.end_date, f.start_date)) AS last_date, '{}' AS type_counts "
                "FROM {p}tl_fact_actor_versions x JOIN {p}tl_fact_versions f "
                "ON f.fact_id = x.fact_id AND f.version = x.version "
                "JOIN {p}tl_actors n ON n.actor_id = x.actor_id "
                "WHERE x.active = 1 AND "
                + self._valid("x")
                + " GROUP BY x.actor_id) a WHERE "
                + " AND ".join(conditions)
                + " ORDER BY a.fact_count DESC, a.actor_id LIMIT %(limit)s"
            )
        with self._transaction(commit=False) as c:
            c.execute(self.sql(statement), params)
            rows = self._rows(c)
            if as_of is not None and rows:
                self._type_counts_as_of(c, rows, as_of)
        return [actor_from_row(r) for r in rows]

    def _type_counts_as_of(self, c: Any, rows: list[dict[str, Any]], as_of: int) -> None:
        """Fill each actor row's counts by type from the versions valid at ``as_of``."""
        marks = ", ".join(f"%(a{i})s" for i in range(len(rows)))
        params: dict[str, Any] = {f"a{i}": r["actor_id"] for i, r in enumerate(rows)}
        params["as_of"] = as_of
        c.execute(
            self.sql(
                "SELECT x.actor_id AS actor_id, f.type AS type, COUNT(*) AS n "
                "FROM {p}tl_fact_actor_versions x JOIN {p}tl_fact_versions f "
                "ON f.fact_id = x.fact_id AND f.version = x.version "
                f"WHERE x.actor_id IN ({marks}) AND x.active = 1 AND "
                + self._valid("x")
                + " GROUP BY x.actor_id, f.type"
            ),
            params,
        )
        counts: dict[str, dict[str, int]] = {}
        for r in self._rows(c):
            counts.setdefault(r["actor_id"], {})[r["type"]] = int(r["n"])
        for row in rows:
            row["type_counts"] = json.dumps(counts.get(row["actor_id"], {}), sort_keys=True)

    def actor(self, actor_id: str, as_of: int | None = None) -> dict[str, Any] | None:
        with self._transaction(commit=False) as c:
            found = self._actor_rows(c, [actor_id]).get(actor_id)
            if found is None:
                return None
            if as_of is None:
                if not found["fact_count"]:
                    return None
                c.execute(
                    self.sql(
                        "SELECT counterpart_id, fact_count FROM {p}tl_counterparts "
                        "WHERE actor_id = %(a)s AND fact_count > 0 "
                        "ORDER BY fact_count DESC, counterpart_id"
                    ),
                    {"a": actor_id},
                )
                counterparts = self._rows(c)
                actor = actor_from_row(found)
            else:
                as_of_actor, counterparts = self._actor_as_of(c, found, as_of)
                if as_of_actor is None:
                    return None
                actor = as_of_actor
            ids = [r["counterpart_id"] for r in counterparts]
            names = {k: v["name"] for k, v in self._actor_rows(c, ids).items()}
        actor["counterparts"] = [
            {
                "id": r["counterpart_id"],
                "name": names.get(r["counterpart_id"], r["counterpart_id"]),
                "fact_count": r["fact_count"],
            }
            for r in counterparts
        ]
        return actor

    def _actor_as_of(
        self, c: Any, found: dict[str, Any], as_of: int
    ) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
        params = {"a": found["actor_id"], "as_of": as_of}
        c.execute(
            self.sql(
                "SELECT f.type AS type, f.start_date AS start_date, f.end_date AS end_date "
                "FROM {p}tl_fact_actor_versions x JOIN {p}tl_fact_versions f "
                "ON f.fact_id = x.fact_id AND f.version = x.version "
                "WHERE x.actor_id = %(a)s AND x.active = 1 AND " + self._valid("x")
            ),
            params,
        )
        facts = self._rows(c)
        if not facts:
            return None, []
        actor = actor_from_row({**found, **_actor_stats(facts)})
        c.execute(
            self.sql(
                "SELECT y.actor_id AS counterpart_id, COUNT(DISTINCT y.fact_id) AS fact_count "
                "FROM {p}tl_fact_actor_versions x JOIN {p}tl_fact_actor_versions y "
                "ON y.fact_id = x.fact_id AND y.version = x.version AND y.actor_id <> x.actor_id "
                "WHERE x.actor_id = %(a)s AND x.active = 1 AND "
                + self._valid("x")
                + " GROUP BY y.actor_id ORDER BY fact_count DESC, counterpart_id"
            ),
            params,
        )
        return actor, self._rows(c)

    def documents(
        self, limit: int = 100, after: int = 0, as_of: int | None = None
    ) -> list[dict[str, Any]]:
        with self._transaction(commit=False) as c:
            c.execute(
                self.sql(
                    "SELECT document_id, sha256, title, published, metadata, fact_count, "
                    "recorded_at, recorded_by, log_position FROM {p}tl_documents "
                    "WHERE log_position > %(after)s AND log_position <= %(upto)s "
                    "ORDER BY log_position LIMIT %(limit)s"
                ),
                {
                    "after": after,
                    "upto": as_of if as_of is not None else 2**62,
                    "limit": max(1, min(limit, MAX_LIMIT)),
                },
            )
            rows = self._rows(c)
        return [document_from_row(r) for r in rows]

    def document(self, document_id: str, as_of: int | None = None) -> dict[str, Any] | None:
        with self._transaction(commit=False) as c:
            c.execute(
                self.sql(
                    "SELECT * FROM {p}tl_documents WHERE document_id = %(d)s "
                    "AND log_position <= %(upto)s"
                ),
                {"d": document_id, "upto": as_of if as_of is not None else 2**62},
            )
            row = c.fetchone()
            if row is None:
                return None
            ids = json.loads(dict(row)["fact_ids"])
            facts: list[dict[str, Any]] = []
            for chunk in _chunks(ids, 500):
                marks = ", ".join(f"%(f{i})s" for i in range(len(chunk)))
                params: dict[str, Any] = {f"f{i}": v for i, v in enumerate(chunk)}
                if as_of is None:
                    statement = f"SELECT * FROM {{p}}tl_facts f WHERE f.fact_id IN ({marks})"
                else:
                    params["as_of"] = as_of
                    statement = (
                        f"SELECT * FROM {{p}}tl_fact_versions f WHERE f.fact_id IN ({marks}) "
                        "AND " + self._valid("f")
                    )
                c.execute(self.sql(statement), params)
                facts.extend(fact_from_row(r) for r in self._rows(c))
        facts.sort(key=lambda f: (_position_in(f, document_id), f["id"]))
        document = document_from_row(dict(row))
        document["body"] = dict(row)["body"]
        document["facts"] = facts
        return document

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """Every row of every view table in a stable order (to compare two builds)."""
        orders = {
            "tl_facts": "fact_id",
            "tl_fact_actors": "actor_id, fact_id",
            "tl_fact_versions": "fact_id, version",
            "tl_fact_actor_versions": "actor_id, fact_id, version",
            "tl_log": "position",
            "tl_ledger": "name",
            "tl_actors": "actor_id",
            "tl_counterparts": "actor_id, counterpart_id",
            "tl_documents": "document_id",
        }
        with self._transaction(commit=False) as c:
            result = {}
            for table, order in orders.items():
                c.execute(self.sql(f"SELECT * FROM {{p}}{table} ORDER BY {order}"))
                result[table] = self._rows(c)
        return result


class SQLiteViews(_Views, SQLiteTrackingRecorder):
    dialect = "sqlite"

    def construct_create_table_statements(self) -> list[str]:
        return [*super().construct_create_table_statements(), *self.view_statements()]

    def _prefix(self) -> str:
        return ""

    @contextmanager
    def _transaction(self, *, commit: bool) -> Iterator[Any]:
        with self.datastore.transaction(commit=commit) as c:
            # SQLite's default page cache is 2 MB: the views' indexes outgrow it early and
            # every insert then reads pages from disk. Per connection, so set it each time.
            c.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            yield c

    def _insert_tracking_in(self, cursor: Any, tracking: Tracking) -> None:
        self._insert_tracking(cursor, tracking)

    def explain_timeline(self, query: TimelineQuery) -> str:
        return "(see benchmarks)"


class PostgresViews(_Views, PostgresTrackingRecorder):
    dialect = "postgres"

    def __init__(self, datastore: Any, **kwargs: Any) -> None:
        super().__init__(datastore, **kwargs)
        self.sql_create_statements.extend(SQL(s).format() for s in self.view_statements())

    def _prefix(self) -> str:
        return f'"{self.datastore.schema}".'

    def _tracking_table(self) -> str:
        return self.tracking_table_name

    @contextmanager
    def _transaction(self, *, commit: bool) -> Iterator[Any]:
        with self.datastore.transaction(commit=commit) as c:
            yield c

    def _insert_tracking_in(self, cursor: Any, tracking: Tracking) -> None:
        self._insert_tracking(cursor, tracking)


# Row conversions


def fact_row(
    state: dict[str, Any], *, status: str, version: int, recorded_at: str
) -> dict[str, Any]:
    """The ``tl_facts`` row of a fact's current state."""
    when = state.get("when") or {}
    evidence = state.get("evidence") or []
    first = evidence[0] if evidence else {}
    quotes = " ".join(e.get("quote", "") for e in evidence)
    names = " ".join(a.get("name", "") for a in state.get("actors") or [])
    data = {
        "type": state["type"],
        "modality": state["modality"],
        "actors": state.get("actors") or [],
        "location": state.get("location"),
        "when": when,
        "quantities": state.get("quantities") or [],
        "attribution": state.get("attribution"),
        "evidence": evidence,
        "extractor": state.get("extractor") or {},
        "summary": state.get("summary", ""),
        "extra": state.get("extra") or {},
        "documents": state.get("documents") or [state["document_id"]],
        "retraction": state.get("retracted"),
    }
    return {
        "fact_id": state["fact_id"],
        "document_id": state["document_id"],
        "type": state["type"],
        "modality": state["modality"],
        "status": status,
        "sort_key": when.get("sort_key") or "9999",
        "start_date": when.get("start"),
        "end_date": when.get("end") or when.get("start"),
        "position": int(first.get("start", 0)),
        "version": version,
        "summary": state.get("summary", ""),
        "quote": first.get("quote", ""),
        "search_text": f"{quotes} {state.get('summary', '')} {names}".lower(),
        "plover": state.get("plover", ""),
        "cameo": state.get("cameo", ""),
        "recorded_at": recorded_at,
        "recorded_by": state.get("recorded_by", ""),
        "data": json.dumps(data, sort_keys=True, ensure_ascii=False),
        "actors": state.get("actors") or [],
    }


def fact_from_row(row: dict[str, Any]) -> dict[str, Any]:
    data = json.loads(row["data"])
    return {
        "id": row["fact_id"],
        "type": row["type"],
        "modality": row["modality"],
        "status": row["status"],
        "version": row["version"],
        "document_id": row["document_id"],
        "summary": row["summary"],
        "quote": row["quote"],
        "actors": data["actors"],
        "location": data["location"],
        "when": data["when"],
        "quantities": data["quantities"],
        "attribution": data["attribution"],
        "evidence": data["evidence"],
        "extractor": data["extractor"],
        "documents": data["documents"],
        "retraction": data["retraction"],
        "plover": row["plover"] or None,
        "cameo": row["cameo"] or None,
        "extra": data["extra"],
        "recorded_at": row["recorded_at"],
        "recorded_by": row["recorded_by"],
    }


def actor_from_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["actor_id"],
        "name": row["name"],
        "fact_count": row["fact_count"],
        "first_date": row["first_date"],
        "last_date": row["last_date"],
        "counts_by_type": json.loads(row["type_counts"]),
    }


def document_from_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["document_id"],
        "sha256": row["sha256"],
        "title": row["title"],
        "published": row["published"],
        "metadata": json.loads(row["metadata"]),
        "fact_count": row["fact_count"],
        "recorded_at": row["recorded_at"],
        "recorded_by": row["recorded_by"],
        "position": row["log_position"],
    }


def _actor_stats(facts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """An actor row's counts and first and last dates, from the facts it takes part in."""
    types: dict[str, int] = {}
    starts: list[str] = []
    ends: list[str] = []
    count = 0
    for r in facts:
        count += 1
        types[r["type"]] = types.get(r["type"], 0) + 1
        if r["start_date"]:
            starts.append(r["start_date"])
            ends.append(r["end_date"] or r["start_date"])
    return {
        "fact_count": count,
        "first_date": min(starts) if starts else None,
        "last_date": max(ends) if ends else None,
        "type_counts": json.dumps(types, sort_keys=True),
    }


def _position_in(fact: dict[str, Any], document_id: str) -> int:
    for e in fact["evidence"]:
        if e.get("document_id") in (document_id, None, ""):
            return int(e["start"])
    return 0


def _unique_actor_roles(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One link per actor and fact; an actor with two roles keeps both, comma-joined."""
    roles: dict[str, list[str]] = {}
    for a in actors:
        role = a.get("role") or "participant"
        found = roles.setdefault(a["id"], [])
        if role not in found:
            found.append(role)
    return [{"id": actor_id, "role": ",".join(r)} for actor_id, r in roles.items()]


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _min(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)
