"""The new values of a correction: checked and normalised before any event is created."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import asdict
from typing import Any

import pytest
from support import SEED
from test_store import DOC_A, open_service

from timeline import changes
from timeline.changes import ChangeError
from timeline.document import load
from timeline.domain import FACT_FIELDS, Fact, InvalidChange, InvalidCorrection
from timeline.extraction import extract
from timeline.ontology import FACT_TYPES
from timeline.service import TimelineService
from timeline.views import TimelineQuery

DAY = {"edtf": "2019-01-20", "best": "2019-01-20", "precision": "day"}

BAD_VALUES: list[tuple[str, Any, str]] = [
    # (field, new value, the path the error names)
    ("when", {"best": "2019-13-45"}, "when.best"),
    ("when", {"best": "2019-01-20"}, "when.edtf"),  # a best day alone is in no date range
    ("when", {"start": "2019-02-02", "end": "2019-02-01"}, "when.start"),
    ("when", {"edtf": "2019-01-20/2019-01-10"}, "when.edtf"),
    ("when", {"edtf": "1999", "best": "2019-01-20", "start": "2019-01-20"}, "when.start"),
    ("when", {"edtf": "1999", "best": "2019-01-20"}, "when.best"),
    ("when", {"edtf": "2019-01-21", "precision": "year"}, "when.precision"),
    ("when", {"edtf": "2019", "precision": "day"}, "when.precision"),
    ("when", {"sort_key": "0000"}, "when.sort_key"),
    ("when", {"edtf": "2019", "sort_key": "0000"}, "when.sort_key"),
    ("when", {"edtf": "2019", "sort_key": "2020-02-01"}, "when.sort_key"),
    ("when", {"edtf": "2019", "sort_key": "2019-02-30"}, "when.sort_key"),
    ("when", {"edtf": "2024-13"}, "when.edtf"),
    ("when", {"edtf": "0000"}, "when.edtf"),
    ("when", {"edtf": "2019-21"}, "when.precision"),  # a season: say how precise
    ("when", {"edtf": "2019", "derivation": "unresolved"}, "when.derivation"),
    ("when", {"precision": "day"}, "when.precision"),
    ("when", {"edtf": "2019", "season": "spring"}, "when.season"),
    ("when", {"edtf": "2019", "duration": "three days"}, "when.duration"),
    ("when", {"edtf": "2019", "expression": "in 2019\u0000"}, "when.expression"),
    ("when", "next Tuesday", "when.edtf"),
    ("when", 2019, "when"),
    ("when", None, "when"),
    ("actors", "Putin", "actors"),
    ("actors", [{"id": "x:a"}], "actors.0.name"),
    ("actors", [{"id": "x:a", "name": " "}], "actors.0.name"),
    ("actors", [{"id": "x:a", "name": "A", "age": 3}], "actors.0.age"),
    ("actors", None, "actors"),
    ("quantities", 5, "quantities"),
    ("quantities", [{"value": "many", "unit": "t", "text": "x"}], "quantities.0.value"),
    ("quantities", [{"value": True, "unit": "t", "text": "x"}], "quantities.0.value"),
    ("quantities", [{"value": float("nan"), "unit": "t", "text": "x"}], "quantities.0.value"),
    ("quantities", [{"value": 1, "text": "x"}], "quantities.0.unit"),
    ("modality", "maybe", "modality"),
    ("modality", None, "modality"),
    ("location", "Beijing", "location"),
    ("location", {"id": "", "name": "Beijing"}, "location.id"),
    ("attribution", "someone", "attribution"),
    ("summary", None, "summary"),
    ("summary", 3, "summary"),
    ("summary", "Putin met Xi\u0000", "summary"),
    ("summary", "lone \ud800 surrogate", "summary"),
    ("summary", "x" * 2001, "summary"),
    ("extra", ["not", "an", "object"], "extra"),
    ("extra", {"note": {"deep": "nul \u0000"}}, "extra.note.deep"),
    ("extra", {"x": float("inf")}, "extra.x"),
]


# The rules, field by field


@pytest.mark.parametrize(("field", "value", "path"), BAD_VALUES)
def test_a_bad_new_value_is_refused_naming_its_field(field: str, value: Any, path: str) -> None:
    with pytest.raises(ChangeError) as refused:
        changes.normalised({field: value})
    assert changes.dotted(refused.value.path) == path
    assert str(refused.value).startswith(f"{path}: ")
    assert "\n" not in str(refused.value)


def test_every_correctable_field_of_the_domain_has_its_rules() -> None:
    assert changes.FIELDS == FACT_FIELDS
    with pytest.raises(ChangeError, match="evidence: not a field"):
        changes.normalised({"evidence": []})


def test_a_date_given_by_its_edtf_alone_gets_its_days_precision_and_sort_key() -> None:
    assert changes.when({"edtf": "2019-01", "expression": "in January"}) == {
        "edtf": "2019-01",
        "best": "2019-01-01",
        "precision": "month",
        "sort_key": "2019-01-01",
        "duration": None,
        "expression": "in January",
        "derivation": "explicit",
        "start": "2019-01-01",
        "end": "2019-01-31",
    }


@pytest.mark.parametrize(
    ("edtf", "start", "end", "precision"),
    [
        ("2019-01-20", "2019-01-20", "2019-01-20", "day"),
        ("2019-02", "2019-02-01", "2019-02-28", "month"),
        ("2020-02", "2020-02-01", "2020-02-29", "month"),
        ("2019", "2019-01-01", "2019-12-31", "year"),
        ("199X", "1990-01-01", "1999-12-31", "decade"),
        ("2019~", "2019-01-01", "2019-12-31", "year"),
        ("2019-01-01/2019-01-07", "2019-01-01", "2019-01-07", "day"),
        ("2014/2022-02-07", "2014-01-01", "2022-02-07", "year"),
        ("../2019-05-14", None, "2019-05-14", "day"),
        ("2019-05-14/..", "2019-05-14", None, "day"),
    ],
)
def test_the_days_and_unit_an_edtf_names_are_derived(
    edtf: str, start: str | None, end: str | None, precision: str
) -> None:
    when = changes.when(edtf)  # a string is an EDTF expression
    assert (when["start"], when["end"], when["precision"]) == (start, end, precision)
    assert when["best"] == when["sort_key"] == (start or end)
    assert when["edtf"] == edtf and when["derivation"] == "explicit"


def test_days_without_an_edtf_give_the_shortest_one() -> None:
    assert changes.when({"start": "2019-01-01", "end": "2019-12-31"})["edtf"] == "2019"
    assert changes.when({"start": "2019-03-01", "end": "2019-03-31"})["precision"] == "month"
    assert changes.when({"start": "2019-03-01", "end": "2019-03-04"})["edtf"] == (
        "2019-03-01/2019-03-04"
    )
    assert changes.when({"end": "2019-05-14"})["edtf"] == "../2019-05-14"


def test_what_is_given_is_kept_when_it_fits_the_edtf() -> None:
    when = changes.when(
        {
            "edtf": "2019-01-01/2019-01-07",
            "best": "2019-01-03",
            "precision": "week",  # coarser than the interval's days
            "sort_key": "2019",  # a year key: before the fact's first day is allowed
            "duration": "P1W",
            "derivation": "relative",
        }
    )
    assert (when["best"], when["precision"], when["sort_key"]) == ("2019-01-03", "week", "2019")
    assert (when["start"], when["end"], when["derivation"]) == (
        "2019-01-01",
        "2019-01-07",
        "relative",
    )
    assert changes.when({"edtf": "2025-09-02/..", "sort_key": "2025-09-02~"})["sort_key"] == (
        "2025-09-02~"
    )


def test_a_when_without_a_date_sorts_last_and_is_unresolved() -> None:
    assert changes.when({"expression": "between 7-9 December"}) == {
        "edtf": None,
        "best": None,
        "precision": None,
        "sort_key": "9999",
        "duration": None,
        "expression": "between 7-9 December",
        "derivation": "unresolved",
        "start": None,
        "end": None,
    }


def test_every_date_the_extractor_records_is_kept_as_it_is() -> None:
    # A client may send a fact's `when` back unchanged: the rules must take it as it is.
    source = load(SEED.read_bytes(), str(SEED))
    facts = extract(source.body, source.published, str(source.id), source.metadata["title"])
    assert facts
    for fact in facts:
        when = asdict(fact.when)
        assert changes.when(when) == when


def test_the_other_fields_are_normalised_to_the_shapes_the_views_read() -> None:
    assert changes.normalised(
        {
            "actors": [{"id": "x:a", "name": "A"}],
            "quantities": [{"value": 3, "unit": "t", "text": "three tonnes"}],
            "location": None,
            "attribution": None,
        }
    ) == {
        "actors": [{"id": "x:a", "name": "A", "role": "participant"}],
        "quantities": [{"value": 3.0, "unit": "t", "text": "three tonnes", "kind": "count"}],
        "location": None,
        "attribution": None,
    }


@pytest.mark.parametrize("fact_type", sorted(FACT_TYPES))
def test_every_role_of_a_fact_type_is_one_a_correction_may_give_its_actors(
    fact_type: str,
) -> None:
    actors = [{"id": f"x:{r}", "name": r, "role": r} for r in FACT_TYPES[fact_type].roles]
    assert changes.normalised({"actors": actors}, fact_type=fact_type) == {"actors": actors}


def test_a_role_the_fact_type_does_not_have_is_refused_naming_the_actor_and_the_roles() -> None:
    actors = [
        {"id": "x:a", "name": "A", "role": "host"},
        {"id": "x:b", "name": "B", "role": "imposer"},
    ]
    assert changes.normalised({"actors": actors}) == {"actors": actors}  # no type: shapes only
    with pytest.raises(ChangeError) as refused:
        changes.normalised({"actors": actors}, fact_type="MeetingHeld")
    assert str(refused.value) == (
        "actors.1.role: 'imposer' is not a role of MeetingHeld: use host, visitor, participant"
    )


def test_an_actor_without_a_role_is_a_participant_only_where_the_type_has_one() -> None:
    actor = {"id": "x:a", "name": "A"}
    made = changes.normalised({"actors": [actor]}, fact_type="MeetingHeld")
    assert made["actors"][0]["role"] == "participant"
    with pytest.raises(ChangeError) as refused:
        changes.normalised({"actors": [actor]}, fact_type="SanctionImposed")
    assert str(refused.value) == (
        "actors.0.role: 'participant' (the role of an actor given none) is not a role of "
        "SanctionImposed: use imposer, target"
    )


def test_the_attribution_is_the_source_and_takes_no_role_of_the_type() -> None:
    source = {"id": "x:s", "name": "S", "role": "source"}
    values = {"attribution": source}
    assert changes.normalised(values, fact_type="MeetingHeld") == values


# Through the domain and the service: nothing is stored


def first_fact(service: TimelineService) -> uuid.UUID:
    return uuid.UUID(service.ingest(DOC_A, "alice").fact_ids[0])


@pytest.mark.parametrize(("field", "value", "path"), BAD_VALUES)
def test_a_bad_correction_stores_nothing_and_the_store_stays_usable(
    database_url: str, field: str, value: Any, path: str
) -> None:
    service = open_service(database_url)
    target = first_fact(service)
    events = service.app.recorder.max_notification_id()
    with pytest.raises(InvalidChange) as refused:
        service.correct(target, {field: value}, "checked", "ed")
    assert str(refused.value).startswith(f"{path}: ")
    assert service.app.recorder.max_notification_id() == events
    assert service.app.get_fact(target).version == 1
    service.close()
    reopened = open_service(database_url)
    fact = reopened.views.fact(str(target))
    assert fact is not None and fact["version"] == 1
    reopened.close()


def test_a_correction_giving_an_actor_a_role_its_type_lacks_stores_nothing(
    database_url: str,
) -> None:
    service = open_service(database_url)
    target = first_fact(service)  # a MeetingHeld: host, visitor or participant
    events = service.app.recorder.max_notification_id()
    actors = [
        {"id": "x:anna", "name": "Anna", "role": "host"},
        {"id": "x:boris", "name": "Boris", "role": "imposer"},
    ]
    with pytest.raises(InvalidChange) as refused:
        service.correct(target, {"actors": actors, "summary": "Anna sanctions Boris"}, "r", "ed")
    assert refused.value.path == ("actors", 1, "role")
    assert (
        refused.value.problem
        == "'imposer' is not a role of MeetingHeld: use host, visitor, participant"
    )
    assert service.app.recorder.max_notification_id() == events
    assert service.app.get_fact(target).version == 1
    service.close()
    reopened = open_service(database_url)
    fact = reopened.views.fact(str(target))
    assert fact is not None and fact["version"] == 1 and fact["summary"] == "Anna met Boris"
    actors[1]["role"] = "participant"  # with a role of the type, the correction is recorded
    assert reopened.correct(target, {"actors": actors}, "r", "ed").version == 2
    reopened.close()


def test_a_correction_needs_a_reason_without_nul(sqlite_url: str) -> None:
    service = open_service(sqlite_url)
    target = first_fact(service)
    for reason in ("", "checked\u0000"):
        with pytest.raises(InvalidChange, match="reason"):
            service.correct(target, {"modality": "reported"}, reason, "ed")
    assert service.app.get_fact(target).version == 1
    service.close()


@pytest.mark.parametrize(
    "when",
    [
        DAY,
        {"edtf": "2019-01-20", "best": "2019-01-20"},
        "2019-01-20",
        {"start": "2019-01-20", "end": "2019-01-20"},
    ],
    ids=["edtf-best-precision", "edtf-best", "edtf-string", "start-end"],
)
def test_a_corrected_date_is_found_by_year_month_and_day_ranges(
    database_url: str, when: Any
) -> None:
    service = open_service(database_url)
    target = first_fact(service)
    service.correct(target, {"when": when}, "the source names the day", "ed")

    def found(date_from: str, date_to: str) -> bool:
        query = TimelineQuery(date_from=date_from, date_to=date_to, limit=500)
        return str(target) in [item["id"] for item in service.views.timeline(query).items]

    assert found("2019-01-01", "2019-12-31")
    assert found("2019-01-01", "2019-01-31")
    assert found("2019-01-20", "2019-01-20")
    assert found("2019-01-20", "2030-01-01")
    assert not found("2019-01-21", "2019-12-31")
    assert not found("2024-01-01", "2024-12-31")  # where it was before the correction
    fact = service.views.fact(str(target))
    assert fact is not None
    assert fact["when"]["start"] == fact["when"]["end"] == fact["when"]["best"] == "2019-01-20"
    assert (fact["when"]["precision"], fact["when"]["sort_key"]) == ("day", "2019-01-20")
    # The stored event holds the normalised values.
    stored = service.app.history(target)[-1]["payload"]["changes"]["when"]["new"]
    assert stored == fact["when"]
    service.close()


def test_the_same_date_again_changes_nothing(sqlite_url: str) -> None:
    service = open_service(sqlite_url)
    target = first_fact(service)
    service.correct(target, {"when": DAY}, "the day", "ed")
    with pytest.raises(InvalidCorrection, match="changes nothing"):
        service.correct(target, {"when": "2019-01-20"}, "the day again", "ed")
    service.close()


# Corrections stored before the rules (version 1 events) read through them


def _store_as_version_1(
    service: TimelineService, target: uuid.UUID, changes: dict[str, Any]
) -> None:
    """A correction as the unchecked version 1 wrote it: no class_version, values as given."""
    fact = service.app.get_fact(target)
    fact._corrected(
        changes={name: {"old": getattr(fact, name), "new": new} for name, new in changes.items()},
        reason="unchecked",
        recorded_by="ed",
    )
    service.app.save(fact)
    stored = service.app.recorder.select_events(target)[-1]
    state: dict[str, Any] = json.loads(stored.state)
    assert state.pop("class_version") == 2
    with sqlite3.connect(service.config.env["SQLITE_DBNAME"]) as conn:
        conn.execute(
            "UPDATE stored_events SET state = ? WHERE originator_id = ? AND originator_version = ?",
            (json.dumps(state).encode(), target.hex, stored.originator_version),
        )


def test_a_version_1_correction_reads_through_today_s_rules(sqlite_url: str) -> None:
    service = open_service(sqlite_url)
    target = first_fact(service)
    bad = {"when": "not a date at all", "summary": "Anna met Boris\u0000", "modality": "maybe"}
    _store_as_version_1(service, target, {**bad, "actors": [{"id": "x:anna", "name": "Anna"}]})
    _store_as_version_1(service, target, {"when": {"edtf": "2019-01-20", "best": "2019-01-20"}})
    service.close()
    # The store opens, the views rebuild, and the bad values read as not changed.
    reopened = open_service(sqlite_url)
    reopened.projection.replay()
    fact = reopened.views.fact(str(target))
    assert fact is not None and fact["version"] == 3
    assert fact["modality"] == "asserted" and fact["summary"] == "Anna met Boris"
    assert fact["actors"] == [{"id": "x:anna", "name": "Anna", "role": "participant"}]
    assert (fact["when"]["start"], fact["when"]["end"]) == ("2019-01-20", "2019-01-20")
    found = reopened.views.timeline(TimelineQuery(date_from="2019-01-01", date_to="2019-12-31"))
    assert [item["id"] for item in found.items] == [str(target)]
    # What was recorded stays in the history as recorded.
    payload = reopened.app.history(target)[1]["payload"]
    assert payload["changes"]["modality"]["new"] == "maybe"
    assert reopened.app.get_fact(target).modality == "asserted"
    reopened.close()


def test_a_fact_aggregate_refuses_a_bad_value_before_any_event() -> None:
    fact = Fact.record(
        "MeetingHeld",
        uuid.uuid4(),
        document_id="d",
        modality="asserted",
        actors=[],
        location=None,
        when={},
        quantities=[],
        attribution=None,
        evidence=[],
        extractor={},
        plover="",
        cameo="",
        summary="",
        extra={},
        recorded_by="alice",
    )
    with pytest.raises(InvalidChange, match=r"^location: must be a place"):
        fact.correct({"location": "Beijing"}, "r", "ed")
    assert len(fact.pending_events) == 1
    with pytest.raises(InvalidChange, match=r"^actors\.0\.role: 'target' is not a role of"):
        fact.correct({"actors": [{"id": "x:a", "name": "A", "role": "target"}]}, "r", "ed")
    assert len(fact.pending_events) == 1
