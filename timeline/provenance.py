"""A fact's history as W3C PROV: for machines (PROV-JSON, PROV-N) and for people (a story).

Pure functions over what the event store already recorded: a fact's history (the
entries of :meth:`TimelineApplication.history`, oldest first) and the documents it
mentions. Nothing here reads a database or the system clock, so the same history
always gives the same provenance; every time in it is an event's ``recorded_at``.

The model (prefix ``tl`` = ``urn:timeline:``)::

    tl:document/<doc>            entity, prov:type tl:NewsDocument (title, sha256, published)
    tl:quote/<fact>/<n>          entity, one per evidence quote; wasQuotedFrom its document
    tl:fact/<fact>               entity, the fact across versions (prov:type tl:Fact)
    tl:fact/<fact>/v<N>          entity, the fact as of event version N; specializationOf the
                                 fact; v1 wasGeneratedBy the extraction and wasDerivedFrom its
                                 quotes; each later one wasRevisionOf the one before
    tl:extraction/<doc>/<name>/<version>   activity: the extractor run over the document
    tl:correction/<fact>/v<N>    activity (FactCorrected), reason and old/new of each field
    tl:corroboration/<fact>/v<N> activity (FactCorroborated), used the new document
    tl:dateRefinement/<fact>/v<N> activity (FactDateRefined), used the new document
    tl:retraction/<fact>/v<N>    activity (FactRetracted), reason and category; the last
                                 version wasInvalidatedBy it
    tl:extractor/<name>/<version> agent, prov:SoftwareAgent (version, rule)
    tl:rule/<name>/<version>/<rule> entity, prov:Plan: the rule the extractor followed
    tl:principal/<name>          agent, tl:Principal: whoever recorded the event
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import quote

from prov.identifier import Namespace, QualifiedName
from prov.model import PROV, XSD, Literal, ProvDocument

TL = Namespace("tl", "urn:timeline:")
RDF = Namespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
# Fields that are not plain strings travel as canonical JSON text typed rdf:JSON, so a
# reader can tell a JSON value from a string and the round trip stays exact.
_JSON = RDF["JSON"]

_LIFECYCLE = frozenset({"FactCorrected", "FactRetracted", "FactCorroborated", "FactDateRefined"})
_CREATION_FIELDS = frozenset({"document_id", "evidence", "extractor"})
_STATE_FIELDS = (
    "modality",
    "summary",
    "actors",
    "location",
    "when",
    "quantities",
    "attribution",
    "extra",
    "plover",
    "cameo",
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Characters a PROV-N local name can carry as they are; everything else is %-encoded so
# every serialization (and prov's next major version) accepts the identifiers.
_SAFE = "-_.~"

Attributes = list[tuple[QualifiedName, Any]]


# The model


def fact_provenance(
    history: Sequence[Mapping[str, Any]], documents: Mapping[str, Mapping[str, Any]]
) -> ProvDocument:
    """The PROV document of one fact: where it came from and every change since.

    ``history`` is the fact's stored events, oldest first; ``documents`` maps each
    document id the history mentions to ``{"id", "title", "sha256", "published", ...}``.
    A document missing from it still appears, by id only.
    """
    steps = _steps(history)
    builder = _Builder(ProvDocument(), documents, steps[0].fact_id)
    builder.created(steps[0])
    for step in steps[1:]:
        builder.changed(step)
    return builder.doc


def provenance_json(
    history: Sequence[Mapping[str, Any]], documents: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    """:func:`fact_provenance` as a PROV-JSON object."""
    text = fact_provenance(history, documents).serialize(format="json")
    if text is None:  # only a destination makes serialize() return None
        raise RuntimeError("PROV-JSON serialization returned nothing")
    parsed: dict[str, Any] = json.loads(text)
    return parsed


def audit_story(
    history: Sequence[Mapping[str, Any]], documents: Mapping[str, Mapping[str, Any]]
) -> str:
    """The same story for a person: one numbered line per step, with when and by whom."""
    lines = []
    latest = 0  # the version the fact is at before each step
    for number, step in enumerate(_steps(history), start=1):
        lines.append(_story_line(number, step, latest, documents))
        if step.type != "FactRetracted":  # a retraction makes no new version
            latest = step.version
    return "\n".join(lines) + "\n"


# Reading the history


@dataclass(frozen=True, slots=True)
class _Step:
    type: str
    fact_id: str
    version: int
    recorded_at: datetime
    recorded_at_text: str
    principal: str
    payload: Mapping[str, Any]
    # Evidence this step adds, numbered across the whole history (1, 2, ...).
    quotes: tuple[tuple[int, Mapping[str, Any]], ...] = field(default=())


def _steps(history: Sequence[Mapping[str, Any]]) -> list[_Step]:
    """Check the history is one fact's, in order, and number its quotes."""
    if not history:
        raise ValueError("the history is empty")
    steps: list[_Step] = []
    quote_number = 0
    for index, entry in enumerate(history):
        payload: Mapping[str, Any] = entry.get("payload") or {}
        kind = str(entry.get("type", ""))
        # A fact's creation event is typed by the fact and carries evidence and extractor
        # (a document's Registered event has an extractor but no evidence).
        if index == 0 and (kind in _LIFECYCLE or not _CREATION_FIELDS.issubset(payload)):
            raise ValueError(f"the history starts with {kind!r}, not a fact's creation")
        if index > 0 and kind not in _LIFECYCLE:
            # An unknown later event must not vanish silently from an audit trail.
            raise ValueError(f"cannot describe event {kind!r} in a fact's provenance")
        fact_id = str(entry.get("originator_id", ""))
        if steps and fact_id != steps[0].fact_id:
            raise ValueError(f"the history mixes facts {steps[0].fact_id} and {fact_id}")
        version = int(entry["version"])
        if steps and version <= steps[-1].version:
            raise ValueError(f"the history is not oldest first at version {version}")
        recorded_at = entry.get("recorded_at")
        if not recorded_at:
            # Record time is the only time used; never substitute the system clock.
            raise ValueError(f"event version {version} has no recorded_at")
        numbered = []
        for item in payload.get("evidence") or ():
            quote_number += 1
            numbered.append((quote_number, item))
        steps.append(
            _Step(
                type=kind,
                fact_id=fact_id,
                version=version,
                recorded_at=datetime.fromisoformat(str(recorded_at)),
                recorded_at_text=str(recorded_at),
                principal=str(entry.get("recorded_by") or payload.get("recorded_by") or ""),
                payload=payload,
                quotes=tuple(numbered),
            )
        )
    return steps


# Building the PROV document


class _Builder:
    def __init__(
        self, doc: ProvDocument, documents: Mapping[str, Mapping[str, Any]], fact_id: str
    ) -> None:
        self.doc = doc
        self.documents = documents
        self.fact_id = fact_id
        self.fact_type = ""
        self.state: dict[str, Any] = {}
        self.current: QualifiedName | None = None
        self.retracted = False
        self._seen: set[QualifiedName] = set()
        doc.add_namespace(TL)
        doc.add_namespace(RDF)
        # prov and xsd are the defaults of every ProvDocument: no need to add them.

    # Elements are declared once, however many steps mention them.

    def _once(self, identifier: QualifiedName) -> bool:
        if identifier in self._seen:
            return False
        self._seen.add(identifier)
        return True

    def document(self, document_id: str) -> QualifiedName:
        identifier = _qn("document", document_id)
        if self._once(identifier):
            info = self.documents.get(document_id) or {}
            attributes: Attributes = [(PROV["type"], TL["NewsDocument"])]
            for name in ("title", "sha256"):
                if info.get(name):
                    attributes.append((TL[name], str(info[name])))
            published = info.get("published")
            if published:
                text = str(published)
                value = Literal(text, XSD["date"]) if _ISO_DATE.fullmatch(text) else text
                attributes.append((TL["published"], value))
            # Free-form metadata headers are left out: they are not vetted for publication.
            self.doc.entity(identifier, attributes)
        return identifier

    def principal(self, name: str) -> QualifiedName:
        identifier = _qn("principal", name or "unknown")
        if self._once(identifier):
            self.doc.agent(
                identifier, [(PROV["type"], TL["Principal"]), (PROV["label"], name or "unknown")]
            )
        return identifier

    def quotes(self, step: _Step, fallback_document: str) -> list[QualifiedName]:
        made = []
        for number, evidence in step.quotes:
            identifier = _qn("quote", self.fact_id, str(number))
            document = self.document(str(evidence.get("document_id") or fallback_document))
            attributes: Attributes = [
                (PROV["type"], TL["Quote"]),
                (PROV["value"], str(evidence.get("quote", ""))),
            ]
            for name in ("sentence", "start", "end"):
                if evidence.get(name) is not None:
                    attributes.append((TL[name], int(evidence[name])))
            self.doc.entity(identifier, attributes)
            self.doc.quotation(identifier, document)
            made.append(identifier)
        return made

    def version(self, step: _Step) -> QualifiedName:
        """Declare the fact as of this step, carrying its whole state at that version."""
        general = _qn("fact", self.fact_id)
        if self._once(general):
            self.doc.entity(general, [(PROV["type"], TL["Fact"]), (TL["factId"], self.fact_id)])
        identifier = _qn("fact", self.fact_id, f"v{step.version}")
        attributes: Attributes = [
            (PROV["type"], TL[self.fact_type]),
            (TL["version"], step.version),
            (TL["status"], "retracted" if self.retracted else "active"),
        ]
        attributes.extend((TL[name], _value(self.state.get(name))) for name in _STATE_FIELDS)
        if self.state.get("rule"):
            attributes.append((TL["rule"], str(self.state["rule"])))
        self.doc.entity(identifier, attributes)
        self.doc.specialization(identifier, general)
        self.doc.attribution(identifier, self.principal(step.principal))
        return identifier

    def activity(self, kind: str, step: _Step, extra: Attributes) -> QualifiedName:
        identifier = _qn(kind, self.fact_id, f"v{step.version}")
        attributes: Attributes = [(PROV["type"], TL[kind[:1].upper() + kind[1:]]), *extra]
        self.doc.activity(identifier, step.recorded_at, step.recorded_at, attributes)
        self.doc.association(
            identifier,
            self.principal(step.principal),
            other_attributes=[(PROV["role"], TL["recorder"])],
        )
        return identifier

    def created(self, step: _Step) -> None:
        payload = step.payload
        self.fact_type = step.type
        self.state = {name: payload.get(name) for name in _STATE_FIELDS}
        extractor = payload.get("extractor") or {}
        name = str(extractor.get("name") or "unknown")
        release = str(extractor.get("version") or "unknown")
        rule = str(extractor.get("rule") or "")
        self.state["rule"] = rule
        document_id = str(payload.get("document_id", ""))
        document = self.document(document_id)

        agent = _qn("extractor", name, release)
        agent_attributes: Attributes = [
            (PROV["type"], PROV["SoftwareAgent"]),
            (PROV["label"], name),
            (TL["version"], release),
        ]
        if rule:
            agent_attributes.append((TL["rule"], rule))
        self.doc.agent(agent, agent_attributes)

        run = _qn("extraction", document_id, name, release)
        self.doc.activity(
            run, step.recorded_at, step.recorded_at, [(PROV["type"], TL["Extraction"])]
        )
        self.doc.usage(run, document, step.recorded_at)
        plan = None
        if rule:
            # The rule is what the extractor followed: PROV's plan of the association.
            plan = _qn("rule", name, release, rule)
            self.doc.entity(plan, [(PROV["type"], PROV["Plan"]), (TL["rule"], rule)])
        association: Attributes = [(PROV["role"], TL["extractor"])]
        if rule:
            association.append((TL["rule"], rule))
        self.doc.association(run, agent, plan, other_attributes=association)
        self.doc.association(
            run,
            self.principal(step.principal),
            other_attributes=[(PROV["role"], TL["recorder"])],
        )

        first = self.version(step)
        self.doc.generation(first, run, step.recorded_at)
        for quote_id in self.quotes(step, document_id):
            self.doc.derivation(first, quote_id)
        self.current = first

    def changed(self, step: _Step) -> None:
        payload = step.payload
        previous = self.current
        if previous is None:  # created() always runs first
            raise RuntimeError("a change before the fact's creation")
        if step.type == "FactRetracted":
            why = [
                (TL["reason"], _text(payload, "reason")),
                (TL["category"], _text(payload, "category") or "unspecified"),
            ]
            run = self.activity("retraction", step, why)
            self.doc.invalidation(previous, run, step.recorded_at, other_attributes=why)
            self.retracted = True
            return

        if step.type == "FactCorrected":
            changes: Mapping[str, Mapping[str, Any]] = payload.get("changes") or {}
            extra: Attributes = [(TL["reason"], _text(payload, "reason"))]
            for name in sorted(changes):
                extra.append((TL["changedField"], name))
                extra.append((TL[f"old_{name}"], _value(changes[name].get("old"))))
                extra.append((TL[f"new_{name}"], _value(changes[name].get("new"))))
                self.state[name] = changes[name].get("new")
            run = self.activity("correction", step, extra)
            new_document = None
        else:
            new_document = str(payload.get("document_id", ""))
            extra = []
            kind = "corroboration"
            if step.type == "FactDateRefined":
                kind = "dateRefinement"
                extra.append((TL["old_when"], _value(payload.get("previous"))))
                extra.append((TL["new_when"], _value(payload.get("when"))))
                self.state["when"] = payload.get("when")
            run = self.activity(kind, step, extra)
            self.doc.usage(run, self.document(new_document), step.recorded_at)

        if not self.retracted:
            # Using an invalidated entity would break PROV's ordering constraints.
            self.doc.usage(run, previous, step.recorded_at)
        current = self.version(step)
        self.doc.generation(current, run, step.recorded_at)
        self.doc.revision(current, previous)
        if new_document is not None:
            for quote_id in self.quotes(step, new_document):
                self.doc.derivation(current, quote_id)
        self.current = current


def _qn(kind: str, *parts: str) -> QualifiedName:
    """``tl:<kind>/<part>/...``, each part %-encoded so it can hold any text."""
    encoded = [quote(part, safe=_SAFE) for part in parts]
    # PROV-N forbids a local name that ends with '.'.
    encoded = [p[:-1] + "%2E" if p.endswith(".") else p for p in encoded]
    return TL["/".join([kind, *encoded])]


def _value(value: Any) -> Any:
    """A string stays a string; anything else becomes canonical JSON text (rdf:JSON)."""
    if isinstance(value, str):
        return value
    return Literal(_json(value), _JSON)


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _text(payload: Mapping[str, Any], name: str) -> str:
    return str(payload.get(name) or "")


# The story


def _story_line(
    number: int, step: _Step, latest: int, documents: Mapping[str, Mapping[str, Any]]
) -> str:
    payload = step.payload
    who = step.principal or "unknown"
    version = f"v{step.version}"
    if latest == 0:
        extractor = payload.get("extractor") or {}
        rule = extractor.get("rule")
        what = (
            f"recorded {step.type} fact {step.fact_id} as {version} "
            f"({_quoted(str(payload.get('summary') or ''))}, "
            f"{payload.get('modality')}, when {_brief('when', payload.get('when'))}), "
            f"extracted by {extractor.get('name', 'unknown')} {extractor.get('version', '')}"
            + (f" rule {rule}" if rule else "")
            + f" from {_document(str(payload.get('document_id', '')), documents)}"
        )
    elif step.type == "FactCorrected":
        changes = payload.get("changes") or {}
        listed = "; ".join(
            f"{name} {_brief(name, c.get('old'))} → {_brief(name, c.get('new'))}"
            for name, c in sorted(changes.items())
        )
        what = f"corrected v{latest} into {version}: {listed}; reason: {_text(payload, 'reason')}"
    elif step.type == "FactCorroborated":
        source = _document(str(payload.get("document_id", "")), documents)
        what = f"corroborated v{latest} as {version} with {source}"
    elif step.type == "FactDateRefined":
        source = _document(str(payload.get("document_id", "")), documents)
        before, after = _brief("when", payload.get("previous")), _brief("when", payload.get("when"))
        what = f"refined the date of v{latest} into {version}: {before} → {after}, from {source}"
    else:
        category = _text(payload, "category") or "unspecified"
        what = (
            f"retracted v{latest} (event {version}) as {category}; "
            f"reason: {_text(payload, 'reason')}"
        )
    quotes = "".join(f"; quote {n}: {_quoted(str(e.get('quote', '')))}" for n, e in step.quotes)
    return _one_line(f"{number}. {step.recorded_at_text} {who} {what}{quotes}")


def _document(document_id: str, documents: Mapping[str, Mapping[str, Any]]) -> str:
    info = documents.get(document_id) or {}
    title = info.get("title")
    return f"document {_quoted(str(title))} ({document_id})" if title else f"document {document_id}"


def _brief(name: str, value: Any) -> str:
    """A field's value the way a person reads it."""
    if name == "when" and isinstance(value, Mapping):
        return str(value.get("edtf") or value.get("best") or "undated")
    if name == "actors" and isinstance(value, list):
        return "[" + ", ".join(str(a.get("name") or a.get("id")) for a in value) + "]"
    if isinstance(value, str):
        return _quoted(value)
    return _json(value)


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _one_line(text: str) -> str:
    # Quotes and reasons may hold line breaks; the story keeps one line per step.
    return " ".join(text.split())
