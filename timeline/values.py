"""Value objects shared by extraction, the domain and the views.

They are plain frozen dataclasses so that extraction stays pure and the
domain can store them as JSON-ready dicts (``as_dict``) in event payloads.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Modality = Literal[
    "asserted", "planned", "expected", "reported", "negated", "hypothetical", "historical"
]
MODALITIES: tuple[str, ...] = (
    "asserted",
    "planned",
    "expected",
    "reported",
    "negated",
    "hypothetical",
    "historical",
)

Precision = Literal["day", "week", "month", "year", "decade"]
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "decade")

Derivation = Literal[
    "explicit",  # the text names the date ("on 3 September 2025")
    "relative",  # resolved against the document's published date ("yesterday")
    "anchored",  # resolved against another fact's date ("on the eve of the parade")
    "inherited",  # no time of its own: takes the date of the event it belongs to
    "document",  # no time expression: the document's published date
    "unresolved",  # nothing to resolve against (no published date)
]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact is stated: ``body[start:end] == quote``."""

    sentence: int
    start: int
    end: int
    quote: str
    document_id: str = ""


@dataclass(frozen=True, slots=True)
class ActorRef:
    id: str
    name: str
    role: str = "participant"


@dataclass(frozen=True, slots=True)
class Location:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalised quantity: ``value`` is in ``unit`` (SI or ISO 4217)."""

    value: float
    unit: str
    text: str
    kind: str = "count"  # money | volume | mass | energy | percent | count | ...


@dataclass(frozen=True, slots=True)
class When:
    """When a fact happened (valid time), as far as the text says.

    ``edtf`` is an EDTF interval or date (``2025-09-02``, ``2025-09-01/2025-09-07``,
    ``../2025-09-02``); ``best`` is an ISO date at the start of that range;
    ``sort_key`` orders facts of mixed precision (``9999`` when unresolved).
    """

    edtf: str | None = None
    best: str | None = None
    precision: str | None = None
    sort_key: str = "9999"
    duration: str | None = None
    expression: str | None = None
    derivation: str = "unresolved"
    start: str | None = None  # first day of the interval (inclusive), ISO
    end: str | None = None  # last day of the interval (inclusive), ISO


@dataclass(frozen=True, slots=True)
class ExtractedFact:
    """One fact as the extractor found it, before it is recorded."""

    type: str
    modality: str
    actors: tuple[ActorRef, ...]
    when: When
    evidence: tuple[Evidence, ...]
    rule: str
    plover: str
    cameo: str
    location: Location | None = None
    quantities: tuple[Quantity, ...] = ()
    attribution: ActorRef | None = None
    summary: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
