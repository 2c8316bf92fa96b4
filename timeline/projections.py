"""The projection: turns the event log into rows of the views, exactly once.

It reads the log after the views' tracked position, folds a page of events into
row changes, and writes rows and the new position in one transaction. If another
process moved the position meanwhile, the write is refused and the page is read
again: no event is applied twice, none is skipped.

A replay is a bulk load: the tables are recreated without their secondary indexes,
filled page by page (each page with its position, as above), then indexed and the
actors counted once. A crash in between leaves the tables marked as being replayed;
the next catch-up, in any process, carries on from the recorded position and finishes.
A replay keeps the ledger: it checks every event against its sealed leaf first, and
every page again, and seals only the events after the sealed tree (docs/audit.md).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import IntegrityError, Notification, Recording, Tracking

from timeline.application import TimelineApplication
from timeline.audit import LedgerMismatch, check_sealed, event_leaf, utc_iso
from timeline.domain import Document, Fact
from timeline.ledger import MerkleAccumulator
from timeline.store import ViewsDamaged
from timeline.views import (
    SCHEMA_VERSION,
    TRACKING_NAME,
    RowChanges,
    ViewState,
    _Views,
    fact_row,
    ledger_row,
)

PAGE_SIZE = 1000
REPLAY_PAGE_SIZE = 10_000  # larger transactions: a replay has the database to itself
_RECORDED_FIELDS = tuple(
    f.name for f in dataclasses.fields(Fact.MeetingHeld) if not f.name.startswith("originator")
)
_LIFECYCLE = (Fact.FactCorrected, Fact.FactRetracted, Fact.FactCorroborated, Fact.FactDateRefined)


class TimelineProjection:
    def __init__(self, app: TimelineApplication, views: _Views, *, ledger: bool = True) -> None:
        self.app = app
        self.views = views
        self.ledger = ledger

    def catch_up(
        self,
        page_size: int = PAGE_SIZE,
        *,
        max_events: int | None = None,
        recordings: Sequence[Recording[Any]] = (),
        rebuilding: bool = False,
    ) -> int:
        """Apply every event recorded after the views' position; return how many.

        Views that are not what their tracked position says (their tables of an earlier
        schema, or their own log ending elsewhere) are rebuilt from the log; ViewsDamaged
        if they cannot be brought up to date (``rebuilding``: this is a rebuild already).

        ``recordings``: events this process has just saved. When they directly follow the
        views' position they are applied as they are, without reading the log back.
        ``max_events``: stop after about this many (a replay is then left to finish later).
        """
        applied = 0
        refused: int | None = None  # the position a page was last refused at
        while True:
            state = self.views.state()
            if state.schema != SCHEMA_VERSION:
                if state.schema or state.position > 0:
                    # Views of an earlier schema (empty, written or half replayed by an
                    # earlier version): their tables lack this schema's columns. Rebuild.
                    return applied + self._rebuild(rebuilding)
                self.views.set_schema()  # a new store
            if not state.consistent:
                # The tracked position is not the views' own (a tracking row deleted or
                # edited by hand): continuing from it would apply events twice or never.
                return applied + self._rebuild(rebuilding)
            if recordings:
                done = self._apply_recordings(recordings, state)
                recordings = ()
                if done:
                    applied += done
                    continue
            size = REPLAY_PAGE_SIZE if state.replaying else page_size
            if max_events is not None:
                size = min(size, max_events - applied)
                if size <= 0:
                    return applied
            notifications = self.app.recorder.select_notifications(
                start=state.position, limit=size, inclusive_of_start=False
            )
            if not notifications:
                if state.replaying:
                    self.views.finish_replay()
                return applied
            if self._apply(notifications, None, state):
                applied += len(notifications)
                refused = None
            elif refused == state.position:
                # Refused twice at the same position: no other projector moved the views,
                # their rows conflict with the log's events. Never retry for ever.
                raise ViewsDamaged(
                    f"the views cannot apply the event log after position {state.position} "
                    "(view tables changed outside the service?): run `timeline replay`"
                )
            else:
                refused = state.position

    def _apply_recordings(self, recordings: Sequence[Recording[Any]], state: ViewState) -> int:
        notifications = [r.notification for r in recordings]
        ids = [n.id for n in notifications]
        if state.replaying or ids != list(range(state.position + 1, state.position + 1 + len(ids))):
            return 0  # not the next events of the log: read it instead
        events = [r.domain_event for r in recordings]
        return len(ids) if self._apply(notifications, events, state) else 0

    def _apply(
        self, notifications: Sequence[Notification], events: list[Any] | None, state: ViewState
    ) -> bool:
        """Fold and write one page; False if another process moved the views meanwhile.

        Leaves the sealed tree holds already (a replay) are checked against the sealed
        ones, whatever the ledger setting, and kept; only the events after it are sealed,
        when the ledger is on and the tree reaches up to them."""
        sealed = state.ledger or MerkleAccumulator()
        base = state.log_size
        within = base < sealed.size
        accumulator: MerkleAccumulator | None = None
        if self.ledger and base + len(notifications) > sealed.size and base <= sealed.size:
            accumulator = MerkleAccumulator(sealed.size, sealed.frontier)
        # (base > sealed.size: events were projected with the ledger off after the tree;
        # it cannot continue from here until `timeline replay` extends it.)
        changes = self.fold(
            notifications, base, with_ledger=within or accumulator is not None, events=events
        )
        if within:
            self._check_sealed(changes, sealed.size)
        ledger = None
        if accumulator is not None:
            beyond = changes.log[sealed.size - base :]
            accumulator.extend(bytes.fromhex(row[3]) for row in beyond)
            ledger = ledger_row(accumulator)
        else:
            changes.log = [row if row[1] < sealed.size else (*row[:3], None) for row in changes.log]
        try:
            self.views.apply(
                changes, Tracking(TRACKING_NAME, notifications[-1].id), state.position, ledger
            )
        except IntegrityError:
            return False  # another projector got there first: read from its position
        return True

    def _check_sealed(self, changes: RowChanges, sealed_size: int) -> None:
        """Refuse a page whose events differ from the leaves the ledger sealed for them."""
        first, last = changes.log[0][1], changes.log[-1][1]
        rows = self.views.sealed_leaves(after_index=first - 1, limit=last - first + 1)
        sealed = {int(r["leaf_index"]): (int(r["position"]), r["leaf"]) for r in rows}
        for position, index, _, leaf in changes.log:
            if index >= sealed_size:
                break
            expected = sealed.get(index)
            if expected is None:
                continue  # not copied (a store whose leaves were lost): root-checked at start
            if expected[0] != position:
                raise LedgerMismatch(
                    min(expected[0], position),
                    "the log's positions differ from the ledger's (an event was removed)",
                )
            if expected[1] != leaf:
                raise LedgerMismatch(
                    position, "the stored event's bytes differ from those the ledger sealed"
                )

    def replay(self) -> int:
        """Drop the views and rebuild them from the whole event log.

        The ledger is not rebuilt: the stored events are first checked against it
        (``audit.check_sealed``: LedgerMismatch, and nothing changed, if one differs), and
        each replayed page is checked again against the sealed leaves, which the replay
        keeps aside until it ends. Only events after the sealed tree get new leaves."""
        sealed = check_sealed(self.app, self.views)
        self.views.start_replay(sealed)
        return self.catch_up(page_size=REPLAY_PAGE_SIZE, rebuilding=True)

    def _rebuild(self, rebuilding: bool) -> int:
        if rebuilding:  # a fresh replay is inconsistent already: something else is at work
            raise ViewsDamaged("the views are inconsistent after a rebuild: run `timeline replay`")
        return self.replay()

    def lag(self) -> int:
        return max(0, self.app.recorder.max_notification_id() or 0) - self.views.position()

    def fold(
        self,
        notifications: Sequence[Notification],
        leaf_base: int = 0,
        *,
        with_ledger: bool = True,
        events: list[Any] | None = None,
    ) -> RowChanges:
        if events is None:
            events = [self.app.mapper.to_domain_event(n) for n in notifications]
        changes = RowChanges()
        # The facts this page changes but does not record: their current versions, at once.
        recorded = {e.originator_id for e in events if isinstance(e, Fact.Recorded)}
        needed = {e.originator_id for e in events if isinstance(e, _LIFECYCLE)} - recorded
        if needed:
            changes.stored = self.views.stored_versions(sorted(str(i) for i in needed))
        moment, recorded_at = None, ""
        for offset, (notification, event) in enumerate(zip(notifications, events, strict=True)):
            if event.timestamp != moment:  # one time for every event of a save
                moment, recorded_at = event.timestamp, utc_iso(event.timestamp)
            changes.log.append(
                (
                    notification.id,
                    leaf_base + offset,
                    recorded_at,
                    event_leaf(notification).hex() if with_ledger else None,
                )
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
                        "fact_ids": json.dumps(list(event.fact_ids)),
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
            elif isinstance(event, _LIFECYCLE):
                fact_id = str(event.originator_id)
                latest = changes.facts.get(fact_id)
                current = latest["resource"] if latest else changes.stored.get(fact_id)
                if current is None:
                    continue  # cannot happen for a consistent log; nothing to update
                state = {**current, "fact_id": fact_id, "retracted": current["retraction"]}
                status = _apply_lifecycle(event, state, current["status"])
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
