"""Request and response bodies. They make the OpenAPI schema say exactly what is sent.

Value objects the extractor produces (actors, dates, quantities, evidence) allow
extra keys: a field the extractor adds later is passed through, not dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from timeline.domain import RETRACTION_CATEGORIES

if TYPE_CHECKING:
    RetractionCategory = str
else:
    RetractionCategory = Literal[RETRACTION_CATEGORIES]

_OPEN = ConfigDict(extra="allow")
_METADATA_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,63}$")


# Facts


class ActorRef(BaseModel):
    model_config = _OPEN
    id: str
    name: str
    role: str = "participant"


class Place(BaseModel):
    model_config = _OPEN
    id: str
    name: str


class When(BaseModel):
    """When the fact happened (valid time): an EDTF date or interval and its ISO bounds."""

    model_config = _OPEN
    edtf: str | None = None
    best: str | None = None
    precision: str | None = None
    sort_key: str = "9999"
    duration: str | None = None
    expression: str | None = None
    derivation: str = "unresolved"
    start: str | None = None
    end: str | None = None


class Quantity(BaseModel):
    model_config = _OPEN
    value: float
    unit: str
    text: str
    kind: str = "count"


class Evidence(BaseModel):
    """Where the fact is stated: ``body[start:end] == quote`` in the document."""

    model_config = _OPEN
    sentence: int
    start: int
    end: int
    quote: str
    document_id: str = ""


class Retraction(BaseModel):
    model_config = _OPEN
    reason: str
    recorded_by: str
    category: str = "unspecified"


class FactLinks(BaseModel):
    self: str
    document: str
    history: str


class Fact(BaseModel):
    id: str
    type: str
    modality: str
    status: Literal["active", "retracted"]
    version: int
    document_id: str
    summary: str
    quote: str
    actors: list[ActorRef]
    location: Place | None
    when: When
    quantities: list[Quantity]
    attribution: ActorRef | None
    evidence: list[Evidence]
    extractor: dict[str, str]
    documents: list[str]
    retraction: Retraction | None
    plover: str | None
    cameo: str | None
    extra: dict[str, Any]
    recorded_at: str
    recorded_by: str
    links: FactLinks


class PageLinks(BaseModel):
    next: str | None = Field(description="The next page, or null on the last one.")


class TimelinePage(BaseModel):
    items: list[Fact]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")
    links: PageLinks


class HistoryEvent(BaseModel):
    type: str
    topic: str
    originator_id: str
    version: int
    recorded_at: str | None
    recorded_by: str | None
    payload: dict[str, Any]


class FactHistory(BaseModel):
    fact_id: str
    events: list[HistoryEvent]


class RetractionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=2000)
    category: RetractionCategory = "unspecified"
    expected_version: int | None = Field(
        default=None, ge=1, le=2**31, description="Refuse (409) unless the fact is at this version."
    )

    @field_validator("reason")
    @classmethod
    def _printable(cls, value: str) -> str:
        return _clean(value)


# Actors


class ActorLinks(BaseModel):
    self: str
    timeline: str


class ActorSummary(BaseModel):
    id: str
    name: str
    fact_count: int
    first_date: str | None
    last_date: str | None
    counts_by_type: dict[str, int]
    links: ActorLinks


class ActorList(BaseModel):
    items: list[ActorSummary]


class Counterpart(BaseModel):
    id: str
    name: str
    fact_count: int
    links: ActorLinks


class ActorDetail(ActorSummary):
    aliases: list[str]
    counterparts: list[Counterpart]


# Documents


class DocumentLinks(BaseModel):
    self: str
    facts: str


class DocumentSummary(BaseModel):
    id: str
    sha256: str
    title: str
    published: str | None
    metadata: dict[str, str]
    fact_count: int
    recorded_at: str
    recorded_by: str
    position: int = Field(description="Position of its registration in the event log.")
    links: DocumentLinks


class DocumentList(BaseModel):
    items: list[DocumentSummary]
    next_after: int | None = Field(description="Pass as `after` for the next page.")
    links: PageLinks


class DocumentDetail(DocumentSummary):
    body: str
    facts: list[Fact]


class DocumentIn(BaseModel):
    """A document as JSON. ``body`` is the text as published; it is never parsed for headers."""

    model_config = ConfigDict(extra="forbid")
    body: str = Field(min_length=1)
    title: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD")
    source: str | None = None
    url: str | None = None
    metadata: dict[str, str] = Field(default_factory=dict, max_length=64)

    @field_validator("body", "title", "published", "source", "url")
    @classmethod
    def _text(cls, value: str | None) -> str | None:
        return None if value is None else _clean(value)

    @field_validator("metadata")
    @classmethod
    def _metadata(cls, value: dict[str, str]) -> dict[str, str]:
        for key, item in value.items():
            if not _METADATA_KEY.match(key):
                raise ValueError(
                    f"metadata key {key!r} must be a letter then up to 63 letters, digits, - or _"
                )
            _clean(item)
        return {key.lower(): item for key, item in value.items()}


class IngestLinks(BaseModel):
    document: str
    facts: str


class IngestResult(BaseModel):
    document_id: str
    fact_ids: list[str]
    created: bool = Field(description="False when the same text was recorded before.")
    links: IngestLinks


# Event log


class LogEvent(BaseModel):
    position: int = Field(description="Position in the global event log (SSE `id:`).")
    id: str = Field(description="Stable id of this event: uuid5 of aggregate id and version.")
    type: str
    topic: str
    originator_id: str
    originator_version: int
    recorded_at: str | None
    recorded_by: str | None
    payload: dict[str, Any]


class EventPage(BaseModel):
    items: list[LogEvent]
    next_after: int = Field(description="Pass as `after` to continue after the last item.")
    links: PageLinks


# Health


class Health(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    status: Literal["ready"]
    position: int = Field(description="Last position in the event log.")
    lag: int = Field(description="Events recorded but not yet applied to the views.")


# Problems (RFC 9457)


class ValidationIssue(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str
    errors: list[ValidationIssue] | None = Field(
        default=None, description="For 422: each invalid input."
    )


def _clean(value: str) -> str:
    # PostgreSQL text cannot hold NUL. (Lone surrogates never get here: JSON parsing refuses them.)
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value
