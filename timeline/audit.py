"""Tamper evidence over the event log: leaf hashes of stored events, digests, proofs, verify.

Each stored event's bytes (originator id, version, topic and the stored state,
exactly as the database holds them) are one leaf of an RFC 9162 Merkle tree in
log order. The projection records each leaf hash and the tree's compact
frontier with the views, so the digest (size, root) is always at hand; ``verify``
recomputes everything from the stored events and names the first difference.

The ledger is never rebuilt over the events: ``check_sealed`` is what a replay runs
before it drops anything (LedgerMismatch if an event differs from its sealed leaf).
``check_served_views`` (``verify --views``) compares what readers are served with views
rebuilt from the events. What all of this covers, and what not: docs/audit.md.
"""

from __future__ import annotations

import base64
import dataclasses
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.ledger import (
    EMPTY_ROOT,
    Digest,
    MerkleAccumulator,
    MerkleTree,
    leaf_hash,
    root_from_leaf_hashes,
)

if TYPE_CHECKING:
    from timeline.application import TimelineApplication
    from timeline.views import _Views


_PAGE = 10_000


def event_bytes(record: Any) -> bytes:
    """The bytes of a stored event that the ledger commits to."""
    header = f"{record.originator_id}\n{record.originator_version}\n{record.topic}\n"
    return header.encode() + bytes(record.state)


def event_leaf(record: Any) -> bytes:
    return leaf_hash(event_bytes(record))


def utc_iso(moment: datetime) -> str:
    """Recorded times as sortable UTC ISO 8601 strings (text comparison = time order)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class Verification:
    ok: bool
    checked: int  # stored events read
    size: int  # leaves in the recorded ledger
    root: str  # root recomputed from the stored events
    first_bad_position: int | None = None
    problem: str = ""
    views_checked: bool = False  # the served views were compared with a rebuild (check_views)
    first_bad_fact: str | None = None  # the first fact whose served view differs

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "checked": self.checked,
            "size": self.size,
            "root": self.root,
            "first_bad_position": self.first_bad_position,
            "problem": self.problem,
            "views_checked": self.views_checked,
            "first_bad_fact": self.first_bad_fact,
        }


class AuditError(LookupError):
    """A proof or digest that cannot be given (unknown position, sizes out of range)."""


class LedgerMismatch(Exception):
    """The stored events differ from those the ledger sealed: the views are not rebuilt
    from them (nor is the ledger), and nothing stored is changed."""

    def __init__(self, position: int | None, problem: str) -> None:
        where = f" at log position {position}" if position is not None else ""
        super().__init__(
            f"the event log differs from the sealed ledger{where}: {problem}; nothing was "
            "rebuilt from it"
        )
        self.position = position
        self.problem = problem


def check_sealed(app: TimelineApplication, views: _Views) -> MerkleAccumulator:
    """Check the stored events against the sealed ledger, before anything is rebuilt from them.

    The sealed ledger is every leaf hash recorded (tl_log, or the copy a replay cut short
    keeps) and the tree's frontier (tl_ledger). Each sealed leaf must be its event's hash,
    at the same position, and the first ``size`` events must give the sealed root. Raises
    LedgerMismatch naming the first position that differs; returns the sealed tree (its
    frontier recomputed from the checked events when the stored one lags its leaves, e.g.
    a store whose tl_ledger row is gone). Reads the sealed part of the log once.
    """
    frontier = views.ledger_state()
    accumulator = MerkleAccumulator()
    leaves = views.sealed_leaves(limit=_PAGE)
    at = 0  # the next sealed leaf in ``leaves``
    start = 0
    while at < len(leaves) or accumulator.size < frontier.size:
        page = app.recorder.select_notifications(start=start, limit=_PAGE, inclusive_of_start=False)
        if not page:
            raise LedgerMismatch(
                None,
                f"the log holds {accumulator.size} events, fewer than the ledger sealed"
                " (it was truncated)",
            )
        for record in page:
            index = accumulator.size
            if at == len(leaves) and index >= frontier.size:
                break
            leaf = event_leaf(record)
            if at < len(leaves) and int(leaves[at]["leaf_index"]) == index:
                row = leaves[at]
                if int(row["position"]) != record.id:
                    raise LedgerMismatch(
                        min(int(row["position"]), record.id),
                        "the log's positions differ from the ledger's (an event was removed)",
                    )
                if row["leaf"] != leaf.hex():
                    raise LedgerMismatch(
                        record.id, "the stored event's bytes differ from those the ledger sealed"
                    )
                at += 1
                if at == len(leaves):
                    leaves, at = views.sealed_leaves(after_index=index, limit=_PAGE), 0
            accumulator.append(leaf)
            if accumulator.size == frontier.size and accumulator.root() != frontier.root():
                raise LedgerMismatch(
                    None,
                    f"the first {frontier.size} events do not give the root the ledger sealed",
                )
        start = page[-1].id
    return accumulator if accumulator.size > frontier.size else frontier


def digest(views: _Views) -> Digest:
    state = views.ledger_state()
    return state.digest()


def _tree(views: _Views) -> tuple[MerkleTree, list[dict[str, Any]]]:
    rows: list[dict[str, Any]] = []
    after = -1
    while True:
        page = views.log_rows(after_index=after, limit=50_000)
        if not page:
            break
        rows.extend(page)
        after = int(page[-1]["leaf_index"])
    if any(r["leaf"] is None for r in rows):
        raise AuditError(
            "part of the log was projected with the ledger off; run `timeline replay` "
            "with the ledger on to build it"
        )
    return MerkleTree(bytes.fromhex(r["leaf"]) for r in rows), rows


def inclusion(
    views: _Views,
    position: int,
    size: int | None = None,
    app: TimelineApplication | None = None,
) -> dict[str, Any]:
    """An RFC 9162 inclusion proof for the event at a log position; with ``app``, also the
    stored bytes the leaf commits to (base64), so an auditor can hash them and read them."""
    tree, rows = _tree(views)
    by_position = {int(r["position"]): r for r in rows}
    row = by_position.get(position)
    if row is None:
        raise AuditError(f"no event at log position {position} in the ledger")
    tree_size = tree.size if size is None else size
    index = int(row["leaf_index"])
    if not index < tree_size <= tree.size:
        raise AuditError(f"tree size must be between {index + 1} and {tree.size}")
    return {
        "position": position,
        "leaf_index": index,
        "leaf_hash": row["leaf"],
        "tree_size": tree_size,
        "root": tree.root(tree_size).hex(),
        "proof": [h.hex() for h in tree.inclusion_proof(index, tree_size)],
        "algorithm": "RFC 9162 SHA-256 Merkle tree; leaf = SHA-256(0x00 || event bytes)",
        **({"event_bytes": _stored_bytes(app, position)} if app is not None else {}),
    }


def _stored_bytes(app: TimelineApplication, position: int) -> str:
    """The event bytes at a log position as stored now (if someone changed them, their hash
    is no longer the proof's leaf: the proof shows it)."""
    page = app.recorder.select_notifications(start=position, limit=1)
    if not page or page[0].id != position:
        raise AuditError(f"no stored event at log position {position}")
    return base64.b64encode(event_bytes(page[0])).decode("ascii")


def consistency(views: _Views, old_size: int, new_size: int | None = None) -> dict[str, Any]:
    tree, _ = _tree(views)
    new = tree.size if new_size is None else new_size
    if not 0 <= old_size <= new <= tree.size:
        raise AuditError(f"sizes must satisfy 0 <= from <= to <= {tree.size}")
    return {
        "from": {"size": old_size, "root": tree.root(old_size).hex()},
        "to": {"size": new, "root": tree.root(new).hex()},
        "proof": [h.hex() for h in tree.consistency_proof(old_size, new)],
    }


def verify(
    app: TimelineApplication,
    views: _Views,
    expected: Digest | None = None,
    *,
    check_views: bool = False,
) -> Verification:
    """Recompute every leaf from the stored events; name the first position that differs.

    ``check_views``: then, if the log verifies, also rebuild the views from it in a
    temporary place and compare them with the served ones (``check_served_views``)."""
    result = _verify_log(app, views, expected)
    if not (result.ok and check_views):
        return result
    difference = check_served_views(app, views)
    if difference is None:
        return dataclasses.replace(result, views_checked=True)
    fact, problem = difference
    return dataclasses.replace(
        result, ok=False, problem=problem, views_checked=True, first_bad_fact=fact
    )


def _verify_log(
    app: TimelineApplication, views: _Views, expected: Digest | None = None
) -> Verification:
    recorded = views.log_rows(limit=2**31)
    accumulator = MerkleAccumulator()
    roots_at: dict[int, str] = {}
    checked = 0
    start = 0
    while True:
        page = app.recorder.select_notifications(
            start=start, limit=10_000, inclusive_of_start=False
        )
        for record in page:
            leaf = event_leaf(record)
            if checked >= len(recorded):
                return _bad(
                    checked,
                    len(recorded),
                    accumulator,
                    record.id,
                    "an event is in the log that the ledger never recorded",
                )
            row = recorded[checked]
            if int(row["position"]) != record.id:
                missing = min(int(row["position"]), record.id)
                return _bad(
                    checked,
                    len(recorded),
                    accumulator,
                    missing,
                    "the log's positions differ from the ledger's (an event was removed)",
                )
            if row["leaf"] is not None and row["leaf"] != leaf.hex():
                return _bad(
                    checked,
                    len(recorded),
                    accumulator,
                    record.id,
                    "the stored event's bytes differ from those the ledger recorded",
                )
            accumulator.append(leaf)
            checked += 1
            if expected is not None and accumulator.size == expected.size:
                roots_at[expected.size] = accumulator.root().hex()
        if not page:
            break
        start = page[-1].id
    if checked < len(recorded):
        return _bad(
            checked,
            len(recorded),
            accumulator,
            int(recorded[checked]["position"]),
            "the log ends before the ledger does (it was truncated)",
        )
    stored = views.ledger_state()
    leaves = sum(1 for r in recorded if r["leaf"] is not None)
    if stored.size != leaves:
        return _bad(
            checked,
            len(recorded),
            accumulator,
            None,
            f"the ledger's frontier covers {stored.size} events but {leaves} leaves are"
            " recorded (a ledger table was changed)",
        )
    if stored.size and stored.root() != _root_at(accumulator, stored.size, recorded):
        return _bad(
            checked,
            len(recorded),
            accumulator,
            None,
            "the ledger's recorded root does not match the recomputed one",
        )
    if expected is not None:
        if expected.size > checked:
            return _bad(
                checked,
                len(recorded),
                accumulator,
                None,
                f"the log holds {checked} events, fewer than the digest's {expected.size}"
                " (it was truncated)",
            )
        if expected.size == 0:
            roots_at[0] = EMPTY_ROOT.hex()
        if roots_at.get(expected.size) != expected.root:
            return _bad(
                checked,
                len(recorded),
                accumulator,
                None,
                f"the root of the first {expected.size} events differs from the digest",
            )
    return Verification(True, checked, len(recorded), accumulator.root().hex())


def _root_at(accumulator: MerkleAccumulator, size: int, recorded: list[dict[str, Any]]) -> bytes:
    if size == accumulator.size:
        return accumulator.root()
    return root_from_leaf_hashes([bytes.fromhex(r["leaf"]) for r in recorded[:size]])


def _bad(
    checked: int, size: int, accumulator: MerkleAccumulator, position: int | None, problem: str
) -> Verification:
    return Verification(False, checked, size, accumulator.root().hex(), position, problem)


# --- the served views against the log ----------------------------------------------------------

# Each view table by its key, in the order a difference is reported: a fact's versions first.
# The ledger's own columns (tl_log's leaf, tl_ledger) are checked by verify itself.
_VIEW_KEYS: dict[str, tuple[str, ...]] = {
    "tl_versions": ("fact_id", "version"),
    "tl_links": ("fact_id", "version", "actor_id"),
    "tl_documents": ("document_id",),
    "tl_log": ("position",),
    "tl_actors": ("actor_id",),
    "tl_counterparts": ("actor_id", "counterpart_id"),
    "tl_meta": ("name",),
}
_NOT_COMPARED = {"tl_log": ("leaf",)}


def check_served_views(app: TimelineApplication, views: _Views) -> tuple[str | None, str] | None:
    """Rebuild the views from the stored events into a temporary SQLite file, up to the
    position the served views have reached, and compare every row of every view table
    with the served one. None if they are equal; else the first fact whose served view
    differs (None when the first difference is not a fact's: a document, actor, log
    row) and what differs. Costs a replay (into the temporary file) and reading every
    view row of both, all of them in memory at once: see docs/audit.md.

    The events are taken as they are stored: call it after the log verified."""
    from eventsourcing.persistence import InfrastructureFactory
    from eventsourcing.utils import Environment

    from timeline.projections import REPLAY_PAGE_SIZE, TimelineProjection
    from timeline.views import SQLiteViews

    stop = views.position()
    with tempfile.TemporaryDirectory(prefix="timeline-verify-") as folder:
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": str(Path(folder) / "views.db"),
        }
        factory: Any = InfrastructureFactory.construct(Environment("timeline", env))
        rebuilt: Any = factory.tracking_recorder(SQLiteViews)
        try:
            projection = TimelineProjection(app, rebuilt, ledger=False)
            rebuilt.start_replay()
            start = 0
            while stop:
                page = app.recorder.select_notifications(
                    start=start, limit=REPLAY_PAGE_SIZE, stop=stop, inclusive_of_start=False
                )
                if not page:
                    break
                if not projection._apply(page, None, rebuilt.state()):
                    raise RuntimeError("the temporary views moved while being rebuilt")
                start = page[-1].id
            rebuilt.finish_replay()
            for table, key in _VIEW_KEYS.items():
                difference = _first_difference(
                    table, key, views.table_rows(table), rebuilt.table_rows(table)
                )
                if difference is not None:
                    if views.position() != stop:  # not tampering: a write meanwhile
                        return None, (
                            f"the served views moved during the check (from log position "
                            f"{stop} to {views.position()}): check again when no one writes"
                        )
                    return difference
        finally:
            factory.close()
    return None


def _first_difference(
    table: str, key: tuple[str, ...], served: list[dict[str, Any]], expected: list[dict[str, Any]]
) -> tuple[str | None, str] | None:
    skip = _NOT_COMPARED.get(table, ())

    def keyed(rows: list[dict[str, Any]]) -> dict[tuple[Any, ...], dict[str, Any]]:
        for row in rows:
            for column in skip:
                row.pop(column, None)
        return {tuple(row[k] for k in key): row for row in rows}

    have, want = keyed(served), keyed(expected)
    for k in sorted(have.keys() | want.keys()):
        mine, theirs = have.get(k), want.get(k)
        if mine == theirs:
            continue
        if mine is None:
            what = "missing"
        elif theirs is None:
            what = "there, but no event made it"
        else:
            columns = sorted(c for c in mine.keys() | theirs.keys() if mine.get(c) != theirs.get(c))
            what = "different in " + ", ".join(columns)
        named = dict(zip(key, k, strict=True))
        fact = str(named["fact_id"]) if "fact_id" in named else None
        row = ", ".join(f"{name} {value}" for name, value in named.items())
        return fact, (f"the served views differ from the events: {table} row ({row}) is {what}")
    return None
