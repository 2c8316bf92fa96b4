"""Tamper evidence over the event log: leaf hashes of stored events, digests, proofs, verify.

Each stored event's bytes (originator id, version, topic and the stored state,
exactly as the database holds them) are one leaf of an RFC 9162 Merkle tree in
log order. The projection records each leaf hash and the tree's compact
frontier with the views, so the digest (size, root) is always at hand; ``verify``
recomputes everything from the stored events and names the first difference.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from timeline.ledger import leaf_hash


def event_bytes(record: Any) -> bytes:
    """The bytes of a stored event that the ledger commits to."""
    header = f"{record.originator_id}\n{record.originator_version}\n{record.topic}\n"
    return header.encode() + bytes(record.state)


def event_leaf(record: Any) -> bytes:
    return leaf_hash(event_bytes(record))


def utc_iso(moment: datetime) -> str:
    """Recorded times as sortable UTC ISO 8601 strings (text comparison = time order)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")
