"""Ingest and replay, each side by side with the bare ``eventsourcing`` library.

* Ingest: ``TimelineService.ingest_many(batch, corroborate=False)`` (extract, look up
  existing documents, build and save aggregates, project) against a plain
  ``eventsourcing.application.Application`` saving the same aggregates (built by the same
  domain classes, same batch sizes) into a separate database or schema. The two
  alternate batch by batch, so drift in the machine's speed hits both alike.
* Ingest with the projection deferred (``project_inline=False``, the scale-out set-up where
  ``timeline project --follow`` keeps the views): a third store, in the same alternation;
  then the time its projector takes to catch up with everything, as events/s.
* Replay: ``service.projection.replay()`` against reading the same log page by page
  (``select_notifications``, same page size) and decoding every event
  (``mapper.to_domain_event``): once before and once after the replay.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from eventsourcing.application import Application

from bench.generator import EXTRACTOR_INFO, Corpus, GeneratedDocument, Generator, batched
from timeline.domain import Document, Fact, fact_id
from timeline.projections import PAGE_SIZE
from timeline.service import TimelineService
from timeline.store import parse_database_url

RECORDED_BY = "bench"


@dataclass(slots=True)
class Timer:
    seconds: float = 0.0
    calls: int = 0

    def wrap(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - start
                self.calls += 1

        return timed


@dataclass(slots=True)
class IngestResult:
    facts: int = 0
    documents: int = 0
    events: int = 0
    batches: int = 0
    service_seconds: float = 0.0
    bare_seconds: float = 0.0
    catch_up_seconds: float = 0.0  # inside service_seconds: projecting the new events
    existing_seconds: float = 0.0  # inside service_seconds: "already recorded?" look-ups
    save_seconds: float = 0.0  # inside service_seconds: Application.save
    deferred_seconds: float = 0.0  # the same documents, projection off the write path
    drain_seconds: float = 0.0  # then its projector catching up with all of them
    curve: list[dict[str, float]] = field(default_factory=list)  # facts/s by progress
    truncated: bool = False  # stopped by the time limit before N facts

    def as_dict(self) -> dict[str, Any]:
        service_rate = self.facts / self.service_seconds
        bare_rate = self.facts / self.bare_seconds
        return {
            "facts": self.facts,
            "documents": self.documents,
            "events": self.events,
            "batches": self.batches,
            "service_seconds": self.service_seconds,
            "bare_seconds": self.bare_seconds,
            "service_facts_per_s": service_rate,
            "bare_facts_per_s": bare_rate,
            "ratio": service_rate / bare_rate,
            **self._deferred(bare_rate),
            "breakdown_seconds": {
                "save": self.save_seconds,
                "catch_up": self.catch_up_seconds,
                "existing_lookup": self.existing_seconds,
                "other": self.service_seconds
                - self.save_seconds
                - self.catch_up_seconds
                - self.existing_seconds,
            },
            "curve": self.curve,
            "truncated": self.truncated,
        }

    def _deferred(self, bare_rate: float) -> dict[str, Any]:
        if not self.deferred_seconds:
            return {}
        rate = self.facts / self.deferred_seconds
        return {
            "deferred_seconds": self.deferred_seconds,
            "deferred_facts_per_s": rate,
            "deferred_ratio": rate / bare_rate,
            "drain_seconds": self.drain_seconds,
            "drain_events_per_s": self.events / self.drain_seconds,
        }


def bare_aggregates(item: GeneratedDocument) -> list[Any]:
    """The aggregates the service records for a document, built without the service."""
    source = item.source
    extractor = {"name": EXTRACTOR_INFO.name, "version": EXTRACTOR_INFO.version}
    facts = []
    for fact in item.facts:
        first = fact.evidence[0]
        facts.append(
            Fact.record(
                fact.type,
                fact_id(source.sha256, fact.type, first.start, first.end),
                document_id=str(source.id),
                modality=fact.modality,
                actors=[asdict(a) for a in fact.actors],
                location=asdict(fact.location) if fact.location else None,
                when=asdict(fact.when),
                quantities=[asdict(q) for q in fact.quantities],
                attribution=asdict(fact.attribution) if fact.attribution else None,
                evidence=[{**asdict(e), "document_id": str(source.id)} for e in fact.evidence],
                extractor={**extractor, "rule": fact.rule},
                plover=fact.plover,
                cameo=fact.cameo,
                summary=fact.summary,
                extra=dict(fact.extra),
                recorded_by=RECORDED_BY,
            )
        )
    document = Document._create(
        Document.Registered,
        id=source.id,
        sha256=source.sha256,
        title=source.title,
        published=source.published.isoformat() if source.published else None,
        metadata=dict(source.metadata),
        body=source.body,
        fact_ids=[str(f.id) for f in facts],
        extractor=extractor,
        recorded_by=RECORDED_BY,
    )
    return [document, *facts]


def open_service(
    url: str, corpus: Corpus | None = None, *, project_inline: bool = True
) -> TimelineService:
    corpus = corpus or Corpus()
    return TimelineService(
        url,
        extractor=corpus.extractor,
        extractor_info=EXTRACTOR_INFO,
        project_inline=project_inline,
    )


def ingest(
    service: TimelineService,
    corpus: Corpus,
    bare: Application[Any],
    generator: Generator,
    batch_documents: int,
    progress: Callable[[str], None],
    max_seconds: float | None = None,
    deferred: tuple[TimelineService, Corpus] | None = None,
) -> IngestResult:
    """Ingest ``generator``'s documents; stop early (``truncated``) after ``max_seconds``.

    ``deferred``: a service with its projection off the write path, and the corpus that
    feeds it (its own: a corpus hands each document's facts out once), given the same batches.
    """
    result = IngestResult()
    deadline = time.perf_counter() + max_seconds if max_seconds else None
    catch_up, existing, save = Timer(), Timer(), Timer()
    # Instance attributes shadow the methods: the service's code is unchanged, only timed.
    service.projection.catch_up = catch_up.wrap(service.projection.catch_up)  # type: ignore[method-assign]
    service.app._existing = existing.wrap(service.app._existing)  # type: ignore[method-assign]
    service.app.save = save.wrap(service.app.save)  # type: ignore[method-assign]
    documents: Iterator[GeneratedDocument] = generator.documents()
    next_report = 0.1
    window_start = (0, 0.0)
    try:
        for batch in batched(documents, batch_documents):
            sources = corpus.register(batch)
            if deferred is not None:
                deferred[1].register(batch)
            # Each side goes first, second and last in turn: drift hits all alike.
            order = ("service", "bare", "deferred") if deferred else ("service", "bare")
            shift = result.batches % len(order)
            for which in order[shift:] + order[:shift]:
                if which == "service":
                    start = time.perf_counter()
                    service.ingest_many(sources, RECORDED_BY, corroborate=False)
                    result.service_seconds += time.perf_counter() - start
                elif which == "deferred":
                    assert deferred is not None
                    start = time.perf_counter()
                    deferred[0].ingest_many(sources, RECORDED_BY, corroborate=False)
                    result.deferred_seconds += time.perf_counter() - start
                else:
                    start = time.perf_counter()
                    bare.save(*[a for item in batch for a in bare_aggregates(item)])
                    result.bare_seconds += time.perf_counter() - start
            result.batches += 1
            result.documents += len(batch)
            result.facts += sum(len(item.facts) for item in batch)
            if result.facts >= next_report * generator.n_facts:
                done, spent = window_start
                rate = (result.facts - done) / max(1e-9, result.service_seconds - spent)
                bare_rate = result.facts / max(1e-9, result.bare_seconds)
                result.curve.append(
                    {
                        "facts": result.facts,
                        "service_facts_per_s": rate,
                        "bare_facts_per_s_cumulative": bare_rate,
                    }
                )
                window_start = (result.facts, result.service_seconds)
                progress(
                    f"  ingest {result.facts:>9,} facts: service {rate:,.0f}/s (last window), "
                    f"bare {bare_rate:,.0f}/s, catch-up {catch_up.seconds:.1f}s, "
                    f"lookups {existing.seconds:.1f}s"
                )
                next_report += 0.1
            if deadline is not None and time.perf_counter() > deadline:
                result.truncated = True
                progress(f"  ingest stopped at {result.facts:,} facts: time limit reached")
                break
    finally:
        del service.projection.catch_up, service.app._existing, service.app.save
    result.catch_up_seconds = catch_up.seconds
    result.existing_seconds = existing.seconds
    result.save_seconds = save.seconds
    result.events = int(service.app.recorder.max_notification_id() or 0)
    if deferred is not None:
        start = time.perf_counter()
        deferred[0].projection.catch_up()  # what `timeline project --follow` does, in one go
        result.drain_seconds = time.perf_counter() - start
    return result


def bare_read(app: Application[Any], page_size: int = PAGE_SIZE) -> tuple[int, float]:
    """Read and decode the whole log as the projection does, doing nothing with it."""
    start = time.perf_counter()
    count = 0
    position = 0
    while True:
        notifications = app.recorder.select_notifications(
            start=position, limit=page_size, inclusive_of_start=False
        )
        if not notifications:
            break
        for notification in notifications:
            app.mapper.to_domain_event(notification)
        count += len(notifications)
        position = notifications[-1].id
    return count, time.perf_counter() - start


def replay(service: TimelineService, progress: Callable[[str], None]) -> dict[str, Any]:
    before_events, before = bare_read(service.app)
    progress(f"  bare read+decode: {before_events / before:,.0f} events/s")
    start = time.perf_counter()
    replayed = service.projection.replay()
    seconds = time.perf_counter() - start
    progress(f"  replay: {replayed / seconds:,.0f} events/s")
    after_events, after = bare_read(service.app)
    progress(f"  bare read+decode: {after_events / after:,.0f} events/s")
    bare_rate = (before_events + after_events) / (before + after)
    rate = replayed / seconds
    return {
        "events": replayed,
        "replay_seconds": seconds,
        "replay_events_per_s": rate,
        "bare_seconds": [before, after],
        "bare_events_per_s": bare_rate,
        "ratio": rate / bare_rate,
    }


def open_bare(url: str) -> Application[Any]:
    return Application(env=parse_database_url(url).env)
