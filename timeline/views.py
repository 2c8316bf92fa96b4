"""Read models: the timeline, actor and document views as tables beside the event log.

The views live in the same database as the events. Each write to them records the
position of the last event applied in the same transaction (the ``eventsourcing``
tracking table), so a crash never applies an event twice or skips one.

Facts are kept once, as versions: ``tl_versions`` holds every version of every fact with
the log positions between which it was the current one (``to_pos IS NULL``: current), and
``tl_links`` its actors. Current-state and "as of" queries read the same rows. Each
version's ``data`` is the fact's API resource as JSON, so a read serves it as stored.

One class per engine (``SQLiteViews``, ``PostgresViews``) shares the SQL; they
differ only in placeholders, table qualification and a few functions.
"""

from __future__ import annotations

import base64
import json
import re
import sqlite3
import weakref
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import orjson
from eventsourcing.persistence import (
    IntegrityError,
    OperationalError,
    PersistenceError,
    Tracking,
)
from eventsourcing.postgres import PostgresTrackingRecorder
from eventsourcing.sqlite import SQLiteTrackingRecorder
from psycopg.sql import SQL

from timeline.ledger import MerkleAccumulator
from timeline.queries import LIKE_ESCAPE, fold, like_pattern, search_words

TRACKING_NAME = "timeline-views"
SCHEMA_VERSION = 7  # of the view tables; a store with another one is replayed on open
SQLITE_CACHE_KIB = 131_072  # 128 MiB of page cache per connection, at most
MAX_LIMIT = 500

VIEW_TABLES = (
    "tl_versions",
    "tl_links",
    "tl_actors",
    "tl_counterparts",
    "tl_documents",
    "tl_log",
    "tl_meta",
    "tl_ledger",
    "tl_sealed",
)
# The sealed ledger, which a replay keeps: the tree's frontier (tl_ledger) and, while a replay
# runs, a copy of the leaf hashes tl_log held (tl_sealed) that every replayed event must match.
# A replay never seals the events anew: it checks them (see TimelineProjection.replay).
SEALED_TABLES = ("tl_ledger", "tl_sealed")
# Tables of earlier schemas: dropped by a replay.
LEGACY_TABLES = ("tl_facts", "tl_fact_actors", "tl_fact_versions", "tl_fact_actor_versions")

VERSION_COLUMNS = (
    "fact_id",
    "version",
    "document_id",
    "type",
    "modality",
    "status",
    "sort_key",
    "start_date",
    "end_date",
    "position",
    "search_text",
    "data",
    "span_tier",
    "from_pos",
    "to_pos",
)
# A date range's walk starts at `from` minus the longest interval that can still reach it.
# Intervals are tiered by length (days): a walk per tier, each starting only as far back as
# its own tier's longest, so one fact spanning decades (an interval from a year long past)
# does not make every date range walk decades of short facts. Tiers 1 and 2 have their own
# (partial) indexes; most facts are tier 0 (a day or a month) and are in no extra index.
SPAN_TIERS = (31, 366)  # tier 0: up to 31 days, tier 1: up to 366, tier 2: longer
LINK_COLUMNS = (
    "fact_id",
    "version",
    "actor_id",
    "sort_key",
    "document_id",
    "position",
    "type",
    "end_date",
    "span_tier",
    "active",
    "from_pos",
    "to_pos",
)
LOG_COLUMNS = ("position", "leaf_index", "recorded_at", "leaf")
# The resources are plain trees built here: no cycle check (half the cost), compact.
_RESOURCE_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":"))
# Where orjson's text differs from the standard encoder's: floats under 1e-4 (0.00001 for
# 1e-05, 1e-7 for 1e-07). A match (or a string that looks like one) takes the slow path.
_ORJSON_DIFFERS = re.compile(rb"[:,\[]-?(?:0\.0000|[0-9.]+e-)")


def encode_resource(resource: dict[str, Any]) -> str:
    """A resource as compact JSON, the same text as ``_RESOURCE_JSON`` makes, ~10x faster."""
    try:
        encoded = orjson.dumps(resource)
    except orjson.JSONEncodeError:  # e.g. an int beyond 64 bits, a lone surrogate
        return _RESOURCE_JSON.encode(resource)
    # (The literal checks skip the pattern's scan of every fact that has no such float.)
    if (b"e-" in encoded or b"0.0000" in encoded) and _ORJSON_DIFFERS.search(encoded):
        return _RESOURCE_JSON.encode(resource)
    return encoded.decode()


# search_name: the name folded as searches are (timeline.queries.fold), for /actors?q=.
_ACTOR_COLUMNS = (
    "actor_id",
    "name",
    "fact_count",
    "first_date",
    "last_date",
    "type_counts",
    "search_name",
)
_ACTOR_TYPES = ("text", "text", "bigint", "text", "text", "text", "text")


def _copy_field(value: Any) -> str:
    """A value in PostgreSQL's COPY text format (text, int or None)."""
    if value is None:
        return "\\N"
    if isinstance(value, str):
        text = value.replace("\\", "\\\\") if "\\" in value else value
        if "\n" in text or "\r" in text or "\t" in text:
            text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
        return text
    return str(int(value))


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


class Page:
    """A page of facts: ``raw`` holds each fact's API resource as stored (JSON text, with
    its links); ``items`` the same facts as dicts without the links, parsed when asked."""

    __slots__ = ("_items", "next_cursor", "raw")

    def __init__(self, raw: list[str], next_cursor: str | None) -> None:
        self.raw = raw
        self.next_cursor = next_cursor
        self._items: list[dict[str, Any]] | None = None

    @property
    def items(self) -> list[dict[str, Any]]:
        if self._items is None:
            self._items = [_without_links(json.loads(text)) for text in self.raw]
        return self._items


@dataclass(frozen=True, slots=True)
class ViewState:
    """Everything a catch-up needs to know before a page, read in one round trip."""

    position: int
    schema: int | None
    replaying: bool
    log_size: int
    ledger: MerkleAccumulator | None
    # The last position the views' own log (tl_log) holds: written in the same transaction
    # as the tracked position, so the two are equal unless the store was tampered with.
    logged: int = 0

    @property
    def consistent(self) -> bool:
        return self.logged == self.position


@dataclass(slots=True)
class RowChanges:
    """What applying a batch of events does to the view tables."""

    facts: dict[str, dict[str, Any]] = field(default_factory=dict)  # latest version by fact
    versions: list[dict[str, Any]] = field(default_factory=list)  # every new version, log order
    stored: dict[str, dict[str, Any]] = field(default_factory=dict)  # current stored versions
    documents: list[dict[str, Any]] = field(default_factory=list)
    log: list[tuple[Any, ...]] = field(default_factory=list)  # position, index, time, leaf

    def add_version(self, row: dict[str, Any], position: int) -> None:
        previous = self.facts.get(row["fact_id"])
        if previous is not None:
            previous["to_pos"] = position
        row["from_pos"] = position
        row["to_pos"] = None
        self.facts[row["fact_id"]] = row
        self.versions.append(row)

    def current(self, fact_id: str) -> dict[str, Any] | None:
        """The latest version of a fact: from this batch, else as stored."""
        return self.facts.get(fact_id) or self.stored.get(fact_id)


def encode_cursor(row: dict[str, Any]) -> str:
    key = [row["sort_key"], row["document_id"], row["position"], row["fact_id"]]
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


_CURSOR = re.compile(r"[A-Za-z0-9_-]+", re.ASCII)


def decode_cursor(cursor: str) -> tuple[str, str, int, str]:
    try:
        # urlsafe_b64decode skips characters outside the alphabet: check them first.
        if _CURSOR.fullmatch(cursor) is None:
            raise ValueError
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


class _Views:
    """Schema, writes and queries, written once for both engines."""

    dialect: str
    _placeholder = re.compile(r"%\((\w+)\)s")
    # The longest fact interval and the largest lead of a sort key after its fact's start
    # this process last read (both only grow; see _page_read).
    _known_span = 0
    _known_lead = 0

    # Hooks the engine classes provide.
    def _prefix(self) -> str:
        raise NotImplementedError

    @contextmanager
    def _transaction(self, *, commit: bool) -> Iterator[Any]:
        raise NotImplementedError
        yield

    def _insert_tracking_in(self, cursor: Any, tracking: Tracking) -> None:
        raise NotImplementedError

    def _tracking_table(self) -> str:
        return "tracking"

    # SQL helpers

    def sql(self, statement: str) -> str:
        statement = statement.replace("{p}", self._prefix())
        if self.dialect == "sqlite":
            return self._placeholder.sub(r":\1", statement)
        return statement

    def _marks(self, n: int) -> str:
        return ", ".join(["?" if self.dialect == "sqlite" else "%s"] * n)

    @staticmethod
    def _rows(cursor: Any) -> list[dict[str, Any]]:
        return [dict(row) for row in cursor.fetchall()]

    def _insert_rows(
        self, c: Any, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
    ) -> None:
        """Plain inserts of many rows (PostgreSQL: one COPY instead of a statement each)."""
        if not rows:
            return
        names = ", ".join(columns)
        if self.dialect == "postgres":
            with c.copy(f"COPY {self._prefix()}{table} ({names}) FROM STDIN") as copy:
                # COPY's text format, built here: psycopg's pure-Python row writer costs
                # more than the rest of the projection (values are text, ints or None).
                copy.write("".join(["\t".join(map(_copy_field, row)) + "\n" for row in rows]))
        else:
            c.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({self._marks(len(columns))})", rows
            )

    def _upsert(
        self, c: Any, head: str, types: Sequence[str], tail: str, rows: Sequence[Sequence[Any]]
    ) -> None:
        """``head VALUES (row) tail`` for every row: SQLite runs it per row (in C);
        PostgreSQL once, over one array per column (``types``: their SQL types)."""
        if not rows:
            return
        if self.dialect == "postgres":
            arrays = ", ".join(f"%s::{t}[]" for t in types)
            c.execute(
                self.sql(f"{head} SELECT * FROM unnest({arrays}) {tail}"),
                [list(column) for column in zip(*rows, strict=True)],
            )
        else:
            c.executemany(self.sql(f"{head} VALUES ({self._marks(len(types))}) {tail}"), rows)

    # Schema

    def table_statements(self) -> list[str]:
        """The view tables, with only the keys the writes need (replays add the rest last)."""
        text = "TEXT"
        big = "BIGINT" if self.dialect == "postgres" else "INTEGER"
        # SQLite: links, actors and counterparts are small rows looked up by their key;
        # clustering them on it saves the separate rowid tree (a B-tree write per row).
        clustered = " WITHOUT ROWID" if self.dialect == "sqlite" else ""
        return [
            self.sql(s)
            for s in (
                # Every version of every fact, current between from_pos (inclusive) and
                # to_pos (exclusive; NULL: still current). data: the API resource (JSON).
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_versions (fact_id {text} NOT NULL, "
                f"version {big} NOT NULL, document_id {text} NOT NULL, type {text} NOT NULL, "
                f"modality {text} NOT NULL, status {text} NOT NULL, sort_key {text} NOT NULL, "
                f"start_date {text}, end_date {text}, position {big} NOT NULL, "
                f"search_text {text} NOT NULL, data {text} NOT NULL, span_tier {big} NOT NULL, "
                f"from_pos {big} NOT NULL, "
                f"to_pos {big}, PRIMARY KEY (fact_id, version))",
                # A link copies what an actor's walk filters on (order, type, end date,
                # status), so the walk skips rows without reading the version.
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_links (fact_id {text} NOT NULL, "
                f"version {big} NOT NULL, actor_id {text} NOT NULL, sort_key {text} NOT NULL, "
                f"document_id {text} NOT NULL, position {big} NOT NULL, type {text} NOT NULL, "
                f"end_date {text}, span_tier {big} NOT NULL, active {big} NOT NULL, "
                f"from_pos {big} NOT NULL, to_pos {big}, "
                f"PRIMARY KEY (fact_id, version, actor_id)){clustered}",
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_actors (actor_id {text} PRIMARY KEY, "
                f"name {text} NOT NULL, fact_count {big} NOT NULL, first_date {text}, "
                f"last_date {text}, type_counts {text} NOT NULL, "
                f"search_name {text} NOT NULL){clustered}",
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_counterparts (actor_id {text} NOT NULL, "
                f"counterpart_id {text} NOT NULL, fact_count {big} NOT NULL, "
                f"PRIMARY KEY (actor_id, counterpart_id)){clustered}",
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_documents (document_id {text} PRIMARY KEY, "
                f"sha256 {text} NOT NULL, title {text} NOT NULL, published {text}, "
                f"metadata {text} NOT NULL, body {text} NOT NULL, fact_count {big} NOT NULL, "
                f"recorded_at {text} NOT NULL, recorded_by {text} NOT NULL, "
                f"log_position {big} NOT NULL, fact_ids {text} NOT NULL)",
                # One row per stored event: when it was recorded and its ledger leaf hash.
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_log (position {big} PRIMARY KEY, "
                f"leaf_index {big} NOT NULL, recorded_at {text} NOT NULL, leaf {text})",
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_meta (name {text} PRIMARY KEY, "
                f"value {big} NOT NULL)",
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_ledger (name {text} PRIMARY KEY, "
                f"size {big} NOT NULL, root {text} NOT NULL, frontier {text} NOT NULL)",
                # The sealed leaf hashes, kept here from the start of a replay to its end.
                f"CREATE TABLE IF NOT EXISTS {{p}}tl_sealed (leaf_index {big} PRIMARY KEY, "
                f"position {big} NOT NULL, leaf {text} NOT NULL)",
            )
        ]

    def index_statements(self) -> list[str]:
        return [
            self.sql(s)
            for s in (
                # Timeline order, current and as of: superseded versions are few, so one
                # index serves both (a current query skips them with to_pos IS NULL).
                # The trailing columns are what a walk mostly rejects rows by: it tests
                # them in the index and reads only the rows it keeps (a date range walks
                # from `from` minus the longest interval, mostly past facts that end too
                # early). Status and positions are left out: retracted and superseded
                # versions are few, and every column widens an index written per fact.
                # `document=` has no index: it reads the document's facts by id.
                "CREATE INDEX IF NOT EXISTS tl_versions_order ON {p}tl_versions "
                "(sort_key, document_id, position, fact_id, end_date)",
                "CREATE INDEX IF NOT EXISTS tl_versions_type ON {p}tl_versions "
                "(type, sort_key, document_id, position, fact_id, end_date)",
                "CREATE INDEX IF NOT EXISTS tl_links_order ON {p}tl_links "
                "(actor_id, sort_key, document_id, position, fact_id, type, end_date)",
                # The walks of the longer tiers (see SPAN_TIERS): only their facts are in
                # them. span_tier is a column too, so an actor's walk tests it in the index
                # and still reads the index alone.
                "CREATE INDEX IF NOT EXISTS tl_versions_tier1 ON {p}tl_versions "
                "(sort_key, document_id, position, fact_id, end_date, span_tier) "
                "WHERE span_tier >= 1",
                "CREATE INDEX IF NOT EXISTS tl_versions_tier2 ON {p}tl_versions "
                "(sort_key, document_id, position, fact_id, end_date, span_tier) "
                "WHERE span_tier >= 2",
                "CREATE INDEX IF NOT EXISTS tl_links_tier1 ON {p}tl_links "
                "(actor_id, sort_key, document_id, position, fact_id, type, end_date, span_tier) "
                "WHERE span_tier >= 1",
                "CREATE INDEX IF NOT EXISTS tl_links_tier2 ON {p}tl_links "
                "(actor_id, sort_key, document_id, position, fact_id, type, end_date, span_tier) "
                "WHERE span_tier >= 2",
                "CREATE INDEX IF NOT EXISTS tl_actors_count ON {p}tl_actors (fact_count)",
                "CREATE INDEX IF NOT EXISTS tl_documents_order ON {p}tl_documents (log_position)",
                "CREATE INDEX IF NOT EXISTS tl_log_time ON {p}tl_log (recorded_at)",
                "CREATE UNIQUE INDEX IF NOT EXISTS tl_log_leaf ON {p}tl_log (leaf_index)",
            )
        ]

    # Writes

    def apply(
        self,
        changes: RowChanges,
        tracking: Tracking,
        after: int,
        ledger: dict[str, Any] | None = None,
    ) -> None:
        """Write one batch of row changes and the tracking position atomically.

        ``after`` is the position the batch was read after: if the views moved meanwhile
        (another projector, a replay started), nothing is written (IntegrityError).
        """
        with self._transaction(commit=True) as c:
            # First a write: it takes SQLite's write lock (and PostgreSQL's row lock on the
            # replay marker), so the checks below hold until commit.
            c.execute(
                self.sql(
                    "UPDATE {p}tl_meta SET value = value WHERE name = 'replaying' RETURNING name"
                )
            )
            bulk = bool(c.fetchall())
            lock = " FOR UPDATE" if self.dialect == "postgres" else ""
            c.execute(
                self.sql(
                    f"SELECT notification_id AS n FROM {{p}}{self._tracking_table()} "
                    f"WHERE application_name = %(n)s{lock}"
                ),
                {"n": TRACKING_NAME},
            )
            row = c.fetchone()
            if (int(dict(row)["n"]) if row is not None else 0) != after:
                raise IntegrityError("the views moved while this batch was read")
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
            self._insert_rows(c, "tl_log", LOG_COLUMNS, changes.log)
            if changes.versions:
                self._write_versions(c, changes)
                if bulk:
                    # A replay counts actors once, at its end; here only their names.
                    self._add_actor_names(c, changes)
                else:
                    self._update_actors(c, changes)
            if ledger is not None:
                c.execute(
                    self.sql(
                        "INSERT INTO {p}tl_ledger VALUES ('events', %(size)s, %(root)s, "
                        "%(frontier)s) ON CONFLICT (name) DO UPDATE SET size = excluded.size, "
                        "root = excluded.root, frontier = excluded.frontier"
                    ),
                    ledger,
                )

    def _write_versions(self, c: Any, changes: RowChanges) -> None:
        versions = changes.versions
        # Close the stored current version of each fact changed in this batch (by key).
        closes = []
        seen: set[str] = set()
        for row in versions:
            fact_id = row["fact_id"]
            if fact_id in seen:
                continue
            seen.add(fact_id)
            stored = changes.stored.get(fact_id)
            if stored is not None:
                closes.append((row["from_pos"], fact_id, stored["version"]))
        for table in ("tl_versions", "tl_links"):
            if closes:
                c.executemany(
                    self.sql(f"UPDATE {{p}}{table} SET to_pos = ")
                    + self._marks(1)
                    + f" WHERE fact_id = {self._marks(1)} AND version = {self._marks(1)}",
                    closes,
                )
        larger = "GREATEST" if self.dialect == "postgres" else "MAX"
        for name, column in (("max_span_days", "span_days"), ("max_lead_days", "lead_days")):
            longest = max((r[column] for r in versions), default=0)
            if longest:
                c.execute(
                    self.sql(
                        f"INSERT INTO {{p}}tl_meta VALUES ('{name}', %(v)s) ON CONFLICT (name) "
                        f"DO UPDATE SET value = {larger}({{p}}tl_meta.value, excluded.value)"
                    ),
                    {"v": longest},
                )
        # In key order: each key's B-tree is then filled page by page, not at random
        # places (fact ids are UUIDs); it matters once the keys outgrow the page cache.
        versions = sorted(versions, key=lambda r: (r["fact_id"], r["version"]))
        self._insert_rows(
            c, "tl_versions", VERSION_COLUMNS, [[r[k] for k in VERSION_COLUMNS] for r in versions]
        )
        links = [
            (
                r["fact_id"],
                r["version"],
                actor_id,
                r["sort_key"],
                r["document_id"],
                r["position"],
                r["type"],
                r["end_date"],
                r["span_tier"],
                1 if r["status"] == "active" else 0,
                r["from_pos"],
                r["to_pos"],
            )
            for r in versions
            for actor_id in _actor_ids(r["actors"])
        ]
        self._insert_rows(c, "tl_links", LINK_COLUMNS, links)

    def _add_actor_names(self, c: Any, changes: RowChanges) -> None:
        """A row for every actor not seen before, named as it first appears in the log."""
        names = _first_names(changes.versions)
        self._upsert(
            c,
            "INSERT INTO {p}tl_actors",
            _ACTOR_TYPES,
            "ON CONFLICT (actor_id) DO NOTHING",
            [(a, n, 0, None, None, "{}", fold(n)) for a, n in names.items()],
        )

    def _update_actors(self, c: Any, changes: RowChanges) -> None:
        """Keep ``tl_actors`` and ``tl_counterparts`` equal to what the current facts say.

        A fact new in this batch adds its counts; for the actors of a fact that changed
        (before or after), everything is counted again from the links.
        """
        per_fact: dict[str, list[dict[str, Any]]] = {}
        for row in changes.versions:
            per_fact.setdefault(row["fact_id"], []).append(row)
        touched: set[str] = set()
        added: list[dict[str, Any]] = []
        for fact_id, rows in per_fact.items():
            stored = changes.stored.get(fact_id)
            if stored is None and len(rows) == 1:
                added.append(rows[0])
                continue
            for row in rows:
                touched.update(_actor_ids(row["actors"]))
            if stored is not None:
                touched.update(_actor_ids(stored["actors"]))
        names = _first_names(changes.versions)
        actors: dict[str, dict[str, Any]] = {}
        pairs: dict[tuple[str, str], int] = {}
        for r in added:
            if r["status"] != "active":
                continue
            ids = [a for a in _actor_ids(r["actors"]) if a not in touched]
            for actor_id in ids:
                entry = actors.setdefault(
                    actor_id, {"count": 0, "first": None, "last": None, "types": {}}
                )
                entry["count"] += 1
                entry["types"][r["type"]] = entry["types"].get(r["type"], 0) + 1
                if r["start_date"]:
                    entry["first"] = _min(entry["first"], r["start_date"])
                    entry["last"] = _max(entry["last"], r["end_date"] or r["start_date"])
                for other in ids:
                    if other != actor_id:
                        pairs[(actor_id, other)] = pairs.get((actor_id, other), 0) + 1
        existing = self._actor_rows(c, list(names))
        upserts = []
        for actor_id, name in names.items():
            old = existing.get(actor_id)
            if actor_id not in actors:
                if old is None:
                    upserts.append(_actor_row(actor_id, name))
                continue
            entry = actors[actor_id]
            types = json.loads(old["type_counts"]) if old else {}
            for type_name, n in entry["types"].items():
                types[type_name] = types.get(type_name, 0) + n
            kept = old["name"] if old else name
            upserts.append(
                {
                    "actor_id": actor_id,
                    "name": kept,
                    "fact_count": (old["fact_count"] if old else 0) + entry["count"],
                    "first_date": _min(old["first_date"] if old else None, entry["first"]),
                    "last_date": _max(old["last_date"] if old else None, entry["last"]),
                    "type_counts": json.dumps(types, sort_keys=True),
                    "search_name": fold(kept),
                }
            )
        self._upsert_actors(c, upserts)
        self._upsert(
            c,
            "INSERT INTO {p}tl_counterparts",
            ("text", "text", "bigint"),
            "ON CONFLICT (actor_id, counterpart_id) DO UPDATE SET "
            "fact_count = {p}tl_counterparts.fact_count + excluded.fact_count",
            [(a, b, n) for (a, b), n in pairs.items()],
        )
        for actor_id in sorted(touched):
            self._recount_actor(c, actor_id)

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
        self._upsert(
            c,
            "INSERT INTO {p}tl_actors",
            _ACTOR_TYPES,
            "ON CONFLICT (actor_id) DO UPDATE SET fact_count = excluded.fact_count, "
            "first_date = excluded.first_date, last_date = excluded.last_date, "
            "type_counts = excluded.type_counts",
            [[r[k] for k in _ACTOR_COLUMNS] for r in rows],
        )

    def _recount_actor(self, c: Any, actor_id: str) -> None:
        """Slow path (corrections, retractions): count an actor again from the links."""
        c.execute(
            self.sql(
                "SELECT f.type AS type, f.start_date AS start_date, f.end_date AS end_date "
                "FROM {p}tl_links x JOIN {p}tl_versions f "
                "ON f.fact_id = x.fact_id AND f.version = x.version "
                "WHERE x.actor_id = %(a)s AND x.to_pos IS NULL AND x.active = 1"
            ),
            {"a": actor_id},
        )
        stats = _actor_stats(self._rows(c))
        c.execute(
            self.sql(
                "UPDATE {p}tl_actors SET fact_count = %(fact_count)s, first_date = "
                "%(first_date)s, last_date = %(last_date)s, type_counts = %(type_counts)s "
                "WHERE actor_id = %(a)s"
            ),
            {**stats, "a": actor_id},
        )
        c.execute(
            self.sql(
                "DELETE FROM {p}tl_counterparts WHERE actor_id = %(a)s OR counterpart_id = %(a)s"
            ),
            {"a": actor_id},
        )
        c.execute(
            self.sql(
                "SELECT y.actor_id AS other, COUNT(*) AS n FROM {p}tl_links x "
                "JOIN {p}tl_links y ON y.fact_id = x.fact_id AND y.version = x.version "
                "AND y.actor_id <> x.actor_id WHERE x.actor_id = %(a)s AND x.to_pos IS NULL "
                "AND x.active = 1 GROUP BY y.actor_id"
            ),
            {"a": actor_id},
        )
        pairs = self._rows(c)
        both = [(actor_id, r["other"], r["n"]) for r in pairs]
        both += [(r["other"], actor_id, r["n"]) for r in pairs]
        if both:
            c.executemany(
                self.sql("INSERT INTO {p}tl_counterparts VALUES (")
                + self._marks(3)
                + ") ON CONFLICT (actor_id, counterpart_id) DO UPDATE SET "
                "fact_count = excluded.fact_count",
                both,
            )

    # Replay: a bulk load

    def start_replay(self, sealed: MerkleAccumulator | None = None) -> None:
        """Drop every view table and forget the position; recreate the tables without
        their secondary indexes, marked as being replayed (see ``finish_replay``).

        The sealed ledger is kept: its frontier stays (``sealed``, checked by the caller
        against the stored events, replaces it when the frontier lagged its leaves), and
        its leaf hashes are copied into tl_sealed, unless a replay cut short holds them
        there already: the replay checks each event against them."""
        with self._transaction(commit=True) as c:
            c.execute(self.sql("SELECT COUNT(*) AS n FROM (SELECT 1 FROM {p}tl_sealed LIMIT 1) s"))
            if not int(dict(c.fetchone())["n"]):
                c.execute(
                    self.sql(
                        "INSERT INTO {p}tl_sealed SELECT leaf_index, position, leaf "
                        "FROM {p}tl_log WHERE leaf IS NOT NULL"
                    )
                )
            if sealed is not None and sealed.size:
                # Only ever a larger tree (one a writer extended meanwhile stays as it is).
                c.execute(
                    self.sql(
                        "INSERT INTO {p}tl_ledger VALUES ('events', %(size)s, %(root)s, "
                        "%(frontier)s) ON CONFLICT (name) DO UPDATE SET size = excluded.size, "
                        "root = excluded.root, frontier = excluded.frontier "
                        "WHERE {p}tl_ledger.size < excluded.size"
                    ),
                    ledger_row(sealed),
                )
            for table in (*VIEW_TABLES, *LEGACY_TABLES):
                if table not in SEALED_TABLES:
                    c.execute(self.sql(f"DROP TABLE IF EXISTS {{p}}{table}"))
            c.execute(
                self.sql(
                    f"DELETE FROM {{p}}{self._tracking_table()} WHERE application_name = %(n)s"
                ),
                {"n": TRACKING_NAME},
            )
            for statement in self.table_statements():
                c.execute(statement)
            c.execute(
                self.sql("INSERT INTO {p}tl_meta VALUES ('schema', %(v)s), ('replaying', 1)"),
                {"v": SCHEMA_VERSION},
            )

    def finish_replay(self) -> bool:
        """Index the loaded tables and count the actors; False if another process did."""
        with self._transaction(commit=True) as c:
            # Deleting the marker first locks it: a page still being loaded elsewhere
            # either committed before (and is counted) or finds no marker and counts itself.
            c.execute(self.sql("DELETE FROM {p}tl_meta WHERE name = 'replaying' RETURNING name"))
            if not c.fetchall():
                return False
            # Every sealed leaf is in tl_log again, checked against its event.
            c.execute(self.sql("DELETE FROM {p}tl_sealed"))
            for statement in self.index_statements():
                c.execute(statement)
            c.execute(
                self.sql(
                    "SELECT x.actor_id AS actor_id, f.type AS type, COUNT(*) AS n, "
                    "MIN(f.start_date) AS first_date, MAX(CASE WHEN f.start_date IS NOT NULL "
                    "THEN COALESCE(f.end_date, f.start_date) END) AS last_date "
                    "FROM {p}tl_links x JOIN {p}tl_versions f "
                    "ON f.fact_id = x.fact_id AND f.version = x.version "
                    "WHERE x.to_pos IS NULL AND x.active = 1 GROUP BY x.actor_id, f.type"
                )
            )
            stats: dict[str, dict[str, Any]] = {}
            for r in c.fetchall():
                r = dict(r)
                entry = stats.setdefault(
                    r["actor_id"], {"n": 0, "first": None, "last": None, "types": {}}
                )
                entry["n"] += int(r["n"])
                entry["types"][r["type"]] = int(r["n"])
                entry["first"] = _min(entry["first"], r["first_date"])
                entry["last"] = _max(entry["last"], r["last_date"])
            counts = [
                (e["n"], e["first"], e["last"], json.dumps(e["types"], sort_keys=True), a)
                for a, e in stats.items()
            ]
            if self.dialect == "postgres" and counts:
                c.execute(
                    self.sql(
                        "UPDATE {p}tl_actors a SET fact_count = u.n, first_date = u.f, "
                        "last_date = u.l, type_counts = u.t FROM unnest(%s::bigint[], "
                        "%s::text[], %s::text[], %s::text[], %s::text[]) AS u(n, f, l, t, a) "
                        "WHERE a.actor_id = u.a"
                    ),
                    [list(column) for column in zip(*counts, strict=True)],
                )
            elif counts:
                c.executemany(
                    self.sql("UPDATE {p}tl_actors SET fact_count = ")
                    + self._marks(1)
                    + f", first_date = {self._marks(1)}, last_date = {self._marks(1)}, "
                    f"type_counts = {self._marks(1)} WHERE actor_id = {self._marks(1)}",
                    counts,
                )
            c.execute(self.sql("DELETE FROM {p}tl_counterparts"))
            c.execute(
                self.sql(
                    "INSERT INTO {p}tl_counterparts SELECT x.actor_id, y.actor_id, COUNT(*) "
                    "FROM {p}tl_links x JOIN {p}tl_links y ON y.fact_id = x.fact_id "
                    "AND y.version = x.version AND y.actor_id <> x.actor_id "
                    "WHERE x.to_pos IS NULL AND x.active = 1 GROUP BY x.actor_id, y.actor_id"
                )
            )
        return True

    def set_schema(self) -> None:
        """Record the schema of views that have never been written (a new store), and
        index them. Opening a store creates only missing tables: an index of this schema
        could name a column an earlier schema's tables lack (those are replayed)."""
        with self._transaction(commit=True) as c:
            # The first process to insert the row indexes; another one waits on the row
            # and then finds it there.
            c.execute(
                self.sql(
                    "INSERT INTO {p}tl_meta VALUES ('schema', %(v)s) ON CONFLICT (name) "
                    "DO NOTHING RETURNING name"
                ),
                {"v": SCHEMA_VERSION},
            )
            if c.fetchall():
                for statement in self.index_statements():
                    c.execute(statement)

    # Reads

    def state(self) -> ViewState:
        tracking = self._tracking_table()
        with self._transaction(commit=False) as c:
            c.execute(
                self.sql(
                    "SELECT (SELECT MAX(notification_id) FROM "
                    f"{{p}}{tracking} WHERE application_name = %(n)s) AS position, "
                    "(SELECT value FROM {p}tl_meta WHERE name = 'schema') AS schema, "
                    "(SELECT value FROM {p}tl_meta WHERE name = 'replaying') AS replaying, "
                    "(SELECT leaf_index FROM {p}tl_log ORDER BY position DESC LIMIT 1) "
                    "AS last_leaf, "
                    "(SELECT MAX(position) FROM {p}tl_log) AS logged, "
                    "(SELECT size FROM {p}tl_ledger WHERE name = 'events') AS size, "
                    "(SELECT frontier FROM {p}tl_ledger WHERE name = 'events') AS frontier"
                ),
                {"n": TRACKING_NAME},
            )
            row = dict(c.fetchone())
        ledger = None
        if row["size"] is not None:
            frontier = [bytes.fromhex(h) for h in row["frontier"].split(",") if h]
            ledger = MerkleAccumulator(int(row["size"]), frontier)
        return ViewState(
            position=int(row["position"] or 0),
            schema=None if row["schema"] is None else int(row["schema"]),
            replaying=row["replaying"] is not None,
            log_size=0 if row["last_leaf"] is None else int(row["last_leaf"]) + 1,
            ledger=ledger,
            logged=int(row["logged"] or 0),
        )

    def stored_versions(self, fact_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The current version of each fact (by id), as the projection folds onto it."""
        found: dict[str, dict[str, Any]] = {}
        with self._transaction(commit=False) as c:
            for chunk in _chunks(fact_ids, 500):
                marks = ", ".join(f"%(f{i})s" for i in range(len(chunk)))
                c.execute(
                    self.sql(
                        f"SELECT data FROM {{p}}tl_versions WHERE fact_id IN ({marks}) "
                        "AND to_pos IS NULL"
                    ),
                    {f"f{i}": v for i, v in enumerate(chunk)},
                )
                for row in c.fetchall():
                    resource = json.loads(dict(row)["data"])
                    found[resource["id"]] = resource
        return found

    def sealed_leaves(self, after_index: int = -1, limit: int = 10_000) -> list[dict[str, Any]]:
        """The sealed leaf hashes after a leaf index, in order: the copy a replay keeps
        (tl_sealed) while one runs, else tl_log's."""
        with self._transaction(commit=False) as c:
            c.execute(self.sql("SELECT COUNT(*) AS n FROM (SELECT 1 FROM {p}tl_sealed LIMIT 1) s"))
            table = "tl_sealed" if int(dict(c.fetchone())["n"]) else "tl_log"
            c.execute(
                self.sql(
                    f"SELECT leaf_index, position, leaf FROM {{p}}{table} WHERE leaf_index > "
                    "%(a)s AND leaf IS NOT NULL ORDER BY leaf_index LIMIT %(l)s"
                ),
                {"a": after_index, "l": limit},
            )
            return self._rows(c)

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
        return self._meta_days("max_span_days")

    def max_lead_days(self) -> int:
        """The most days any fact version's sort key lies after its start."""
        return self._meta_days("max_lead_days")

    def _meta_days(self, name: str) -> int:
        with self._transaction(commit=False) as c:
            c.execute(self.sql("SELECT value FROM {p}tl_meta WHERE name = %(n)s"), {"n": name})
            row = c.fetchone()
        return int(dict(row)["value"]) if row is not None else 0

    def log_size(self) -> int:
        with self._transaction(commit=False) as c:
            c.execute(
                self.sql("SELECT leaf_index AS n FROM {p}tl_log ORDER BY position DESC LIMIT 1")
            )
            row = c.fetchone()
        return 0 if row is None else int(dict(row)["n"]) + 1

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
        return self._page_read(query, as_of)[0]

    def timeline_now(self, query: TimelineQuery) -> tuple[Page, int]:
        """The current page and the log position it is exact for, read in one snapshot."""
        return self._page_read(query, None)

    def _page_read(self, query: TimelineQuery, as_of: int | None) -> tuple[Page, int]:
        """One statement, outside any explicit transaction (its own snapshot): the page,
        and in every row the views' position and the longest interval recorded.

        A date range's walk starts at ``from`` minus that interval and ends at ``to`` plus
        the largest lead of a sort key after its start; the values last seen are used, and
        if the row says one has grown since, the page is read again. An empty page carries
        no position: it is read again in a transaction that asks for all of them.
        """
        while True:
            span = self._known_span if query.date_from else None
            lead = self._known_lead if query.date_to else None
            statement, params, limit = self._timeline_sql(query, as_of, span, lead, with_state=True)
            rows = self._fetch(statement, params)
            if not rows:
                return self._page_in_transaction(query, as_of)
            first = rows[0]
            # Compared as read here: another thread may set the shared values meanwhile.
            recorded, recorded_lead = int(first["span"] or 0), int(first["lead"] or 0)
            self._known_span = max(self._known_span, recorded)
            self._known_lead = max(self._known_lead, recorded_lead)
            if (span is not None and recorded > span) or (
                lead is not None and recorded_lead > lead
            ):
                continue  # a longer interval or lead was recorded since: widen the walk
            position = as_of if as_of is not None else int(first["at"] or 0)
            return _page(rows, limit), position

    def _page_in_transaction(self, query: TimelineQuery, as_of: int | None) -> tuple[Page, int]:
        with self._transaction(commit=False) as c:
            if self.dialect == "postgres":
                c.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            # SQLite: a read transaction sees one snapshot of the database from its first read.
            c.execute(self.sql(f"SELECT {self._state_columns()}"), {"tracking_name": TRACKING_NAME})
            state = dict(c.fetchone())
            recorded, lead = int(state["span"] or 0), int(state["lead"] or 0)
            self._known_span = max(self._known_span, recorded)
            self._known_lead = max(self._known_lead, lead)
            statement, params, limit = self._timeline_sql(query, as_of, recorded, lead)
            c.execute(statement, params)
            rows = c.fetchall()
        position = as_of if as_of is not None else int(state["at"] or 0)
        return _page(rows, limit), position

    def _fetch(self, statement: str, params: dict[str, Any]) -> list[Any]:
        """Rows of one read-only statement, in autocommit mode (engine hook)."""
        raise NotImplementedError

    def _state_columns(self) -> str:
        return (
            "(SELECT MAX(notification_id) FROM "
            f"{{p}}{self._tracking_table()} WHERE application_name = %(tracking_name)s) AS at, "
            "(SELECT value FROM {p}tl_meta WHERE name = 'max_span_days') AS span, "
            "(SELECT value FROM {p}tl_meta WHERE name = 'max_lead_days') AS lead"
        )

    def _valid_at(self, alias: str, as_of: int | None) -> str:
        return f"{alias}.to_pos IS NULL" if as_of is None else self._valid(alias)

    def _document_facts(self) -> str:
        """The ids of the facts a document recorded or restated (``tl_documents.fact_ids``)."""
        if self.dialect == "postgres":
            return (
                "SELECT jsonb_array_elements_text(d.fact_ids::jsonb) FROM {p}tl_documents d "
                "WHERE d.document_id = %(document)s"
            )
        return (
            "SELECT j.value FROM {p}tl_documents d, json_each(d.fact_ids) j "
            "WHERE d.document_id = %(document)s"
        )

    def _timeline_sql(
        self,
        query: TimelineQuery,
        as_of: int | None,
        span: int | None = None,
        lead: int | None = None,
        *,
        with_state: bool = False,
    ) -> tuple[str, dict[str, Any], int]:
        limit = max(1, min(query.limit, MAX_LIMIT))
        where: list[str] = []
        params: dict[str, Any] = {"limit": limit + 1, "as_of": as_of}

        def valid(alias: str) -> str:
            return self._valid_at(alias, as_of)

        where.append(valid("f"))
        if not query.include_retracted:
            where.append("f.status = 'active'")
        type_marks = ", ".join(f"%(t{i})s" for i in range(len(query.types)))
        if query.types:
            where.append(f"f.type IN ({type_marks})")
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
            # A document's facts, by id (few): those it recorded and those it restated, as
            # /documents/{id} lists them (a fact's document_id is only its first source).
            where.append(f"f.fact_id IN ({self._document_facts()})")
            params["document"] = query.document
        if query.q is not None:
            # Every word (ValueError for none or too many: the API and CLI check first),
            # folded as search_text is; "_" and "%" match only themselves.
            for i, word in enumerate(search_words(query.q)):
                where.append(f"f.search_text LIKE %(q{i})s {LIKE_ESCAPE}")
                params[f"q{i}"] = like_pattern(word)
        order = "f"
        source = "{p}tl_versions f"
        actors = query.actors
        params.update({f"a{i}": a for i, a in enumerate(actors)})
        if len(actors) == 1 and not query.document:
            # Walk the actor's own index in timeline order: no sort, no scan of other actors.
            # The link's copies of type and end date are tested in that index, so only the
            # versions kept are read.
            source = (
                "{p}tl_links x JOIN {p}tl_versions f "
                "ON f.fact_id = x.fact_id AND f.version = x.version"
            )
            # No validity test on x: a link row carries its version's from/to positions
            # (closed together), so f's test covers it, and every term on x is then in
            # tl_links_order: the walk reads the index alone. Testing x.to_pos too made
            # SQLite look up every index entry in the (WITHOUT ROWID) table, including the
            # year of entries before `from` that the end date rejects: 7-12 ms instead of
            # 0.5-0.7 ms for an actor, type and decade at 10^6 facts.
            where.append("x.actor_id = %(a0)s")
            # (Not x.active too: f.status says it, and one more term makes SQLite's planner
            # expect so few rows that it sorts them rather than walk the index in order.)
            if query.types:
                where.append(f"x.type IN ({type_marks})")
            if query.date_from:
                where.append("x.end_date >= %(date_from)s")
            order = "x"
        elif actors and query.all_actors:
            for i in range(len(actors)):
                where.append(
                    f"EXISTS (SELECT 1 FROM {{p}}tl_links x{i} WHERE x{i}.fact_id = f.fact_id "
                    f"AND x{i}.version = f.version AND x{i}.actor_id = %(a{i})s)"
                )
        elif actors:
            marks = ", ".join(f"%(a{i})s" for i in range(len(actors)))
            where.append(
                "EXISTS (SELECT 1 FROM {p}tl_links x WHERE x.fact_id = f.fact_id "
                f"AND x.version = f.version AND x.actor_id IN ({marks}))"
            )
        if query.date_to:
            # Where the walk can stop: a fact starting by ``to`` has a sort key at most the
            # largest lead after it (a correction may key a fact after its start). "D~" is
            # the key of a plan reported on day D (after every other key of D).
            lead = self.max_lead_days() if lead is None else lead
            where.append(f"{order}.sort_key <= %(last_key)s")
            params["last_key"] = f"{_days_after(query.date_to, lead)}~"
        if query.cursor:
            sort_key, document_id, position, fact_id = decode_cursor(query.cursor)
            # A row-value comparison, which both engines match against the index.
            where.append(
                f"({order}.sort_key, {order}.document_id, {order}.position, {order}.fact_id) "
                "> (%(c_sort)s, %(c_doc)s, %(c_pos)s, %(c_fact)s)"
            )
            params.update(c_sort=sort_key, c_doc=document_id, c_pos=position, c_fact=fact_id)
        state = ""
        if with_state:
            # Uncorrelated: each engine evaluates them once, in the statement's snapshot.
            state = ", " + self._state_columns()
            params["tracking_name"] = TRACKING_NAME
        keys = "sort_key, document_id, position, fact_id"
        walks = self._span_walks(query, order, span, params)
        # The order columns come from the walked index (a link copies its version's).
        selects = [
            f"SELECT f.data AS data, {order}.sort_key AS sort_key, "
            f"{order}.document_id AS document_id, {order}.position AS position, "
            f"{order}.fact_id AS fact_id{state} FROM {source} WHERE "
            + " AND ".join([*where, *bounds])
            for bounds in walks
        ]
        if len(selects) > 1 and self.dialect == "postgres":
            # PostgreSQL would read every row of each walk and sort them; a limit on each
            # stops it after a page (SQLite merges the walks as it goes on its own).
            selects = [
                f"({select} ORDER BY {order}.sort_key, {order}.document_id, "
                f"{order}.position, {order}.fact_id LIMIT %(limit)s)"
                for select in selects
            ]
        # One walk per span tier (see SPAN_TIERS), each in its index's order, merged.
        statement = " UNION ALL ".join(selects) + f" ORDER BY {keys} LIMIT %(limit)s"
        return self.sql(statement), params, limit

    def _span_walks(
        self, query: TimelineQuery, order: str, span: int | None, params: dict[str, Any]
    ) -> list[list[str]]:
        """The sort-key bounds of each walk a date range needs (one walk without a range).

        A fact's sort key is its start date, so a fact reaching ``from`` starts at most its
        length before it. Tier t's walk covers the stretch only its facts can reach from:
        tier 0 (all facts) from ``from`` minus 31 days on, tier 1 the year before that,
        tier 2 back to ``from`` minus the longest interval recorded (see SPAN_TIERS).
        """
        if not query.date_from:
            return [[]]
        span = self.max_span_days() if span is None else span
        start = date.fromisoformat(query.date_from)
        walks: list[list[str]] = []
        for tier, reach in enumerate((*SPAN_TIERS, span)):
            last = span <= reach
            days = span if last else reach
            params[f"floor{tier}"] = (start - timedelta(days=days + 1)).isoformat()
            walk = [f"{order}.sort_key >= %(floor{tier})s"]
            if tier:
                walk += [f"{order}.span_tier >= {tier}", f"{order}.sort_key < %(floor{tier - 1})s"]
            walks.append(walk)
            if last:
                break
        return walks

    def explain_timeline(self, query: TimelineQuery) -> str:
        """The engine's query plan for a timeline query (benchmarks print it)."""
        raise NotImplementedError

    def _per_connection(self, key: str) -> weakref.WeakKeyDictionary[Any, Any]:
        """What was set once on each pooled connection (the pool may replace them)."""
        found: weakref.WeakKeyDictionary[Any, Any] | None = self.__dict__.get(key)
        if found is None:
            found = self.__dict__[key] = weakref.WeakKeyDictionary()
        return found

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
            "SELECT f.data AS data FROM {p}tl_versions f WHERE f.type = %(t)s "
            "AND f.status = 'active' AND f.to_pos IS NULL AND "
            + dated
            + " AND EXISTS (SELECT 1 FROM {p}tl_links x WHERE x.fact_id = f.fact_id "
            f"AND x.version = f.version AND x.actor_id IN ({marks})) "
            "ORDER BY f.sort_key, f.fact_id LIMIT 20"
        )
        with self._transaction(commit=False) as c:
            c.execute(self.sql(statement), params)
            return [fact_from_row(dict(r)) for r in c.fetchall()]

    @staticmethod
    def _valid(alias: str) -> str:
        return (
            f"{alias}.from_pos <= %(as_of)s "
            f"AND ({alias}.to_pos IS NULL OR {alias}.to_pos > %(as_of)s)"
        )

    def fact(self, fact_id: str, as_of: int | None = None) -> dict[str, Any] | None:
        statement = "SELECT data FROM {p}tl_versions f WHERE fact_id = %(f)s AND " + self._valid_at(
            "f", as_of
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
        """Actors with facts, most facts first; ``search`` matches part of a name (case and
        accents aside: ``inacio`` finds Inácio) or a whole id (case aside)."""
        params: dict[str, Any] = {"limit": max(1, min(limit, MAX_LIMIT)), "as_of": as_of}
        conditions = ["a.fact_count > 0"]
        if search or ids:
            alternatives = []
            if search:
                alternatives.append("LOWER(a.actor_id) = %(exact)s")
                params["exact"] = search.lower()
                folded = fold(search)
                if folded:  # (a search of accents alone folds to nothing: it finds no name)
                    alternatives.append(f"a.search_name LIKE %(s)s {LIKE_ESCAPE}")
                    params["s"] = like_pattern(folded)
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
                "MAX(n.search_name) AS search_name, "
                "COUNT(*) AS fact_count, MIN(f.start_date) AS first_date, "
                "MAX(CASE WHEN f.start_date IS NOT NULL "
                "THEN COALESCE(f.end_date, f.start_date) END) AS last_date, "
                "'{}' AS type_counts "
                "FROM {p}tl_links x JOIN {p}tl_versions f "
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
                "FROM {p}tl_links x JOIN {p}tl_versions f "
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

    def actor_has_facts(
        self, actor_id: str, as_of: int | None = None, *, include_retracted: bool = False
    ) -> bool:
        """Whether any fact (any active one, unless ``include_retracted``) names the actor."""
        status = "" if include_retracted else " AND f.status = 'active'"
        statement = (
            "SELECT 1 FROM {p}tl_links x JOIN {p}tl_versions f "
            "ON f.fact_id = x.fact_id AND f.version = x.version "
            "WHERE x.actor_id = %(a)s AND " + self._valid_at("f", as_of) + status + " LIMIT 1"
        )
        return bool(self._fetch(self.sql(statement), {"a": actor_id, "as_of": as_of}))

    def _actor_as_of(
        self, c: Any, found: dict[str, Any], as_of: int
    ) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
        params = {"a": found["actor_id"], "as_of": as_of}
        c.execute(
            self.sql(
                "SELECT f.type AS type, f.start_date AS start_date, f.end_date AS end_date "
                "FROM {p}tl_links x JOIN {p}tl_versions f "
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
                "FROM {p}tl_links x JOIN {p}tl_links y "
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
                params["as_of"] = as_of
                c.execute(
                    self.sql(
                        f"SELECT data FROM {{p}}tl_versions f WHERE f.fact_id IN ({marks}) AND "
                        + self._valid_at("f", as_of)
                    ),
                    params,
                )
                facts.extend(fact_from_row(r) for r in self._rows(c))
        facts.sort(key=lambda f: (_position_in(f, document_id), f["id"]))
        document = document_from_row(dict(row))
        document["body"] = dict(row)["body"]
        document["facts"] = facts
        return document

    def table_rows(self, table: str) -> list[dict[str, Any]]:
        """Every row of one view table, in no particular order."""
        with self._transaction(commit=False) as c:
            c.execute(self.sql(f"SELECT * FROM {{p}}{table}"))
            return self._rows(c)

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """Every row of every view table in a stable order (to compare two builds)."""
        orders = {
            "tl_versions": "fact_id, version",
            "tl_links": "actor_id, fact_id, version",
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
        return [*super().construct_create_table_statements(), *self.table_statements()]

    def _prefix(self) -> str:
        return ""

    @contextmanager
    def _transaction(self, *, commit: bool) -> Iterator[Any]:
        with self.datastore.get_connection(commit=commit) as conn:
            level = self._configure(conn)
            if not commit:
                with conn.transaction(commit=False) as c:
                    yield c
                return
            # The views are derived from the log and commit with their position: a commit
            # lost to a power failure is projected again, so theirs need not wait for
            # the disk (WAL + NORMAL still never corrupts nor reorders). The connection is
            # shared with the event store, whose commits stay as durable as configured.
            cursor = conn.cursor()
            cursor.execute("PRAGMA synchronous = NORMAL")
            try:
                with conn.transaction(commit=True) as c:
                    yield c
            finally:
                cursor.execute(f"PRAGMA synchronous = {level}")

    def _configure(self, conn: Any) -> int:
        """Once per connection: the page cache; returns its synchronous level."""
        levels = self._configured
        if conn not in levels:
            # SQLite's default page cache is 2 MB: the views' indexes outgrow it early
            # and every insert then reads pages from disk.
            cursor = conn.cursor()
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
            cursor.execute("PRAGMA synchronous")
            levels[conn] = int(cursor.fetchone()[0])
        return levels[conn]

    @property
    def _configured(self) -> weakref.WeakKeyDictionary[Any, int]:
        return self._per_connection("_connections")

    def _fetch(self, statement: str, params: dict[str, Any]) -> list[Any]:
        with self.datastore.get_connection(commit=False) as conn:
            self._configure(conn)
            cursor = conn.cursor()
            try:
                # Autocommit: the statement is its own read transaction (one snapshot).
                cursor.execute(statement, params)
                return list(cursor.fetchall())
            except sqlite3.OperationalError as exc:
                raise OperationalError(exc) from exc
            except sqlite3.Error as exc:
                raise PersistenceError(exc) from exc
            finally:
                cursor.sqlite_cursor.close()

    def _insert_tracking_in(self, cursor: Any, tracking: Tracking) -> None:
        self._insert_tracking(cursor, tracking)

    def explain_timeline(self, query: TimelineQuery) -> str:
        return "(see benchmarks)"


RANDOM_PAGE_COST = 1.1  # the views' reads on PostgreSQL (see PostgresViews._fetch)


class PostgresViews(_Views, PostgresTrackingRecorder):
    dialect = "postgres"

    def __init__(self, datastore: Any, **kwargs: Any) -> None:
        super().__init__(datastore, **kwargs)
        self.sql_create_statements.extend(SQL(s).format() for s in self.table_statements())

    def _prefix(self) -> str:
        return f'"{self.datastore.schema}".'

    def _tracking_table(self) -> str:
        return self.tracking_table_name

    @contextmanager
    def _transaction(self, *, commit: bool) -> Iterator[Any]:
        with self.datastore.transaction(commit=commit) as c:
            yield c

    def _fetch(self, statement: str, params: dict[str, Any]) -> list[Any]:
        with self.datastore.get_connection() as conn:
            if conn not in self._tuned:
                # Timeline pages are ordered index walks that stop at LIMIT. With the
                # default random_page_cost (4, costed for spinning disks) the planner
                # fetches every candidate of an actor and date range and sorts them
                # instead: 5 ms against 0.5 ms at 10^5 facts. 1.1 is the usual value for
                # SSD storage; set per connection, so the server's default stays as is.
                conn.execute(f"SET random_page_cost = {RANDOM_PAGE_COST}")
                self._tuned[conn] = True
            # The pool's connections are in autocommit mode: one statement, one snapshot,
            # one round trip (no BEGIN and ROLLBACK around it). Not prepared: after five
            # runs PostgreSQL may switch a prepared statement to a generic plan, which for
            # these (a cursor, as_of) can walk a whole actor's index: 5-10x slower.
            return conn.execute(statement, params, prepare=False).fetchall()

    @property
    def _tuned(self) -> weakref.WeakKeyDictionary[Any, bool]:
        return self._per_connection("_tuned_conns")

    def _insert_tracking_in(self, cursor: Any, tracking: Tracking) -> None:
        self._insert_tracking(cursor, tracking)


# Row conversions


def ledger_row(accumulator: MerkleAccumulator) -> dict[str, Any]:
    """The tl_ledger row of a tree: its size, root and frontier."""
    return {
        "size": accumulator.size,
        "root": accumulator.root().hex(),
        "frontier": ",".join(h.hex() for h in accumulator.frontier),
    }


def fact_row(
    state: dict[str, Any], *, status: str, version: int, recorded_at: str
) -> dict[str, Any]:
    """A ``tl_versions`` row of one version of a fact; ``data`` is its API resource."""
    fact_id = state["fact_id"]
    document_id = state["document_id"]
    when = state.get("when") or {}
    evidence = state.get("evidence") or []
    first = evidence[0] if evidence else {}
    actors = state.get("actors") or []
    summary = state.get("summary", "")
    quotes = " ".join(e.get("quote", "") for e in evidence)
    names = " ".join(a.get("name", "") for a in actors)
    resource = {
        "id": fact_id,
        "type": state["type"],
        "modality": state["modality"],
        "status": status,
        "version": version,
        "document_id": document_id,
        "summary": summary,
        "quote": first.get("quote", ""),
        "actors": actors,
        "location": state.get("location"),
        "when": when,
        "quantities": [_float_value(q) for q in state.get("quantities") or []],
        "attribution": state.get("attribution"),
        "evidence": evidence,
        "extractor": state.get("extractor") or {},
        "documents": state.get("documents") or [document_id],
        "retraction": state.get("retracted"),
        "plover": state.get("plover") or None,
        "cameo": state.get("cameo") or None,
        "extra": state.get("extra") or {},
        "recorded_at": recorded_at,
        "recorded_by": state.get("recorded_by", ""),
        "links": {
            "self": f"/facts/{fact_id}",
            "document": f"/documents/{document_id}",
            "history": f"/facts/{fact_id}/history",
            "provenance": f"/facts/{fact_id}/provenance",
        },
    }
    # A fact known by one end only ("by May 14": ../2021-05-14) is placed on that day, where
    # its sort key puts it too.
    start = when.get("start") or when.get("end")
    end = when.get("end") or when.get("start")
    sort_key = when.get("sort_key") or "9999"
    # How far before its end the fact's sort key lies: date ranges walk back that far. A
    # sort key may be earlier than the start (a correction to "2024" of a March fact).
    first_day = min(start, _key_day(sort_key)) if start else None
    span = (
        (date.fromisoformat(end) - date.fromisoformat(first_day)).days if first_day and end else 0
    )
    # How far after the start it lies (a correction naming a later best day): date ranges
    # walk on past ``to`` that far.
    lead = (
        (date.fromisoformat(_key_day(sort_key)) - date.fromisoformat(start)).days
        if start and sort_key != "9999"
        else 0
    )
    return {
        "fact_id": fact_id,
        "version": version,
        "document_id": document_id,
        "type": state["type"],
        "modality": state["modality"],
        "status": status,
        "sort_key": sort_key,
        "start_date": start,
        "end_date": end,
        "span_days": span,
        "lead_days": max(0, lead),
        "span_tier": sum(span > reach for reach in SPAN_TIERS),
        "position": int(first.get("start", 0)),
        # Searched by words folded the same way (timeline.queries): case and accents aside.
        "search_text": fold(f"{quotes} {summary} {names}"),
        "data": encode_resource(resource),
        "actors": actors,
        "resource": resource,
    }


def _days_after(day: str, days: int) -> str:
    """The ISO day ``days`` after ``day``; the last day of the calendar if past it."""
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except OverflowError:
        return date.max.isoformat()


def _key_day(sort_key: str) -> str:
    """The first day a sort key names: "2024" is 2024-01-01, "2024-03" 2024-03-01."""
    year, _, rest = sort_key[:10].partition("-")
    month, _, day = rest.partition("-")
    return f"{year}-{month or '01'}-{day or '01'}"


def _page(rows: list[Any], limit: int) -> Page:
    raw = [row["data"] for row in rows[:limit]]
    next_cursor = encode_cursor(dict(rows[limit - 1])) if len(rows) > limit else None
    return Page(raw, next_cursor)


def fact_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A fact as the views return it: the stored resource without its links."""
    return _without_links(json.loads(row["data"]))


def _without_links(resource: dict[str, Any]) -> dict[str, Any]:
    resource.pop("links", None)
    return resource


def _float_value(quantity: Any) -> Any:
    # The API's schema types a quantity's value as a number: serve 3 as 3.0, as it did.
    value = quantity.get("value") if isinstance(quantity, dict) else None
    if isinstance(value, int) and not isinstance(value, bool):
        return {**quantity, "value": float(value)}
    return quantity


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


def _actor_row(actor_id: str, name: str) -> dict[str, Any]:
    return {
        "actor_id": actor_id,
        "name": name,
        "fact_count": 0,
        "first_date": None,
        "last_date": None,
        "type_counts": "{}",
        "search_name": fold(name),
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


def _first_names(versions: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Each actor's name as it first appears in these versions (log order)."""
    names: dict[str, str] = {}
    for row in versions:
        for a in row["actors"]:
            if a["id"] not in names:
                names[a["id"]] = a.get("name") or a["id"]
    return names


def _position_in(fact: dict[str, Any], document_id: str) -> int:
    for e in fact["evidence"]:
        if e.get("document_id") in (document_id, None, ""):
            return int(e["start"])
    return 0


def _actor_ids(actors: list[dict[str, Any]]) -> list[str]:
    """Each actor of a fact once (an actor may hold two roles in one fact)."""
    return list(dict.fromkeys(a["id"] for a in actors))


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _min(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: str | None, b: str | None) -> str | None:
    return b if a is None else a if b is None else max(a, b)
