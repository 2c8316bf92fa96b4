"""W3C PROV for a fact's history: PROV-JSON that validates and reads back, PROV-N, and a story."""

from __future__ import annotations

import json
import re
import uuid
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from prov.model import PROV, ProvDerivation, ProvDocument

from timeline.application import ExtractorInfo
from timeline.document import SourceDocument, parse
from timeline.domain import recording_clock
from timeline.provenance import TL, audit_story, fact_provenance, provenance_json
from timeline.service import TimelineService
from timeline.values import ActorRef, Evidence, ExtractedFact, When

SCHEMA = json.loads((Path(__file__).parent / "prov-json.schema.json").read_text("utf-8"))
API_KEYS = "alice:recorder:alice-s3cret-key,ed:admin:ed-t0p-s3cret"
START = datetime(2031, 5, 4, 9, 0, tzinfo=UTC)


def meetings(source: SourceDocument) -> Sequence[ExtractedFact]:
    """One MeetingHeld per 'A meets B on YYYY-MM-DD.' or '... in the week of YYYY-MM-DD.'."""
    facts = []
    pattern = r"(\w+) meets (\w+) (on|in the week of) (\d{4}-\d{2}-\d{2})\."
    for match in re.finditer(pattern, source.body):
        day = match.group(4)
        if match.group(3) == "on":
            when = When(edtf=day, best=day, precision="day", sort_key=day, start=day, end=day)
        else:
            last = (datetime.fromisoformat(day) + timedelta(days=6)).date().isoformat()
            when = When(
                edtf=f"{day}/{last}", best=day, precision="week", sort_key=day, start=day, end=last
            )
        facts.append(
            ExtractedFact(
                type="MeetingHeld",
                modality="asserted",
                actors=(
                    ActorRef(f"x:{match.group(1).lower()}", match.group(1), "host"),
                    ActorRef(f"x:{match.group(2).lower()}", match.group(2), "visitor"),
                ),
                when=when,
                evidence=(Evidence(0, match.start(), match.end(), match.group(0)),),
                rule="test.meets",
                plover="CONSULT",
                cameo="040",
                summary=f"{match.group(1)} met {match.group(2)}",
            )
        )
    return facts


FIRST = parse("published: 2031-05-01\ntitle: Summit\n---\nAnna meets Boris on 2031-04-30.")
SECOND = parse(
    "published: 2031-05-02\ntitle: Follow-up\n---\nSources: Anna meets Boris on 2031-04-30."
)
VAGUE = parse("title: Early notice\n---\nChen meets Dana in the week of 2031-06-02.")
EXACT = parse("title: Exact date\n---\nChen meets Dana on 2031-06-04.")


@dataclass(frozen=True)
class Story:
    history: list[dict[str, Any]]
    documents: dict[str, dict[str, Any]]

    @property
    def fact_id(self) -> str:
        return str(self.history[0]["originator_id"])

    def prov(self) -> ProvDocument:
        return fact_provenance(self.history, self.documents)

    def json(self) -> dict[str, Any]:
        return provenance_json(self.history, self.documents)

    def story(self) -> str:
        return audit_story(self.history, self.documents)


def mentioned_documents(history: list[dict[str, Any]]) -> set[str]:
    ids: set[str] = set()
    for entry in history:
        payload = entry["payload"]
        if payload.get("document_id"):
            ids.add(payload["document_id"])
        ids.update(e["document_id"] for e in payload.get("evidence", ()) if e.get("document_id"))
    return ids


def story_of(service: TimelineService, fact_id: uuid.UUID) -> Story:
    history = service.app.history(fact_id)
    documents = {}
    for document_id in mentioned_documents(history):
        document = service.views.document(document_id)
        assert document is not None
        documents[document_id] = document
    return Story(history, documents)


@pytest.fixture(scope="module")
def lifecycle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    """Extracted (alice), corrected (ed), corroborated by a second document (bob), retracted."""
    url = f"sqlite:///{tmp_path_factory.mktemp('prov') / 'timeline.db'}"
    ticks = (START + timedelta(minutes=i) for i in range(1000))
    with recording_clock(lambda: next(ticks)):
        service = TimelineService(
            url, extractor=meetings, extractor_info=ExtractorInfo("lines", "2")
        )
        fact = uuid.UUID(service.ingest(FIRST, "alice").fact_ids[0])
        service.correct(fact, {"modality": "reported"}, "the text attributes it", "ed")
        assert service.ingest(SECOND, "bob").fact_ids == (str(fact),)  # corroborates
        service.retract(fact, "the summit was cancelled", "ed", category="source-withdrawn")
        story = story_of(service, fact)
    assert [e["type"] for e in story.history] == [
        "MeetingHeld",
        "FactCorrected",
        "FactCorroborated",
        "FactRetracted",
    ]
    yield story
    service.close()


@pytest.fixture(scope="module")
def refined(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    """Extracted with a week's date, then pinned to a day by a later document."""
    url = f"sqlite:///{tmp_path_factory.mktemp('prov') / 'timeline.db'}"
    ticks = (START + timedelta(hours=i) for i in range(1000))
    with recording_clock(lambda: next(ticks)):
        service = TimelineService(
            url, extractor=meetings, extractor_info=ExtractorInfo("lines", "2")
        )
        fact = uuid.UUID(service.ingest(VAGUE, "alice").fact_ids[0])
        service.ingest(EXACT, "bob")
        story = story_of(service, fact)
    assert [e["type"] for e in story.history] == ["MeetingHeld", "FactDateRefined"]
    yield story
    service.close()


def tl(local: str) -> str:
    return f"tl:{local}"


def relations(doc: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return list(doc.get(kind, {}).values())


def derivations(doc: dict[str, Any], prov_type: str | None) -> list[tuple[str, str]]:
    found = []
    for record in relations(doc, "wasDerivedFrom"):
        types = record.get("prov:type")
        names = {t["$"] for t in (types if isinstance(types, list) else [types]) if t}
        if (prov_type is None and not names) or (prov_type is not None and prov_type in names):
            found.append((record["prov:generatedEntity"], record["prov:usedEntity"]))
    return found


# PROV-JSON: valid and faithful


def test_the_prov_json_of_a_fact_validates_against_the_prov_json_schema(lifecycle: Story) -> None:
    validator = jsonschema_rs.validator_for(SCHEMA)
    validator.validate(lifecycle.json())


def test_the_prov_json_of_a_refined_date_validates_too(refined: Story) -> None:
    jsonschema_rs.validator_for(SCHEMA).validate(refined.json())


def test_the_schema_refuses_what_is_not_prov_json(lifecycle: Story) -> None:
    """Guards against a schema that accepts anything: each break alone fails validation."""
    validator = jsonschema_rs.validator_for(SCHEMA)

    def broken(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
        copy: dict[str, Any] = json.loads(json.dumps(lifecycle.json()))
        change(copy)
        return copy

    def first(doc: dict[str, Any], kind: str) -> dict[str, Any]:
        record: dict[str, Any] = next(iter(doc[kind].values()))
        return record

    cases = {
        "misspelled key": broken(lambda d: d.update(wasEndedby={})),
        "literal without type": broken(
            lambda d: first(d, "entity").update({"prov:type": {"$": "tl:Fact"}})
        ),
        "derivation without used entity": broken(
            lambda d: first(d, "wasDerivedFrom").pop("prov:usedEntity")
        ),
        "time that is no dateTime": broken(
            lambda d: first(d, "activity").update({"prov:startTime": "yesterday"})
        ),
        "records as a list": {"entity": []},
        "nested bundle": {"bundle": {"tl:b": {"bundle": {}}}},
    }
    assert [name for name, doc in cases.items() if validator.is_valid(doc)] == []


def test_the_prov_json_reads_back_into_an_equal_document(lifecycle: Story) -> None:
    original = lifecycle.prov()
    content = json.dumps(lifecycle.json())
    assert ProvDocument.deserialize(content=content, format="json") == original


def test_the_same_history_always_gives_the_same_provenance(lifecycle: Story) -> None:
    assert lifecycle.json() == lifecycle.json()
    assert lifecycle.prov().get_provn() == lifecycle.prov().get_provn()


# The records


def test_each_quote_was_quoted_from_its_document(lifecycle: Story) -> None:
    doc = lifecycle.json()
    fact = lifecycle.fact_id
    first, second = (tl(f"quote/{fact}/{n}") for n in (1, 2))
    quoted = set(derivations(doc, "prov:Quotation"))
    assert quoted == {
        (first, tl(f"document/{FIRST.id}")),
        (second, tl(f"document/{SECOND.id}")),
    }
    assert doc["entity"][first]["prov:value"] == "Anna meets Boris on 2031-04-30."
    assert doc["entity"][first]["tl:start"] == {"$": "0", "type": "xsd:int"}
    summit = doc["entity"][tl(f"document/{FIRST.id}")]
    assert summit["prov:type"] == {"$": "tl:NewsDocument", "type": "xsd:QName"}
    assert summit["tl:title"] == "Summit" and summit["tl:sha256"] == FIRST.sha256
    assert summit["tl:published"] == {"$": "2031-05-01", "type": "xsd:date"}


def test_the_first_version_was_generated_by_the_extraction_which_used_the_document(
    lifecycle: Story,
) -> None:
    doc = lifecycle.json()
    fact = lifecycle.fact_id
    v1 = tl(f"fact/{fact}/v1")
    run = tl(f"extraction/{FIRST.id}/lines/2")
    recorded = lifecycle.history[0]["recorded_at"]
    assert doc["activity"][run] == {
        "prov:startTime": recorded,
        "prov:endTime": recorded,
        "prov:type": {"$": "tl:Extraction", "type": "xsd:QName"},
    }
    assert {"prov:entity": v1, "prov:activity": run, "prov:time": recorded} in relations(
        doc, "wasGeneratedBy"
    )
    assert {
        "prov:activity": run,
        "prov:entity": tl(f"document/{FIRST.id}"),
        "prov:time": recorded,
    } in relations(doc, "used")
    assert (v1, tl(f"quote/{fact}/1")) in derivations(doc, None)
    assert doc["entity"][v1]["prov:type"] == {"$": "tl:MeetingHeld", "type": "xsd:QName"}
    assert doc["entity"][v1]["tl:modality"] == "asserted"
    assert doc["entity"][v1]["tl:summary"] == "Anna met Boris"


def test_the_extractor_is_a_software_agent_with_its_version_and_rule(lifecycle: Story) -> None:
    doc = lifecycle.json()
    agent = doc["agent"][tl("extractor/lines/2")]
    assert agent["prov:type"] == {"$": "prov:SoftwareAgent", "type": "xsd:QName"}
    assert agent["tl:version"] == "2" and agent["tl:rule"] == "test.meets"
    association = next(
        a for a in relations(doc, "wasAssociatedWith") if a["prov:agent"] == tl("extractor/lines/2")
    )
    assert association["prov:plan"] == tl("rule/lines/2/test.meets")
    assert association["tl:rule"] == "test.meets"
    assert doc["entity"][tl(f"fact/{lifecycle.fact_id}/v1")]["tl:rule"] == "test.meets"


def test_a_correction_makes_a_new_version_that_is_a_revision_of_the_one_before(
    lifecycle: Story,
) -> None:
    doc = lifecycle.json()
    fact = lifecycle.fact_id
    v1, v2, v3 = (tl(f"fact/{fact}/v{n}") for n in (1, 2, 3))
    assert set(derivations(doc, "prov:Revision")) == {(v2, v1), (v3, v2)}
    correction = doc["activity"][tl(f"correction/{fact}/v2")]
    assert correction["tl:reason"] == "the text attributes it"
    assert correction["tl:changedField"] == "modality"
    assert (correction["tl:old_modality"], correction["tl:new_modality"]) == (
        "asserted",
        "reported",
    )
    assert doc["entity"][v2]["tl:modality"] == "reported"
    assert {"prov:entity": v2, "prov:agent": tl("principal/ed")} in relations(
        doc, "wasAttributedTo"
    )
    assert {
        "prov:activity": tl(f"correction/{fact}/v2"),
        "prov:agent": tl("principal/ed"),
        "prov:role": {"$": "tl:recorder", "type": "xsd:QName"},
    } in relations(doc, "wasAssociatedWith")


def test_a_corroboration_derives_the_new_version_from_quotes_of_the_new_document(
    lifecycle: Story,
) -> None:
    doc = lifecycle.json()
    fact = lifecycle.fact_id
    v3 = tl(f"fact/{fact}/v3")
    assert (v3, tl(f"quote/{fact}/2")) in derivations(doc, None)
    assert {
        "prov:activity": tl(f"corroboration/{fact}/v3"),
        "prov:entity": tl(f"document/{SECOND.id}"),
        "prov:time": lifecycle.history[2]["recorded_at"],
    } in relations(doc, "used")
    assert {"prov:entity": v3, "prov:agent": tl("principal/bob")} in relations(
        doc, "wasAttributedTo"
    )


def test_a_retraction_invalidates_the_last_version_at_its_recorded_time(lifecycle: Story) -> None:
    doc = lifecycle.json()
    fact = lifecycle.fact_id
    retracted = lifecycle.history[3]
    [invalidation] = relations(doc, "wasInvalidatedBy")
    assert invalidation["prov:entity"] == tl(f"fact/{fact}/v3")
    assert invalidation["prov:activity"] == tl(f"retraction/{fact}/v4")
    assert invalidation["prov:time"] == retracted["recorded_at"]
    assert invalidation["tl:reason"] == "the summit was cancelled"
    assert invalidation["tl:category"] == "source-withdrawn"
    assert doc["activity"][tl(f"retraction/{fact}/v4")]["tl:category"] == "source-withdrawn"
    assert tl(f"fact/{fact}/v4") not in doc["entity"]  # a retraction makes no new version


def test_a_refined_date_is_a_revision_derived_from_the_new_documents_quote(refined: Story) -> None:
    doc = refined.json()
    fact = refined.fact_id
    v1, v2 = tl(f"fact/{fact}/v1"), tl(f"fact/{fact}/v2")
    assert (v2, v1) in derivations(doc, "prov:Revision")
    assert (v2, tl(f"quote/{fact}/2")) in derivations(doc, None)
    assert (tl(f"quote/{fact}/2"), tl(f"document/{EXACT.id}")) in derivations(doc, "prov:Quotation")
    refinement = doc["activity"][tl(f"dateRefinement/{fact}/v2")]
    assert json.loads(refinement["tl:old_when"]["$"])["precision"] == "week"
    assert json.loads(refinement["tl:new_when"]["$"])["best"] == "2031-06-04"
    assert json.loads(doc["entity"][v2]["tl:when"]["$"])["precision"] == "day"
    assert tl(f"document/{VAGUE.id}") in doc["entity"]


def test_every_time_is_a_recorded_time(lifecycle: Story) -> None:
    recorded = {e["recorded_at"] for e in lifecycle.history}
    times: set[str] = set()
    for kind in ("activity", "wasGeneratedBy", "used", "wasInvalidatedBy"):
        for record in relations(lifecycle.json(), kind):
            times.update(
                v for k, v in record.items() if k in ("prov:time", "prov:startTime", "prov:endTime")
            )
    assert times == recorded


def test_the_principals_are_named_and_no_api_key_appears(lifecycle: Story) -> None:
    doc = lifecycle.json()
    for name in ("alice", "ed", "bob"):
        principal = doc["agent"][tl(f"principal/{name}")]
        assert principal["prov:label"] == name
    texts = (json.dumps(doc), lifecycle.prov().get_provn(), lifecycle.story())
    for secret in (key.split(":")[2] for key in API_KEYS.split(",")):
        assert all(secret not in text for text in texts)


def test_the_records_are_the_expected_prov_classes(lifecycle: Story) -> None:
    document = lifecycle.prov()
    [retraction] = document.get_record(TL[f"retraction/{lifecycle.fact_id}/v4"])
    assert retraction.get_type() == PROV["Activity"]
    revisions = [
        r
        for r in document.get_records(ProvDerivation)
        if PROV["Revision"] in r.get_asserted_types()
    ]
    assert len(revisions) == 2


# PROV-N and the story


def test_prov_n_serialization_works_without_warnings(lifecycle: Story) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # prov warns about names PROV-N cannot write
        provn = lifecycle.prov().get_provn()
    assert provn.startswith("document")
    assert "prefix tl <urn:timeline:>" in provn
    assert f"wasInvalidatedBy(tl:fact/{lifecycle.fact_id}/v3, " in provn
    assert "wasDerivedFrom(" in provn and "prov:type='prov:Revision'" in provn


def test_the_audit_story_tells_each_step_in_order_with_its_time_and_principal(
    lifecycle: Story,
) -> None:
    lines = lifecycle.story().splitlines()
    assert len(lines) == 4
    verbs = (
        "recorded MeetingHeld fact",
        "corrected v1 into v2",
        "corroborated v2 as v3",
        "retracted v3",
    )
    for number, (line, entry, verb) in enumerate(
        zip(lines, lifecycle.history, verbs, strict=True), start=1
    ):
        assert line.startswith(f"{number}. {entry['recorded_at']} {entry['recorded_by']} {verb}")
    assert '"Summit"' in lines[0] and "lines 2 rule test.meets" in lines[0]
    assert 'quote 1: "Anna meets Boris on 2031-04-30."' in lines[0]
    assert 'modality "asserted" → "reported"; reason: the text attributes it' in lines[1]
    assert '"Follow-up"' in lines[2] and "quote 2:" in lines[2]
    assert "reason: the summit was cancelled" in lines[3]


def test_the_story_of_a_refined_date_shows_the_old_and_new_date(refined: Story) -> None:
    lines = refined.story().splitlines()
    assert "refined the date of v1 into v2: 2031-06-02/2031-06-08 → 2031-06-04" in lines[1]
    assert '"Exact date"' in lines[1]


# What is refused or tolerated


def test_a_history_that_is_not_one_facts_is_refused(lifecycle: Story) -> None:
    history = lifecycle.history
    with pytest.raises(ValueError, match="empty"):
        fact_provenance([], {})
    with pytest.raises(ValueError, match="creation"):
        fact_provenance(history[1:], lifecycle.documents)
    with pytest.raises(ValueError, match="oldest first"):
        fact_provenance([history[0], history[2], history[1]], lifecycle.documents)
    with pytest.raises(ValueError, match="recorded_at"):
        fact_provenance([{**history[0], "recorded_at": None}], lifecycle.documents)
    registered = {**history[0], "type": "Registered", "payload": {"extractor": {}, "sha256": ""}}
    with pytest.raises(ValueError, match="creation"):
        fact_provenance([registered], {})
    with pytest.raises(ValueError, match="mixes"):
        fact_provenance([history[0], {**history[1], "originator_id": str(uuid.uuid4())}], {})
    with pytest.raises(ValueError, match="FactMerged"):
        fact_provenance([history[0], {**history[1], "type": "FactMerged"}], {})


def test_a_document_missing_from_the_lookup_still_appears_by_id(lifecycle: Story) -> None:
    doc = provenance_json(lifecycle.history, {})
    assert doc["entity"][tl(f"document/{FIRST.id}")] == {
        "prov:type": {"$": "tl:NewsDocument", "type": "xsd:QName"}
    }
    assert str(FIRST.id) in audit_story(lifecycle.history, {})


def test_unusual_names_become_identifiers_every_serialization_accepts(lifecycle: Story) -> None:
    history = [{**e, "recorded_by": "Dr. Eve O'Neil/desk"} for e in lifecycle.history]
    history[0] = {
        **history[0],
        "payload": {**history[0]["payload"], "extractor": {"name": "rules v2", "version": "2."}},
    }
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        document = fact_provenance(history, lifecycle.documents)
        document.get_provn()
    doc = provenance_json(history, lifecycle.documents)
    assert tl("principal/Dr.%20Eve%20O%27Neil%2Fdesk") in doc["agent"]
    assert tl("extractor/rules%20v2/2%2E") in doc["agent"]
    assert ProvDocument.deserialize(content=json.dumps(doc), format="json") == document


def test_a_corroboration_after_a_retraction_stays_retracted_and_valid(tmp_path: Path) -> None:
    ticks = (START + timedelta(seconds=i) for i in range(1000))
    with recording_clock(lambda: next(ticks)):
        service = TimelineService(
            f"sqlite:///{tmp_path / 'timeline.db'}",
            extractor=meetings,
            extractor_info=ExtractorInfo("lines", "2"),
        )
        fact_id = uuid.UUID(service.ingest(FIRST, "alice").fact_ids[0])
        service.retract(fact_id, "wrong meeting", "ed")
        service.ingest(VAGUE, "bob")  # a document to corroborate with, through the aggregate
        fact = service.app.get_fact(fact_id)
        evidence = {"sentence": 0, "start": 0, "end": 4, "quote": "Chen", "document_id": ""}
        fact.corroborate(str(VAGUE.id), [{**evidence, "document_id": str(VAGUE.id)}], "bob")
        service.app.save(fact)
        story = story_of(service, fact_id)
    service.close()
    doc = story.json()
    jsonschema_rs.validator_for(SCHEMA).validate(doc)
    v1, v3 = tl(f"fact/{fact_id}/v1"), tl(f"fact/{fact_id}/v3")
    assert doc["entity"][v3]["tl:status"] == "retracted"
    assert (v3, v1) in derivations(doc, "prov:Revision")
    assert all(u["prov:entity"] != v1 for u in relations(doc, "used"))  # v1 was invalidated
    lines = story.story().splitlines()
    assert lines[1].endswith("ed retracted v1 (event v2) as unspecified; reason: wrong meeting")
    assert "bob corroborated v1 as v3" in lines[2]
