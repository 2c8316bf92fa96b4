"""Synthetic news documents and their facts, deterministic for a seed.

* Actors: a pool of ``n_actors`` (by default one per 20 facts, at least 200), mentioned
  with Zipf-skewed frequency (exponent ``zipf_s``): a few actors appear in most facts.
* Documents: published between 1960 and 2025; 1 to 6 facts each (about 2.4 on average),
  one sentence per fact plus some filler, so a body is a few hundred bytes.
* Facts: types drawn from :data:`timeline.ontology.FACT_TYPES` (skewed towards statements
  and meetings, as in news), 1 to 3 actors with the type's roles, dates mostly near the
  publication date at day, month or year precision, some decades back (historical); a
  few (0.5%) are intervals of years up to publication, as the extractor makes of "for
  over six decades" or "since 1979".

The facts of a document are not extracted from its text: :class:`Corpus` hands them to the
service through an injected extractor (``corpus.extractor``) keyed by the body's hash.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from timeline.application import ExtractorInfo
from timeline.document import SourceDocument
from timeline.ontology import FACT_TYPES
from timeline.values import ActorRef, Evidence, ExtractedFact, Location, Quantity, When

EXTRACTOR_INFO = ExtractorInfo("bench-synthetic", "1")
FIRST_DAY = date(1960, 1, 1)
LAST_DAY = date(2025, 12, 31)
_FACTS_PER_DOCUMENT = (1, 2, 3, 4, 5, 6)
_FACTS_WEIGHTS = (30, 30, 20, 10, 6, 4)
_TYPE_WEIGHTS = {
    "StatementMade": 20,
    "MeetingHeld": 14,
    "VisitMade": 8,
    "CriticismExpressed": 7,
    "CooperationAnnounced": 6,
    "DealAnnounced": 6,
    "PraiseExpressed": 5,
    "AgreementSigned": 5,
    "DemandMade": 5,
    "MilitaryActionTaken": 4,
    "SanctionImposed": 3,
    "ThreatIssued": 3,
    "AidProvided": 3,
    "HistoricalEventReferenced": 3,
    "LegalActionTaken": 2,
    "MilitaryExerciseHeld": 2,
    "SanctionLifted": 1,
    "VisaPolicyChanged": 1,
    "MilitaryParadeHeld": 1,
}
_MODALITIES = ("asserted", "reported", "planned", "expected", "historical", "negated")
_MODALITY_WEIGHTS = (70, 15, 6, 4, 3, 2)
_PLACES = tuple(
    Location(f"geo:{name.lower().replace(' ', '-')}", name)
    for name in (
        "Beijing",
        "Moscow",
        "Washington",
        "Brussels",
        "New Delhi",
        "Geneva",
        "Ankara",
        "Tehran",
        "Kyiv",
        "Tokyo",
        "Pyongyang",
        "Jakarta",
        "Brasilia",
        "Pretoria",
        "Cairo",
    )
)
_FILLER = (
    "Officials declined to give further details.",
    "The talks were described as constructive by both sides.",
    "Analysts said the move could reshape regional relations.",
    "The ministry published a statement later in the day.",
    "Observers noted the timing ahead of the summit.",
    "No timetable was announced.",
)


@dataclass(frozen=True, slots=True)
class GeneratedDocument:
    source: SourceDocument
    facts: tuple[ExtractedFact, ...]


def zipf_cum_weights(n: int, s: float) -> list[float]:
    """Cumulative weights of ranks 1..n under Zipf's law with exponent ``s``."""
    return list(itertools.accumulate(1.0 / (rank**s) for rank in range(1, n + 1)))


@dataclass(slots=True)
class Generator:
    """Documents with ``n_facts`` facts in total (the last document may be cut short)."""

    n_facts: int
    seed: int = 0
    n_actors: int | None = None
    zipf_s: float = 1.1
    actors: list[ActorRef] = field(init=False)
    _cum: list[float] = field(init=False)
    _types: list[str] = field(init=False)
    _type_cum: list[int] = field(init=False)

    def __post_init__(self) -> None:
        count = self.n_actors if self.n_actors is not None else max(200, self.n_facts // 20)
        self.actors = [ActorRef(f"bench:a{i:06d}", f"Actor {i}") for i in range(count)]
        self._cum = zipf_cum_weights(count, self.zipf_s)
        self._types = [t for t in _TYPE_WEIGHTS if t in FACT_TYPES]
        self._type_cum = list(itertools.accumulate(_TYPE_WEIGHTS[t] for t in self._types))

    def actor_rank(self, actor_id: str) -> int:
        """0 for the most mentioned actor, 1 for the next..."""
        return int(actor_id.rsplit("a", 1)[1])

    def documents(self) -> Iterator[GeneratedDocument]:
        rng = random.Random(self.seed)
        span = (LAST_DAY - FIRST_DAY).days
        made = 0
        serial = 0
        while made < self.n_facts:
            count = min(rng.choices(_FACTS_PER_DOCUMENT, _FACTS_WEIGHTS)[0], self.n_facts - made)
            published = FIRST_DAY + timedelta(days=rng.randrange(span))
            yield self._document(rng, serial, published, count)
            made += count
            serial += 1

    def _document(
        self, rng: random.Random, serial: int, published: date, count: int
    ) -> GeneratedDocument:
        lines = [f"Dispatch {self.seed}-{serial} ({published.isoformat()})."]
        offset = len(lines[0]) + 1
        facts: list[ExtractedFact] = []
        for index in range(count):
            fact_type = self._types[
                bisect.bisect_right(self._type_cum, rng.random() * self._type_cum[-1])
            ]
            actors = self._pick_actors(rng, fact_type)
            when = self._when(rng, published, fact_type)
            names = " and ".join(a.name for a in actors)
            sentence = f"{names}: {fact_type} ({when.expression})."
            evidence = Evidence(index + 1, offset, offset + len(sentence), sentence)
            lines.append(sentence)
            offset += len(sentence) + 1
            filler = _FILLER[rng.randrange(len(_FILLER))]
            lines.append(filler)
            offset += len(filler) + 1
            spec = FACT_TYPES[fact_type]
            quantities: tuple[Quantity, ...] = ()
            if fact_type in ("DealAnnounced", "AidProvided"):
                amount = float(rng.randrange(1, 900)) * 1e6
                quantities = (Quantity(amount, "USD", f"${amount / 1e6:.0f} million", "money"),)
            facts.append(
                ExtractedFact(
                    type=fact_type,
                    modality=rng.choices(_MODALITIES, _MODALITY_WEIGHTS)[0],
                    actors=actors,
                    when=when,
                    evidence=(evidence,),
                    rule="bench.synthetic",
                    plover=spec.plover,
                    cameo=spec.cameo,
                    location=_PLACES[rng.randrange(len(_PLACES))] if rng.random() < 0.4 else None,
                    quantities=quantities,
                    summary=f"{names} ({fact_type})",
                )
            )
        body = "\n".join(lines)
        source = SourceDocument(
            body=body,
            metadata={
                "title": lines[0],
                "published": published.isoformat(),
                "source": "bench",
            },
            published=published,
        )
        return GeneratedDocument(source, tuple(facts))

    def _pick_actors(self, rng: random.Random, fact_type: str) -> tuple[ActorRef, ...]:
        roles = FACT_TYPES[fact_type].roles
        wanted = rng.choices((1, 2, 3), (25, 60, 15))[0]
        total = self._cum[-1]
        chosen: dict[str, ActorRef] = {}
        for _ in range(wanted * 3):
            if len(chosen) == wanted:
                break
            actor = self.actors[bisect.bisect_right(self._cum, rng.random() * total)]
            if actor.id not in chosen:
                role = roles[len(chosen) % len(roles)]
                chosen[actor.id] = ActorRef(actor.id, actor.name, role)
        return tuple(chosen.values())

    @staticmethod
    def _when(rng: random.Random, published: date, fact_type: str) -> When:
        if rng.random() < 0.005:  # "for over N decades": an interval reaching publication
            start = max(
                published.replace(month=1, day=1, year=published.year - rng.randrange(2, 61)),
                date(1900, 1, 1),
            )
            return When(
                edtf=f"{start.year}/{published.isoformat()}",
                best=start.isoformat(),
                precision="year",
                sort_key=start.isoformat(),
                expression=f"for over {published.year - start.year} years",
                derivation="explicit",
                start=start.isoformat(),
                end=published.isoformat(),
            )
        if fact_type == "HistoricalEventReferenced" or rng.random() < 0.05:
            day = published - timedelta(days=rng.randrange(365, 365 * 40))
        else:
            day = published - timedelta(days=rng.randrange(0, 60))
        day = max(day, date(1900, 1, 1))
        precision = rng.choices(("day", "month", "year"), (75, 18, 7))[0]
        if precision == "day":
            start = end = day
            edtf = day.isoformat()
        elif precision == "month":
            start = day.replace(day=1)
            following = (start + timedelta(days=32)).replace(day=1)
            end = following - timedelta(days=1)
            edtf = start.isoformat()[:7]
        else:
            start, end = day.replace(month=1, day=1), day.replace(month=12, day=31)
            edtf = str(day.year)
        return When(
            edtf=edtf,
            best=start.isoformat(),
            precision=precision,
            sort_key=start.isoformat(),
            expression=edtf,
            derivation="explicit",
            start=start.isoformat(),
            end=end.isoformat(),
        )


class Corpus:
    """Feeds generated facts to the service: register a batch, then ingest it.

    ``extractor`` returns the registered facts of a document (and forgets them), so memory
    holds one batch at a time however large N is.
    """

    def __init__(self) -> None:
        self._pending: dict[str, tuple[ExtractedFact, ...]] = {}

    def register(self, batch: Sequence[GeneratedDocument]) -> list[SourceDocument]:
        for item in batch:
            self._pending[item.source.sha256] = item.facts
        return [item.source for item in batch]

    def extractor(self, source: SourceDocument) -> Sequence[ExtractedFact]:
        return self._pending.pop(source.sha256, ())


def batched(items: Iterator[GeneratedDocument], size: int) -> Iterator[list[GeneratedDocument]]:
    while batch := list(itertools.islice(items, size)):
        yield batch
