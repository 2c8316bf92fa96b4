"""Request and response bodies. They make the OpenAPI schema say exactly what is sent.

Value objects the extractor produces (actors, dates, quantities, evidence) allow
extra keys: a field the extractor adds later is passed through, not dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

from edtf import parse_edtf
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from timeline import changes as change_rules
from timeline.domain import FACT_FIELDS, RETRACTION_CATEGORIES
from timeline.values import MODALITIES, PRECISIONS, Derivation

if TYPE_CHECKING:
    RetractionCategory = str
    ModalityName = str
    PrecisionName = str
    DerivationName = str
else:
    RetractionCategory = Literal[RETRACTION_CATEGORIES]
    ModalityName = Literal[MODALITIES]
    PrecisionName = Literal[PRECISIONS]
    DerivationName = Literal[get_args(Derivation)]

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
    provenance: str


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


AS_OF = "The log position this answer is exact for (pass it as `as_of` to read it again)."


class TimelinePage(BaseModel):
    items: list[Fact]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")
    as_of: int = Field(description=AS_OF)
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


# Corrections: the new values of a fact's correctable fields, each checked for its shape.

_CLOSED = ConfigDict(extra="forbid")
_ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"
_DURATION = r"^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"


def _calendar_day(value: str | None) -> str | None:
    if value is not None:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a calendar date") from None
    return value


def _edtf(value: str | None) -> str | None:
    if value is not None:
        try:
            parse_edtf(value)
        except Exception:  # the parser's errors are pyparsing's and its own
            raise ValueError(f"{value!r} is not an EDTF date or interval") from None
    return value


def _duration(value: str | None) -> str | None:
    if value is not None and value.rstrip("T") == "P":
        raise ValueError("a duration names at least one amount, e.g. P3D")
    return value


def _required_shape(schema: dict[str, Any]) -> None:
    # A property that may be left out but not sent as null: its schema shows no null default.
    for prop in schema.get("properties", {}).values():
        if prop.get("default", 0) is None and "anyOf" not in prop:
            del prop["default"]


# The default of a field that may be left out but not sent as null. Fields with it are
# typed by what may be sent; a left-out one is never read (FactChanges.values) or is
# filled in by a validator (WhenIn).
_LEFT_OUT: Any = None

IsoDay = Annotated[str, Field(pattern=_ISO_DAY), AfterValidator(_calendar_day)]
Text = Annotated[str, Field(min_length=1, max_length=500)]


class ActorIn(BaseModel):
    model_config = _CLOSED
    id: Annotated[str, Field(min_length=1, max_length=200)]
    name: Text
    role: Annotated[str, Field(min_length=1, max_length=100)] = "participant"


class PlaceIn(BaseModel):
    model_config = _CLOSED
    id: Annotated[str, Field(min_length=1, max_length=200)]
    name: Text


class WhenIn(BaseModel):
    """When the fact happened. A field left out (or null) is derived from the EDTF expression
    (or from ``start``/``end``): ``start`` and ``end`` are its first and last day, ``best``
    and ``sort_key`` the first day known, ``precision`` the unit it names, ``derivation``
    ``explicit``; one given must agree with it. Without any date: sort key ``9999``."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_required_shape)
    edtf: Annotated[str | None, Field(max_length=100), AfterValidator(_edtf)] = None
    best: IsoDay | None = None
    precision: PrecisionName | None = None
    sort_key: str = Field(default=_LEFT_OUT, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?~?$")
    duration: Annotated[
        str | None, Field(max_length=50, pattern=_DURATION), AfterValidator(_duration)
    ] = None
    expression: Annotated[str | None, Field(max_length=1000)] = None
    derivation: DerivationName = Field(default=_LEFT_OUT)
    start: IsoDay | None = None
    end: IsoDay | None = None

    @model_validator(mode="after")
    def _consistent(self) -> WhenIn:
        # The domain's rules (timeline.changes), so that the schema and the store agree.
        _domain_rules(lambda: change_rules.when(self.model_dump(), ()))
        return self


class QuantityIn(BaseModel):
    model_config = _CLOSED
    value: Annotated[float, Field(allow_inf_nan=False)]
    unit: Annotated[str, Field(min_length=1, max_length=50)]
    text: Annotated[str, Field(max_length=500)]
    kind: Annotated[str, Field(min_length=1, max_length=50)] = "count"


def _changes_shape(schema: dict[str, Any]) -> None:
    _required_shape(schema)
    schema["minProperties"] = 1


class FactChanges(BaseModel):
    """The fields to change and their new values; a field left out keeps its value."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_changes_shape)
    modality: ModalityName = Field(default=_LEFT_OUT)
    actors: list[ActorIn] = Field(default=_LEFT_OUT, max_length=100)
    location: PlaceIn | None = Field(default=None, description="null: no location.")
    when: WhenIn = Field(default=_LEFT_OUT)
    quantities: list[QuantityIn] = Field(default=_LEFT_OUT, max_length=100)
    attribution: ActorIn | None = Field(default=None, description="null: no attribution.")
    summary: str = Field(default=_LEFT_OUT, max_length=2000)
    extra: dict[str, Any] = Field(default=_LEFT_OUT)

    @model_validator(mode="after")
    def _something(self) -> FactChanges:
        if not self.model_fields_set:
            raise ValueError(f"name at least one field to change: {', '.join(FACT_FIELDS)}")
        values = self.values()
        _domain_rules(lambda: change_rules.normalised(values))
        return self

    def values(self) -> dict[str, Any]:
        """The new values as the domain stores them (only the fields given)."""
        return self.model_dump(include=self.model_fields_set)


class CorrectionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    changes: FactChanges
    reason: str = Field(min_length=1, max_length=2000)
    expected_version: int | None = Field(
        default=None,
        ge=1,
        le=2**31,
        description="Refuse (409) unless the fact is at this version (or send If-Match).",
    )

    @field_validator("reason")
    @classmethod
    def _printable(cls, value: str) -> str:
        return _clean(value)


def _domain_rules(check: Callable[[], object]) -> None:
    """Run a check of the domain's correction rules; its refusal as pydantic's ValueError."""
    try:
        check()
    except change_rules.ChangeError as exc:
        where = change_rules.dotted(exc.path)
        raise ValueError(f"{where}: {exc.problem}" if where else exc.problem) from None


# Provenance and audit


class ProvDocument(BaseModel):
    """A W3C PROV-JSON document (https://www.w3.org/submissions/prov-json/).

    ``entity``, ``activity`` and ``agent`` map identifiers to attributes; the relations
    (``wasGeneratedBy``, ``used``, ``wasDerivedFrom``, ...) map blank ids to their terms.
    """

    model_config = ConfigDict(extra="allow")
    prefix: dict[str, str]
    entity: dict[str, dict[str, Any]]
    activity: dict[str, dict[str, Any]]
    agent: dict[str, dict[str, Any]]


_HASH = r"^[0-9a-f]{64}$"
Hash = Annotated[str, Field(pattern=_HASH, description="SHA-256, lowercase hex.")]


class TreeHead(BaseModel):
    size: int = Field(description="Number of events (leaves) in the tree.")
    root: Hash


class InclusionProof(BaseModel):
    position: int = Field(description="Log position of the event.")
    leaf_index: int = Field(description="Its leaf's index in the tree (0-based).")
    leaf_hash: Hash
    tree_size: int
    root: Hash
    proof: list[Hash] = Field(description="The audit path, leaf to root (RFC 9162 2.1.3).")
    algorithm: str
    event_bytes: str = Field(
        description="The stored event the leaf commits to, base64: its originator id, "
        "version and topic, one per line, then the stored JSON state (with the recorded "
        "time). SHA-256(0x00 || these bytes) is `leaf_hash`."
    )


class ConsistencyProof(BaseModel):
    model_config = ConfigDict(populate_by_name=True)
    from_: TreeHead = Field(alias="from")
    to: TreeHead
    proof: list[Hash] = Field(description="RFC 9162 2.1.4 consistency proof.")


class Verification(BaseModel):
    ok: bool
    checked: int = Field(description="Stored events read.")
    size: int = Field(description="Leaves in the recorded ledger.")
    root: Hash = Field(description="The root recomputed from the stored events.")
    first_bad_position: int | None = Field(description="Where the first difference is.")
    problem: str = Field(description="What differs (empty when ok).")
    views_checked: bool = Field(
        description="Whether the served views were compared with a rebuild (`views=true`)."
    )
    first_bad_fact: str | None = Field(
        description="The first fact whose served view differs from the events."
    )


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
    as_of: int = Field(description=AS_OF)


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
    as_of: int = Field(description=AS_OF)
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


class WriteAcceptedLinks(BaseModel):
    fact: str


class WriteAccepted(BaseModel):
    """A write recorded while the views, kept by a separate projector, lag behind it."""

    fact_id: str
    version: int = Field(description="The fact's version after the write (its ETag).")
    position: int = Field(
        description="The event log's head once the write was recorded: read the fact with "
        "`min_position` set to it."
    )
    links: WriteAcceptedLinks


class IngestResult(BaseModel):
    document_id: str
    fact_ids: list[str]
    created: bool = Field(description="False when the same text was recorded before.")
    position: int = Field(
        description="The event log's head once the document was recorded (also the "
        "`Log-Position` header): pass it as `min_position` to read what it recorded."
    )
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
    current_version: int | None = Field(
        default=None, description="For 409 on a stale version: the fact's current version."
    )


def _clean(value: str) -> str:
    # PostgreSQL text cannot hold NUL. (Lone surrogates never get here: JSON parsing refuses them.)
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value
