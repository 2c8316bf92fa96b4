"""The store and the projections, on SQLite and PostgreSQL, with a small deterministic extractor."""

from __future__ import annotations

import random
import re
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, TypeVar

import pytest
from eventsourcing.persistence import IntegrityError

from timeline.application import DocumentConflict, ExtractorInfo, NotFound, VersionConflict
from timeline.document import SourceDocument, parse
from timeline.domain import Fact, FactAlreadyRetracted, fact_id
from timeline.projections import TimelineProjection
from timeline.service import TimelineService
from timeline.store import ViewsDamaged
from timeline.values import ActorRef, Evidence, ExtractedFact, When
from timeline.views import SCHEMA_VERSION, VIEW_TABLES, InvalidCursor, TimelineQuery

T = TypeVar("T")


def line_extractor(source: SourceDocument) -> Sequence[ExtractedFact]:
    """One MeetingHeld per line 'A meets B on YYYY-MM-DD.' (a stand-in for the real rules);
    also 'in the week of DAY.', 'from DAY to DAY.', 'in YEAR.' or 'in YEAR to YEAR.' and
    'by DAY.' (known by its last day only)."""
    facts = []
    pattern = (
        r"(\w+) meets (\w+) (on|in the week of|from|in|by) (\d{4}(?:-\d{2}-\d{2})?)"
        r"(?: to ([\d-]+))?\."
    )
    for match in re.finditer(pattern, source.body):
        kind, day, until = match.group(3), match.group(4), match.group(5)
        start: str | None = day
        end, precision, edtf = day, "day", day
        if kind == "by":
            start, edtf = None, f"../{day}"
        elif kind == "in":  # years, keyed by the first: "in 2001 to 2009."
            start, end, precision = f"{day}-01-01", f"{until or day}-12-31", "year"
            edtf = f"{day}/{until or day}"
        elif kind == "from":
            end, edtf = until, f"{day}/{until}"
        elif kind == "in the week of":
            end = (date.fromisoformat(day) + timedelta(days=6)).isoformat()
            precision, edtf = "week", f"{day}/{end}"
        when = When(
            edtf=edtf,
            best=start or end,
            precision=precision,
            sort_key=day,
            start=start,
            end=end,
            derivation="explicit",
            expression=day if kind == "on" else match.group(0),
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


def open_service(url: str, **options: Any) -> TimelineService:
    return TimelineService(
        url, extractor=line_extractor, extractor_info=ExtractorInfo("lines", "1"), **options
    )


DOC_A = parse(
    "published: 2024-01-10\n---\nAnna meets Boris on 2024-01-09.\nBoris meets Chen on 2023-12-01."
)
DOC_B = parse("Chen meets Anna on 2024-02-01.\nAnna meets Dana on 2022-05-05.")


def dates(service: TimelineService, **filters: object) -> list[str]:
    page = service.views.timeline(TimelineQuery(**filters))  # type: ignore[arg-type]
    return [item["when"]["best"] for item in page.items]


def test_ingesting_records_a_document_and_its_facts_once(database_url: str) -> None:
    service = open_service(database_url)
    first = service.ingest(DOC_A, recorded_by="alice")
    again = service.ingest(DOC_A, recorded_by="bob")
    assert first.created and not again.created
    assert first.fact_ids == again.fact_ids and len(first.fact_ids) == 2
    assert service.app.recorder.max_notification_id() == 3  # one document + two facts
    assert uuid.UUID(first.fact_ids[0]) == fact_id(DOC_A.sha256, "MeetingHeld", 0, 31)
    service.close()


def test_the_timeline_orders_facts_by_date_and_filters_by_actor_type_and_dates(
    database_url: str,
) -> None:
    service = open_service(database_url)
    service.ingest(DOC_A, "alice")
    service.ingest(DOC_B, "alice")
    assert dates(service) == ["2022-05-05", "2023-12-01", "2024-01-09", "2024-02-01"]
    assert dates(service, actors=("x:anna",)) == ["2022-05-05", "2024-01-09", "2024-02-01"]
    assert dates(service, actors=("x:anna", "x:chen"), all_actors=True) == ["2024-02-01"]
    assert dates(service, date_from="2023-01-01", date_to="2024-01-31") == [
        "2023-12-01",
        "2024-01-09",
    ]
    assert dates(service, types=("VisitMade",)) == []
    assert dates(service, q="boris chen") == ["2023-12-01"]
    service.close()


def test_a_search_uses_every_word_and_no_wildcards_on_both_engines(database_url: str) -> None:
    service = open_service(database_url)
    service.ingest(DOC_A, "alice")
    service.ingest(DOC_B, "alice")
    service.ingest(parse("Zo\u00eb meets In\u00e1cio on 2021-01-01."), "alice")
    assert dates(service, q="anna met boris 2024 01 09 meets on anna") == ["2024-01-09"]
    assert dates(service, q="anna met boris 2024 01 09 meets on zebra") == []  # a 9th word
    assert dates(service, q="zoe inacio") == ["2021-01-01"]  # accents folded on both sides
    assert dates(service, q="ZO\u00cb") == ["2021-01-01"]
    assert dates(service, q="chen_anna") == ["2024-02-01"]  # "_" separates, not a wildcard
    with pytest.raises(ValueError, match="at least one word"):
        dates(service, q="%")
    # An actor search: "%" and "_" are characters (no actor name holds them).
    assert [a["id"] for a in service.views.actors(search="%")] == []
    assert [a["id"] for a in service.views.actors(search="_")] == []
    assert [a["id"] for a in service.views.actors(search="nn")] == ["x:anna"]
    service.close()


def test_whether_an_actor_has_facts_counts_retracted_ones_only_when_asked(
    database_url: str,
) -> None:
    service = open_service(database_url)
    service.ingest(DOC_B, "alice")
    position = service.views.position()
    [dana] = service.views.timeline(TimelineQuery(actors=("x:dana",))).items
    service.retract(uuid.UUID(dana["id"]), "misread", "alice")
    views = service.views
    assert not views.actor_has_facts("x:dana")
    assert views.actor_has_facts("x:dana", include_retracted=True)
    assert views.actor_has_facts("x:dana", as_of=position)
    assert not views.actor_has_facts("x:dana", as_of=1, include_retracted=True)
    assert not views.actor_has_facts("x:nobody", include_retracted=True)
    service.close()


def all_pages(service: TimelineService, query: TimelineQuery, as_of: int | None = None) -> list:
    items, cursor = [], None
    while True:
        page = service.views.timeline(replace(query, cursor=cursor), as_of)
        items += page.items
        if page.next_cursor is None:
            return items
        cursor = page.next_cursor


def test_date_ranges_find_every_overlapping_fact_however_long_it_lasts(
    database_url: str,
) -> None:
    # Facts of a day up to sixty years, across the span tiers the walks are split by.
    rng = random.Random(7)
    lengths = [0, 3, 31, 32, 200, 366, 367, 4000, 22000]
    names = ["Anna", "Boris", "Chen", "Dana"]
    lines = []
    for i in range(160):
        start = date(1960, 1, 1) + timedelta(days=rng.randrange(60 * 365))
        end = start + timedelta(days=rng.choice(lengths))
        first, second = rng.sample(names, 2)
        if i % 5 == 0:  # years and decades, keyed "YYYY" (before their first day's key)
            years = f"{start.year} to {start.year + rng.choice([0, 1, 9])}"
            lines.append(f"{first} meets {second} in {years}.")
        elif i % 7 == 0:  # a deadline: known by its last day only
            lines.append(f"{first} meets {second} by {start}.")
        else:
            lines.append(f"{first} meets {second} from {start} to {end}.")
    lines.append("Anna meets Dana in 1950 to 2019.")  # the longest, keyed by its first year
    service = open_service(database_url)
    documents = [parse("\n".join(lines[i::4])) for i in range(4)]
    service.ingest_many(documents, "alice", corroborate=False)  # every line its own fact
    # A correction may key a fact before its first day: date ranges must still find it.
    day = next(
        f
        for f in all_pages(service, TimelineQuery(limit=500))
        if f["when"]["precision"] == "day" and f["when"]["start"]
    )
    when = {**day["when"], "sort_key": day["when"]["start"][:4]}
    service.correct(uuid.UUID(day["id"]), {"when": when}, "keyed by its year", "ed")
    # And after its start: a correction naming a later best day of a long interval.
    long = next(
        f
        for f in all_pages(service, TimelineQuery(limit=500))
        if f["when"]["precision"] == "day"
        and f["when"]["start"]
        and date.fromisoformat(f["when"]["end"]) - date.fromisoformat(f["when"]["start"])
        > timedelta(days=300)
    )
    later = {**long["when"], "best": long["when"]["end"], "sort_key": long["when"]["end"]}
    service.correct(uuid.UUID(long["id"]), {"when": later}, "best day known", "ed")
    everything = all_pages(service, TimelineQuery(limit=500))
    assert len(everything) == 161
    assert (
        next(f for f in everything if f["id"] == day["id"])["when"]["sort_key"] == when["sort_key"]
    )
    assert any(f["when"]["start"] is None for f in everything)  # deadlines are in the test
    position = service.views.position()
    for i in range(40):
        # A walk started from a stale longest interval or lead is read again, wider.
        service.views._known_span = rng.choice([0, 31, 366])
        service.views._known_lead = rng.choice([0, 1])
        # Every other range starts on a fact's last day: the edges of the walks.
        low = date(1958, 1, 1) + timedelta(days=rng.randrange(70 * 365))
        if i % 2:
            low = date.fromisoformat(rng.choice(everything)["when"]["end"])
        if i == 1:
            low = date.fromisoformat(when["start"])  # the corrected fact's own day
        if i == 3:
            low = date(2019, 12, 31)  # the longest fact's last day
        if i == 5:
            low = date.fromisoformat(later["start"])  # between the start and the later key
        high = low + timedelta(days=rng.choice([0, 10, 400, 9000]))
        if i == 5:
            high = low + timedelta(days=1)  # ends before the later key
        actors = rng.choice([(), ("x:anna",)])
        query = TimelineQuery(
            date_from=low.isoformat(), date_to=high.isoformat(), actors=actors, limit=7
        )
        # A deadline is placed on its day; every other fact is in the ranges it overlaps.
        expected = [
            item["id"]
            for item in everything
            if item["when"]["end"] >= query.date_from
            and (item["when"]["start"] or item["when"]["end"]) <= query.date_to
            and (not actors or any(a["id"] == actors[0] for a in item["actors"]))
        ]
        assert [item["id"] for item in all_pages(service, query)] == expected
        assert [item["id"] for item in all_pages(service, query, position)] == expected
    # The longest tier was walked: one walk per tier.
    walks = service.views._span_walks(TimelineQuery(date_from="2000-01-01"), "f", None, {})
    assert len(walks) == 3
    service.close()


def test_the_current_page_comes_with_the_log_position_it_was_read_at(database_url: str) -> None:
    service = open_service(database_url)
    service.ingest(DOC_A, "alice")
    service.ingest(DOC_B, "alice")
    page, position = service.views.timeline_now(TimelineQuery(date_from="2023-01-01"))
    assert position == 6
    assert [item["when"]["best"] for item in page.items] == [
        "2023-12-01",
        "2024-01-09",
        "2024-02-01",
    ]
    assert page.items == service.views.timeline(TimelineQuery(date_from="2023-01-01"), 6).items
    service.close()


def test_cursor_pages_cover_the_timeline_without_gaps_or_repeats(database_url: str) -> None:
    service = open_service(database_url)
    service.ingest(DOC_A, "alice")
    service.ingest(DOC_B, "alice")
    seen: list[str] = []
    cursor = None
    while True:
        page = service.views.timeline(TimelineQuery(limit=1, cursor=cursor))
        seen.extend(item["id"] for item in page.items)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert len(seen) == 4 and len(set(seen)) == 4
    with pytest.raises(InvalidCursor):
        service.views.timeline(TimelineQuery(cursor="not-a-cursor"))
    service.close()


def test_the_actor_view_counts_facts_counterparts_and_first_and_last_dates(
    database_url: str,
) -> None:
    service = open_service(database_url)
    service.ingest(DOC_A, "alice")
    service.ingest(DOC_B, "alice")
    anna = service.views.actor("x:anna")
    assert anna is not None
    assert anna["fact_count"] == 3
    assert (anna["first_date"], anna["last_date"]) == ("2022-05-05", "2024-02-01")
    assert {c["id"]: c["fact_count"] for c in anna["counterparts"]} == {
        "x:boris": 1,
        "x:chen": 1,
        "x:dana": 1,
    }
    assert [a["id"] for a in service.views.actors()][:1] == ["x:anna"]
    service.close()


def test_a_document_and_all_its_facts_are_saved_in_one_transaction(database_url: str) -> None:
    service = open_service(database_url)
    # Occupy the id of the document's second fact, so saving the document must fail midway.
    taken = fact_id(DOC_A.sha256, "MeetingHeld", 32, 63)
    squatter = Fact.record(
        "VisitMade",
        taken,
        document_id="x",
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
        recorded_by="test",
    )
    service.app.save(squatter)
    with pytest.raises(IntegrityError):
        service.ingest(DOC_A, "alice")
    with pytest.raises(NotFound):
        service.app.get_document(DOC_A.id)
    with pytest.raises(NotFound):
        service.app.get_fact(fact_id(DOC_A.sha256, "MeetingHeld", 0, 31))
    service.close()


def test_a_replay_rebuilds_views_equal_row_for_row_to_the_incremental_ones(
    database_url: str,
) -> None:
    service = open_service(database_url)
    a = service.ingest(DOC_A, "alice")
    service.ingest(DOC_B, "alice")
    service.correct(uuid.UUID(a.fact_ids[0]), {"modality": "reported"}, "source says so", "ed")
    service.retract(uuid.UUID(a.fact_ids[1]), "not in the text", "ed")
    incremental = service.views.dump()
    assert service.projection.replay() == 8  # 2 documents, 4 facts, 2 lifecycle events
    assert service.views.dump() == incremental
    service.close()


def edited_history(database_url: str) -> TimelineService:
    service = open_service(database_url)
    a = service.ingest(DOC_A, "alice")
    service.ingest(DOC_B, "alice")
    service.correct(uuid.UUID(a.fact_ids[0]), {"modality": "reported"}, "source says so", "ed")
    service.retract(uuid.UUID(a.fact_ids[1]), "not in the text", "ed")
    return service


def test_a_replay_stopped_half_way_is_finished_by_the_next_catch_up(database_url: str) -> None:
    service = edited_history(database_url)
    incremental = service.views.dump()
    service.views.start_replay()
    assert service.projection.catch_up(max_events=3) == 3  # then the process stops
    state = service.views.state()
    assert (state.position, state.replaying) == (3, True)
    service.close()
    reopened = open_service(database_url)  # catches up on open: the last 5 events
    assert reopened.views.state().replaying is False
    assert reopened.views.dump() == incremental
    assert dates(reopened, actors=("x:anna",)) == ["2022-05-05", "2024-01-09", "2024-02-01"]
    reopened.close()


def test_views_of_an_earlier_schema_are_rebuilt_from_the_log_when_the_store_opens(
    database_url: str,
) -> None:
    service = edited_history(database_url)
    current = service.views.dump()
    views = service.views
    with views._transaction(commit=True) as c:  # what a store of the first schema holds
        for table in ("tl_versions", "tl_links"):
            c.execute(views.sql(f"DROP TABLE {{p}}{table}"))
        c.execute(views.sql("CREATE TABLE {p}tl_facts (fact_id TEXT PRIMARY KEY)"))
        c.execute(views.sql("DELETE FROM {p}tl_meta WHERE name = 'schema'"))
    service.close()
    reopened = open_service(database_url)
    assert reopened.views.state().schema == SCHEMA_VERSION
    assert reopened.views.dump() == current
    with reopened.views._transaction(commit=False) as c:
        c.execute(reopened.views.sql("SELECT COUNT(*) AS n FROM {p}tl_versions"))
        assert dict(c.fetchone())["n"] == 6  # 4 facts, 2 of them with a second version
    reopened.close()


def test_views_of_the_previous_schema_version_are_rebuilt_when_the_store_opens(
    database_url: str,
) -> None:
    service = edited_history(database_url)
    current = service.views.dump()
    views = service.views
    with views._transaction(commit=True) as c:  # links as schema 2 had them: no type, end_date
        c.execute(views.sql("DROP TABLE {p}tl_links"))
        c.execute(
            views.sql(
                "CREATE TABLE {p}tl_links (fact_id TEXT NOT NULL, version BIGINT NOT NULL, "
                "actor_id TEXT NOT NULL, sort_key TEXT NOT NULL, document_id TEXT NOT NULL, "
                "position BIGINT NOT NULL, active BIGINT NOT NULL, from_pos BIGINT NOT NULL, "
                "to_pos BIGINT, PRIMARY KEY (fact_id, version, actor_id))"
            )
        )
        c.execute(
            views.sql(
                "CREATE INDEX tl_links_order ON {p}tl_links "
                "(actor_id, sort_key, document_id, position, fact_id)"
            )
        )
        c.execute(
            views.sql("UPDATE {p}tl_meta SET value = %(v)s WHERE name = 'schema'"),
            {"v": SCHEMA_VERSION - 1},
        )
    service.close()
    reopened = open_service(database_url)
    assert reopened.views.state().schema == SCHEMA_VERSION
    assert reopened.views.dump() == current
    assert dates(reopened, actors=("x:anna",), date_from="2024-01-01") == [
        "2024-01-09",
        "2024-02-01",
    ]
    reopened.close()


def test_views_of_schema_5_are_rebuilt_with_accent_folded_search_text(database_url: str) -> None:
    service = open_service(database_url)
    service.ingest(parse("Zo\u00eb meets In\u00e1cio on 2021-01-01."), "alice")
    views = service.views
    with views._transaction(commit=True) as c:  # schema 5 lowercased but kept accents
        c.execute(views.sql("UPDATE {p}tl_versions SET search_text = %(t)s"), {"t": "in\u00e1cio"})
        c.execute(views.sql("UPDATE {p}tl_meta SET value = 5 WHERE name = 'schema'"))
    assert dates(service, q="inacio") == []
    service.close()
    reopened = open_service(database_url)
    assert reopened.views.state().schema == SCHEMA_VERSION
    assert dates(reopened, q="inacio") == ["2021-01-01"]
    reopened.close()


def actor_ids(service: TimelineService, search: str, as_of: int | None = None) -> list[str]:
    return [a["id"] for a in service.views.actors(search=search, as_of=as_of)]


def test_actors_are_found_by_part_of_their_names_case_and_accents_aside(
    database_url: str,
) -> None:
    service = open_service(database_url)
    meeting = service.ingest(parse("Zo\u00eb meets In\u00e1cio on 2021-01-01."), "alice")
    before = service.views.position()
    actors = [
        {"id": "x:zo\u00eb", "name": "Zo\u00eb", "role": "host"},
        {"id": "x:in\u00e1cio", "name": "In\u00e1cio", "role": "visitor"},
        {"id": "x:emile", "name": "\u00c9mile", "role": "visitor"},  # an actor new to the views
    ]
    service.correct(uuid.UUID(meeting.fact_ids[0]), {"actors": actors}, "the source", "ed")
    for views in ("incremental", "replayed"):
        if views == "replayed":
            service.projection.replay()
        for search in ("inacio", "INACIO", "In\u00e1c", "IN\u00c1CIO", "nac"):
            assert actor_ids(service, search) == ["x:in\u00e1cio"], (views, search)
        assert actor_ids(service, "zoe") == actor_ids(service, "ZO\u00cb") == ["x:zo\u00eb"]
        assert actor_ids(service, "emile") == actor_ids(service, "\u00e9MILE") == ["x:emile"]
        assert actor_ids(service, "inacio", as_of=before) == ["x:in\u00e1cio"]
        assert actor_ids(service, "emile", as_of=before) == []
        assert actor_ids(service, "x:IN\u00c1CIO") == ["x:in\u00e1cio"]  # a whole id
        assert actor_ids(service, "\u0301") == []  # an accent alone is no part of a name
    service.close()


def test_views_of_schema_6_are_rebuilt_with_accent_folded_actor_names(database_url: str) -> None:
    service = open_service(database_url)
    service.ingest(parse("Zo\u00eb meets In\u00e1cio on 2021-01-01."), "alice")
    views = service.views
    with views._transaction(commit=True) as c:  # schema 6's actors: no folded name
        c.execute(views.sql("DROP TABLE {p}tl_actors"))
        c.execute(
            views.sql(
                "CREATE TABLE {p}tl_actors (actor_id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                "fact_count BIGINT NOT NULL, first_date TEXT, last_date TEXT, "
                "type_counts TEXT NOT NULL)"
            )
        )
        c.execute(
            views.sql(
                "INSERT INTO {p}tl_actors VALUES ('x:in\u00e1cio', 'In\u00e1cio', 1, "
                "'2021-01-01', '2021-01-01', '{}')"
            )
        )
        c.execute(views.sql("UPDATE {p}tl_meta SET value = 6 WHERE name = 'schema'"))
    service.close()
    reopened = open_service(database_url)
    assert reopened.views.state().schema == SCHEMA_VERSION == 7
    assert actor_ids(reopened, "inacio") == ["x:in\u00e1cio"]
    assert actor_ids(reopened, "zoe") == ["x:zo\u00eb"]
    reopened.close()


@pytest.mark.parametrize("replaying", [False, True], ids=["empty", "half-replayed"])
def test_views_of_the_previous_schema_with_no_events_are_rebuilt_too(
    database_url: str, replaying: bool
) -> None:
    service = open_service(database_url)
    views = service.views
    with views._transaction(commit=True) as c:  # schema 3's tables: no span_tier
        c.execute(views.sql("DROP TABLE {p}tl_versions"))
        c.execute(views.sql("DROP TABLE {p}tl_links"))
        c.execute(
            views.sql(
                "CREATE TABLE {p}tl_versions (fact_id TEXT NOT NULL, version BIGINT NOT NULL, "
                "document_id TEXT NOT NULL, type TEXT NOT NULL, modality TEXT NOT NULL, "
                "status TEXT NOT NULL, sort_key TEXT NOT NULL, start_date TEXT, end_date TEXT, "
                "position BIGINT NOT NULL, search_text TEXT NOT NULL, data TEXT NOT NULL, "
                "from_pos BIGINT NOT NULL, to_pos BIGINT, PRIMARY KEY (fact_id, version))"
            )
        )
        c.execute(
            views.sql(
                "CREATE TABLE {p}tl_links (fact_id TEXT NOT NULL, version BIGINT NOT NULL, "
                "actor_id TEXT NOT NULL, sort_key TEXT NOT NULL, document_id TEXT NOT NULL, "
                "position BIGINT NOT NULL, type TEXT NOT NULL, end_date TEXT, "
                "active BIGINT NOT NULL, from_pos BIGINT NOT NULL, to_pos BIGINT, "
                "PRIMARY KEY (fact_id, version, actor_id))"
            )
        )
        c.execute(
            views.sql("UPDATE {p}tl_meta SET value = %(v)s WHERE name = 'schema'"),
            {"v": SCHEMA_VERSION - 1},
        )
        if replaying:
            c.execute(views.sql("INSERT INTO {p}tl_meta VALUES ('replaying', 1)"))
    service.close()
    reopened = open_service(database_url)
    reopened.ingest(DOC_A, "alice")
    assert reopened.views.state().schema == SCHEMA_VERSION
    assert not reopened.views.state().replaying
    assert dates(reopened, date_from="2024-01-01") == ["2024-01-09"]
    reopened.close()


def in_time(call: Callable[[], T], seconds: float = 60) -> T:
    """``call()``, run in a thread: a call that never ends fails the test instead."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # reported in the test's thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s (a loop?)"
    if "error" in outcome:
        raise outcome["error"]
    value: T = outcome["value"]
    return value


def opened_in_time(url: str) -> TimelineService:
    return in_time(lambda: open_service(url))


def tracking_table(service: TimelineService) -> str:
    return service.views._tracking_table()


@pytest.mark.parametrize(
    "damage",
    [
        "DELETE FROM {p}{tracking} WHERE application_name = 'timeline-views'",
        "UPDATE {p}{tracking} SET notification_id = 3 WHERE application_name = 'timeline-views'",
        "UPDATE {p}{tracking} SET notification_id = 99 WHERE application_name = 'timeline-views'",
    ],
    ids=["deleted", "moved-back", "moved-ahead"],
)
def test_views_whose_tracked_position_is_not_their_own_are_rebuilt_when_the_store_opens(
    database_url: str, damage: str
) -> None:
    service = edited_history(database_url)
    current = service.views.dump()
    with service.views._transaction(commit=True) as c:
        c.execute(service.views.sql(damage.replace("{tracking}", tracking_table(service))))
    service.close()
    reopened = opened_in_time(database_url)
    assert reopened.views.position() == 8
    assert reopened.views.dump() == current
    assert reopened.projection.replay() == 8  # `timeline replay` works too
    assert reopened.views.dump() == current
    reopened.close()


@pytest.mark.parametrize("table", VIEW_TABLES)
def test_a_dropped_view_table_is_noticed_and_the_views_rebuilt_when_the_store_opens(
    database_url: str, table: str
) -> None:
    service = edited_history(database_url)
    current = service.views.dump()
    anna = service.views.actor("x:anna")
    with service.views._transaction(commit=True) as c:
        c.execute(service.views.sql(f"DROP TABLE {{p}}{table}"))
    service.close()
    reopened = opened_in_time(database_url)
    assert reopened.views.dump() == current
    assert dates(reopened, actors=("x:anna",)) == ["2022-05-05", "2024-01-09", "2024-02-01"]
    assert reopened.views.actor("x:anna") == anna
    reopened.close()


def test_views_missing_a_table_are_rebuilt_by_the_next_open_if_the_first_stops_before(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = edited_history(database_url)
    current = service.views.dump()
    with service.views._transaction(commit=True) as c:
        c.execute(service.views.sql("DROP TABLE {p}tl_actors"))
    service.close()

    def stop(self: TimelineProjection) -> int:
        raise KeyboardInterrupt  # the process stops after the DDL, before the rebuild

    with monkeypatch.context() as patched:
        patched.setattr(TimelineProjection, "replay", stop)
        with pytest.raises(KeyboardInterrupt):
            open_service(database_url)
    reopened = opened_in_time(database_url)  # every table is there again, empty or not
    assert reopened.views.dump() == current
    reopened.close()


def test_view_rows_that_refuse_the_log_s_next_events_are_an_error_saying_to_replay(
    database_url: str,
) -> None:
    service = open_service(database_url)
    service.ingest(DOC_A, "alice")
    later = service.app.ingest(DOC_B, "bob")  # saved, not projected (as by another process)
    with service.views._transaction(commit=True) as c:  # a row in the way of its first fact
        c.execute(
            service.views.sql(
                "INSERT INTO {p}tl_versions (fact_id, version, document_id, type, modality, "
                "status, sort_key, position, search_text, data, span_tier, from_pos) VALUES "
                "(%(f)s, 1, 'd', 'MeetingHeld', 'asserted', 'active', '2000', 0, '', '{}', 0, 1)"
            ),
            {"f": later.fact_ids[0]},
        )
    with pytest.raises(ViewsDamaged, match=r"run `timeline replay`$"):
        in_time(service.projection.catch_up)
    assert service.projection.replay() == 6
    assert dates(service) == ["2022-05-05", "2023-12-01", "2024-01-09", "2024-02-01"]
    service.close()


def test_events_saved_by_another_writer_first_are_projected_before_this_ones(
    database_url: str,
) -> None:
    service = open_service(database_url)
    service.app.ingest(DOC_B, "bob")  # saved, not projected (as by another process)
    service.ingest(DOC_A, "alice")  # its own events do not follow the views' position
    assert dates(service) == ["2022-05-05", "2023-12-01", "2024-01-09", "2024-02-01"]
    assert service.views.position() == 6
    service.close()


def test_views_catch_up_when_the_service_opens(database_url: str) -> None:
    writer = open_service(database_url)
    writer.app.ingest(DOC_B, "alice")  # the application alone: views not updated yet
    assert dates(writer) == []
    writer.close()
    reader = open_service(database_url)
    assert dates(reader) == ["2022-05-05", "2024-02-01"]
    assert reader.projection.lag() == 0
    reader.close()


def test_corrections_and_retractions_are_new_events_and_check_the_expected_version(
    database_url: str,
) -> None:
    service = open_service(database_url)
    result = service.ingest(DOC_A, "alice")
    target = uuid.UUID(result.fact_ids[0])
    with pytest.raises(VersionConflict):
        service.correct(target, {"modality": "reported"}, "r", "ed", expected_version=2)
    service.correct(target, {"modality": "reported"}, "r", "ed", expected_version=1)
    service.retract(target, "wrong document", "ed", expected_version=2)
    with pytest.raises(FactAlreadyRetracted):
        service.retract(target, "again", "ed")
    history = service.app.history(target)
    assert [e["type"] for e in history] == ["MeetingHeld", "FactCorrected", "FactRetracted"]
    assert history[1]["payload"]["changes"] == {"modality": {"old": "asserted", "new": "reported"}}
    assert [e["recorded_by"] for e in history] == ["alice", "ed", "ed"]
    assert dates(service) == ["2023-12-01"]
    assert len(service.views.timeline(TimelineQuery(include_retracted=True)).items) == 2
    fact = service.views.fact(str(target))
    assert fact is not None and fact["status"] == "retracted" and fact["version"] == 3
    service.close()


def test_as_of_answers_what_the_views_said_at_each_earlier_log_position_and_time(
    database_url: str,
) -> None:
    from datetime import UTC, datetime, timedelta

    from timeline.domain import recording_clock

    ticks = iter(datetime(2030, 1, 1, tzinfo=UTC) + timedelta(minutes=i) for i in range(100))
    with recording_clock(lambda: next(ticks)):
        service = open_service(database_url)
        a = service.ingest(DOC_A, "alice")  # positions 1-3, one save at minute 0
        first, second = (uuid.UUID(i) for i in a.fact_ids)
        snapshots = {
            3: (service.views.timeline(TimelineQuery()).items, service.views.actor("x:boris"))
        }
        service.correct(first, {"modality": "reported"}, "attributed", "ed")  # position 4
        snapshots[4] = (
            service.views.timeline(TimelineQuery()).items,
            service.views.actor("x:boris"),
        )
        service.retract(second, "misread", "ed")  # position 5
        snapshots[5] = (
            service.views.timeline(TimelineQuery()).items,
            service.views.actor("x:boris"),
        )
        service.ingest(DOC_B, "bob")  # positions 6-8
    for position, (items, boris) in snapshots.items():
        assert service.views.timeline(TimelineQuery(), as_of=position).items == items
        assert service.views.actor("x:boris", as_of=position) == boris
    assert [f["modality"] for f in snapshots[3][0]] == ["asserted", "asserted"]
    assert service.views.fact(str(first), as_of=3)["modality"] == "asserted"  # type: ignore[index]
    assert service.views.fact(str(first), as_of=4)["modality"] == "reported"  # type: ignore[index]
    assert service.views.fact(str(first), as_of=0) is None
    assert len(service.views.timeline(TimelineQuery(), as_of=8).items) == 3
    # Recorded times map to positions: minute 1 is the correction, minute 1.5 still is.
    assert service.views.position_at("2030-01-01T00:01:30+00:00") == 4
    # A save has one recorded time: no moment shows half a document.
    assert service.views.position_at("2030-01-01T00:00:00+00:00") == 3
    assert service.views.position_at("2029-12-31T23:59:59+00:00") == 0
    assert [d["id"] for d in service.views.documents(as_of=5)] == [str(DOC_A.id)]
    service.close()


def test_a_later_document_restating_a_fact_corroborates_it_instead_of_duplicating_it(
    database_url: str,
) -> None:
    service = open_service(database_url)
    first = service.ingest(DOC_A, "alice")
    later = parse("published: 2024-01-12\n---\nReport: Anna meets Boris on 2024-01-09.")
    second = service.ingest(later, "bob")
    assert second.created
    assert second.fact_ids == (first.fact_ids[0],)
    history = service.app.history(uuid.UUID(first.fact_ids[0]))
    assert [e["type"] for e in history] == ["MeetingHeld", "FactCorroborated"]
    assert history[1]["payload"]["document_id"] == str(later.id)
    fact = service.views.fact(first.fact_ids[0])
    assert fact is not None
    assert [e["document_id"] for e in fact["evidence"]] == [str(DOC_A.id), str(later.id)]
    assert fact["documents"] == [str(DOC_A.id), str(later.id)]
    assert len(service.views.timeline(TimelineQuery()).items) == 2
    document = service.views.document(str(later.id))
    assert document is not None and [f["id"] for f in document["facts"]] == [first.fact_ids[0]]
    # The timeline's document filter gives a document's facts as /documents/{id} does:
    # the one it restated too, not only those first recorded from it.
    assert dates(service, document=str(later.id)) == ["2024-01-09"]
    assert dates(service, document=str(DOC_A.id)) == ["2023-12-01", "2024-01-09"]
    assert dates(service, document=str(DOC_A.id), actors=("x:chen",)) == ["2023-12-01"]
    service.close()


def test_a_later_document_that_pins_an_open_date_refines_the_fact(database_url: str) -> None:
    service = open_service(database_url)
    vague = service.ingest(parse("Anna meets Boris in the week of 2024-03-04."), "alice")
    exact = service.ingest(parse("Anna meets Boris on 2024-03-06."), "bob")
    assert exact.fact_ids == vague.fact_ids
    history = service.app.history(uuid.UUID(vague.fact_ids[0]))
    assert [e["type"] for e in history] == ["MeetingHeld", "FactDateRefined"]
    assert history[1]["payload"]["previous"]["precision"] == "week"
    fact = service.views.fact(vague.fact_ids[0])
    assert fact is not None and fact["when"]["best"] == "2024-03-06"
    assert fact["when"]["precision"] == "day"
    assert fact["version"] == 2
    service.close()


def test_as_of_and_aggregate_reads_stay_exact_for_a_fact_corrected_many_times(
    database_url: str,
) -> None:
    service = open_service(database_url)
    result = service.ingest(DOC_A, "alice")
    target = uuid.UUID(result.fact_ids[0])
    answers = {}
    for n in range(12):  # versions 2..13 (earlier versions snapshotted at version 10)
        modality = "reported" if n % 2 == 0 else "asserted"
        service.correct(target, {"modality": modality, "summary": f"take {n}"}, "edit", "ed")
        answers[service.views.position()] = service.views.fact(str(target))
    assert service.app.snapshots is None  # facts are read from their events alone
    fact = service.app.get_fact(target)
    assert (fact.version, fact.summary) == (13, "take 11")
    for position, answer in answers.items():
        assert service.views.fact(str(target), as_of=position) == answer
    assert len(service.app.history(target)) == 13
    service.close()


def test_the_same_text_with_other_metadata_is_refused_and_nothing_of_its_batch_is_stored(
    database_url: str,
) -> None:
    service = open_service(database_url)
    service.ingest(DOC_A, "alice")
    redated = parse(
        "published: 2024-02-10\n---\nAnna meets Boris on 2024-01-09.\n"
        "Boris meets Chen on 2023-12-01."
    )
    assert redated.id == DOC_A.id  # the same text
    size = service.views.position()
    with pytest.raises(DocumentConflict, match="published '2024-01-10' \\(given '2024-02-10'\\)"):
        service.ingest(redated, "bob")
    with pytest.raises(DocumentConflict):
        service.ingest_many([DOC_B, redated], "bob")  # DOC_B is new: not stored either
    with pytest.raises(DocumentConflict):
        service.ingest_many([DOC_B, parse("title: Other\n---\n" + DOC_B.body)], "bob")
    assert service.views.position() == size
    assert [d["id"] for d in service.views.documents()] == [str(DOC_A.id)]
    assert service.ingest(DOC_A, "bob").created is False  # the same metadata: no conflict
    service.close()


def test_a_batch_with_an_already_recorded_document_records_only_the_new_ones(
    database_url: str,
) -> None:
    service = open_service(database_url)
    service.ingest(DOC_A, "alice")
    results = service.ingest_many([DOC_A, DOC_B, DOC_B], "bob")
    assert [r.created for r in results] == [False, True, False]
    assert results[1].fact_ids == results[2].fact_ids
    assert len(service.views.documents()) == 2
    service.close()


def test_with_inline_projection_off_the_views_wait_for_the_projector(database_url: str) -> None:
    service = open_service(database_url, project_inline=False)
    service.ingest(DOC_A, "alice")
    assert dates(service) == []
    assert service.projection.lag() == 3
    service.projection.catch_up()
    assert dates(service) == ["2023-12-01", "2024-01-09"]
    service.close()


def test_bulk_inserts_store_text_with_backslashes_and_control_characters_unchanged(
    database_url: str,
) -> None:
    service = open_service(database_url)
    views = service.views
    awkward = 'C:\\path\\n "quoted"\tand\nnew\rlines \\N é'
    with views._transaction(commit=True) as c:
        views._insert_rows(
            c,
            "tl_log",
            ("position", "leaf_index", "recorded_at", "leaf"),
            [(10**12, 10**12, awkward, None)],
        )
    with views._transaction(commit=False) as c:
        c.execute(
            views.sql("SELECT recorded_at, leaf FROM {p}tl_log WHERE position = %(p)s"),
            {"p": 10**12},
        )
        assert dict(c.fetchone()) == {"recorded_at": awkward, "leaf": None}
    service.close()


def test_with_a_separate_projector_a_restatement_waits_for_its_views_and_corroborates(
    database_url: str,
) -> None:
    writer = open_service(database_url, project_inline=False)
    first = writer.ingest(DOC_A, "alice")
    assert writer.projection.lag() == 3  # nothing projected: the projector is late
    # A projector process, catching up a moment later.
    projector = open_service(database_url, catch_up=False)
    assert writer.projection.lag() == 3
    timer = threading.Timer(0.3, projector.projection.catch_up)
    timer.start()
    later = parse("published: 2024-01-12\n---\nReport: Anna meets Boris on 2024-01-09.")
    second = writer.ingest(later, "bob")
    timer.join()
    assert second.fact_ids == (first.fact_ids[0],)  # corroborated, not a second fact
    projector.close()
    writer.close()


def test_a_projector_that_does_not_keep_up_delays_a_write_but_does_not_stop_it(
    database_url: str,
) -> None:
    writer = open_service(database_url, project_inline=False, corroboration_wait_seconds=0.1)
    writer.ingest(DOC_A, "alice")
    later = parse("published: 2024-01-12\n---\nReport: Anna meets Boris on 2024-01-09.")
    assert writer.ingest(later, "bob").created
    assert writer.projection.lag() == 5  # 3 + 2 events (a fact of its own), none projected
    writer.close()
