"""The write side: commands that turn documents into recorded facts.

Every method is get → change → save. A document and all its facts are saved in
one call, which the event store writes in one transaction: a crash never leaves
half a document recorded.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, TypeVar
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application, Repository
from eventsourcing.persistence import IntegrityError

from timeline import changes as change_rules
from timeline.document import SourceDocument
from timeline.domain import Document, Fact, InvalidChange, _RecordedAt, fact_id, recording_clock
from timeline.values import ExtractedFact

_A = TypeVar("_A", Fact, Document)

Extractor = Callable[[SourceDocument], Sequence[ExtractedFact]]
Matcher = Callable[[ExtractedFact, str], UUID | None]
"""Finds an already recorded fact (from another document) that an extracted one restates."""

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4, None: 9}


class NotFound(LookupError):
    """No document or fact with that id."""


class VersionConflict(Exception):
    """The caller's expected version is not the current one."""

    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(f"expected version {expected}, but the fact is at version {actual}")
        self.expected = expected
        self.actual = actual


class DocumentConflict(Exception):
    """The text is recorded already, with other metadata: a document is never changed."""

    def __init__(
        self,
        document_id: UUID,
        differences: dict[str, tuple[Any, Any]],
        message: str | None = None,
    ) -> None:
        said = "; ".join(
            f"{name} {recorded!r} (given {given!r})"
            for name, (recorded, given) in sorted(differences.items())
        )
        super().__init__(
            message
            or f"document {document_id} is recorded already with {said}: its metadata cannot "
            "change (correct its facts instead)"
        )
        self.document_id = document_id
        self.differences = differences


class DuplicateInBatch(DocumentConflict):
    """One text given twice in a batch, with other metadata: which to record is unclear.
    Nothing is recorded yet; ``earlier`` and ``later`` are the two sources' indexes."""

    def __init__(
        self,
        document_id: UUID,
        differences: dict[str, tuple[Any, Any]],
        earlier: int,
        later: int,
    ) -> None:
        said = "; ".join(
            f"{name} {first!r} and {second!r}"
            for name, (first, second) in sorted(differences.items())
        )
        super().__init__(
            document_id,
            differences,
            f"document {document_id} is given twice in one batch, with {said}: give its "
            "text once, or twice with the same metadata",
        )
        self.earlier = earlier
        self.later = later


@dataclass(frozen=True, slots=True)
class IngestResult:
    document_id: str
    fact_ids: tuple[str, ...]
    created: bool


@dataclass(frozen=True, slots=True)
class ExtractorInfo:
    name: str
    version: str


class TimelineApplication(Application[UUID]):
    name = "timeline"
    # No snapshots: a snapshot is a copy of an aggregate's state outside the ledger, and a
    # command reading an edited one would seal a false change (a correction's "old" value).
    # Facts are short histories, so every read folds the stored events themselves; snapshots
    # an earlier version stored are never read (``construct_repository``).

    def __init__(
        self,
        env: dict[str, str] | None = None,
        *,
        extractor: Extractor | None = None,
        extractor_info: ExtractorInfo | None = None,
    ) -> None:
        super().__init__(env=env)
        if extractor is None:
            from timeline import extraction

            def extractor(source: SourceDocument) -> Sequence[ExtractedFact]:
                return extraction.extract(
                    source.body, source.published, str(source.id), source.metadata.get("title", "")
                )

            extractor_info = ExtractorInfo(extraction.EXTRACTOR_NAME, extraction.EXTRACTOR_VERSION)
        self._extract = extractor
        self.extractor_info = extractor_info or ExtractorInfo("custom", "0")

    def construct_repository(self) -> Repository[UUID]:
        """The repository, reading aggregates from their events alone: never a snapshot,
        whatever the environment says (``IS_SNAPSHOTTING_ENABLED``) or an earlier version
        of this application stored."""
        self.snapshots = None
        return super().construct_repository()

    # Commands

    def ingest(
        self, source: SourceDocument, recorded_by: str, match: Matcher | None = None
    ) -> IngestResult:
        """Record a document and every fact extracted from it, or nothing if already recorded.

        A fact that another document already recorded (``match``) is not recorded again:
        the existing fact is corroborated, or its date refined, in the same transaction.
        """
        return self.ingest_many([source], recorded_by, match)[0]

    def ingest_many(
        self, sources: Sequence[SourceDocument], recorded_by: str, match: Matcher | None = None
    ) -> list[IngestResult]:
        """Record several documents in one transaction (all or none of them).

        A batch is saved optimistically, without asking first which documents exist;
        if one does, the batch is refused whole and redone one document at a time.
        """
        _check_alike(sources)
        try:
            change_rules.principal(recorded_by)
        except change_rules.ChangeError as exc:
            raise InvalidChange(exc.path, exc.problem) from None
        if len(sources) == 1:
            return self._ingest_batch(sources, recorded_by, match, check_existing=True)
        try:
            return self._ingest_batch(sources, recorded_by, match, check_existing=False)
        except IntegrityError:
            # Some are recorded already: refuse them all if one of those differs, before
            # saving any of the others.
            self.check_new(sources)
            return [
                self._ingest_batch([s], recorded_by, match, check_existing=True)[0] for s in sources
            ]

    def check_new(self, sources: Sequence[SourceDocument]) -> None:
        """Raise DocumentConflict if a text among ``sources`` is recorded (or given twice)
        with other metadata: a caller ingesting one at a time asks first, so that it stores
        none of them."""
        _check_alike(sources)
        for source in sources:
            self._existing(source)

    def _ingest_batch(
        self,
        sources: Sequence[SourceDocument],
        recorded_by: str,
        match: Matcher | None,
        *,
        check_existing: bool,
    ) -> list[IngestResult]:
        # One recorded time for the whole save: a reader "as of" any moment then sees
        # all of it or none of it.
        moment = _RecordedAt.create_timestamp()
        with recording_clock(lambda: moment):
            return self._ingest_batch_at(sources, recorded_by, match, check_existing)

    def _ingest_batch_at(
        self,
        sources: Sequence[SourceDocument],
        recorded_by: str,
        match: Matcher | None,
        check_existing: bool,
    ) -> list[IngestResult]:
        results: list[IngestResult] = []
        pending: list[Any] = []
        touched: dict[UUID, Fact] = {}
        seen: dict[UUID, IngestResult] = {}
        for source in sources:
            existing = seen.get(source.id)
            if existing is None and check_existing:
                existing = self._existing(source)
            if existing is not None:
                results.append(existing)
                continue
            document, facts = self._record_document(source, recorded_by, match, touched)
            result = IngestResult(str(source.id), tuple(document.fact_ids), created=True)
            seen[source.id] = IngestResult(result.document_id, result.fact_ids, created=False)
            results.append(result)
            pending.extend([document, *facts])
        if not pending:
            return results
        try:
            self.save(*pending, *touched.values())
        except IntegrityError:
            existing = self._existing(sources[0]) if len(sources) == 1 else None
            if existing is None:
                raise
            # Another writer recorded the same document first: same ids, nothing new.
            return [existing]
        return results

    def _record_document(
        self,
        source: SourceDocument,
        recorded_by: str,
        match: Matcher | None,
        touched: dict[UUID, Fact],
    ) -> tuple[Document, list[Fact]]:
        extracted = self._extract(source)
        extractor = {"name": self.extractor_info.name, "version": self.extractor_info.version}
        facts: list[Fact] = []
        restated: list[UUID] = []
        for item in extracted:
            known = match(item, str(source.id)) if match is not None else None
            if known is not None and known not in restated:
                fact: Fact = touched.get(known) or self.get_fact(known)
                self._restate(fact, source, item, recorded_by)
                touched[known] = fact
                restated.append(known)
            else:
                facts.append(self._new_fact(source, item, extractor, recorded_by))
        # Two facts may share an id only if the extractor repeated itself; keep the first.
        unique = list({f.id: f for f in reversed(facts)}.values())[::-1]
        document: Document = Document._create(
            Document.Registered,
            id=source.id,
            sha256=source.sha256,
            title=source.title,
            published=source.published.isoformat() if source.published else None,
            metadata=dict(source.metadata),
            body=source.body,
            fact_ids=[str(f.id) for f in unique] + [str(i) for i in restated],
            extractor=extractor,
            recorded_by=recorded_by,
        )
        return document, unique

    def correct_fact(
        self,
        fact_id: UUID,
        new_values: dict[str, Any],
        reason: str,
        recorded_by: str,
        expected_version: int | None = None,
    ) -> Fact:
        fact = self.get_fact(fact_id)
        self._check_version(fact, expected_version)
        fact.correct(new_values, reason, recorded_by)
        self._save_checked(fact)
        return fact

    def retract_fact(
        self,
        fact_id: UUID,
        reason: str,
        recorded_by: str,
        expected_version: int | None = None,
        category: str = "unspecified",
    ) -> Fact:
        fact = self.get_fact(fact_id)
        self._check_version(fact, expected_version)
        fact.retract(reason, recorded_by, category)
        self._save_checked(fact)
        return fact

    # Queries on aggregates (the views answer everything else)

    def get_fact(self, fact_id: UUID) -> Fact:
        return self._get(fact_id, Fact, "fact")

    def get_document(self, document_id: UUID) -> Document:
        return self._get(document_id, Document, "document")

    def _get(self, aggregate_id: UUID, kind: type[_A], noun: str) -> _A:
        try:
            found: Any = self.repository.get(aggregate_id)
        except AggregateNotFoundError:
            found = None
        if not isinstance(found, kind):
            raise NotFound(f"no {noun} with id {aggregate_id}")
        return found

    def history(self, aggregate_id: UUID) -> list[dict[str, Any]]:
        """Every stored event of one aggregate, oldest first, as recorded."""
        records = list(self.recorder.select_events(aggregate_id))
        if not records:
            raise NotFound(f"nothing recorded with id {aggregate_id}")
        return [self.describe_stored_event(record) for record in records]

    def describe_stored_event(self, record: Any) -> dict[str, Any]:
        payload = self.mapper.transcoder.decode(record.state)
        topic: str = record.topic
        timestamp = payload.pop("timestamp", None)
        return {
            "type": topic.rsplit(".", 1)[-1],
            "topic": topic,
            "originator_id": str(record.originator_id),
            "version": record.originator_version,
            "recorded_at": timestamp.isoformat() if timestamp is not None else None,
            "recorded_by": payload.get("recorded_by"),
            "payload": _jsonable(payload),
        }

    # Internals

    def _existing(self, source: SourceDocument) -> IngestResult | None:
        """The recorded document with ``source``'s text; DocumentConflict if it was
        recorded with another title, publication date or metadata."""
        try:
            document = self.get_document(source.id)
        except NotFound:
            return None
        differences = _differences((document.title, document.published, document.metadata), source)
        if differences:
            raise DocumentConflict(document.id, differences)
        return IngestResult(str(document.id), tuple(document.fact_ids), created=False)

    def _new_fact(
        self,
        source: SourceDocument,
        item: ExtractedFact,
        extractor: dict[str, str],
        recorded_by: str,
    ) -> Fact:
        first = item.evidence[0]
        evidence = [{**asdict(e), "document_id": str(source.id)} for e in item.evidence]
        return Fact.record(
            item.type,
            fact_id(source.sha256, item.type, first.start, first.end),
            document_id=str(source.id),
            modality=item.modality,
            actors=[asdict(a) for a in item.actors],
            location=asdict(item.location) if item.location else None,
            when=asdict(item.when),
            quantities=[asdict(q) for q in item.quantities],
            attribution=asdict(item.attribution) if item.attribution else None,
            evidence=evidence,
            extractor={**extractor, "rule": item.rule},
            plover=item.plover,
            cameo=item.cameo,
            summary=item.summary,
            extra=dict(item.extra),
            recorded_by=recorded_by,
        )

    @staticmethod
    def _restate(fact: Fact, source: SourceDocument, item: ExtractedFact, recorded_by: str) -> None:
        evidence = [{**asdict(e), "document_id": str(source.id)} for e in item.evidence]
        new_when = asdict(item.when)
        if _pins(fact.when, new_when):
            fact.refine_date(new_when, str(source.id), evidence, recorded_by)
        else:
            fact.corroborate(str(source.id), evidence, recorded_by)

    @staticmethod
    def _check_version(fact: Fact, expected_version: int | None) -> None:
        if expected_version is not None and expected_version != fact.version:
            raise VersionConflict(expected_version, fact.version)

    def _save_checked(self, fact: Fact) -> None:
        try:
            self.save(fact)
        except IntegrityError:
            # A concurrent writer saved a new version between our read and write.
            current = self.get_fact(fact.id)
            raise VersionConflict(fact.version - 1, current.version) from None


# How long a date of each precision lasts at most: an interval longer than that is a stretch
# of time the fact lasted, not a moment named vaguely.
_PRECISION_DAYS = {"week": 7, "month": 31, "year": 366}


def _pins(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether ``new`` names the moment ``old`` names vaguely, more precisely and inside it
    ("that week" → "on Wednesday"); not a day within years the fact lasted ("under
    sanctions since 2011", "for forty years")."""
    start, end, day = old.get("start"), old.get("end") or old.get("start"), new.get("start")
    longest = _PRECISION_DAYS.get(old.get("precision") or "")
    if not (start and end and day and longest):
        return False
    if _PRECISION_RANK.get(new.get("precision"), 9) >= _PRECISION_RANK[old.get("precision")]:
        return False
    span = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    return span <= longest and start <= day <= end


def _metadata(source: SourceDocument) -> tuple[str, str | None, dict[str, str]]:
    published = source.published.isoformat() if source.published else None
    return source.title, published, dict(source.metadata)


def _differences(
    recorded: tuple[str, str | None, dict[str, str]], source: SourceDocument
) -> dict[str, tuple[Any, Any]]:
    names = ("title", "published", "metadata")
    return {
        name: (old, new)
        for name, old, new in zip(names, recorded, _metadata(source), strict=True)
        if old != new
    }


def _check_alike(sources: Sequence[SourceDocument]) -> None:
    """One text twice in a batch with different metadata: which to record is unclear."""
    first: dict[UUID, int] = {}
    for index, source in enumerate(sources):
        earlier = first.setdefault(source.id, index)
        differences = _differences(_metadata(sources[earlier]), source)
        if differences:
            raise DuplicateInBatch(source.id, differences, earlier, index)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
