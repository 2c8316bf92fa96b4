"""A later document's fact corroborates a recorded one only when it is the same real fact."""

from __future__ import annotations

from typing import Any

import pytest
from support import SHARED

from timeline.application import _pins
from timeline.document import load, parse
from timeline.service import TimelineService, _same_parties
from timeline.views import TimelineQuery

CORPUS = SHARED / "corpus"


def corpus(name: str) -> Any:
    path = CORPUS / name
    return load(path.read_bytes(), path.name)


def facts(service: TimelineService, **filters: Any) -> list[dict[str, Any]]:
    return list(service.views.timeline(TimelineQuery(limit=500, **filters)).items)


def test_a_meeting_held_does_not_corroborate_the_plan_for_it(database_url: str) -> None:
    service = TimelineService(database_url)
    service.ingest(corpus("032_biden-travel-peru-brazil-announcement.txt"), "alice")
    service.ingest(corpus("034_biden-lula-meeting-g20-rio.txt"), "bob")
    meetings = facts(service, actors=("Q37181",), types=("MeetingHeld",))
    assert sorted((m["modality"], m["when"]["edtf"]) for m in meetings) == [
        ("asserted", "2024-11-19"),
        ("planned", "2024-11-17/2024-11-19"),
    ]
    assert all(len(m["documents"]) == 1 for m in meetings)
    service.close()


def test_a_meeting_with_another_leader_in_the_same_week_stays_its_own_fact(
    database_url: str,
) -> None:
    service = TimelineService(database_url)
    iraq = service.ingest(corpus("027_us-iraq-leaders-joint-statement.txt"), "alice")
    before = {f["id"]: f["when"] for f in facts(service, document=str(iraq.document_id))}
    service.ingest(corpus("032_biden-travel-peru-brazil-announcement.txt"), "bob")
    after = {f["id"]: f["when"] for f in facts(service, document=str(iraq.document_id))}
    assert after == before  # no date of the Iraqi talks moved to the week in Lima
    assert all(len(f["documents"]) == 1 for f in facts(service, document=str(iraq.document_id)))
    service.close()


def test_a_ban_by_one_country_corroborates_that_ban_and_not_years_of_another_s_sanctions(
    database_url: str,
) -> None:
    service = TimelineService(database_url)
    first = service.ingest(corpus("006_germany-bans-mahan-air.txt"), "alice")
    recorded = {f["id"]: f for f in facts(service, document=str(first.document_id))}
    later = parse(
        "published: 2019-01-23\n---\n"
        "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation."
    )
    second = service.ingest(later, "bob")
    (restated,) = second.fact_ids
    assert recorded[restated]["type"] == "SanctionImposed"
    assert {a["name"]: a["role"] for a in recorded[restated]["actors"]} == {
        "Germany": "imposer",
        "Mahan Air": "target",
    }
    # Every other fact of the first document, among them the United States' sanctions
    # since 2011, keeps its one document and its date.
    for fact in facts(service, document=str(first.document_id)):
        if fact["id"] != restated:
            assert fact["documents"] == [str(first.document_id)]
            assert fact["when"] == recorded[fact["id"]]["when"]
    service.close()


@pytest.mark.parametrize(
    ("mine", "theirs", "same"),
    [
        ({"a": "host", "b": "visitor"}, {"b": "host", "a": "visitor"}, True),  # either way
        ({"a": "imposer", "b": "target"}, {"a": "imposer", "b": "target", "c": "target"}, True),
        ({"a": "imposer", "b": "target"}, {"c": "imposer", "b": "target"}, False),
        ({"a": "speaker", "b": "target"}, {"b": "speaker", "a": "target"}, False),
        ({"a": "speaker"}, {"a": "speaker", "b": "target"}, False),  # one actor: all alike
        ({"a": "speaker"}, {"a": "speaker"}, True),
    ],
)
def test_parties_are_the_same_when_the_fewer_are_all_named_in_compatible_roles(
    mine: dict[str, str], theirs: dict[str, str], same: bool
) -> None:
    assert _same_parties(mine, theirs) is same
    assert _same_parties(theirs, mine) is same


def day(best: str) -> dict[str, str]:
    return {"start": best, "end": best, "best": best, "precision": "day"}


@pytest.mark.parametrize(
    ("old", "new", "pinned"),
    [
        ({"start": "2024-03-04", "end": "2024-03-10", "precision": "week"}, "2024-03-06", True),
        ({"start": "2024-03-01", "end": "2024-03-31", "precision": "month"}, "2024-03-31", True),
        ({"start": "2019-01-01", "end": "2019-12-31", "precision": "year"}, "2019-06-01", True),
        ({"start": "2024-03-04", "end": "2024-03-10", "precision": "week"}, "2024-03-11", False),
        # "since 2011", up to the day of the article: years the fact lasted, not a vague day
        ({"start": "2011-01-01", "end": "2019-01-23", "precision": "year"}, "2019-01-21", False),
        (day("2024-03-06"), "2024-03-06", False),  # nothing more precise to learn
    ],
)
def test_a_date_is_refined_only_by_a_more_precise_day_inside_a_vague_moment(
    old: dict[str, str], new: str, pinned: bool
) -> None:
    assert _pins(old, day(new)) is pinned
