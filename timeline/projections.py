"""The projection: turns the event log into rows of the views, exactly once.

It reads the log after the views' tracked position, folds a page of events into
row changes, and writes rows and the new position in one transaction. If another
process moved the position meanwhile, the write is refused and the page is read
again: no event is applied twice, none is skipped.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import IntegrityError, Notification, Tracking

from timeline.application import TimelineApplication
from timeline.audit import event_leaf, utc_iso
from timeline.domain import Document, Fact
from timeline.views import TRACKING_NAME, RowChanges, _Views, fact_row

PAGE_SIZE = 1000
REPLAY_PAGE_SIZE = 10_000  # larger transactions: a replay has the database to itself
_RECORDED_FIELDS = tuple(
    f.name for f in dataclasses.fields(Fact.MeetingHeld) if not f.name.startswith("originator")
)


class TimelineProjection:
    def __init__(self, app: TimelineApplication, views: _Views, *, ledger: bool = True) -> None:
        self.app = app
        self.views = views
        self.ledger = ledger

    def catch_up(self, page_size: int = PAGE_SIZE) -> int:
        """Apply every event recorded after the views' position; return how many."""
        applied = 0
        while True:
            position = self.views.position()
            notifications = self.app.recorder.select_notifications(
                start=position, limit=page_size, inclusive_of_start=False
            )
            if not notifications:
                return applied
            leaf_base = self.views.log_size()
            accumulator = self.views.ledger_state() if self.ledger else None
            if accumulator is not None and accumulator.size != leaf_base:
                # Events were projected with the ledger off: the tree cannot continue
                # from here. `timeline replay` rebuilds it over the whole log.
                accumulator = None
            changes = self.fold(notifications, leaf_base, with_ledger=accumulator is not None)
            ledger = None
            if accumulator is not None:
                accumulator.extend(bytes.fromhex(row["leaf"]) for row in changes.log)
                ledger = {
                    "size": accumulator.size,
                    "root": accumulator.root().hex(),
                    "frontier": ",".join(h.hex() for h in accumulator.frontier),
                }
            try:
                self.views.apply(changes, Tracking(TRACKING_NAME, notifications[-1].id), ledger)
            except IntegrityError:
                continue  # another projector got there first: read from its position
            applied += len(notifications)

    def replay(self) -> int:
        """Drop the views and rebuild them from the whole event log."""
        self.views.drop_views()
        return self.catch_up(page_size=REPLAY_PAGE_SIZE)

    def lag(self) -> int:
        return max(0, self.app.recorder.max_notification_id() or 0) - self.views.position()

    def fold(
        self, notifications: Sequence[Notification], leaf_base: int = 0, *, with_ledger: bool = True
    ) -> RowChanges:
        changes = RowChanges()
        for offset, notification in enumerate(notifications):
            event: Any = self.app.mapper.to_domain_event(notification)
            recorded_at = utc_iso(event.timestamp)
            changes.log.append(
                {
                    "position": notification.id,
                    "leaf_index": leaf_base + offset,
                    "recorded_at": recorded_at,
                    "leaf": event_leaf(notification).hex() if with_ledger else None,
                }
            )
            if isinstance(event, Document.Registered):
                changes.documents.append(
                    {
                        "document_id": str(event.originator_id),
                        "sha256": event.sha256,
                        "title": event.title,
                        "published": event.published,
                        "metadata": json.dumps(event.metadata, sort_keys=True),
                        "body": event.body,
                        "fact_count": len(event.fact_ids),
                        "fact_ids": json.dumps(event.fact_ids),
                        "recorded_at": recorded_at,
                        "recorded_by": event.recorded_by,
                        "log_position": notification.id,
                    }
                )
            elif isinstance(event, Fact.Recorded):
                state = {name: getattr(event, name) for name in _RECORDED_FIELDS}
                state.update(fact_id=str(event.originator_id), type=type(event).__name__)
                changes.add_version(
                    fact_row(
                        state,
                        status="active",
                        version=event.originator_version,
                        recorded_at=recorded_at,
                    ),
                    notification.id,
                )
            elif isinstance(
                event,
                Fact.FactCorrected
                | Fact.FactRetracted
                | Fact.FactCorroborated
                | Fact.FactDateRefined,
            ):
                fact_id = str(event.originator_id)
                current = changes.facts.get(fact_id) or self._stored_row(fact_id)
                if current is None:
                    continue  # cannot happen for a consistent log; nothing to update
                state, status = _state_of(current)
                status = _apply_lifecycle(event, state, status)
                changes.add_version(
                    fact_row(
                        state,
                        status=status,
                        version=event.originator_version,
                        recorded_at=current["recorded_at"],
                    ),
                    notification.id,
                )
        return changes

    def _stored_row(self, fact_id: str) -> dict[str, Any] | None:
        with self.views._transaction(commit=False) as c:
            c.execute(
                self.views.sql("SELECT * FROM {p}tl_facts WHERE fact_id = %(f)s"), {"f": fact_id}
            )
            row = c.fetchone()
        return dict(row) if row is not None else None


def _state_of(row: dict[str, Any]) -> tuple[dict[str, Any], str]:
    data = json.loads(row["data"]) if isinstance(row["data"], str) else dict(row["data"])
    state = {
        **data,
        "fact_id": row["fact_id"],
        "document_id": row["document_id"],
        "plover": row["plover"],
        "cameo": row["cameo"],
        "recorded_by": row["recorded_by"],
        "retracted": data.get("retraction"),
    }
    return state, row["status"]


def _apply_lifecycle(event: Any, state: dict[str, Any], status: str) -> str:
    if isinstance(event, Fact.FactCorrected):
        for name, change in event.changes.items():
            state[name] = change["new"]
    elif isinstance(event, Fact.FactRetracted):
        state["retracted"] = {
            "reason": event.reason,
            "recorded_by": event.recorded_by,
            "category": event.category,
        }
        return "retracted"
    elif isinstance(event, Fact.FactCorroborated | Fact.FactDateRefined):
        if isinstance(event, Fact.FactDateRefined):
            state["when"] = event.when
        documents = state.get("documents") or [state["document_id"]]
        if event.document_id not in documents:
            state["documents"] = [*documents, event.document_id]
        state["evidence"] = [*state.get("evidence", []), *event.evidence]
    return status
