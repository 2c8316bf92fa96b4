"""The domain model: documents and facts as event-sourced aggregates.

A fact's creation event *is* the domain fact (``Fact.MeetingHeld``...): its class
names what happened, its fields say who, where, when, how sure and on what
evidence. Real-world time lives in the ``when`` field; the event ``timestamp``
only means "recorded at". Later events never change a recorded one: they
correct, retract, corroborate or refine it.

Event classes are stored by topic (``timeline.domain:Fact.MeetingHeld``): never
rename or move them; give them a ``class_version`` and an upcast method instead.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from eventsourcing.domain import Aggregate, event

from timeline import changes as change_rules
from timeline.document import NAMESPACE

FACT_FIELDS: tuple[str, ...] = (
    "modality",
    "actors",
    "location",
    "when",
    "quantities",
    "attribution",
    "summary",
    "extra",
)
"""The fields of a fact that a correction may change."""


RETRACTION_CATEGORIES: tuple[str, ...] = (
    "unspecified",
    "extraction-error",
    "source-withdrawn",
    "duplicate",
    "misattributed",
)


class DomainError(Exception):
    """A command the domain refuses."""


class FactAlreadyRetracted(DomainError):
    pass


class InvalidCorrection(DomainError):
    pass


class InvalidChange(InvalidCorrection):
    """A correction's new value breaks a rule of ``timeline.changes``.

    ``path`` names the value (``("when", "start")``, ``("actors", 0, "name")``).
    """

    def __init__(self, path: tuple[str | int, ...], problem: str) -> None:
        super().__init__(f"{change_rules.dotted(path)}: {problem}")
        self.path = path
        self.problem = problem


_CLOCK: ContextVar[Callable[[], datetime] | None] = ContextVar("timeline_clock", default=None)


@contextmanager
def recording_clock(clock: Callable[[], datetime]) -> Iterator[None]:
    """Record events with times from ``clock`` (tests and imports of old archives)."""
    token = _CLOCK.set(clock)
    try:
        yield
    finally:
        _CLOCK.reset(token)


class _RecordedAt:
    """Events take their "recorded at" time from the recording clock (default: now, UTC)."""

    @staticmethod
    def create_timestamp() -> datetime:
        clock = _CLOCK.get()
        return clock() if clock is not None else datetime.now(UTC)


def fact_id(document_sha256: str, fact_type: str, start: int, end: int) -> uuid.UUID:
    """Deterministic: the same statement of the same document is the same fact."""
    return uuid.uuid5(NAMESPACE, f"fact:{document_sha256}:{fact_type}:{start}:{end}")


class Document(Aggregate):
    """A source text as it was received: its bytes' hash, metadata and body."""

    class Registered(_RecordedAt, Aggregate.Created):
        sha256: str
        title: str
        published: str | None
        metadata: dict[str, str]
        body: str
        fact_ids: list[str]
        extractor: dict[str, str]
        recorded_by: str

    @event(Registered)
    def __init__(
        self,
        sha256: str,
        title: str,
        published: str | None,
        metadata: dict[str, str],
        body: str,
        fact_ids: list[str],
        extractor: dict[str, str],
        recorded_by: str,
    ) -> None:
        self.sha256 = sha256
        self.title = title
        self.published = published
        self.metadata = metadata
        self.body = body
        self.fact_ids = fact_ids
        self.extractor = extractor
        self.recorded_by = recorded_by


class Fact(Aggregate):
    """One fact a document states, and what was learned about it since."""

    class Recorded(_RecordedAt, Aggregate.Created):
        """Base of the typed creation events; never stored under this name itself."""

        document_id: str
        modality: str
        actors: list[dict[str, Any]]
        location: dict[str, Any] | None
        when: dict[str, Any]
        quantities: list[dict[str, Any]]
        attribution: dict[str, Any] | None
        evidence: list[dict[str, Any]]
        extractor: dict[str, str]
        plover: str
        cameo: str
        summary: str
        extra: dict[str, Any]
        recorded_by: str

        def apply(self, aggregate: Aggregate) -> None:
            # The class of the creation event is the fact's type.
            aggregate.type = type(self).__name__  # type: ignore[attr-defined]

    # The typed creation events. One line each: their fields are the base's.
    class MeetingHeld(Recorded):
        pass

    class VisitMade(Recorded):
        pass

    class StatementMade(Recorded):
        pass

    class PraiseExpressed(Recorded):
        pass

    class CriticismExpressed(Recorded):
        pass

    class AgreementSigned(Recorded):
        pass

    class CooperationAnnounced(Recorded):
        pass

    class DealAnnounced(Recorded):
        pass

    class VisaPolicyChanged(Recorded):
        pass

    class SanctionImposed(Recorded):
        pass

    class SanctionLifted(Recorded):
        pass

    class MilitaryParadeHeld(Recorded):
        pass

    class MilitaryExerciseHeld(Recorded):
        pass

    class MilitaryActionTaken(Recorded):
        pass

    class ThreatIssued(Recorded):
        pass

    class AidProvided(Recorded):
        pass

    class HistoricalEventReferenced(Recorded):
        pass

    class DemandMade(Recorded):
        pass

    class LegalActionTaken(Recorded):
        pass

    def __init__(
        self,
        document_id: str,
        modality: str,
        actors: list[dict[str, Any]],
        location: dict[str, Any] | None,
        when: dict[str, Any],
        quantities: list[dict[str, Any]],
        attribution: dict[str, Any] | None,
        evidence: list[dict[str, Any]],
        extractor: dict[str, str],
        plover: str,
        cameo: str,
        summary: str,
        extra: dict[str, Any],
        recorded_by: str,
    ) -> None:
        self.type = ""
        self.document_id = document_id
        self.documents = [document_id]
        self.modality = modality
        self.actors = actors
        self.location = location
        self.when = when
        self.quantities = quantities
        self.attribution = attribution
        self.evidence = evidence
        self.extractor = extractor
        self.plover = plover
        self.cameo = cameo
        self.summary = summary
        self.extra = extra
        self.recorded_by = recorded_by
        self.retracted: dict[str, Any] | None = None

    @classmethod
    def record(cls, fact_type: str, fact_id: uuid.UUID, **fields: Any) -> Fact:
        event_class = getattr(cls, fact_type, None)
        if not (
            isinstance(event_class, type)
            and issubclass(event_class, cls.Recorded)
            and event_class is not cls.Recorded
        ):
            raise DomainError(f"unknown fact type {fact_type!r}")
        return cls._create(event_class, id=fact_id, **fields)

    # Lifecycle: each is a new event; nothing recorded is changed in place.

    class FactCorrected(_RecordedAt, Aggregate.Event):
        """Version 2: every new value was checked and normalised (``timeline.changes``).

        Version 1 events were stored unchecked; they read through today's rules: a new
        value is normalised (a date gets the start, end and sort key its EDTF implies),
        and one the rules refuse reads as not changed. The stored bytes, the history and
        the ledger keep them as recorded. Actors' roles are checked against the fact's type
        when a correction is made, not as events are read: one stored before that check
        keeps its roles.
        """

        class_version = 2
        changes: dict[str, dict[str, Any]]
        reason: str
        recorded_by: str

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            readable: dict[str, dict[str, Any]] = {}
            for name, change in state["changes"].items():
                try:
                    new = change_rules.normalised_value(name, change.get("new"))
                except change_rules.ChangeError:
                    continue
                readable[name] = {**change, "new": new}
            state["changes"] = readable

    class FactRetracted(_RecordedAt, Aggregate.Event):
        """Version 2 added ``category``; version 1 events read as "unspecified"."""

        class_version = 2
        reason: str
        recorded_by: str
        category: str

        @staticmethod
        def upcast_v1_v2(state: dict[str, Any]) -> None:
            state["category"] = "unspecified"

    class FactCorroborated(_RecordedAt, Aggregate.Event):
        document_id: str
        evidence: list[dict[str, Any]]
        recorded_by: str

    class FactDateRefined(_RecordedAt, Aggregate.Event):
        when: dict[str, Any]
        previous: dict[str, Any]
        document_id: str
        evidence: list[dict[str, Any]]
        recorded_by: str

    def correct(self, new_values: dict[str, Any], reason: str, recorded_by: str) -> None:
        """Record new values of some fields, each checked and normalised first
        (``timeline.changes``, the actors' roles against this fact's type): a value the
        rules refuse raises ``InvalidChange`` and nothing is recorded."""
        self._check_not_retracted()
        unknown = sorted(set(new_values) - set(FACT_FIELDS))
        if unknown:
            raise InvalidCorrection(f"fields that cannot be corrected: {', '.join(unknown)}")
        try:
            new_values = change_rules.normalised(new_values, fact_type=self.type)
            change_rules.reason(reason)
            change_rules.principal(recorded_by)
        except change_rules.ChangeError as exc:
            raise InvalidChange(exc.path, exc.problem) from None
        changes = {
            name: {"old": getattr(self, name), "new": value}
            for name, value in new_values.items()
            if getattr(self, name) != value
        }
        if not changes:
            raise InvalidCorrection("the correction changes nothing")
        self._corrected(changes=changes, reason=reason, recorded_by=recorded_by)

    @event(FactCorrected)
    def _corrected(self, changes: dict[str, dict[str, Any]], reason: str, recorded_by: str) -> None:
        for name, change in changes.items():
            setattr(self, name, change["new"])

    def retract(self, reason: str, recorded_by: str, category: str = "unspecified") -> None:
        self._check_not_retracted()
        try:
            change_rules.reason(reason)
            change_rules.principal(recorded_by)
        except change_rules.ChangeError as exc:
            raise InvalidChange(exc.path, exc.problem) from None
        if category not in RETRACTION_CATEGORIES:
            raise InvalidCorrection(
                f"unknown retraction category {category!r}: use {', '.join(RETRACTION_CATEGORIES)}"
            )
        self._retracted(reason=reason, recorded_by=recorded_by, category=category)

    @event(FactRetracted)
    def _retracted(self, reason: str, recorded_by: str, category: str) -> None:
        self.retracted = {"reason": reason, "recorded_by": recorded_by, "category": category}

    def corroborate(
        self, document_id: str, evidence: list[dict[str, Any]], recorded_by: str
    ) -> None:
        self._corroborated(document_id=document_id, evidence=evidence, recorded_by=recorded_by)

    @event(FactCorroborated)
    def _corroborated(
        self, document_id: str, evidence: list[dict[str, Any]], recorded_by: str
    ) -> None:
        if document_id not in self.documents:
            self.documents = [*self.documents, document_id]
        self.evidence = [*self.evidence, *evidence]

    def refine_date(
        self,
        when: dict[str, Any],
        document_id: str,
        evidence: list[dict[str, Any]],
        recorded_by: str,
    ) -> None:
        self._date_refined(
            when=when,
            previous=self.when,
            document_id=document_id,
            evidence=evidence,
            recorded_by=recorded_by,
        )

    @event(FactDateRefined)
    def _date_refined(
        self,
        when: dict[str, Any],
        previous: dict[str, Any],
        document_id: str,
        evidence: list[dict[str, Any]],
        recorded_by: str,
    ) -> None:
        self.when = when
        if document_id not in self.documents:
            self.documents = [*self.documents, document_id]
        self.evidence = [*self.evidence, *evidence]

    def _check_not_retracted(self) -> None:
        if self.retracted is not None:
            raise FactAlreadyRetracted(f"fact {self.id} is retracted")
